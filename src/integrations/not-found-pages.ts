// The 404 page of each language is built by src/pages/[...locale]/404.astro as <prefix>/404/index.html
// (dist/404/index.html, dist/fr/404/index.html). Hosts that serve a 404 page per folder (Cloudflare
// Pages, and tools/serve.mjs) look for dist/404.html and dist/<folder>/404.html: this moves each
// language's page there, so /404/ and /fr/404/ are not pages of their own.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/locales';
import { localePrefix } from '../lib/urls';

export default function notFoundPages(): AstroIntegration {
  return {
    name: 'explainer-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const locale of LOCALES) {
          const folder = join(root, localePrefix(locale));
          const built = join(folder, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(folder, '404.html'));
          rmSync(join(folder, '404'), { recursive: true, force: true });
          logger.info(`${join(localePrefix(locale), '404.html').replace(/^\//, '')} written`);
        }
      },
    },
  };
}
