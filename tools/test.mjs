// `npm test`: every check, cheapest failures first. The checks that need no build (format, lint,
// types, unit tests, unused code) run at once, each one's output printed whole when it ends; then
// the production build; then the build tests (full builds of changed copies of content/) beside
// the checks on the built files and the browser tests on that build, served on a port free at the
// time. The build tests leave a core idle while one astro build runs, which the browser tests use;
// they never run beside another astro build of the project (builds share its .astro/). Each
// stage's time is printed, and the total. Interrupted (Ctrl-C, SIGTERM), it stops every process it
// started, servers included.
import { spawn } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// Output read through a pipe keeps its colours when the terminal has them.
if (process.stdout.isTTY && !env.NO_COLOR) env.FORCE_COLOR ??= '1';

const started = Date.now();
const times = [];
/** Running children, each the leader of its own process group (so that its own children stop with it). */
const running = new Set();
let stopping = false;

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Runs node_modules/.bin/<bin>; with `capture`, its output is kept and returned instead of shown as it comes. */
function run(bin, args, { capture = false, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(`node_modules/.bin/${bin}`, args, {
      detached: true,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
      env: { ...env, ...extraEnv },
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ ok: code === 0, code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** Sends a signal to every running child's process group. */
function signalAll(signal) {
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** Stops every running child (SIGINT first, as a terminal's Ctrl-C: Playwright then stops its web server itself), then exits with `code`. */
function shutdown(message, code) {
  if (stopping) return;
  stopping = true;
  if (message) console.error(message);
  signalAll('SIGINT');
  const deadline = setTimeout(() => signalAll('SIGKILL'), 5000);
  const wait = setInterval(() => {
    if (running.size) return;
    clearInterval(wait);
    clearTimeout(deadline);
    process.exit(code);
  }, 100);
}

function stop(signal) {
  shutdown(`\n${signal}: stopping every process the tests started…`, signal === 'SIGINT' ? 130 : 143);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// Whatever ends this process, no child outlives it.
process.on('exit', () => signalAll('SIGKILL'));

/** Once stopping, the stage's end is not a failure to report: stop() ends the run when every child has. */
const whileStopping = () => (stopping ? new Promise(() => {}) : Promise.resolve());

/** Reports a failed stage and the times so far, then stops whatever still runs and exits; never resolves. */
function fail(title, code) {
  console.error(`\n✗ ${title} failed`);
  summary();
  shutdown(running.size ? 'Stopping the rest of the run…' : '', code || 1);
  return new Promise(() => {});
}

function summary() {
  console.log('\nTimes:');
  for (const [title, ms] of times) console.log(`  ${seconds(ms).padStart(7)}  ${title}`);
  console.log(`  ${seconds(Date.now() - started).padStart(7)}  total`);
}

/** Runs checks at once; prints each one's output whole, in the order they end; fails if any failed. */
async function concurrently(title, checks) {
  console.log(`\n=== ${title}`);
  const stageStart = Date.now();
  const results = await Promise.all(
    checks.map(async ([name, bin, args]) => {
      const t0 = Date.now();
      const result = await run(bin, args, { capture: true });
      if (stopping) return result;
      const mark = result.ok ? '✓' : '✗';
      console.log(`\n--- ${mark} ${name} (${seconds(Date.now() - t0)})`);
      if (result.output.trim()) console.log(result.output.trimEnd());
      times.push([`  ${name}`, Date.now() - t0]);
      return { ...result, name };
    }),
  );
  await whileStopping();
  times.push([title, Date.now() - stageStart]);
  const failed = results.filter((r) => !r.ok);
  if (failed.length) await fail(failed.map((r) => r.name).join(', '), failed[0].code);
  console.log(`\n✓ ${title} (${seconds(Date.now() - stageStart)})`);
}

/** Runs one check, its output shown as it comes. */
async function step(title, bin, args, extraEnv) {
  console.log(`\n=== ${title}`);
  const t0 = Date.now();
  const result = await run(bin, args, { extraEnv });
  await whileStopping();
  times.push([title, Date.now() - t0]);
  if (!result.ok) await fail(title, result.code);
  console.log(`✓ ${title} (${seconds(Date.now() - t0)})`);
}

/**
 * Runs a check beside the rest of the run: its output kept and printed whole when it ends, as soon
 * as it ends; a failure stops the whole run then. Returns a promise of its end.
 */
function beside(title, bin, args) {
  console.log(`\n=== ${title}: beside what follows, printed when it ends`);
  const t0 = Date.now();
  return run(bin, args, { capture: true }).then(async (result) => {
    await whileStopping();
    times.push([`${title} (beside)`, Date.now() - t0]);
    console.log(`\n--- ${result.ok ? '✓' : '✗'} ${title} (${seconds(Date.now() - t0)})`);
    if (result.output.trim()) console.log(result.output.trimEnd());
    if (!result.ok) await fail(title, result.code);
  });
}

// `npm test -- --from build-tests` (or build, dist, e2e) starts at that stage, for a run already past the earlier ones.
const STAGES = ['checks', 'build', 'build-tests', 'dist', 'e2e'];
const fromArg = process.argv.indexOf('--from');
const from = fromArg === -1 ? 'checks' : process.argv[fromArg + 1];
if (!STAGES.includes(from)) {
  console.error(`--from takes one of: ${STAGES.join(', ')}`);
  process.exit(2);
}
const wanted = (stage) => STAGES.indexOf(stage) >= STAGES.indexOf(from);

if (wanted('checks'))
  await concurrently('Checks that need no build', [
    ['Format (prettier; `npm run format:write` fixes it)', 'prettier', ['--check', '.', '--log-level', 'warn']],
    ['Lint (eslint)', 'eslint', ['.']],
    ['Types (astro check)', 'astro', ['check', '--minimumFailingSeverity', 'warning']],
    ['Types of the service worker (tsc, WebWorker library)', 'tsc', ['-p', 'src/service-worker']],
    ['Unit tests (vitest, tests/unit)', 'vitest', ['run']],
    ['Unused files, exports and dependencies (knip)', 'knip', []],
  ]);
if (wanted('build')) await step('Build the site (astro build)', 'astro', ['build']);
const buildTests = wanted('build-tests')
  ? beside('Build tests (vitest, tests/build)', 'vitest', ['run', '--config', 'vitest.build.config.ts'])
  : Promise.resolve();
if (wanted('dist'))
  await step('Checks on the built files: HTML, links, security, budgets (vitest, tests/dist)', 'vitest', [
    'run',
    '--config',
    'vitest.dist.config.ts',
  ]);
// TEST_PORT unset: playwright.config.ts picks a free port and starts the server there, never one already running.
if (wanted('e2e')) await step('Browser tests (playwright, tests/e2e)', 'playwright', ['test']);
await buildTests;
summary();
