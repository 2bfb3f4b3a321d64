// build:deploy's .gz and .br copies: beside every text file, decoding to its bytes, none for images.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { precompress } from '../../src/integrations/precompress';

const dir = mkdtempSync(join(tmpdir(), 'explainer-precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  test('writes .gz and .br beside text files only, each decoding to the file', () => {
    mkdirSync(join(dir, 'fr'));
    const page = '<!doctype html><p>Une page</p>'.repeat(50);
    writeFileSync(join(dir, 'fr', 'index.html'), page);
    writeFileSync(join(dir, 'data.csv'), 'id,date\na,2025-05-07\n');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(precompress(dir, ['fr/index.html', 'data.csv', 'image.png'])).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, 'fr', 'index.html.gz'))).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(join(dir, 'fr', 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'data.csv.gz'))).toString()).toContain('2025-05-07');
    expect(existsSync(join(dir, 'image.png.gz'))).toBe(false);
    expect(existsSync(join(dir, 'image.png.br'))).toBe(false);
  });
});
