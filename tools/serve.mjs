// A small static server for the built site (dist/), used by the browser tests and the benchmark.
// It serves directory indexes, answers 404 with the nearest 404.html
// (dist/fr/404.html under /fr/), serves the precompressed .br/.gz
// files the build writes beside text files (as static hosts do; a file changed after the build
// is compressed once in memory instead), sends ETags and answers revalidations with 304, and
// applies the headers listed in dist/_headers (the file Netlify and Cloudflare Pages read), so
// tests and the benchmark see what a host sends. A malformed URL gets 400.
//
// Usage: node tools/serve.mjs [--port 4329|0] [--dir dist] [options]
//   --port 0                   pick a free port; the first line printed names it
//   --html-cache VALUE         send Cache-Control: VALUE on HTML (GitHub Pages sends max-age=600)
//   --slash add|strip          trailing slashes: add (default: /x → 301 /x/) or strip (/x/ → 301 /x)
//   --drop PATH                answer 404 for this URL path (repeatable), as a host missing a file
//   --log FILE                 append one JSON line per response: method, path, status, bytes sent
//   --no-brotli                send gzip even to browsers that accept brotli (to measure gzipped bytes)
//   --unplug FILE              while FILE exists, drop every connection unanswered (the network is down)
import { createServer } from 'node:http';
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.TEST_PORT ?? '4329' },
    dir: { type: 'string', default: process.env.EXPLAINER_OUT_DIR ?? 'dist' },
    'html-cache': { type: 'string' },
    slash: { type: 'string', default: 'add' },
    drop: { type: 'string', multiple: true, default: [] },
    log: { type: 'string' },
    unplug: { type: 'string' },
    'no-brotli': { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir);
const dropped = new Set(values.drop);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /text|json|xml|javascript|svg|manifest/;

/** Rules from _headers: a path pattern (with * wildcards) and the headers it gets. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    // `*` matches anything, `:name` one path segment (Netlify and Cloudflare Pages syntax).
    const pattern = line
      .trim()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/gi, '[^/]+');
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaderRules();

/** Files compressed on the fly because they changed after the build: path → { mtime, gzip }. */
const compressedLater = new Map();

/** The body to send for a file and the encoding it is in, preferring the build's precompressed copies. */
function encodedBody(file, type, accepts) {
  const plain = () => ({ body: readFileSync(file), encoding: undefined });
  if (!COMPRESSIBLE.test(type)) return plain();
  const mtime = statSync(file).mtimeMs;
  const fresh = (copy) => existsSync(copy) && statSync(copy).mtimeMs >= mtime;
  if (!values['no-brotli'] && /\bbr\b/.test(accepts) && fresh(`${file}.br`))
    return { body: readFileSync(`${file}.br`), encoding: 'br' };
  if (/\bgzip\b/.test(accepts)) {
    if (fresh(`${file}.gz`)) return { body: readFileSync(`${file}.gz`), encoding: 'gzip' };
    const known = compressedLater.get(file);
    if (known?.mtime === mtime) return { body: known.gzip, encoding: 'gzip' };
    const gzip = gzipSync(readFileSync(file), { level: 9 });
    compressedLater.set(file, { mtime, gzip });
    return { body: gzip, encoding: 'gzip' };
  }
  return plain();
}

const server = createServer((req, res) => {
  if (values.unplug && existsSync(values.unplug)) {
    req.socket.destroy();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const log = (bytes) => {
    if (values.log)
      appendFileSync(
        values.log,
        `${JSON.stringify({ time: Date.now(), method: req.method, path: url.pathname, status: res.statusCode, bytes, encoding: res.getHeader('Content-Encoding') ?? null })}\n`,
      );
  };
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL');
    log(0);
    return;
  }
  let path = normalize(decoded);
  if (path.includes('..') || path.includes('\0')) path = '/';
  let file = join(root, path);
  const isDir = existsSync(file) && statSync(file).isDirectory();
  if (isDir && values.slash === 'add' && !path.endsWith('/')) {
    res.writeHead(301, { Location: `${path}/${url.search}` }).end();
    log(0);
    return;
  }
  if (values.slash === 'strip' && path.length > 1 && path.endsWith('/') && isDir) {
    res.writeHead(301, { Location: `${path.replace(/\/+$/, '')}${url.search}` }).end();
    log(0);
    return;
  }
  if (isDir) file = join(file, 'index.html');
  let status = 200;
  if (!existsSync(file) || dropped.has(url.pathname)) {
    status = 404;
    const dirs = path.split('/').filter(Boolean);
    file =
      [...dirs.keys()]
        .map((i) => join(root, ...dirs.slice(0, dirs.length - i), '404.html'))
        .find((f) => existsSync(f)) ?? join(root, '404.html');
  }
  // Like Netlify and Cloudflare Pages: every matching rule applies; one header's values are joined.
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers)
      res.setHeader(name, res.hasHeader(name) ? `${res.getHeader(name)}, ${value}` : value);
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  res.setHeader('Content-Type', type);
  if (type.startsWith('text/html') && values['html-cache']) res.setHeader('Cache-Control', values['html-cache']);
  if (!existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    log(9);
    return;
  }
  const { body, encoding } = encodedBody(file, type, String(req.headers['accept-encoding'] ?? ''));
  if (COMPRESSIBLE.test(type)) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  if (status === 200) {
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    res.setHeader('ETag', etag);
    if (
      String(req.headers['if-none-match'] ?? '')
        .split(/\s*,\s*/)
        .includes(etag)
    ) {
      res.removeHeader('Content-Encoding');
      res.writeHead(304).end();
      log(0);
      return;
    }
  }
  res.setHeader('Content-Length', body.length);
  res.writeHead(status).end(req.method === 'HEAD' ? undefined : body);
  log(req.method === 'HEAD' ? 0 : body.length);
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(
    `Serving ${values.dir} at http://localhost:${server.address().port}/ with the headers of _headers and precompressed files (Ctrl+C stops)`,
  );
});
