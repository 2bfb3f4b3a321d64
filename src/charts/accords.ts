// Layout for the accord-counts figure: one scale, 0 to 400 agreements. On top, one bar: the
// agreements documented at the meetings found, laid end to end (a thin gap between meetings; a
// conflicting count, 19 or 42, is solid to the lower sum and outlined to the higher). Under it, the
// running totals claimed, one dot each, in rising order, each labelled beside it with its number
// and who counts it (so the claims' rows need no rules). Under the claims, a bracket spans the gap
// between the documented sum and the smallest claim. The bar's label sits on a line of its own
// above it, and the grid's rules run only beside the bar, so no rule runs through text. The treaty is one document, not an agreement among the hundreds: it
// is left to the table and the caption.
import { scaleLinear } from 'd3-scale';
import type { AccordRow } from './shape';
import { px, tenth, type PathMark, type TextMark } from './marks';
import { textWidth, wrapText } from './text';
import type { Rect } from './arms';
import type { Locale } from '../lib/locales';
import { formatNumber } from '../lib/format';
import { figures } from '../i18n/figures';

export interface ClaimMark {
  row: AccordRow;
  dot: { cx: number; cy: number; r: number; open: boolean };
  /** The arrow of a "more than" claim. */
  arrow?: string;
}

export interface AccordsLayout {
  width: number;
  height: number;
  font: number;
  /** The documented signings: one rect per meeting (end to end), and the outlined span of a conflicting count. */
  segments: Rect[];
  range?: Rect;
  claims: ClaimMark[];
  text: TextMark[];
  grid: PathMark[];
  /** The bracket between the documented sum and the smallest claim. */
  gap?: PathMark;
  /** What the signings add up to, low and high (equal unless a count conflicts). */
  documented: [number, number];
}

/** The documented running sum, low and high, after each signing (date order). */
export function runningSums(signed: readonly Pick<AccordRow, 'count' | 'count_max'>[]): [number, number][] {
  let lo = 0;
  let hi = 0;
  return signed.map((r) => {
    lo += r.count;
    hi += r.count_max ?? r.count;
    return [lo, hi];
  });
}

/** A number or a range ("97–120") in the locale. */
export function spanText(lo: number, hi: number, locale: Locale): string {
  return lo === hi
    ? formatNumber(lo, locale)
    : figures[locale].range(formatNumber(lo, locale), formatNumber(hi, locale));
}

/** The documented sum and the claims on one 0–400 scale, worded for the locale, drawn `width` units wide in `font`-unit type; `creditOf` names who counts each claim. */
export function accordsLayout(
  groups: { signed: AccordRow[]; claims: AccordRow[] },
  locale: Locale,
  width = 600,
  font = 12,
  creditOf: (claim: AccordRow) => string = () => '',
): AccordsLayout {
  const words = figures[locale].accords;
  const line = Math.round(font * 1.25);
  const text: TextMark[] = [];
  const sums = runningSums(groups.signed);
  const [lo, hi] = sums.at(-1) ?? [0, 0];
  const top = Math.max(400, ...groups.claims.map((c) => c.count), hi);
  const arrowRoom = font * 1.6;
  const x = scaleLinear()
    .domain([0, top])
    .nice()
    .range([1, width - arrowRoom]);
  const ticks = x.ticks(4);
  const rules = ticks.map(() => '');
  const rowRules = (y0: number, y1: number) =>
    ticks.forEach((t, i) => (rules[i] += `M${px(x(t))},${px(y0)}V${px(y1)}`));
  // A label on lines of its own, ending over its mark where it fits, else from the left edge.
  const label = (words: string, endX: number, y: number, cls: string): number => {
    const lines = wrapText(words, width, font, cls.includes('fig-value-hi'));
    const w = Math.max(...lines.map((l) => textWidth(l, font, cls.includes('fig-value-hi'))));
    const anchorEnd = endX > 0 && endX >= w && endX <= width;
    lines.forEach((l, i) =>
      text.push({
        x: px(anchorEnd ? endX : 0),
        y: px(y + font + i * line),
        text: l,
        anchor: anchorEnd ? 'end' : 'start',
        cls,
      }),
    );
    return y + lines.length * line + 4;
  };

  // The scale's numbers, on top.
  let y = font;
  for (const t of ticks) {
    const last = t === ticks.at(-1);
    text.push({
      x: px(x(t)),
      y: px(y),
      text: formatNumber(t, locale),
      anchor: t === 0 ? 'start' : last && x(t) + textWidth(String(t), font) / 2 > width ? 'end' : 'middle',
      cls: 'fig-tick',
    });
  }
  y += 8;

  // The documented bar: each meeting a segment, a gap of 1.5 units between them.
  y = label(words.documentedLabel(groups.signed.length, spanText(lo, hi, locale)), 0, y, 'fig-value-hi fig-signed-ink');
  const h = Math.round(font * 1.2);
  const segments: Rect[] = [];
  let from = 0;
  for (const r of groups.signed) {
    const x0 = x(from);
    const x1 = x(from + r.count);
    segments.push({ x: tenth(x0), y: px(y), width: tenth(Math.max(1, x1 - x0 - 1.5)), height: h });
    from += r.count;
  }
  const range = hi > lo ? { x: tenth(x(lo)), y: px(y), width: tenth(x(hi) - x(lo)), height: h } : undefined;
  rowRules(y - 3, y + h + 3);
  y += h + 10;

  // The claims, smallest first, each with who counts it beside its dot (left of it where it fits,
  // else right of it). Every claim prints its number, so no rule runs through these rows.
  const r = Math.round(font * 0.45 * 10) / 10;
  const claims: ClaimMark[] = [];
  y += 4;
  for (const c of [...groups.claims].sort((a, b) => a.count - b.count || a.date.localeCompare(b.date))) {
    const cx = x(c.count);
    const more = c.qualifier === 'more than';
    const claimText = words.claimLabel(c.label, creditOf(c), c.date.slice(0, 4));
    const leftRoom = cx - r - 6;
    const rightX = cx + r + (more ? arrowRoom : 6);
    const oneLine = textWidth(claimText, font);
    // One line on the left, else one on the right, else wrapped on the roomier side.
    const left = leftRoom >= oneLine || (width - rightX < oneLine && leftRoom >= width - rightX);
    const lines = wrapText(claimText, left ? leftRoom : width - rightX, font);
    const cy = y + (lines.length * line) / 2;
    lines.forEach((l, i) =>
      text.push({
        x: px(left ? leftRoom : rightX),
        y: px(cy + font * 0.35 + (i - (lines.length - 1) / 2) * line),
        text: l,
        anchor: left ? 'end' : 'start',
        cls: 'fig-value',
      }),
    );
    claims.push({
      row: c,
      dot: { cx: px(cx), cy: px(cy), r, open: c.qualifier === 'approximately' },
      arrow: more ? `M${px(cx + r + 3)},${px(cy)}h${px(arrowRoom - r - 5)}m-4,-4l4,4l-4,4` : undefined,
    });
    y += lines.length * line + 8;
  }

  // The gap: a bracket from the documented sum's high end to the smallest claim.
  let gap: PathMark | undefined;
  const least = claims[0]?.row.count;
  if (least !== undefined && least > hi) {
    const a = x(hi);
    const b = x(least);
    y += 2;
    gap = { d: `M${px(a)},${px(y)}v6H${px(b)}v-6`, cls: 'fig-gap' };
    const words2 = wrapText(words.gapLabel(formatNumber(least - hi, locale)), width, font, true);
    const w = Math.max(...words2.map((l) => textWidth(l, font, true)));
    const mid = Math.min(Math.max((a + b) / 2, w / 2), width - w / 2);
    words2.forEach((l, i) =>
      text.push({ x: px(mid), y: px(y + 8 + font + i * line), text: l, anchor: 'middle', cls: 'fig-value-hi' }),
    );
    y += 8 + words2.length * line + 4;
  }
  const grid = ticks.map((t, i) => ({ d: rules[i]!, cls: t === 0 ? 'fig-baseline' : 'fig-grid' }));
  return { width, height: px(y), font, segments, range, claims, text, grid, gap, documented: [lo, hi] };
}
