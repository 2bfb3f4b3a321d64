// Reading the built site: its pages, their HTML parsed, and the files they load.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** The folder of the built site (the same env var astro.config.mjs reads). */
export const DIST = process.env.EXPLAINER_OUT_DIR ?? 'dist';

/** Fails clearly when there is no build to check. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`No built site in ${DIST}/: run \`npm run build\` first (npm test does).`);
}

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** A built HTML page: its URL path, file, text and parsed document. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every HTML page of the build, by URL path ("/", "/sources/", …). */
export function builtPages(): BuiltPage[] {
  requireBuild();
  return filesUnder(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const path = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/\/+/g, '/');
      return { path, file, html, doc: parse(html) };
    });
}

/**
 * The pages a reader reads: every built page but the redirects Astro writes for renamed slugs
 * (astro.config.mjs `redirects`), which only send the browser on and are checked by
 * tests/dist/public-urls.test.ts.
 */
export function readingPages(): BuiltPage[] {
  return builtPages().filter((page) => !/<meta\s+http-equiv="refresh"/i.test(page.html));
}

/** The bytes of a built file, gzipped. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

/** The path inside dist/ of a site URL ("/_astro/x.js" → "_astro/x.js"). */
export function distFile(url: string): string {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return file.replace(/^\//, '');
}

/**
 * Every JavaScript file a script loads, following static and dynamic imports (only static ones,
 * what loads with the page, when `dynamic` is false); a missing one is an error, never left uncounted.
 */
export function scriptGraph(entries: string[], dynamic = true): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    if (!existsSync(join(DIST, file)))
      throw new Error(`${file} is loaded by a page or a script but is not in ${DIST}/`);
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    const dir = file.split('/').slice(0, -1).join('/');
    for (const m of code.matchAll(/(import\s*\(|import|from)\s*["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g)) {
      if (!dynamic && m[1]!.endsWith('(')) continue;
      const spec = m[2]!;
      const target = spec.startsWith('/') ? spec.slice(1) : join(dir, spec);
      visit(target.replace(/\\/g, '/'));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** The paths the built sitemap lists ("/", "/fr/sources/", …), read from dist/sitemap-index.xml and the sitemaps it names. */
export function sitemapPaths(): string[] {
  requireBuild();
  const locs = (file: string) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs('sitemap-index.xml').flatMap((sitemap) => locs(sitemap.replace(/^\//, '')));
}
