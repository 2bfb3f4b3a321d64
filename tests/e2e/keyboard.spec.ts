// A keyboard-only journey: skip link first, then the header, the contents, the heading links;
// everything reached is visibly focused. Reduced motion turns motion off.
import { expect, test, type Page } from '@playwright/test';
import { sectionsOf } from '../support/content';

const sections = sectionsOf('en');

/** Presses Tab until the focused element matches, returning the elements passed on the way. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      return {
        matches: Boolean(el?.matches(sel)),
        label: `${el?.tagName.toLowerCase()} ${el?.getAttribute('href') ?? el?.textContent?.trim().slice(0, 40)}`,
      };
    }, selector);
    passed.push(here.label);
    if (here.matches) return passed;
  }
  throw new Error(`never reached ${selector} after ${limit} tabs: ${passed.join(' | ')}`);
}

/** The focused element draws a visible outline (or box-shadow) of at least 2px. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      shadow: style.boxShadow,
      opacity: style.opacity,
    };
  });
  expect(ring.opacity).not.toBe('0');
  expect((ring.outline !== 'none' && ring.width >= 2) || ring.shadow !== 'none').toBe(true);
}

test('the skip link comes first, is visible when focused, and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the contents come before the sections, and each entry leads to its section', async ({ page }) => {
  await page.goto('/');
  const first = sections[0]!;
  const passed = await tabTo(page, `.toc a[href="#${first.slug}"]`);
  expect(passed[0]).toBe('a #main');
  expect(passed.some((p) => p.includes('#key-facts') || p.startsWith('a /#'))).toBe(true);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator(`h2#${first.slug}`)).toBeInViewport();
});

test('heading links are reachable, visible when focused, in reading order', async ({ page }) => {
  test.slow(); // a Tab at a time through the one-page explainer, source notes included
  await page.goto('/');
  const order: string[] = [];
  for (const section of sections.slice(0, 3)) {
    await tabTo(page, `.heading-link[href="#${section.slug}"]`, 200);
    await expectVisibleFocus(page);
    order.push(section.slug);
  }
  expect(order).toEqual(sections.slice(0, 3).map((s) => s.slug));
});

test('on a section page, previous and next links are reachable by keyboard', async ({ page }) => {
  const section = sections[1]!;
  await page.goto(`/${section.slug}/`);
  await tabTo(page, 'a[rel="next"]', 200);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(sections[2]!.title);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('has no smooth scrolling and no target animation', async ({ page }) => {
    await page.goto(`/#${sections[2]!.slug}`);
    const motion = await page.evaluate((slug) => {
      const wrapper = document.getElementById(slug)!.closest('.heading-wrapper')!;
      const style = getComputedStyle(wrapper);
      return {
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        animation: style.animationName,
        duration: parseFloat(style.animationDuration),
      };
    }, sections[2]!.slug);
    expect(motion.scroll).toBe('auto');
    expect(motion.animation === 'none' || motion.duration <= 0.001).toBe(true);
  });
});

test.describe('motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the target of a link is highlighted briefly', async ({ page }) => {
    await page.goto(`/#${sections[2]!.slug}`);
    const animation = await page.evaluate(
      (slug) => getComputedStyle(document.getElementById(slug)!.closest('.heading-wrapper')!).animationName,
      sections[2]!.slug,
    );
    expect(animation).toBe('target-flash');
  });
});
