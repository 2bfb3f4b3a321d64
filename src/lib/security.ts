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

/** How deep the generic address patterns go: pages are at most four segments deep (/fr/graphiques/x/embed/); a missing page's 404 deeper still gets the host's default Cache-Control, and X-Frame-Options from /*. */
const MAX_DEPTH = 6;

/** The pattern of a folder `depth` segments deep: "/:a/:b" for 2 (`:name` matches one path segment). */
const folder = (depth: number) => Array.from({ length: depth }, (_, i) => `/:${String.fromCharCode(97 + i)}`).join('');

/** How many segments a folder pattern ("/fr/graphiques/:figure/") has. */
const depthOf = (pattern: string) => pattern.split('/').filter(Boolean).length;

/**
 * The path patterns whose responses must always be revalidated: `/`, every one-segment name (pages
 * without their slash, sw.js, the manifest), then at each depth the folder (`/x/y/`) and its
 * index.html (`/x/y/index.html`), so a page is revalidated at both of its addresses and a missing
 * page's 404 at any of them; `/x/404.html` for the languages' 404 pages. They never match a file
 * in /_astro/ (named by hash, cached for a year), and no address matches two of them (a host that
 * joins the values of matching rules would repeat them).
 */
export function revalidatedPaths(): string[] {
  const out = ['/', '/:a', '/:a/404.html'];
  for (let depth = 1; depth <= MAX_DEPTH; depth++) out.push(`${folder(depth)}/`, `${folder(depth)}/index.html`);
  return out;
}

/** Pages other sites may frame (the figures' embed pages), and the pages deeper than one segment that may not (the figures' own pages), as folder patterns ("/figures/:figure/embed/"). */
export interface Framing {
  embeds: readonly string[];
  deeperPages: readonly string[];
}

/**
 * The pages kept unframeable by `frame-ancestors 'none'`: every address (folder, index.html, 404
 * page) at the depths above the shallowest embed page, then the deeper pages of `framing` at both
 * of their addresses. Deeper addresses that are not pages (a 404) are kept unframeable by
 * X-Frame-Options alone, which /* sends.
 */
export function unframedPaths(framing: Framing): string[] {
  const shallowest = Math.min(...framing.embeds.map(depthOf));
  const out = ['/', '/:a', '/:a/404.html'];
  for (let depth = 1; depth < shallowest; depth++) out.push(`${folder(depth)}/`, `${folder(depth)}/index.html`);
  for (const page of framing.deeperPages.filter((p) => depthOf(p) >= shallowest)) out.push(page, `${page}index.html`);
  return out;
}

/**
 * The text of a _headers file (Netlify / Cloudflare Pages format): security headers on every path,
 * then cache rules. Without `framing`, every path gets the whole policy and X-Frame-Options: DENY.
 * With it, no header value ever has to be undone (a host joins or overrides the values of matching
 * rules, and neither can remove one): every path gets the policy less frame-ancestors, and
 * X-Frame-Options: DENY; the page patterns add `frame-ancestors 'none'` (a second policy, which
 * browsers enforce as well); the embed patterns add `frame-ancestors *`, and browsers ignore
 * X-Frame-Options on a response whose policy has frame-ancestors (the HTML standard's rule), so
 * other sites can frame those pages alone. Pages also carry the rest of the policy in their <meta>,
 * so either way a host merges rules they keep it. `revalidatedFiles` are files below the top
 * folder that must be revalidated too (a language's manifest and feed).
 */
export function headersFile(
  styleHashes: readonly string[] = [],
  framing?: Framing,
  revalidatedFiles: readonly string[] = [],
): string {
  const { 'X-Frame-Options': frameOptions, ...others } = SECURITY_HEADERS;
  const lines = [
    '/*',
    `  Content-Security-Policy: ${framing ? cspHeaderWithoutFraming(styleHashes) : cspHeader(styleHashes)}`,
    `  X-Frame-Options: ${frameOptions}`,
    ...Object.entries(others).map(([k, v]) => `  ${k}: ${v}`),
  ];
  if (framing) {
    for (const path of unframedPaths(framing)) lines.push(path, `  Content-Security-Policy: ${FRAME_ANCESTORS.page}`);
    for (const path of framing.embeds.flatMap((e) => [e, `${e}index.html`]))
      lines.push(path, `  Content-Security-Policy: ${FRAME_ANCESTORS.embed}`);
  }
  lines.push('/_astro/*', `  Cache-Control: ${IMMUTABLE}`);
  for (const path of [...revalidatedPaths(), ...revalidatedFiles]) lines.push(path, `  Cache-Control: ${REVALIDATE}`);
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
