// A small static server for the built site (dist/), used by `npm start`, the browser tests and the
// benchmark. It answers as a static host does: GET and HEAD only (405 otherwise), directory
// indexes, 404 with the nearest 404.html (dist/fr/404.html under /fr/), gzip and brotli (each file
// compressed once, in memory, and recompressed when it changes; the .br/.gz copies a
// `build:deploy` writes are sent as they are), ETags with 304 for revalidations and for
// `If-None-Match: *`, the whole file for any Range (`Accept-Ranges: none`), and the headers listed
// in dist/_headers (the file Netlify and Cloudflare Pages read), which it never serves itself. A
// request target the URL parser rejects gets 400; an error in one request gets 500 and the server
// goes on serving.
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
import { parseArgs, promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzip } from 'node:zlib';

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

const compressGzip = promisify(gzip);
const compressBrotli = promisify(brotliCompress);

/**
 * A file's bytes as they may be sent: plain, gzip and brotli, with an ETag each. Built once per
 * file and kept while its size and modification time stay the same. A fresh .br/.gz copy beside
 * the file (written by `build:deploy`) is used as it is; otherwise the server compresses.
 */
const encodings = new Map();
async function encodedFile(file, type) {
  const { mtimeMs, size } = statSync(file);
  const key = `${mtimeMs}:${size}`;
  const known = encodings.get(file);
  if (known?.key === key) return known.bodies;
  const plain = readFileSync(file);
  const bodies = { identity: plain };
  if (COMPRESSIBLE.test(type)) {
    const copy = (ext) => existsSync(`${file}.${ext}`) && statSync(`${file}.${ext}`).mtimeMs >= mtimeMs;
    [bodies.br, bodies.gzip] = await Promise.all([
      copy('br')
        ? readFileSync(`${file}.br`)
        : compressBrotli(plain, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
          }),
      copy('gz') ? readFileSync(`${file}.gz`) : compressGzip(plain, { level: 9 }),
    ]);
  }
  encodings.set(file, { key, bodies });
  return bodies;
}

/** The encoding to send, from what the file has and what the request accepts. */
function chooseEncoding(bodies, accepts) {
  if (bodies.br && !values['no-brotli'] && /\bbr\b/.test(accepts)) return 'br';
  if (bodies.gzip && /\bgzip\b/.test(accepts)) return 'gzip';
  return 'identity';
}

/** The ETag of one encoding of a file, computed once. */
function etagOf(bodies, encoding) {
  bodies.etags ??= {};
  bodies.etags[encoding] ??= `"${createHash('sha1').update(bodies[encoding]).digest('base64url')}"`;
  return bodies.etags[encoding];
}

/** Files a host reads but never serves. */
const HOST_CONFIG = new Set(['_headers', '_redirects']);

async function handle(req, res) {
  if (values.unplug && existsSync(values.unplug)) {
    req.socket.destroy();
    return;
  }
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    url = undefined;
  }
  const log = (bytes) => {
    if (values.log)
      appendFileSync(
        values.log,
        `${JSON.stringify({ time: Date.now(), method: req.method, path: url?.pathname ?? req.url, status: res.statusCode, bytes, encoding: res.getHeader('Content-Encoding') ?? null })}\n`,
      );
  };
  const fail = (status, message, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(message);
    log(0);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return fail(405, 'Method not allowed: this site is static (GET and HEAD only)', { Allow: 'GET, HEAD' });
  if (!url) return fail(400, 'Bad request: the request target is not a URL');
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fail(400, 'Bad request: malformed URL');
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
  const hidden = HOST_CONFIG.has(path.split('/').at(-1) ?? '');
  if (hidden || !existsSync(file) || !statSync(file).isFile() || dropped.has(url.pathname)) {
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
  // Range requests get the whole file (a server may ignore Range), and say so.
  res.setHeader('Accept-Ranges', 'none');
  if (type.startsWith('text/html') && values['html-cache']) res.setHeader('Cache-Control', values['html-cache']);
  if (!existsSync(file)) return fail(404, 'Not found');
  const bodies = await encodedFile(file, type);
  const encoding = chooseEncoding(bodies, String(req.headers['accept-encoding'] ?? ''));
  const body = bodies[encoding];
  if (COMPRESSIBLE.test(type)) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  if (status === 200) {
    const etag = etagOf(bodies, encoding);
    res.setHeader('ETag', etag);
    const wanted = String(req.headers['if-none-match'] ?? '')
      .split(/\s*,\s*/)
      .map((tag) => tag.replace(/^W\//, ''));
    if (wanted.includes(etag) || wanted.includes('*')) {
      res.removeHeader('Content-Encoding');
      res.writeHead(304).end();
      log(0);
      return;
    }
  }
  res.setHeader('Content-Length', body.length);
  res.writeHead(status).end(req.method === 'HEAD' ? undefined : body);
  log(req.method === 'HEAD' ? 0 : body.length);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(`${req.method} ${req.url}: ${error?.stack ?? error}`);
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal server error');
  });
});
// A request Node's HTTP parser rejects (a malformed request line or header) gets 400; the server goes on.
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  else socket.destroy();
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(
    `Serving ${values.dir} at http://localhost:${server.address().port}/ with the headers of _headers, gzip and brotli (Ctrl+C stops)`,
  );
});
