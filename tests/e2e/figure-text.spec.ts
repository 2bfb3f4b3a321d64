// Chart text as a reader sees it, at 320, 390, 768 and 1280 px, in both editions, with the default
// fonts and with a wide fallback (DejaVu Sans, substituted for the interface font): every <text> of
// every visible figure drawing renders at 12 CSS px or more, no two labels overlap, none is cut by
// the drawing's frame or the page, and a label that crosses a line sits on a halo
// (paint-order: stroke). The labels are placed at build time, so this is what proves they do not
// depend on one font's widths.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

const WIDTHS = [320, 390, 768, 1280] as const;
/** The default fonts, a wide fallback (DejaVu Sans) and Arial's metrics (Liberation Sans), where installed. */
const FONTS = ['default', 'DejaVu Sans', ...(hasFont('Liberation Sans') ? ['Liberation Sans'] : [])];

function hasFont(family: string): boolean {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
      .split('\n')
      .some((f) => f.split(',').includes(family));
  } catch {
    return false;
  }
}
const PAGES = ['/', '/fr/'] as const;

export interface TextReport {
  smallest: number;
  smallestText: string;
  overlaps: string[];
  cut: string[];
  unhaloed: string[];
  count: number;
}

/** Measures every <text> of the visible figure drawings on the page. */
export async function measureFigureText(page: Page): Promise<TextReport> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const svgs = [...document.querySelectorAll<SVGSVGElement>('figure svg.fig-svg')].filter(visible);
    const report = {
      smallest: Infinity,
      smallestText: '',
      overlaps: [] as string[],
      cut: [] as string[],
      unhaloed: [] as string[],
      count: 0,
    };
    const inter = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1.5;
    for (const svg of svgs) {
      const name = `${svg.closest('figure, .fig-panel')?.id} ${svg.getAttribute('class')}`;
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
        (t) => visible(t) && (t.textContent ?? '').trim(),
      );
      const boxes = texts.map((t) => t.getBoundingClientRect());
      // Straight lines (grid, axes, rules, leaders), one box per segment, in page coordinates.
      const lines: DOMRect[] = [];
      for (const p of svg.querySelectorAll<SVGPathElement>('path')) {
        const d = p.getAttribute('d') ?? '';
        const ctm = p.getScreenCTM();
        if (
          !ctm ||
          getComputedStyle(p).stroke === 'none' ||
          !(p.getBoundingClientRect().width > 0 || p.getBoundingClientRect().height > 0) ||
          !/^(M[\d.-]+,[\d.-]+([HV][\d.-]+|L[\d.-]+,[\d.-]+))+$/.test(d)
        )
          continue;
        for (const m of d.matchAll(/M([\d.-]+),([\d.-]+)(?:H([\d.-]+)|V([\d.-]+)|L([\d.-]+),([\d.-]+))/g)) {
          const [x0, y0] = [Number(m[1]), Number(m[2])];
          const [x1, y1] = m[3] ? [Number(m[3]), y0] : m[4] ? [x0, Number(m[4])] : [Number(m[5]), Number(m[6])];
          const at = (x: number, y: number) => [ctm.a * x + ctm.c * y + ctm.e, ctm.b * x + ctm.d * y + ctm.f] as const;
          const [a, b] = [at(x0, y0), at(x1, y1)];
          lines.push(
            new DOMRect(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])),
          );
        }
      }
      texts.forEach((t, i) => {
        report.count++;
        const size = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
        if (size < report.smallest) {
          report.smallest = Math.round(size * 100) / 100;
          report.smallestText = `${name}: ${t.textContent}`;
        }
        const b = boxes[i]!;
        if (
          b.left < frame.left - 1 ||
          b.right > frame.right + 1 ||
          b.top < frame.top - 1 ||
          b.bottom > frame.bottom + 1 ||
          b.left < 0 ||
          b.right > innerWidth
        )
          report.cut.push(`${name}: “${t.textContent}”`);
        for (let j = i + 1; j < texts.length; j++)
          if (inter(b, boxes[j]!)) report.overlaps.push(`${name}: “${t.textContent}” / “${texts[j]!.textContent}”`);
        const style = getComputedStyle(t);
        const haloed =
          style.paintOrder.startsWith('stroke') && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2;
        const crossed = lines.some(
          (l) =>
            (l.width < 2 || l.height < 2) &&
            Math.min(l.right, b.right - 1) >= Math.max(l.left, b.left + 1) &&
            Math.min(l.bottom, b.bottom - 2) >= Math.max(l.top, b.top + 2),
        );
        if (crossed && !haloed) report.unhaloed.push(`${name}: “${t.textContent}”`);
      });
    }
    return report;
  });
}

/** Serves every page with the figures' font replaced by `family` (as a reader's system would substitute it). */
export async function substituteFont(page: Page, family: string): Promise<void> {
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</head>',
      `<style>.fig-svg text { font-family: '${family}' !important; }</style></head>`,
    );
    await route.fulfill({ response, body: html });
  });
}

test.use({ javaScriptEnabled: false, bypassCSP: true });

// One load per page and font: without JavaScript the drawings are fixed at build time, so resizing
// the window lays the page out as a load at that width would.
for (const path of PAGES) {
  for (const font of FONTS) {
    test(`${path} at ${WIDTHS.join(', ')} px (${font} font): chart text >= 12 px, no overlap, nothing cut, halos over lines`, async ({
      page,
    }) => {
      if (font === 'DejaVu Sans' && !hasFont(font))
        throw new Error('DejaVu Sans is not installed: apt-get install -y fonts-dejavu-core');
      if (font !== 'default') await substituteFont(page, font);
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto(path);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const r = await measureFigureText(page);
        test.info().annotations.push({
          type: 'measure',
          description: JSON.stringify({
            path,
            width,
            font,
            smallest: r.smallest,
            overlaps: r.overlaps.length,
            cut: r.cut.length,
            unhaloed: r.unhaloed.length,
            count: r.count,
          }),
        });
        expect.soft(r.count, `${width} px: text count`).toBeGreaterThan(60);
        expect.soft(r.smallest, `${width} px: ${r.smallestText}`).toBeGreaterThanOrEqual(12);
        expect.soft(r.overlaps, `${width} px: overlaps`).toEqual([]);
        expect.soft(r.cut, `${width} px: cut`).toEqual([]);
        expect.soft(r.unhaloed, `${width} px: unhaloed`).toEqual([]);
      }
    });
  }
}

/** Every mark's colour against the page and the timeline's era bands, and any grid rule that runs through a label. */
async function measureMarks(
  page: Page,
): Promise<{ low: string[]; gridThroughText: string[]; marks: number; font: number }> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (r.width > 0 || r.height > 0) && getComputedStyle(el).visibility !== 'hidden';
    };
    // The page's background: the first ancestor of a figure that paints one.
    let el: Element | null = document.querySelector('figure');
    let paper = 'rgb(255, 255, 255)';
    for (; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0)')) {
        paper = bg;
        break;
      }
    }
    const low: string[] = [];
    const gridThroughText: string[] = [];
    let marks = 0;
    let font = Infinity;
    for (const svg of [...document.querySelectorAll<SVGSVGElement>('figure svg.fig-svg')].filter(visible)) {
      const name = `${svg.closest('figure')?.id} ${svg.getAttribute('class')}`;
      const backgrounds = [
        paper,
        ...[...svg.querySelectorAll('rect[class^="fig-era"]')].map((r) => getComputedStyle(r).fill),
      ];
      const shapes = svg.querySelectorAll<SVGGraphicsElement>(
        ':is(rect, circle, path):not(.fig-grid, .fig-baseline, .fig-break, [class^="fig-era"], .fig-hit, .fig-leader, .fig-gap, .fig-lane-rule, .fig-break-gap, .fig-note-line)',
      );
      for (const s of [...shapes].filter(visible)) {
        const style = getComputedStyle(s);
        const fill = style.fill;
        const filled = fill !== 'none' && !fill.includes('rgba(0, 0, 0, 0)') && fill !== paper;
        const colour = filled ? fill : style.stroke;
        if (colour === 'none') continue;
        marks++;
        for (const bg of backgrounds) {
          const ratio = contrast(colour, bg);
          if (ratio < 3) low.push(`${name} .${s.getAttribute('class')}: ${ratio.toFixed(2)}:1 on ${bg}`);
        }
      }
      const labels = [...svg.querySelectorAll('text')].filter(visible);
      const texts = labels.map((t) => t.getBoundingClientRect());
      for (const t of svg.querySelectorAll('text'))
        if (visible(t)) font = Math.min(font, parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
      for (const g of svg.querySelectorAll<SVGPathElement>('path.fig-grid')) {
        const ctm = g.getScreenCTM()!;
        for (const m of (g.getAttribute('d') ?? '').matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/g)) {
          const x = ctm.a * Number(m[1]) + ctm.e;
          const [y0, y1] = [ctm.d * Number(m[2]) + ctm.f, ctm.d * Number(m[3]) + ctm.f];
          texts.forEach((b, i) => {
            if (x > b.left + 1 && x < b.right - 1 && Math.min(y1, b.bottom - 2) > Math.max(y0, b.top + 2))
              gridThroughText.push(`${name}: rule at x=${Math.round(x)} through “${labels[i]!.textContent}”`);
          });
        }
      }
    }
    return { low, gridThroughText, marks, font: Math.round(font * 100) / 100 };
  });
}

test.describe('figure marks', () => {
  let phoneFont = 0;
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [390, 320, 768, 1280]) {
      test(`reach 3:1 against their background, with no grid rule through a label (${width}px, ${scheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/');
        const r = await measureMarks(page);
        test.info().annotations.push({ type: 'measure', description: JSON.stringify({ width, scheme, ...r }) });
        expect(r.marks).toBeGreaterThan(100);
        expect(r.low).toEqual([]);
        expect(r.gridThroughText).toEqual([]);
        // Chart text on a wider screen is never smaller than on a phone.
        if (width === 390) phoneFont = r.font;
        else if (width > 390 && phoneFont) expect(r.font).toBeGreaterThanOrEqual(Math.min(phoneFont, 14.9));
      });
    }
});
