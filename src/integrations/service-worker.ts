// An Astro integration that writes dist/sw.js after the build, its precache list taken from the
// build output (never written by hand) and its cache version from the files' contents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheVersion, precacheUrls, serviceWorkerSource, type BuiltFile } from '../lib/precache';

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

/** Writes sw.js into a built site folder; returns the version and the number of files precached. */
export function writeServiceWorker(dir: string): { version: string; files: number; bytes: number } {
  const files = builtFiles(dir);
  const urls = precacheUrls(files);
  const version = cacheVersion(files, sha256);
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(version, urls));
  const listed = new Set(urls);
  const bytes = files.filter((f) => listed.has(`/${f.path.replace(/(^|\/)index\.html$/, '$1')}`)).reduce((n, f) => n + statSync(join(dir, f.path)).size, 0);
  return { version, files: urls.length, bytes };
}

/** The integration: after `astro build`, write the service worker. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'explainer-service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { version, files, bytes } = writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js: ${files} files precached (${(bytes / 1024).toFixed(0)} KB), cache explainer-${version}`);
      },
    },
  };
}
