// gzip and brotli copies beside every text file of a deployment build (x.html.gz, x.html.br), for
// servers that send precompressed files as they are (nginx's gzip_static and brotli_static, Caddy's
// precompressed). Only `npm run build:deploy` writes them (src/integrations/post-build.ts): Netlify
// and Cloudflare Pages compress themselves, and `npm start` compresses each file once, in memory.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|css|js|mjs|json|webmanifest|svg|xml|txt|csv)$/;

/** Writes .gz and .br beside every text file among `files` (paths relative to dir); returns how many it compressed. */
export function precompress(dir: string, files: readonly string[]): number {
  const text = files.filter((f) => TEXT.test(f));
  for (const path of text) {
    const full = join(dir, path);
    const data = readFileSync(full);
    writeFileSync(`${full}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${full}.br`,
      brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
    );
  }
  return text.length;
}
