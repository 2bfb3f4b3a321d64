// Browser tests run against the built site (dist/), served by tools/serve.mjs on a port free when
// the run starts (or TEST_PORT). Playwright starts that server and stops it when the run ends; it
// never reuses a server already running, which could be serving another build.
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/support/browser';
import { freePort } from './tests/support/free-port';

// Chosen once, in the main process: the workers, which evaluate this file again, inherit it.
process.env.TEST_PORT ??= String(freePort());
const PORT = Number(process.env.TEST_PORT);
const executablePath = findChromium({ headlessShell: true });

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Half the cores, as Playwright's default, but at least 2: the default gives a 2-core machine one
  // worker, one test at a time; with two, both cores are busy (about 95% of the time, measured).
  workers: Math.max(2, Math.ceil(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // No service worker, but in the tests of offline reading and of every page as readers get it
    // (offline.spec, every-page.spec, kept-places.spec: `test.use({ serviceWorkers: 'allow' })`). A
    // first visit reads the same without one (a worker controls only the pages after it), and each
    // later page view would otherwise save the whole explainer in the background.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
  },
  webServer: {
    command: `node_modules/.bin/node tools/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
