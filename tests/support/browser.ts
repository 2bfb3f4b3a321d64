// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's headless shell or
// /usr/bin/chromium, then Playwright's own download (a developer's laptop). Fails with a clear
// message when none exists.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium that must make no request of its own to the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The path of the Chromium to use, or undefined to let Playwright use its own. With `headlessShell`
 * (the browser tests), Debian's chromium-headless-shell comes first: the headless-only build that
 * Playwright itself runs headless tests in, where the browser tests took half the time they took in
 * the full browser (7.8 min against 15.4 on 2 cores). The benchmark's Lighthouse runs want the
 * full browser, as readers have it.
 */
export function findChromium({ headlessShell = false } = {}): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    ...(headlessShell ? ['/usr/bin/chromium-headless-shell'] : []),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean) as string[];
  for (const path of candidates) if (existsSync(path)) return path;
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell chromium   (gives /usr/bin/chromium-headless-shell and /usr/bin/chromium)\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
