// Updates tests/public-urls.json, the list of the site's public URLs (pages, and the headings,
// figures and events readers can link to), from a build. New URLs are added; URLs the build no
// longer has are kept, so tests/dist/public-urls.test.ts keeps failing until they get a redirect,
// unless --prune is given (for URLs that were never published).
// Usage: npm run urls:update [-- --prune]   (builds first; reads EXPLAINER_OUT_DIR, default dist)
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectPublicUrls, mergePublicUrls } from '../src/lib/public-urls.ts';

const dist = process.env.EXPLAINER_OUT_DIR ?? 'dist';
const file = 'tests/public-urls.json';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}

const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name === 'index.html')
      pages.push({ path: `/${relative(dist, dir)}/`.replace(/\/+/g, '/'), html: readFileSync(full, 'utf8') });
  }
};
walk(dist);

const current = collectPublicUrls(pages);
const committed = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: [], anchors: {} };
const next = mergePublicUrls(committed, current, process.argv.includes('--prune'));
const count = (list) => list.pages.length + Object.values(list.anchors).flat().length;
writeFileSync(file, `${JSON.stringify({ pages: next.pages, anchors: next.anchors, moved: next.moved }, null, 2)}\n`);
const delta = count(next) - count(committed);
console.log(
  `${file}: ${next.pages.length} pages, ${count(next) - next.pages.length} anchors (${delta >= 0 ? '+' : ''}${delta} since the last list)`,
);
