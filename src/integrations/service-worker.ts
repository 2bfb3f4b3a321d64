// dist/sw.js, written after the build (by src/integrations/post-build.ts), its lists taken from the
// build output (never written by hand) and its cache version from the files' contents.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../lib/locales';
import { homePath } from '../lib/urls';
import {
  cacheVersion,
  offlinePath,
  precacheUrls,
  serviceWorkerSource,
  type BuiltFile,
  type CoreEntry,
  type CoreLists,
} from '../lib/precache';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under dir, with a hash of its bytes (src/integrations/post-build.ts passes its own list instead). */
function builtFiles(dir: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split('\\').join('/'), hash: sha256(readFileSync(full)) });
    }
  };
  walk(dir);
  return out;
}

/** The built file of a site URL ("/" → "index.html", "/_astro/x.css" → "_astro/x.css"). */
const fileOf = (url: string) => (url.endsWith('/') ? `${url}index.html` : url).replace(/^\//, '');

/** The stylesheets and scripts a page loads, following the scripts' imports, as site URLs. */
export function assetsOf(dir: string, pageUrl: string): string[] {
  const html = readFileSync(join(dir, fileOf(pageUrl)), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => m[1]!);
  const js = new Set<string>();
  const visit = (url: string) => {
    if (js.has(url) || !existsSync(join(dir, fileOf(url)))) return;
    js.add(url);
    const code = readFileSync(join(dir, fileOf(url)), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g))
      visit(m[1]!.startsWith('/') ? m[1]! : posix.join(posix.dirname(url), m[1]!));
  };
  for (const m of html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]*href)="(\/[^"]+)"/g)) visit(m[1]!);
  return [...css, ...js];
}

/** The gzipped bytes of a built file. */
const gzipBytes = (dir: string, url: string) => gzipSync(readFileSync(join(dir, fileOf(url))), { level: 9 }).length;

/** What each language saves in the background: its one-page explainer, then its stylesheets, the offline page and their scripts. */
export function coreLists(dir: string): CoreLists {
  const lists = {} as Record<(typeof LOCALES)[number], CoreEntry[]>;
  for (const locale of LOCALES) {
    const home = homePath(locale);
    const offline = offlinePath(locale);
    const assets = [...new Set([...assetsOf(dir, home), ...assetsOf(dir, offline)])];
    const order = [
      home,
      ...assets.filter((a) => a.endsWith('.css')),
      offline,
      ...assets.filter((a) => !a.endsWith('.css')),
    ];
    lists[locale] = order.map((url) => [url, gzipBytes(dir, url)] as const);
  }
  return lists;
}

/** Writes sw.js into a built site folder, given its files; returns the version and what each language saves. */
export function writeServiceWorker(
  dir: string,
  files: BuiltFile[] = builtFiles(dir),
): { version: string; core: CoreLists; stored: number } {
  const version = cacheVersion(files, sha256);
  const core = coreLists(dir);
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(version, core));
  return { version, core, stored: precacheUrls(files).length };
}
