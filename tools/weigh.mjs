// `npm run weigh -- dist/index.html [selector…]`: what makes a built page heavy. For each region
// (CSS selectors; a default list of the explainer's parts when none is given) it prints how many
// elements match, their raw bytes, and their marginal gzipped bytes: how much smaller the page's
// gzip gets when those elements are removed (gzip folds repeated text, so this is what a region
// really costs). A measuring tool, not a test. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const DEFAULT_REGIONS = [
  'head',
  'header',
  '.prose-body > p',
  'figure svg.fig-svg',
  'figure table',
  '.tl-list',
  '.endnotes',
  '[popovertarget]',
  'share-links',
  '.self-link',
  '.corrections',
  '.cite-this',
  'footer',
];

const [file, ...selectors] = process.argv.slice(2);
if (!file) {
  console.error('Usage: npm run weigh -- dist/<page>/index.html [selector…]');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const gz = (text) => gzipSync(text, { level: 9 }).length;
const total = gz(html);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const root = parse(html);
console.log(`${file}: ${kb(html.length)} raw, ${kb(total)} gzipped\n`);
console.log(`${'region'.padEnd(28)} ${'count'.padStart(5)} ${'raw'.padStart(9)} ${'gzipped'.padStart(9)}`);
for (const selector of selectors.length ? selectors : DEFAULT_REGIONS) {
  const elements = root.querySelectorAll(selector);
  let rest = html;
  let raw = 0;
  for (const element of elements) {
    const outer = element.outerHTML;
    raw += outer.length;
    rest = rest.replace(outer, '');
  }
  console.log(
    `${selector.padEnd(28)} ${String(elements.length).padStart(5)} ${kb(raw).padStart(9)} ${kb(total - gz(rest)).padStart(9)}`,
  );
}
