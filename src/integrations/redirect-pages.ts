// The pages Astro writes for renamed addresses (`redirects` in astro.config.mjs) send the browser on
// with a meta refresh written "0;url=…", which the W3C checker refuses (it wants "0; url=…"), and
// carry no language. This rewrites each one as valid HTML in the language of its address.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeOfPath } from '../lib/urls';

/** A redirect page as the checker accepts it: "0; url=…" and <html lang> of its address's locale. */
export function validRedirectPage(html: string, path: string): string {
  const lang = localeOfPath(path);
  return html
    .replace(/(<meta\s+http-equiv="refresh"\s+content=")(\d+);\s*url=/i, '$1$2; url=')
    .replace(/^<!doctype html>(?!<html)/i, `<!doctype html><html lang="${lang}">`);
}

export default function redirectPages(): AstroIntegration {
  let redirects: string[] = [];
  return {
    name: 'explainer-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        redirects = Object.keys(config.redirects);
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const path of redirects) {
          const file = join(root, path, 'index.html');
          if (!existsSync(file)) continue;
          writeFileSync(file, validRedirectPage(readFileSync(file, 'utf8'), path));
        }
      },
    },
  };
}
