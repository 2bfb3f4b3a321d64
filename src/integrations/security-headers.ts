// An Astro integration that writes dist/_headers after the build: the site's security headers
// (src/lib/security.ts), with the hashes of the inline stylesheets the build produced (the print
// view's), so that hosts reading _headers send the same policy the pages carry, and with the one
// exception to frame-ancestors 'none': the figures' embed pages (src/lib/figure-pages.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/locales';
import { headersFile, inlineStyleHashes } from '../lib/security';
import { localePrefix } from '../lib/urls';
import { FIGURE_DIRS } from '../lib/figure-pages';

/** The hashes of every inline stylesheet in the built HTML, without repeats. */
export function builtStyleHashes(dir: string): string[] {
  const hashes = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) inlineStyleHashes(readFileSync(full, 'utf8')).forEach((h) => hashes.add(h));
    }
  };
  walk(dir);
  return [...hashes].sort();
}

/** The integration: after `astro build`, write _headers. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'explainer-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = builtStyleHashes(root);
        const prefixes = LOCALES.map((l) => localePrefix(l));
        // The figures' embed pages alone may be framed by other sites; their figure pages may not.
        const figureDirs = LOCALES.map((l) => `${localePrefix(l)}/${FIGURE_DIRS[l]}`);
        const framing = {
          embeds: figureDirs.map((d) => `${d}/:figure/embed/`),
          deeperPages: figureDirs.flatMap((d) => [`${d}/:figure`, `${d}/:figure/`]),
        };
        writeFileSync(join(root, '_headers'), headersFile(hashes, prefixes, framing));
        logger.info(`_headers written (${hashes.length} inline stylesheet hash${hashes.length === 1 ? '' : 'es'})`);
      },
    },
  };
}
