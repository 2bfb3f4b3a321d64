// `npm run bench`: builds the site, then prints one table: for each page, HTML/CSS/JS/font bytes
// (raw and gzipped), requests on a first load, the service worker's background downloads after it, and Lighthouse scores (mobile, simulated
// throttling) with LCP, CLS and TBT, run in the same Chromium the tests use. Also the build time.
// A benchmark, not a test: it reports, it does not fail on a number.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { builtPages, DIST } from '../tests/support/dist.ts';
import { CHROMIUM_FLAGS, findChromium } from '../tests/support/browser.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { firstVisitWeight } from '../tests/support/offline-weight.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

console.log('Building…');
const started = performance.now();
const build = spawnSync('node_modules/.bin/astro', ['build'], { env, encoding: 'utf8' });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const server = spawn('node_modules/.bin/node', ['tools/serve.mjs', '--port', String(PORT), '--dir', DIST], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));
const chromePath = findChromium() ?? chromium.executablePath();

const raw = (files) => files.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
const kb = (n) => (n / 1024).toFixed(1);

/** Requests a first visit makes, counted in a fresh browser context. */
async function countRequests(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let count = 0;
  page.on('request', () => count++);
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  await context.close();
  return count;
}

const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
const rows = [];
try {
  const pages = builtPages()
    .filter((p) => p.path !== '/404/')
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  for (const page of pages) {
    const weight = pageWeight(page);
    const requests = await countRequests(browser, page.path);
    const audit = () =>
      lighthouse(`${ORIGIN}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
    // Lighthouse now and then loses a trace on a loaded two-core machine: run such a page once more.
    let result = await audit();
    if (result.lhr.runtimeError) result = await audit();
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) console.error(`\n${page.path}: Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const metric = (id, scale = 1, digits = 0) =>
      audits[id]?.numericValue === undefined ? 'n/a' : (audits[id].numericValue / scale).toFixed(digits);
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page: page.path,
      'HTML kB (gz)': `${kb(statSync(join(DIST, page.file)).size)} (${kb(weight.html)})`,
      'CSS kB (gz)': `${kb(raw(weight.files.css))} (${kb(weight.css)})`,
      'JS kB (gz)': `${kb(raw(weight.files.js))} (${kb(weight.js)})`,
      'fonts kB (gz)': `${kb(raw(weight.files.fonts))} (${kb(weight.fonts)})`,
      'first visit kB (gz)': kb(weight.total),
      // With the service worker and the offline page it saves (it saves nothing else on a first visit).
      'first visit all in kB (gz)': page.doc.querySelector('offline-status')
        ? kb(firstVisitWeight(page).total)
        : kb(weight.total),
      requests,
      perf: score('performance'),
      a11y: score('accessibility'),
      'best pr.': score('best-practices'),
      seo: score('seo'),
      'LCP s': metric('largest-contentful-paint', 1000, 2),
      CLS: metric('cumulative-layout-shift', 1, 3),
      'TBT ms': metric('total-blocking-time'),
    });
    process.stdout.write('.');
  }
} finally {
  await browser.close();
  chrome.kill();
  server.kill();
}

const headers = Object.keys(rows[0]);
const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\n\nBuild time: ${buildSeconds.toFixed(1)} s (astro build, ${builtPages().length} pages)\n`);
console.log(line(headers));
console.log(line(headers.map(() => '---')));
for (const row of rows) console.log(line(headers.map((h) => row[h])));
console.log(
  `\nLighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile profile, simulated throttling; sizes from the built files.`,
);
