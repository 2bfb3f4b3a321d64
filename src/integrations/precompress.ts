// An Astro integration that writes gzip and brotli copies beside every text file of the build
// (x.html.gz, x.html.br), so a static server sends them as they are instead of compressing each
// response. It runs last, after the other integrations have written their files.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const TEXT = /\.(html|css|js|mjs|json|webmanifest|svg|xml|txt|csv)$/;

/** Writes .gz and .br beside every text file under dir; returns how many files were compressed. */
export function precompress(dir: string): number {
  let count = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (TEXT.test(name)) {
        const data = readFileSync(full);
        writeFileSync(`${full}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${full}.br`,
          brotliCompressSync(data, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
        count++;
      }
    }
  };
  walk(dir);
  return count;
}

/** The integration: after `astro build`, precompress the text files. */
export default function precompressed(): AstroIntegration {
  return {
    name: 'explainer-precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${precompress(fileURLToPath(dir))} text files precompressed (.gz, .br)`);
      },
    },
  };
}
