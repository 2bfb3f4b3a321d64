// Layout for the accord-counts figure: one scale, 0 to 400 agreements, one row per record in date
// order. Agreements documented at a single meeting are bars laid end to end (each starts where the
// earlier ones end, so its end is the running sum; a conflicting count, 19 or 42, is solid to the
// lower figure and outlined to the higher, and the outline carries into every later sum); the running totals officials claim are dots on the same
// scale, never joined. The treaty is one document: it gets its own line and no place on the scale.
// Text sits on lines of its own above each row's marks, so no grid line runs through it.
import { scaleLinear } from 'd3-scale';
import type { AccordRow } from './shape';
import { px, textLines, type PathMark, type TextMark } from './marks';
import { textWidth, wrapText } from './text';
import type { Rect } from './arms';
import type { Locale } from '../lib/locales';
import { formatNumber } from '../lib/format';
import { figures } from '../i18n/figures';

export interface AccordMark {
  kind: AccordRow['kind'];
  date: string;
  count: number;
  countMax?: number;
  qualifier: AccordRow['qualifier'];
  label: string;
  dateText: string;
  short: string;
  contextText: string;
  /** A signing: the earlier (low) sum (light), this meeting's agreements (solid), and, where a count conflicts, the span from the low running sum to the high one (outlined). */
  before?: Rect;
  bar?: Rect;
  range?: Rect;
  /** The running sum after this meeting, as printed ("38", "97–120"). */
  sum?: string;
  dot?: { cx: number; cy: number; r: number; open: boolean };
  /** The diamond marking the treaty, or the arrow of a "more than" claim. */
  symbol?: string;
  hit: Rect;
}

export interface AccordsLayout {
  width: number;
  height: number;
  marks: AccordMark[];
  text: TextMark[];
  grid: PathMark[];
  /** The key: a swatch for the bars and one for the claimed totals. */
  key: { kind: 'signed' | 'claim'; x: number; y: number; label: TextMark }[];
  /** What the signings add up to, low and high (equal unless a count conflicts). */
  documented: [number, number];
}

const FONT = 12;
const LINE = 15;
const ROW = 22;

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

/** Every record on one 0–400 scale, in date order, worded for the locale, drawn for `width` CSS px. */
export function accordsLayout(
  groups: { signed: AccordRow[]; treaty: AccordRow[]; claims: AccordRow[] },
  locale: Locale,
  width = 600,
): AccordsLayout {
  const words = figures[locale].accords;
  const marks: AccordMark[] = [];
  const text: TextMark[] = [];
  const grid: PathMark[] = [];
  const sums = runningSums(groups.signed);
  const top = Math.max(400, ...groups.claims.map((c) => c.count), ...sums.map((s) => s[1]));
  const x = scaleLinear()
    .domain([0, top])
    .nice()
    .range([1, width - 20]);
  const ticks = x.ticks(4);

  // The key, flowing onto two lines where the width runs out.
  const key: AccordsLayout['key'] = [];
  let kx = 0;
  let y = 12;
  for (const [kind, label] of [
    ['signed', words.keySigned],
    ['claim', words.keyClaim],
  ] as const) {
    const lines = wrapText(label, width - 18, FONT);
    const w = 18 + Math.max(...lines.map((l) => textWidth(l, FONT))) + 18;
    if (kx > 0 && kx + w > width) {
      kx = 0;
      y += LINE + 6;
    }
    key.push({
      kind,
      x: kx,
      y: y - 5,
      label: { x: kx + 18, y: y, text: lines[0]!, anchor: 'start', cls: 'fig-legend' },
    });
    text.push(...textLines(lines.slice(1), kx + 18, y + LINE, LINE, 'start', 'fig-legend'));
    y += (lines.length - 1) * LINE;
    kx += w;
  }
  // Axis labels, then one rule per row (drawn with the rows).
  y += 24;
  for (const t of ticks) {
    const last = t === ticks.at(-1);
    text.push({
      x: px(x(t)),
      y: px(y),
      text: formatNumber(t, locale),
      anchor: t === 0 ? 'start' : last && x(t) + textWidth(String(t), FONT) / 2 > width ? 'end' : 'middle',
      cls: 'fig-tick',
    });
  }
  y += 8;

  const rules = ticks.map(() => '');
  const records = [...groups.signed, ...groups.treaty, ...groups.claims].sort(
    (a, b) => a.date.localeCompare(b.date) || order(a) - order(b),
  );
  let signedIndex = 0;
  for (const r of records) {
    const rowTop = y;
    const pick = {
      kind: r.kind,
      date: r.date,
      count: r.count,
      countMax: r.count_max,
      qualifier: r.qualifier,
      label: r.label,
      dateText: r.dateText,
      short: r.short,
      contextText: r.contextText,
    };
    if (r.kind === 'treaty') {
      // Its own line, a diamond before the words, nothing on the scale.
      const lines = wrapText(words.treatyLine(r.dateText), width - 18, FONT, true);
      const s = 5.5;
      const cy = y + 10;
      const symbol = `M${px(s)},${px(cy - s)}L${px(2 * s)},${px(cy)}L${px(s)},${px(cy + s)}L0,${px(cy)}Z`;
      text.push(...textLines(lines, 18, y + 14, LINE, 'start', 'fig-date'));
      y += lines.length * LINE + 10;
      marks.push({ ...pick, symbol, hit: { x: 0, y: px(rowTop), width, height: px(y - rowTop - 2) } });
      continue;
    }
    const lines = wrapText(words.rowLead(r.dateText, r.short), width, FONT);
    text.push(...textLines(lines, 0, y + 14, LINE, 'start', 'fig-context'));
    y += lines.length * LINE + 4;
    const cy = y + ROW / 2;
    // The row's own rules: the zero line and the grid, only as tall as the marks (one path per
    // tick for the whole chart).
    ticks.forEach((t, i) => (rules[i] += `M${px(x(t))},${px(y + 2)}V${px(y + ROW - 2)}`));
    if (r.kind === 'signed_at_event') {
      const [lo, hi] = sums[signedIndex]!;
      const prev = signedIndex ? sums[signedIndex - 1]! : [0, 0];
      signedIndex++;
      const h = 12;
      const before = { x: px(x(0)), y: px(cy - h / 2), width: px(x(prev[0]) - x(0)), height: h };
      const bar = { x: px(x(prev[0])), y: px(cy - h / 2), width: px(x(prev[0] + r.count) - x(prev[0])), height: h };
      // The outline runs from the low sum to the high one: this meeting's conflicting count, or an
      // earlier one carried forward, so every row's marks end where its printed sum says.
      const range = hi > lo ? { x: px(x(lo)), y: px(cy - h / 2), width: px(x(hi) - x(lo)), height: h } : undefined;
      const sum = spanText(lo, hi, locale);
      const count = spanText(r.count, r.count_max ?? r.count, locale);
      text.push({
        x: px(x(hi) + 6),
        y: px(cy + 4),
        text: words.signedLabel(count, sum),
        anchor: 'start',
        cls: 'fig-value fig-value-hi',
      });
      marks.push({
        ...pick,
        before,
        bar,
        range,
        sum,
        hit: { x: 0, y: px(rowTop), width, height: px(y + ROW - rowTop) },
      });
    } else {
      const cx = x(r.count);
      const open = r.qualifier === 'approximately';
      const symbol = r.qualifier === 'more than' ? `M${px(cx + 7)},${px(cy)}h9m-4,-4l4,4l-4,4` : undefined;
      text.push({ x: px(cx - 10), y: px(cy + 4), text: r.label, anchor: 'end', cls: 'fig-value' });
      marks.push({
        ...pick,
        dot: { cx: px(cx), cy: px(cy), r: 5.5, open },
        symbol,
        hit: { x: 0, y: px(rowTop), width, height: px(y + ROW - rowTop) },
      });
    }
    y += ROW + 8;
  }
  ticks.forEach((t, i) => grid.push({ d: rules[i]!, cls: t === 0 ? 'fig-baseline' : 'fig-grid' }));
  const documented = sums.at(-1) ?? [0, 0];
  return { width, height: px(y), marks, text, grid, key, documented };
}

/** Same-day order: the meeting's signings, then the treaty, then a total claimed there. */
function order(r: AccordRow): number {
  return { signed_at_event: 0, treaty: 1, cumulative_claim: 2 }[r.kind];
}
