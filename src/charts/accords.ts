// Layout for the accord-counts figure: two panels that are never joined. Agreements signed at a
// single meeting are bars on one scale; the running totals, as claimed, are separate dots on
// another, each with its own counting basis and no line between them.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { AccordRow } from './shape';
import { px, textLines, type PathMark, type TextMark } from './marks';
import { wrapText } from './text';
import type { Rect } from './arms';
import type { Locale } from '../lib/locales';
import { formatNumber } from '../lib/format';
import { figures } from '../i18n/figures';

export interface AccordMark {
  kind: AccordRow['kind'];
  date: string;
  count: number;
  /** The higher count where the sources disagree. */
  count_max?: number;
  qualifier: AccordRow['qualifier'];
  label: string;
  dateText: string;
  short: string;
  contextText: string;
  bar?: Rect;
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
}

/** Both panels, one row per record in date order, worded for the locale; `width` under 600 gives the stacked narrow rows. */
export function accordsLayout(groups: { signed: AccordRow[]; treaty: AccordRow[]; claims: AccordRow[] }, locale: Locale, width = 640): AccordsLayout {
  const words = figures[locale].accords;
  const narrow = width < 600;
  const fs = narrow ? 11 : 12;
  const lineH = narrow ? 14 : 15;
  const labelW = narrow ? 0 : 128;
  const markX0 = narrow ? 0 : labelW + 10;
  const markW = narrow ? width - 40 : 210;
  const textX = narrow ? 0 : markX0 + markW + 36;
  const textW = width - textX;
  const marks: AccordMark[] = [];
  const text: TextMark[] = [];
  const grid: PathMark[] = [];
  let y = 0;

  /** One record: its date, its mark on a line, and its context; returns the mark's centre line. */
  const row = (r: AccordRow): { cy: number; top: number; finish: () => Rect } => {
    const top = y;
    let cy: number;
    if (narrow) {
      text.push({ x: 0, y: px(y + fs), text: r.dateText, anchor: 'start', cls: 'fig-date' });
      cy = y + lineH + 9;
      const lines = wrapText(r.kind === 'treaty' ? words.treatyLead(r.short) : r.short, width - 6, fs);
      text.push(...textLines(lines, 0, cy + 9 + lineH, lineH - 1, 'start', 'fig-context'));
      y = cy + 9 + lineH + (lines.length - 1) * (lineH - 1) + 12;
    } else {
      const lines = wrapText(r.short, textW, fs);
      cy = y + 9;
      text.push({ x: labelW, y: px(cy + 4), text: r.dateText, anchor: 'end', cls: 'fig-date' });
      text.push(...textLines(lines, textX, cy + 4, lineH, 'start', 'fig-context'));
      y += Math.max(24, lines.length * lineH + 9);
    }
    return { cy, top, finish: () => ({ x: 0, y: px(top), width, height: px(y - top - 2) }) };
  };

  const heading = (title: string, sub: string) => {
    text.push({ x: 0, y: px(y + 14), text: title, anchor: 'start', cls: 'fig-panel-title' });
    const subLines = wrapText(sub, width, fs - 0.5);
    text.push(...textLines(subLines, 0, y + 14 + lineH + 1, lineH - 1, 'start', 'fig-tick'));
    y += 14 + lineH + 1 + (subLines.length - 1) * (lineH - 1) + 12;
  };

  // Panel 1: signed at a single meeting, and the treaty.
  heading(words.signedTitle, words.signedSub);
  const signedMax = max(groups.signed, (d) => d.count_max ?? d.count) ?? 0;
  const xs = scaleLinear().domain([0, signedMax]).range([markX0, markX0 + markW]);
  const events = [...groups.signed, ...groups.treaty].sort((a, b) => a.date.localeCompare(b.date));
  const panel1Top = y;
  for (const r of events) {
    if (r.kind === 'treaty') {
      const { cy, finish } = row(r);
      const s = 6;
      const cx = markX0 + s;
      const symbol = `M${px(cx)},${px(cy - s)}L${px(cx + s)},${px(cy)}L${px(cx)},${px(cy + s)}L${px(cx - s)},${px(cy)}Z`;
      text.push({ x: px(cx + s + 6), y: px(cy + 4), text: narrow ? words.treatyNarrow : words.treaty, anchor: 'start', cls: 'fig-value fig-value-hi' });
      marks.push({ ...pick(r), symbol, hit: finish() });
    } else {
      const { cy, finish } = row(r);
      const bar = { x: px(xs(0)), y: px(cy - 6), width: px(xs(r.count) - xs(0)), height: 12 };
      // Where the sources give two counts, a thin line runs on from the lower to the higher.
      const end = xs(r.count_max ?? r.count);
      const symbol = r.count_max !== undefined && r.count_max > r.count ? `M${px(xs(r.count))},${px(cy)}H${px(end)}M${px(end)},${px(cy - 5)}V${px(cy + 5)}` : undefined;
      text.push({ x: px(end + 5), y: px(cy + 4), text: r.label, anchor: 'start', cls: 'fig-value' });
      marks.push({ ...pick(r), bar, symbol, hit: finish() });
    }
  }
  grid.push({ d: `M${px(xs(0))},${px(panel1Top - 4)}V${px(y - 6)}`, cls: 'fig-baseline' });

  // Panel 2: running totals, as claimed. Its own scale; dots, never a line.
  y += 14;
  heading(words.claimsTitle, words.claimsSub);
  const claimMax = max(groups.claims, (d) => d.count) ?? 0;
  const xc = scaleLinear().domain([0, claimMax]).nice().range([markX0 + 4, markX0 + markW]);
  const axisY = y + 4;
  y += 16;
  const panel2Top = y;
  for (const r of groups.claims) {
    const { cy, finish } = row(r);
    const cx = xc(r.count);
    const open = r.qualifier === 'approximately';
    const symbol = r.qualifier === 'more than' ? `M${px(cx + 7)},${px(cy)}h9m-4,-4l4,4l-4,4` : undefined;
    text.push({ x: px(cx - 9), y: px(cy + 4), text: r.label, anchor: 'end', cls: 'fig-value' });
    marks.push({ ...pick(r), dot: { cx: px(cx), cy: px(cy), r: 5.5, open }, symbol, hit: finish() });
  }
  for (const t of xc.ticks(4)) {
    grid.push({ d: `M${px(xc(t))},${px(panel2Top - 6)}V${px(y - 6)}`, cls: t === 0 ? 'fig-baseline' : 'fig-grid' });
    text.push({ x: px(xc(t)), y: px(axisY + 6), text: formatNumber(t, locale), anchor: 'middle', cls: 'fig-tick' });
  }
  return { width, height: px(y), marks, text, grid };
}

function pick(r: AccordRow) {
  return { kind: r.kind, date: r.date, count: r.count, count_max: r.count_max, qualifier: r.qualifier, label: r.label, dateText: r.dateText, short: r.short, contextText: r.contextText };
}
