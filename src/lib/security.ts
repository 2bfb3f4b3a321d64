// The site's Content-Security-Policy and security headers, in one place. Scripts and styles are
// files on the site's own origin (astro.config.mjs keeps them out of the HTML), so the policy
// needs no hashes, no 'unsafe-inline' and no 'unsafe-eval'. public/_headers repeats it for hosts
// that read that file; a test keeps the two the same.

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

/** The policy as a string, for the HTTP header (all directives). */
export function cspHeader(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
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
export function headersFile(): string {
  const lines = ['/*', `  Content-Security-Policy: ${cspHeader()}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  return `# Security headers for every page. Written by npm run headers from src/lib/security.ts; a test keeps the two equal.\n${lines.join('\n')}\n`;
}
