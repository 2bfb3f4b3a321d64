// Reaching an element as a reader does: scrolled to, then still. A figure in a text is laid out
// only when it comes near the window (content-visibility, src/styles/article.css), so what
// follows it can move once the scroll brings it near; a click at once could land where it was.
import { expect, type Locator } from '@playwright/test';

/** Scrolls the element into view and waits until it stays put for five frames; returns it. */
export async function reached(locator: Locator): Promise<Locator> {
  await locator.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      locator.evaluate(async (element) => {
        const tops = [];
        for (let i = 0; i < 5; i++) {
          tops.push(element.getBoundingClientRect().top);
          await new Promise((frame) => requestAnimationFrame(frame));
        }
        return Math.max(...tops) - Math.min(...tops);
      }),
    )
    .toBe(0);
  await locator.scrollIntoViewIfNeeded();
  return locator;
}
