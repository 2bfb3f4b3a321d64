// The one pass over the build output, after `astro build` has written the pages: it draws the
// figures' files, lists every file of dist/ once (one directory walk), and from that list writes
// _headers, the service worker and, for `npm run build:deploy` only, the .gz/.br copies. It
// prints how long each phase took (`npm run bench` reads that line).
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Locale } from '../lib/locales';
import type { BuiltFile } from '../lib/precache';
import { writeFigureFiles } from './figure-files';
import { writeHeaders } from './security-headers';
import { writeServiceWorker } from './service-worker';
import { precompress } from './precompress';

/** Every file under dir, as a path relative to it (with "/") and a hash of its bytes. */
export function listBuiltFiles(dir: string): BuiltFile[] {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
      return {
        path,
        hash: createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex'),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The phases of the pass, in the order they run, as printed ("figure files 0.41 s; …"). */
export const PHASES = ['figure files', 'headers', 'worker', 'compression'] as const;

export default function postBuild(): AstroIntegration {
  return {
    name: 'explainer-post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const seconds: Record<(typeof PHASES)[number], number> = {
          'figure files': 0,
          headers: 0,
          worker: 0,
          compression: 0,
        };
        const timed = async <T>(phase: (typeof PHASES)[number], work: () => T | Promise<T>): Promise<T> => {
          const start = performance.now();
          const result = await work();
          seconds[phase] += (performance.now() - start) / 1000;
          return result;
        };
        const figures = await timed('figure files', () => writeFigureFiles(root));
        const files = listBuiltFiles(root);
        const hashes = await timed('headers', () =>
          writeHeaders(
            root,
            files.map((f) => f.path),
          ),
        );
        const worker = await timed('worker', () => writeServiceWorker(root, { files }));
        // sw.js and offline-files.json are new: the copies below include them.
        const deploying = process.env.EXPLAINER_DEPLOY === '1';
        const compressed = deploying
          ? await timed('compression', () =>
              precompress(root, [...new Set([...files.map((f) => f.path), 'sw.js', 'offline-files.json'])]),
            )
          : 0;
        const kb = (n: number) => `${(n / 1024).toFixed(1)} KB gz`;
        logger.info(
          `figure files: ${figures.written.length} written, ${figures.drawn} PNGs drawn, ${figures.written.filter((w) => w.path.endsWith('.png')).length - figures.drawn} from the cache`,
        );
        logger.info(`_headers written (${hashes} inline stylesheet hash${hashes === 1 ? '' : 'es'})`);
        logger.info(
          `sw.js: cache explainer-${worker.version}; saved on the reader's intent: ${Object.entries(worker.lists)
            .map(([locale, list]) => `${locale} ${list.length} files, ${kb(worker.sizes[locale as Locale])}`)
            .join('; ')}`,
        );
        logger.info(
          deploying
            ? `${compressed} text files precompressed (.gz, .br)`
            : 'no precompressed copies (build:deploy writes them; npm start compresses as it serves)',
        );
        logger.info(`phases: ${PHASES.map((p) => `${p} ${seconds[p].toFixed(2)} s`).join('; ')}`);
      },
    },
  };
}
