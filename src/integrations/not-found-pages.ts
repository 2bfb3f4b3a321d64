// Astro writes the root 404 page as dist/404.html but a locale's as dist/<locale>/404/index.html.
// Hosts that serve a 404 page per folder (Cloudflare Pages, and tools/serve.mjs) look for
// dist/<locale>/404.html: this moves each locale's page there, so /fr/404/ is not a page of its own.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locales';

export default function notFoundPages(): AstroIntegration {
  return {
    name: 'explainer-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const built = join(root, locale, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(root, locale, '404.html'));
          rmSync(join(root, locale, '404'), { recursive: true, force: true });
          logger.info(`${locale}/404.html written`);
        }
      },
    },
  };
}
