// dist/_headers, written after the build (by src/integrations/post-build.ts): the site's security
// headers (src/lib/security.ts), with the hashes of the inline stylesheets the build produced (the
// print view's), so that hosts reading _headers send the same policy the pages carry, and with the
// one exception to frame-ancestors 'none': the figures' embed pages (src/lib/figure-pages.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../lib/locales';
import { headersFile, inlineStyleHashes } from '../lib/security';
import { localePrefix } from '../lib/urls';
import { FIGURE_DIRS } from '../lib/figure-pages';

/** The hashes of every inline stylesheet in the built HTML pages (paths relative to dir), without repeats. */
export function builtStyleHashes(dir: string, htmlFiles: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles) inlineStyleHashes(readFileSync(join(dir, file), 'utf8')).forEach((h) => hashes.add(h));
  return [...hashes].sort();
}

/** Writes dir/_headers for the built files (paths relative to dir); returns how many inline stylesheet hashes it allows. */
export function writeHeaders(dir: string, files: readonly string[]): number {
  const hashes = builtStyleHashes(
    dir,
    files.filter((f) => f.endsWith('.html')),
  );
  // The figures' embed pages alone may be framed by other sites; their figure pages may not.
  const figureDirs = LOCALES.map((l) => `${localePrefix(l)}/${FIGURE_DIRS[l]}`);
  const framing = {
    embeds: figureDirs.map((d) => `${d}/:figure/embed/`),
    deeperPages: figureDirs.map((d) => `${d}/:figure/`),
  };
  // A language's own manifest and feed (/fr/manifest.webmanifest), revalidated like the top folder's.
  const localeFolders = LOCALES.map((l) => localePrefix(l).slice(1)).filter(Boolean);
  const localeFiles = files.filter((f) => {
    const [folder, name, ...deeper] = f.split('/');
    return localeFolders.includes(folder!) && !deeper.length && !/^(index|404)\.html$/.test(name!);
  });
  writeFileSync(
    join(dir, '_headers'),
    headersFile(
      hashes,
      framing,
      localeFiles.map((f) => `/${f}`),
    ),
  );
  return hashes.length;
}
