// dist/sw.js, written after the build by src/integrations/post-build.ts: it bundles the worker module
// (src/service-worker/sw.ts) with esbuild and injects the build's manifest (the cache version from
// the files' contents, each language's paths and its last-resort offline page's words), as Workbox's injectManifest does. Beside
// it, dist/offline-files.json lists what each language saves on the reader's intent (the worker
// fetches it only then). It also writes into every page the size of what "Save for offline
// reading" saves, from the gzipped files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { t } from '../lib/i18n';
import { LOCALES, type Locale } from '../lib/locales';
import type { SaveLists, WorkerManifest } from '../lib/offline';
import {
  cacheVersion,
  fillSaveSizes,
  SAVE_LISTS_PATH,
  saveLists,
  urlOf,
  workerManifest,
  type BuiltFile,
} from '../lib/precache';

const WORKER_ENTRY = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under dir, with a hash of its bytes. */
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
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g))
      visit(m[1]!.startsWith('/') ? m[1]! : posix.join(posix.dirname(url), m[1]!));
  };
  for (const m of html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]*href)="(\/[^"]+)"/g)) visit(m[1]!);
  return [...css, ...js];
}

/** The gzipped bytes of a built file (level 9, as the budgets count). */
export const gzipBytes = (dir: string, url: string) =>
  gzipSync(readFileSync(join(dir, fileOf(url))), { level: 9 }).length;

/** The worker's source: src/service-worker/sw.ts bundled and minified, with the manifest injected. */
export async function serviceWorkerSource(manifest: WorkerManifest): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    // The words as written (UTF-8, served as such), not escaped as \uXXXX.
    charset: 'utf8',
    legalComments: 'none',
    // No banner: every byte of the worker is downloaded on every first visit (docs/print-and-offline.md names its source).
    define: { __WORKER_MANIFEST__: JSON.stringify(manifest) },
  });
  return result.outputFiles[0]!.text;
}

/** What "Save for offline reading" saves in each language, in gzipped bytes. */
function listBytes(lists: SaveLists, gzipSize: (url: string) => number): Record<Locale, number> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, lists[locale]!.reduce((n, url) => n + gzipSize(url), 0)]),
  ) as Record<Locale, number>;
}

/**
 * The worker's build step, for a built site folder: writes into its pages the size of what each
 * language saves, then dist/offline-files.json (those lists) and dist/sw.js. A pass over dist/
 * that already holds the list of files (with hashes of their bytes) and their gzipped sizes can
 * hand them in; the version then comes from the files as listed (the sizes written in follow from
 * them). Returns the manifest, the lists and their sizes.
 */
export async function writeServiceWorker(
  dir: string,
  given: { files?: BuiltFile[]; gzipSize?: (url: string) => number } = {},
): Promise<{ version: string; manifest: WorkerManifest; lists: SaveLists; sizes: Record<Locale, number> }> {
  const files = given.files ?? builtFiles(dir);
  const lists = saveLists((page) => assetsOf(dir, page));
  const pages = files.filter((f) => f.path.endsWith('.html'));
  const inLists = new Set(Object.values(lists).flat());
  // The explainers carry the button: the size written into them changes their own gzipped bytes,
  // so it is measured again (fresh) until the rounded size it says holds.
  let sizes = listBytes(lists, given.gzipSize ?? ((url) => gzipBytes(dir, url)));
  const said = (locale: Locale) => t(locale).saveOfflineSize(Math.round(sizes[locale] / 1024));
  for (let round = 0; round < 4; round++) {
    let changed = false;
    // The pages change here: their entries in `files` take their new hashes (no second walk).
    for (const file of pages) {
      const path = join(dir, file.path);
      const html = readFileSync(path, 'utf8');
      const filled = fillSaveSizes(html, said);
      if (filled !== html) {
        writeFileSync(path, filled);
        file.hash = sha256(filled);
        if (inLists.has(urlOf(file.path))) changed = true;
      }
    }
    if (!changed) break;
    sizes = listBytes(lists, (url) => gzipBytes(dir, url));
  }
  const version = cacheVersion(files, sha256);
  const manifest = workerManifest(version, (locale) => {
    const s = t(locale);
    return {
      title: s.offlineTitle,
      body: s.offlineIntro,
      home: s.offlineExplainerLink,
    };
  });
  writeFileSync(join(dir, fileOf(SAVE_LISTS_PATH)), JSON.stringify(lists));
  writeFileSync(join(dir, 'sw.js'), await serviceWorkerSource(manifest));
  return { version, manifest, lists, sizes };
}

/** The integration: after `astro build`, write the service worker. */
