// Browser tests run against the built site (dist/), served by tools/serve.mjs on a port free when
// the run starts (or TEST_PORT). Playwright starts that server and stops it when the run ends; it
// never reuses a server already running, which could be serving another build.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/support/browser';
import { freePort } from './tests/support/free-port';

// Chosen once, in the main process: the workers, which evaluate this file again, inherit it.
process.env.TEST_PORT ??= String(freePort());
const PORT = Number(process.env.TEST_PORT);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
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
