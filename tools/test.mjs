// `npm test`: every check, in the order a failure is cheapest to find. Format and lint, type
// check, unit and build tests (Vitest), a production build, checks on the built files, then the
// browser tests (Playwright) on that build.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Format check (prettier; `npm run format:write` fixes it)', 'prettier', ['--check', '.', '--log-level', 'warn']],
  ['Lint (eslint)', 'eslint', ['.']],
  ['Type check (astro check)', 'astro', ['check', '--minimumFailingSeverity', 'warning']],
  ['Type check the service worker (tsc, WebWorker library)', 'tsc', ['-p', 'src/service-worker']],
  ['Unit and build tests (vitest)', 'vitest', ['run']],
  ['Build the site (astro build)', 'astro', ['build']],
  [
    'Checks on the built files: HTML, links, security, budgets (vitest)',
    'vitest',
    ['run', '--config', 'vitest.dist.config.ts'],
  ],
  ['Browser tests (playwright)', 'playwright', ['test']],
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const [title, bin, args] of steps) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}
