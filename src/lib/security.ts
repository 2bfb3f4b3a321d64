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
  // No page has a <base> or a <form>: nothing may add one.
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as a string, for the HTTP header (all directives), allowing the given style hashes. */
export function cspHeader(styleHashes: readonly string[] = []): string {
  return withStyleHashes(CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; '), styleHashes);
}

/** Who may frame a page: nobody, except the figures' embed pages, which any site may show in an <iframe>. */
export const FRAME_ANCESTORS = { page: "frame-ancestors 'none'", embed: 'frame-ancestors *' } as const;

/** The policy without its frame-ancestors directive: what every response of a site with embeddable pages carries. */
export function cspHeaderWithoutFraming(styleHashes: readonly string[] = []): string {
  return cspHeader(styleHashes)
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
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
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose name carries a hash of their contents: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, the service worker and the manifests: revalidated on every use, so a new deploy is seen at once. */
export const REVALIDATE = 'no-cache';

/**
 * The path patterns whose responses must always be revalidated: every page (a folder's index, with
 * or without its trailing slash), the service worker and the manifests, in every language.
 * Netlify and Cloudflare Pages join the values of one header from every matching rule, so these
 * are named by placeholder (`/:page/`, one path segment) rather than by `/*`, which would also
 * catch /_astro/. `localePrefixes` are the languages' path prefixes ("" for the default one).
 */
export function revalidatedPaths(localePrefixes: readonly string[]): string[] {
  return ['/', ...localePrefixes.flatMap((p) => [`${p}/:page`, `${p}/:page/`])];
}

/** The pages a site with embeddable pages keeps unframeable: the revalidated page patterns, plus `extra` (deeper pages, e.g. "/figures/:figure/"). */
export function unframedPaths(localePrefixes: readonly string[], extra: readonly string[] = []): string[] {
  return [...revalidatedPaths(localePrefixes), ...localePrefixes.map((p) => `${p}/404.html`), ...extra];
}

/** Pages other sites may frame (the figures' embed pages), and the pages deeper than one segment that may not (the figures' own pages). */
export interface Framing {
  embeds: readonly string[];
  deeperPages: readonly string[];
}

/**
 * The text of a _headers file (Netlify / Cloudflare Pages format): security headers on every path,
 * then cache rules. Without `framing`, every path gets the whole policy and X-Frame-Options: DENY.
 * With it, no header value ever has to be undone (a host joins or overrides the values of matching
 * rules, and neither can remove one): every path gets the policy less frame-ancestors; the page
 * patterns add `frame-ancestors 'none'` (a second policy, which browsers enforce as well) and
 * X-Frame-Options: DENY; the embed patterns add `frame-ancestors *` and no X-Frame-Options. Pages
 * also carry the rest of the policy in their <meta>, so either way a host merges rules they keep it.
 */
export function headersFile(
  styleHashes: readonly string[] = [],
  localePrefixes: readonly string[] = [''],
  framing?: Framing,
): string {
  const { 'X-Frame-Options': frameOptions, ...others } = SECURITY_HEADERS;
  const lines = framing
    ? ['/*', `  Content-Security-Policy: ${cspHeaderWithoutFraming(styleHashes)}`]
    : ['/*', `  Content-Security-Policy: ${cspHeader(styleHashes)}`, `  X-Frame-Options: ${frameOptions}`];
  lines.push(...Object.entries(others).map(([k, v]) => `  ${k}: ${v}`));
  if (framing) {
    for (const path of unframedPaths(localePrefixes, framing.deeperPages))
      lines.push(path, `  Content-Security-Policy: ${FRAME_ANCESTORS.page}`, `  X-Frame-Options: ${frameOptions}`);
    for (const path of framing.embeds) lines.push(path, `  Content-Security-Policy: ${FRAME_ANCESTORS.embed}`);
  }
  lines.push('/_astro/*', `  Cache-Control: ${IMMUTABLE}`);
  const deeper = framing ? [...framing.deeperPages, ...framing.embeds] : [];
  for (const path of [...revalidatedPaths(localePrefixes), ...deeper])
    lines.push(path, `  Cache-Control: ${REVALIDATE}`);
  return `# Security and cache headers, written at build time from src/lib/security.ts.\n${lines.join('\n')}\n`;
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
