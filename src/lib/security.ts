// The site's Content-Security-Policy and security headers, in one place. Scripts and styles are
// files on the site's own origin (astro.config.mjs keeps them out of the HTML), so the policy
// needs no 'unsafe-inline' and no 'unsafe-eval'. The one exception is the print view, whose CSS
// is inlined so that a saved copy is complete: its stylesheet is allowed by its hash. The build
// writes dist/_headers (src/integrations/security-headers.ts) for hosts that read that file.
import { createHash } from 'node:crypto';

/** Directives of the policy, in order. frame-ancestors only works as a header, not in a <meta>. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as a string, for the HTTP header (all directives), allowing the given style hashes. */
export function cspHeader(styleHashes: readonly string[] = []): string {
  return withStyleHashes(CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; '), styleHashes);
}

/** The policy for <meta http-equiv>: the same, less the directives browsers ignore there. */
export function cspMeta(): string {
  return CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The other security headers every page is served with. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The text of a _headers file (Netlify / Cloudflare Pages format) applying all of it to every path. */
export function headersFile(styleHashes: readonly string[] = []): string {
  const lines = ['/*', `  Content-Security-Policy: ${cspHeader(styleHashes)}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `# Security headers for every page, written at build time from src/lib/security.ts.\n${lines.join('\n')}\n`;
}

/** A policy whose style-src also allows inline stylesheets with these hashes ("sha256-…"). */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
  if (!hashes.length) return policy;
  return policy.replace("style-src 'self'", `style-src 'self' ${hashes.map((h) => `'${h}'`).join(' ')}`);
}

/** The CSP hash source ("sha256-…") of an inline stylesheet's text. */
export function inlineStyleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/** The hashes of every inline <style> of an HTML page, in order. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => inlineStyleHash(m[1] ?? ''));
}
