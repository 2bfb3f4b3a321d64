// The pages' scripts, one file each: a Vite plugin that hands Rolldown each entry of
// src/scripts/entries/ already bundled whole by esbuild (every module it imports inlined). Rolldown
// then sees no module shared between two entries, so it splits none out into a common chunk: a page
// loads its one entry (PageScript.astro picks it), with no second request and no gzip overhead of
// a second file. Rolldown and Vite still minify it, name it by its hash and write it to dist/_astro.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const ENTRIES_DIR = fileURLToPath(new URL('../scripts/entries/', import.meta.url));

/** True for a module id that is one of the pages' entries (src/scripts/entries/x.ts). */
export const isPageEntry = (id: string) =>
  id.startsWith(ENTRIES_DIR) && /^[a-z-]+\.ts$/.test(id.slice(ENTRIES_DIR.length));

/** The Vite plugin: loads each entry as one self-contained module. */
export function pageScripts(): Plugin {
  return {
    name: 'explainer-page-scripts',
    enforce: 'pre',
    async load(id) {
      if (!isPageEntry(id)) return undefined;
      const result = await build({
        entryPoints: [id],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        metafile: true,
        legalComments: 'none',
      });
      // Rebuilt in `astro dev` when any module it bundles changes.
      for (const input of Object.keys(result.metafile.inputs))
        this.addWatchFile(fileURLToPath(new URL(input, `file://${process.cwd()}/`)));
      return { code: result.outputFiles[0]!.text, moduleType: 'js' };
    },
  };
}
