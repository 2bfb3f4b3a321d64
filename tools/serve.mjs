// A small static server for the built site (dist/), used by the browser tests and the benchmark.
// It serves directory indexes, answers 404 with dist/404.html, compresses text with gzip when the
// browser accepts it (as every static host does), and applies the headers listed in dist/_headers
// (the same file Netlify and Cloudflare Pages read), so tests and the benchmark see what a host sends.
// Usage: node tools/serve.mjs [--port 4329] [--dir dist]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.TEST_PORT ?? '4329' }, dir: { type: 'string', default: process.env.EXPLAINER_OUT_DIR ?? 'dist' } },
});
const root = resolve(values.dir);
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

/** Rules from _headers: a path pattern (with * wildcards) and the headers it gets. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaderRules();

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = normalize(decodeURIComponent(url.pathname));
  if (path.includes('..')) path = '/';
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  let status = 200;
  if (!existsSync(file)) {
    status = 404;
    file = join(root, '404.html');
  }
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  if (!existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  let body = readFileSync(file);
  const type = String(res.getHeader('Content-Type'));
  if (/text|json|xml|javascript|svg|manifest/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
  }
  res.writeHead(status).end(req.method === 'HEAD' ? undefined : body);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir} at http://localhost:${values.port}/ with the headers of _headers and gzip (Ctrl+C stops)`);
});
