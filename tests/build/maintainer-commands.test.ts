// What a maintainer sees on a fresh clone. `npm start` runs `npm run build`, which prints the pages
// built and the time, and nothing that looks like a warning when nothing is wrong; then it serves
// the site as a host does: gzip, and the headers of _headers (the Content-Security-Policy above
// all). It builds into a temporary folder, so it never touches dist/.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An environment that builds into a fresh temporary folder, as a terminal would (colours on). */
function freshEnv(extra: Record<string, string> = {}): { env: NodeJS.ProcessEnv; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-cmd-'));
  made.push(dir);
  const out = join(dir, 'dist');
  const env = {
    ...process.env,
    EXPLAINER_OUT_DIR: out,
    EXPLAINER_CACHE_DIR: join(dir, 'cache'),
    FORCE_COLOR: '1',
    ...extra,
  };
  return { env, out };
}

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Lines that a reader takes for a warning or an error: a marker at the start, after Astro's clock. */
const ALARMING =
  /^\s*(\d\d:\d\d:\d\d\s+)?(\[(WARN|WARNING|ERROR)\]|warn(ing)?\b|error\b|npm (warn|error|ERR!)|[⚠✗✘▲])/i;

/** What a maintainer must be told and must not be shown, for any build output. */
function expectQuietBuild(output: string): void {
  expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  expect(output.split('\n').filter((line) => ALARMING.test(line))).toEqual([]);
  expect(output).toMatch(/\d+ page\(s\) built in [\d.]+m?s/);
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** GET with the headers a browser sends; resolves with the response and its raw body. */
function request(url: string, headers: Record<string, string>): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The value of one header for every path ("/*") in a _headers file. */
function headerForAll(headersFile: string, name: string): string | undefined {
  let inAll = false;
  for (const line of readFileSync(headersFile, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll && line.trim().toLowerCase().startsWith(`${name.toLowerCase()}:`))
      return line.slice(line.indexOf(':') + 1).trim();
  }
  return undefined;
}

describe('npm start', () => {
  // It runs `npm run build`, then the server: the build's output is what `npm run build` prints.
  it('builds quietly (`npm run build`: the pages built and the time, no warning or MODULE_LEVEL_DIRECTIVE box), prints its URL, and serves pages gzipped with the Content-Security-Policy of _headers', async () => {
    const port = await freePort();
    const { env, out } = freshEnv({ PORT: String(port) });
    // Its own process group, so that npm, the shell and the server all stop together.
    const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = `http://localhost:${port}/`;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`npm start printed no ${url} in 150 s:\n${plain(output)}`)),
          150_000,
        );
        const check = () => {
          if (plain(output).includes(url)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', check);
        child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${plain(output)}`)));
      });
      // npm echoes each script it runs: the build is `npm run build`'s.
      const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
      expect(plain(output).split('\n')).toContain(`> ${scripts.build}`);
      expectQuietBuild(plain(output));

      const csp = headerForAll(join(out, '_headers'), 'Content-Security-Policy');
      expect(csp).toMatch(/default-src 'self'/);
      for (const path of ['', 'fr/sources/']) {
        const { res, body } = await request(`${url}${path}`, { 'Accept-Encoding': 'gzip, deflate' });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-encoding']).toBe('gzip');
        // The policy of every path, then the pages' own frame-ancestors 'none' (a second policy; src/lib/security.ts).
        expect(res.headers['content-security-policy']).toBe(`${csp}, frame-ancestors 'none'`);
        expect(gunzipSync(body).toString('utf8')).toContain('<html lang=');
      }
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
