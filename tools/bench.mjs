// `npm run bench`: times the build against a plain `astro build` of the same pages, then measures
// six pages (`/`, a section, a figure page, and the same in French) as a reader's browser gets
// them from a gzip server: bytes by kind, what a first visit downloads in all (and what it
// downloads after the page has loaded, in the background), the same with a second page view, and
// Lighthouse (mobile, simulated throttling, median of 3 runs). It prints Markdown tables for
// docs/benchmark.md. A benchmark, not a test: it reports, it does not fail on a number.
//
// On a busy machine, `BENCH_BUILD=0` skips the four builds and measures the dist/ already built,
// and `BENCH_PAGES=/,/arms-and-oil/` measures only the pages listed (comma-separated paths of PAGES).
//
// The builds are cold: each gets a fresh cache folder (Astro's and the figure PNGs'). The baseline
// is the same project built with EXPLAINER_PLAIN_BUILD=1, which leaves out the post-build pass
// (figure files, _headers, the service worker): what `astro build` alone costs for these pages.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { builtPages, DIST } from '../tests/support/dist.ts';
import { CHROMIUM_FLAGS, findChromium } from '../tests/support/browser.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { startServer } from '../tests/support/server.ts';
import { precompress } from '../src/integrations/precompress.ts';

/** The pages measured, each with the page a reader might open next. */
const ALL_PAGES = [
  { path: '/', next: '/us-response/' },
  { path: '/arms-and-oil/', next: '/us-response/' },
  { path: '/figures/timeline/', next: '/us-response/' },
  { path: '/fr/', next: '/fr/reponse-americaine/' },
  { path: '/fr/armes-et-petrole/', next: '/fr/reponse-americaine/' },
  { path: '/fr/graphiques/chronologie/', next: '/fr/reponse-americaine/' },
];
const PAGES = process.env.BENCH_PAGES
  ? process.env.BENCH_PAGES.split(',').map((path) => {
      const page = ALL_PAGES.find((p) => p.path === path.trim());
      if (!page) throw new Error(`BENCH_PAGES: ${path} is not one of ${ALL_PAGES.map((p) => p.path).join(', ')}`);
      return page;
    })
  : ALL_PAGES;
const BUILD = process.env.BENCH_BUILD !== '0';
// BENCH_RUNS=1 for a quick look; the table in docs/benchmark.md is the median of 3.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_RUNS ?? 3);
const kb = (n) => (n / 1024).toFixed(1);
/** The median of the runs that measured a value (a run Lighthouse lost a trace in has none). */
const median = (values) => {
  const measured = values.filter(Number.isFinite).sort((a, b) => a - b);
  return measured.length ? measured[Math.floor(measured.length / 2)] : NaN;
};
const scratch = mkdtempSync(join(tmpdir(), 'explainer-bench-'));

/** One cold build (fresh cache folder); its wall time and the post-build phases it printed. */
function build({ plain, outDir }) {
  const cacheDir = mkdtempSync(join(scratch, 'cache-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    EXPLAINER_CACHE_DIR: cacheDir,
    EXPLAINER_OUT_DIR: outDir,
  };
  if (plain) env.EXPLAINER_PLAIN_BUILD = '1';
  else delete env.EXPLAINER_PLAIN_BUILD;
  const run = () => {
    const started = performance.now();
    const result = spawnSync('node_modules/.bin/astro', ['build'], { env, encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      process.exit(1);
    }
    const seconds = (performance.now() - started) / 1000;
    const line = result.stdout.match(/phases: (.*)$/m)?.[1] ?? '';
    const phases = Object.fromEntries(
      [...line.matchAll(/([a-z ]+?) ([\d.]+) s/g)].map((m) => [m[1].trim(), Number(m[2])]),
    );
    const post = Object.values(phases).reduce((n, s) => n + s, 0);
    return {
      total: seconds,
      astro: seconds - post,
      phases,
      pages: Number(result.stdout.match(/(\d+) page\(s\) built/)?.[1]),
    };
  };
  const cold = run();
  const warm = plain ? undefined : run();
  return { cold, warm };
}

console.log(
  `Load average before the builds: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')} (2 cores)`,
);
/** The build times: the plain build and the project's, alternated, and build:deploy's compression. */
function timeBuilds() {
  console.log('Building: plain astro build, then the project (cold, then again with its cache)…');
  const plainOut = join(scratch, 'plain-dist');
  // Alternated twice, so both builds see the same load; the median of two is their mean.
  const plainRuns = [build({ plain: true, outDir: plainOut }).cold];
  const projectRuns = [build({ plain: false, outDir: DIST })];
  plainRuns.push(build({ plain: true, outDir: plainOut }).cold);
  projectRuns.push(build({ plain: false, outDir: DIST }));
  const mean = (runs, pick) => runs.reduce((n, r) => n + pick(r), 0) / runs.length;

  // build:deploy's one extra phase, timed on a copy of the build.
  const deployCopy = join(scratch, 'deploy-copy');
  cpSync(DIST, deployCopy, { recursive: true });
  const compressStarted = performance.now();
  const compressed = precompress(
    deployCopy,
    globSync('**/*', { cwd: deployCopy, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(deployCopy.length + 1)),
  );
  const compressSeconds = (performance.now() - compressStarted) / 1000;

  const s = (n) => `${n.toFixed(2)} s`;
  const phase = (name) => mean(projectRuns, (r) => r.cold.phases[name] ?? 0);
  const buildRows = [
    [
      'plain `astro build` (EXPLAINER_PLAIN_BUILD=1), cold',
      s(mean(plainRuns, (r) => r.total)),
      s(mean(plainRuns, (r) => r.astro)),
      '–',
      '–',
      '–',
      '–',
    ],
    [
      '`npm run build`, cold',
      s(mean(projectRuns, (r) => r.cold.total)),
      s(mean(projectRuns, (r) => r.cold.astro)),
      s(phase('figure files')),
      s(phase('headers')),
      s(phase('worker')),
      '– (build:deploy only)',
    ],
    [
      '`npm run build`, again (figure PNGs from the cache)',
      s(mean(projectRuns, (r) => r.warm.total)),
      s(mean(projectRuns, (r) => r.warm.astro)),
      s(mean(projectRuns, (r) => r.warm.phases['figure files'] ?? 0)),
      s(mean(projectRuns, (r) => r.warm.phases.headers ?? 0)),
      s(mean(projectRuns, (r) => r.warm.phases.worker ?? 0)),
      '–',
    ],
    ['`build:deploy`’s compression (gzip + brotli)', '', '', '', '', '', `${s(compressSeconds)} (${compressed} files)`],
  ];
  const ratio = mean(projectRuns, (r) => r.cold.total) / mean(plainRuns, (r) => r.total);
  return { buildRows, ratio, pages: projectRuns[0].cold.pages };
}
const builds = BUILD ? timeBuilds() : undefined;

// The pages, served as a host serves them, gzip only (the bytes on the wire of a gzip host).
const server = await startServer({ dir: DIST, noBrotli: true });
const chromePath = findChromium() ?? chromium.executablePath();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });

/** Waits until the server has sent nothing for `quiet` ms (at most `limit` ms); returns the log lines sent since `since`. */
async function settle(since, quiet = 2500, limit = 30_000) {
  const started = Date.now();
  let last = server.log().length;
  let still = Date.now();
  while (Date.now() - still < quiet && Date.now() - started < limit) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const count = server.log().length;
    if (count !== last) [last, still] = [count, Date.now()];
  }
  return server.log().filter((line) => line.time >= since);
}

/** The bytes of the log lines the page itself asked for (one line per request it made), and of the rest: what the service worker fetched. */
function split(lines, requested) {
  const wanted = new Map();
  for (const path of requested) wanted.set(path, (wanted.get(path) ?? 0) + 1);
  let page = 0;
  let background = 0;
  for (const line of lines) {
    if (wanted.get(line.path)) {
      wanted.set(line.path, wanted.get(line.path) - 1);
      page += line.bytes;
    } else background += line.bytes;
  }
  return { page, background };
}

/** A first visit in a fresh browser, then a second page view: bytes the server sent for the page's own requests and for the worker's. */
async function visit(path, next) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let requested = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.origin) requested.push(url.pathname);
  });
  const start = Date.now();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const first = split(await settle(start), requested);
  requested = [];
  const secondStart = Date.now();
  await page.goto(`${server.origin}${next}`, { waitUntil: 'load' });
  const second = split(await settle(secondStart), requested);
  await context.close();
  return {
    load: first.page,
    firstAllIn: first.page + first.background,
    firstBackground: first.background,
    secondAllIn: first.page + first.background + second.page + second.background,
    secondBackground: second.background,
  };
}

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
const weightRows = [];
const wireRows = [];
const lighthouseRows = [];
try {
  const built = builtPages();
  for (const { path, next } of PAGES) {
    const page = built.find((p) => p.path === path);
    if (!page) throw new Error(`${path} is not in ${DIST}/`);
    const weight = pageWeight(page);
    weightRows.push([
      path,
      kb(weight.html),
      kb(weight.css),
      kb(weight.js),
      kb(weight.fonts),
      kb(weight.images),
      kb(weight.total),
    ]);
    const wire = await visit(path, next);
    wireRows.push([
      path,
      kb(wire.load),
      kb(wire.firstAllIn),
      kb(wire.firstBackground),
      next,
      kb(wire.secondAllIn),
      kb(wire.secondBackground),
    ]);
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const audit = () =>
        lighthouse(`${server.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
      // Lighthouse now and then loses a trace on a loaded two-core machine: run such a page once more.
      let result = await audit();
      if (result.lhr.runtimeError) result = await audit();
      const { categories, audits } = result.lhr;
      runs.push({
        perf: categories.performance?.score == null ? NaN : Math.round(categories.performance.score * 100),
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        lcp: (audits['largest-contentful-paint']?.numericValue ?? NaN) / 1000,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      });
      process.stdout.write('.');
    }
    const m = (key) => median(runs.map((r) => r[key]));
    lighthouseRows.push([path, String(m('perf')), `${Math.round(m('tbt'))}`, m('lcp').toFixed(2), m('cls').toFixed(3)]);
  }
} finally {
  await browser.close();
  chrome.kill();
  server.stop();
  rmSync(scratch, { recursive: true, force: true });
}

const table = (headers, rows) =>
  [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
if (builds) {
  console.log(`\n\n### The build (${builds.pages} pages; mean of 2 cold builds each, alternated)\n`);
  console.log(table(['build', 'total', 'Astro', 'figure files', 'headers', 'worker', 'compression'], builds.buildRows));
  console.log(`\nThe project's cold build takes ${builds.ratio.toFixed(2)}× the plain build's time.`);
} else console.log(`\n\nNo builds (BENCH_BUILD=0): the pages of the ${DIST}/ already built.`);
console.log('\n### Bytes a page loads (KiB gzipped, from the built files)\n');
console.log(table(['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'page load'], weightRows));
console.log('\n### On the wire, first visit in a fresh browser (KiB gzipped, as the server sent them)\n');
console.log(
  table(
    [
      'page',
      'the page’s own requests',
      'first visit, all in',
      'background after it',
      'second page view',
      'all in, with the second view',
      'background after the second view',
    ],
    wireRows,
  ),
);
console.log(
  `\n### Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile, simulated throttling (median of ${LIGHTHOUSE_RUNS})\n`,
);
console.log(table(['page', 'performance', 'TBT ms', 'LCP s', 'CLS'], lighthouseRows));
console.log(
  `\nLoad average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}`,
);
