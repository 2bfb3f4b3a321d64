// The browser's share sheet, stood in for in tests: headless Chromium has no navigator.share, so a
// test gives the page one that records what it was asked to share.
import type { Page } from '@playwright/test';

/** Gives every page of this test a navigator.share that records its calls (before any script runs). */
export async function recordShareCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        calls.push(data);
        return Promise.resolve();
      },
    });
  });
}

/** What the page has asked navigator.share to share so far. */
export function shareCalls(page: Page): Promise<ShareData[]> {
  return page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
}
