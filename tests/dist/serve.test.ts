// The static server of `npm start`, the browser tests and the benchmark (tools/serve.mjs) behaves
// like a host: it compresses with gzip and brotli (or sends a deploy build's .gz/.br as they are),
// answers revalidations with 304, applies dist/_headers without serving it, answers GET and HEAD
// only, and answers any request target it cannot parse with 400 without going down.
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { startServer, type TestServer } from '../support/server';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET (or another method) with exactly these headers; the body as sent (not decompressed). */
function get(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers, method }, (res) => {
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

/** Sends one request line over a raw socket, as a client that writes anything would; resolves with the status line. */
function rawStatusLine(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('tools/serve.mjs', () => {
  it('answers a malformed URL with 400 and keeps serving', async () => {
    expect((await get(server.origin, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.origin, '/')).status).toBe(200);
  });

  const unparsable = ['//', '/\\', '/\\/', '//:99999/', 'http://[::1', 'http://a:b@/', 'http:///'];
  for (const target of unparsable) {
    it(`answers the request target ${target} with 400 and keeps serving`, async () => {
      const port = Number(new URL(server.origin).port);
      expect(await rawStatusLine(port, target)).toMatch(/^HTTP\/1\.1 400 /);
      expect((await get(server.origin, '/sources/')).status).toBe(200);
    });
  }

  it('answers a request line the HTTP parser rejects with 400 and keeps serving', async () => {
    const port = Number(new URL(server.origin).port);
    expect(await rawStatusLine(port, '/ x y')).toMatch(/^HTTP\/1\.1 400 /);
    expect((await get(server.origin, '/')).status).toBe(200);
  });

  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
    it(`answers ${method} with 405 and Allow: GET, HEAD`, async () => {
      const res = await get(server.origin, '/', {}, method);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.body.toString()).not.toContain('<html');
    });
  }

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(server.origin, '/sources/', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    const full = await get(server.origin, '/sources/', { 'Accept-Encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers.etag).toBe(full.headers.etag);
  });

  it('never serves _headers: 404 with the 404 page', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '/fr/../_headers']) {
      const res = await get(server.origin, path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).not.toContain('Content-Security-Policy');
    }
  });

  it('sends the whole file for a Range request, and says it takes no ranges', async () => {
    const res = await get(server.origin, '/sources/', { Range: 'bytes=0-99' });
    expect(res.status).toBe(200);
    expect(res.headers['accept-ranges']).toBe('none');
    expect(res.headers['content-range']).toBeUndefined();
    expect(res.body.equals(readFileSync(join(DIST, 'sources', 'index.html')))).toBe(true);
  });

  it('answers If-None-Match: * with 304 for a file that exists, and with the 404 page for one that does not', async () => {
    expect((await get(server.origin, '/sources/', { 'If-None-Match': '*' })).status).toBe(304);
    expect((await get(server.origin, '/no-such-page/', { 'If-None-Match': '*' })).status).toBe(404);
  });

  it('compresses with gzip and brotli, to the file’s own bytes, and sends the same bytes again', async () => {
    const file = readFileSync(join(DIST, 'index.html'));
    const gz = await get(server.origin, '/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    const br = await get(server.origin, '/', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect((await get(server.origin, '/', { 'Accept-Encoding': 'gzip, br' })).body.equals(br.body)).toBe(true);
    const plain = await get(server.origin, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });

  it('answers an error while reading a file with 500, and keeps serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    // A sparse file over 2 GiB (it takes no disk): Node refuses to read it whole, so the answer throws.
    writeFileSync(join(dir, 'huge.bin'), '');
    truncateSync(join(dir, 'huge.bin'), 2 ** 31 + 1);
    const local = await startServer({ dir });
    try {
      expect((await get(local.origin, '/huge.bin')).status).toBe(500);
      expect((await get(local.origin, '/')).status).toBe(200);
    } finally {
      local.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends a deploy build’s .gz copy as it is, and compresses anew once the file has changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-serve-'));
    const page = `<!doctype html><html lang="en"><title>x</title>${'<p>words</p>'.repeat(200)}</html>`;
    writeFileSync(join(dir, 'index.html'), page);
    // Level 1: a copy the server itself (level 9) would never produce.
    const copy = gzipSync(page, { level: 1 });
    writeFileSync(join(dir, 'index.html.gz'), copy);
    const local = await startServer({ dir });
    try {
      expect((await get(local.origin, '/', { 'Accept-Encoding': 'gzip' })).body.equals(copy)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      writeFileSync(join(dir, 'index.html'), `${page}<!-- changed -->`);
      const fresh = await get(local.origin, '/', { 'Accept-Encoding': 'gzip' });
      expect(gunzipSync(fresh.body).toString()).toContain('<!-- changed -->');
    } finally {
      local.stop();
      rmSync(dir, { recursive: true, force: true });
    }
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
