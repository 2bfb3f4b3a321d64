// An Astro integration that writes dist/_headers after the build: the site's security headers
// (src/lib/security.ts), with the hashes of the inline stylesheets the build produced (the print
// view's), so that hosts reading _headers send the same policy the pages carry.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../lib/locales';
import { headersFile, inlineStyleHashes } from '../lib/security';
import { localePrefix } from '../lib/urls';

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
        writeFileSync(
          join(root, '_headers'),
          headersFile(
            hashes,
            LOCALES.map((l) => localePrefix(l)),
          ),
        );
        logger.info(`_headers written (${hashes.length} inline stylesheet hash${hashes.length === 1 ? '' : 'es'})`);
      },
    },
  };
}
