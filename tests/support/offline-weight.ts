// What the service worker adds to a visit of a built page, read from the built files: on a first
// visit, dist/sw.js and the offline page of the page's language (nothing else: the page read is
// taken from the browser's HTTP cache); on the reader's intent, the explainer and print view of
// the language with the files they load (the list the build writes to dist/offline-files.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsOf, gzipBytes } from '../../src/integrations/service-worker.ts';
import { LOCALES, type Locale } from '../../src/lib/locales.ts';
import { intentFiles, OFFLINE_PATHS } from '../../src/lib/precache.ts';
import type { BuiltPage } from './dist.ts';
import { DIST } from './dist.ts';
import { pageWeight } from './page-weight.ts';

/** The language of a built page, from its <html lang>. */
function localeOfPage(page: BuiltPage): Locale {
  const lang = page.doc.querySelector('html')?.getAttribute('lang') ?? 'en';
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

/** What "Save for offline reading" saves in each language, with each file's gzipped bytes. */
export function intentLists(): Record<Locale, [url: string, gzip: number][]> {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      intentFiles(locale, (p) => assetsOf(DIST, p)).map((url) => [url, gzipBytes(DIST, url)] as [string, number]),
    ]),
  ) as Record<Locale, [string, number][]>;
}

/** The built worker's source. */
export const workerSource = () => readFileSync(join(DIST, 'sw.js'), 'utf8');

/** A first visit of a page, all in (gzipped): the page with what it loads, the worker, and the offline page the worker saves. */
export function firstVisitWeight(page: BuiltPage): { page: number; worker: number; offline: number; total: number } {
  const weight = pageWeight(page).total;
  const offlinePath = OFFLINE_PATHS[localeOfPage(page)];
  const offline = page.path === offlinePath ? 0 : gzipBytes(DIST, offlinePath);
  const worker = gzipBytes(DIST, '/sw.js');
  return { page: weight, worker, offline, total: weight + worker + offline };
}
