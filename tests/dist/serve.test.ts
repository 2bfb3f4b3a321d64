// The static server the browser tests and the benchmark use (tools/serve.mjs) behaves like a
// host: it sends the build's precompressed files, answers revalidations with 304, applies
// dist/_headers, and answers a malformed URL with 400 without going down.
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { startServer, type TestServer } from '../support/server';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers; the body as sent (not decompressed). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ dir: DIST });
});
afterAll(() => server.stop());

describe('tools/serve.mjs', () => {
  it('answers a malformed URL with 400 and keeps serving', async () => {
    expect((await get(server.origin, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.origin, '/')).status).toBe(200);
  });

  it('sends the precompressed copies the build wrote', async () => {
    const gz = await get(server.origin, '/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(readFileSync(join(DIST, 'index.html.gz')))).toBe(true);
    const br = await get(server.origin, '/', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(readFileSync(join(DIST, 'index.html.br')))).toBe(true);
    const plain = await get(server.origin, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(DIST, 'index.html')))).toBe(true);
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await get(server.origin, '/sources/', { 'Accept-Encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await get(server.origin, '/sources/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('applies dist/_headers: pages revalidated, hashed assets immutable', async () => {
    const page = await get(server.origin, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const css = readFileSync(join(DIST, 'index.html'), 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    expect((await get(server.origin, css)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
