// The pages' scripts, one file each: a Vite plugin that hands Rolldown each entry of
// src/scripts/entries/ already bundled whole by esbuild (every module it imports statically
// inlined). Rolldown then sees no module shared between two entries, so it splits none out into a
// common chunk: a page loads its one entry (PageScript.astro picks it), with no second request and
// no gzip overhead of a second file. Rolldown and Vite still minify it, name it by its hash and
// write it to dist/_astro.
// A dynamic import() in an entry (the figures' behaviour on the explainer and the section pages,
// src/scripts/figures/on-demand.ts) is not inlined: its module becomes a file of its own (one file,
// whichever entries import it), fetched only when the script asks for it. In a build, the plugin
// emits that file itself and writes the import() back once the file has its name (renderChunk):
// left to Vite, each import() would be wrapped in its preload helper, half a kilobyte in the entry
// for a file that has nothing to preload.
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

const ENTRIES_DIR = fileURLToPath(new URL('../scripts/entries/', import.meta.url));
const SCRIPTS_DIR = fileURLToPath(new URL('../scripts/', import.meta.url));

/** What stands for a file's import() until the file has its name: `__pageScriptChunk__("ref")`. */
const CHUNK_STAND_IN = '__pageScriptChunk__';
const CHUNK_CALL = new RegExp(`${CHUNK_STAND_IN}\\((["'\`])([\\w$-]+)\\1\\)`, 'g');

/** True for a module id that is one of the pages' entries (src/scripts/entries/x.ts). */
export const isPageEntry = (id: string) =>
  id.startsWith(ENTRIES_DIR) && /^[a-z-]+\.ts$/.test(id.slice(ENTRIES_DIR.length));

/** An esbuild plugin that leaves each dynamic import() out of the bundle, as the absolute path of its module, and lists those paths. */
function dynamicImportsApart(paths: Set<string>): EsbuildPlugin {
  return {
    name: 'dynamic-imports-apart',
    setup(esbuild) {
      esbuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'apart') return undefined;
        const resolved = await esbuild.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'apart',
        });
        if (resolved.errors.length) return { errors: resolved.errors };
        paths.add(resolved.path);
        return { path: resolved.path, external: true };
      });
    },
  };
}

/** The Vite plugin: loads each entry as one self-contained module, its dynamic imports as files of their own. */
export function pageScripts(): Plugin {
  let building = false;
  return {
    name: 'explainer-page-scripts',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async load(id) {
      if (!isPageEntry(id)) return undefined;
      const lazy = new Set<string>();
      const result = await build({
        entryPoints: [id],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        metafile: true,
        legalComments: 'none',
        plugins: [dynamicImportsApart(lazy)],
      });
      // Rebuilt in `astro dev` when any module it bundles changes.
      for (const input of Object.keys(result.metafile.inputs))
        this.addWatchFile(fileURLToPath(new URL(input, `file://${process.cwd()}/`)));
      let code = result.outputFiles[0]!.text;
      // In `astro dev` the import() of the absolute path stays, served as any module is.
      if (building)
        for (const path of lazy) {
          const name = relative(SCRIPTS_DIR, path).replace(/\.ts$/, '').replaceAll('/', '-');
          const ref = this.emitFile({ type: 'chunk', id: path, name });
          code = code.replaceAll(`import(${JSON.stringify(path)})`, `${CHUNK_STAND_IN}(${JSON.stringify(ref)})`);
          if (code.includes(path)) this.error(`${id}: the import() of ${path} was not written as expected`);
        }
      return { code, moduleType: 'js' };
    },
    renderChunk(code, chunk) {
      if (!code.includes(CHUNK_STAND_IN)) return null;
      const from = dirname(chunk.fileName);
      const written = code.replace(CHUNK_CALL, (_, _quote: string, ref: string) => {
        const target = relative(from, this.getFileName(ref)).replaceAll('\\', '/');
        return `import(${JSON.stringify(target.startsWith('.') ? target : `./${target}`)})`;
      });
      if (written.includes(CHUNK_STAND_IN)) this.error(`${chunk.fileName}: an import() was left unwritten`);
      return written;
    },
  };
}
