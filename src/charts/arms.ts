// Layouts for the arms-transfers figure: Venezuela's imports by year as columns (wide screens)
// or rows (narrow screens), stacked Russia first, and Russia's top customers as horizontal bars.
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { ArmsYear } from './shape';
import type { RussianSystem } from '../lib/data-schemas';
import { clipRules, px, tenth, textLines, type PathMark, type TextMark } from './marks';
import { formatNumber, formatTiv } from '../lib/format';
import type { Locale } from '../lib/locales';
import { figures } from '../i18n/figures';
import { LabelError, lines, textWidth, wrapText } from './text';
import { contentDir } from '../lib/content-dir';

export interface StackedBar {
  year: number;
  russia: number;
  other: number;
  all: number;
  /** The Russian segment and the "other suppliers" segment, as rectangles (zero size when empty). */
  russiaRect: Rect;
  otherRect: Rect;
  /** A transparent target the size of the whole row or column, for pointer and focus. */
  hit: Rect;
  valueLabel?: TextMark;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ArmsLayout {
  width: number;
  height: number;
  bars: StackedBar[];
  grid: PathMark[];
  text: TextMark[];
  notes: PathMark[];
  /** A key drawn as swatches (narrow layout only; the wide one labels the bars directly). */
  key: { x: number; y: number; cls: string; label: TextMark }[];
}

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x: tenth(x),
  y: tenth(y),
  width: tenth(Math.max(0, width)),
  height: tenth(Math.max(0, height)),
});
const n0 = (v: number, locale: Locale) => formatNumber(v, locale, 0);

/** The notes on the chart, written from the data in the locale's words: the fighters, the peak year's air defense, the end. Each is a list of lines. */
export function armsNotes(
  series: readonly ArmsYear[],
  systems: readonly Pick<RussianSystem, 'designation' | 'category' | 'units_delivered' | 'delivery_years'>[],
  locale: Locale,
) {
  const words = figures[locale];
  const peak = series.reduce((best, d) => (d.russia > best.russia ? d : best));
  const lastRussian = series.filter((d) => d.russia > 0).at(-1)!.year;
  const fighter = systems.find((s) => s.designation.startsWith('Su-30'));
  if (!fighter) throw new Error('armsNotes: no Su-30 row in the systems file');
  const [from, to = from] = fighter.delivery_years.split('-').map(Number) as [number, number?];
  const airDefence = systems
    .filter((s) => s.category === 'Air defense systems' && s.delivery_years === String(peak.year))
    .map((s) => s.designation.split('/')[0]!)
    .sort()
    .reverse();
  const units = n0(fighter.units_delivered, locale);
  // "S-300VM and Buk-M2": every system but the last followed by the locale's "and".
  const systemLines = airDefence.map((s, i) =>
    i < airDefence.length - 2 ? `${s},` : i === airDefence.length - 2 ? `${s} ${words.and}` : s,
  );
  return {
    // SIPRI files the fighters as "Su-30MK"; the article and other records name the variant, Su-30MK2.
    fighters: lines(words.arms.fighters(units, from, to)),
    fightersNarrow: lines(words.arms.fightersNarrow(units, from, to)),
    fighterYears: [from, to ?? from] as const,
    peak: lines(words.arms.peak(peak.year, systemLines.join(' '))),
    peakNarrow: lines(words.arms.peakNarrow(peak.year, systemLines.join('\n'))),
    airDefence,
    none: lines(words.arms.none(lastRussian)),
    noneNarrow: lines(words.arms.noneNarrow(lastRussian)),
    peakYear: peak.year,
    lastRussian,
  };
}

/** Wide layout: one column per year, Russia at the base, other suppliers on top; annotated. */
export function armsColumnsLayout(
  series: readonly ArmsYear[],
  systems: Parameters<typeof armsNotes>[1],
  locale: Locale,
  width = 600,
  height = 320,
): ArmsLayout {
  const words = figures[locale].arms;
  const margin = { top: 14, right: 4, bottom: 24, left: 0 };
  const years = series.map((d) => d.year);
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .paddingInner(0.24)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, max(series, (d) => d.all) ?? 0])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const bw = x.bandwidth();
  const bars: StackedBar[] = series.map((d) => {
    const x0 = x(d.year)!;
    return {
      year: d.year,
      russia: d.russia,
      other: d.other,
      all: d.all,
      russiaRect: rect(x0, y(d.russia), bw, y(0) - y(d.russia)),
      otherRect: rect(x0, y(d.all), bw, y(d.russia) - y(d.all)),
      hit: rect(x0 - (x.step() - bw) / 2, margin.top, x.step(), height - margin.top - margin.bottom + 20),
    };
  });
  const ticks = y.ticks(4);
  const grid: PathMark[] = ticks.map((t) => ({
    d: `M0,${px(y(t))}H${width}`,
    cls: t === 0 ? 'fig-baseline' : 'fig-grid',
  }));
  const text: TextMark[] = ticks
    .filter((t) => t > 0)
    .map((t, i, all) => ({
      x: 0,
      y: px(y(t) - 4),
      text: i === all.length - 1 ? words.unitTick(n0(t, locale)) : n0(t, locale),
      anchor: 'start',
      cls: 'fig-tick',
    }));
  const labelled = years.filter((yr) => yr % 5 === 0 || yr === years.at(-1));
  // Year labels centred under their columns; one that would leave the drawing aligns to its edge.
  for (const yr of labelled) {
    const cx = x(yr)! + bw / 2;
    const half = textWidth(String(yr), 12) / 2;
    const anchor = cx - half < 0 ? 'start' : cx + half > width ? 'end' : 'middle';
    text.push({
      x: px(anchor === 'start' ? x(yr)! : anchor === 'end' ? x(yr)! + bw : cx),
      y: height - 6,
      text: String(yr),
      anchor,
      cls: 'fig-tick',
    });
  }

  const notes: PathMark[] = [];
  const copy = armsNotes(series, systems, locale);
  const at = (yr: number) => series.find((d) => d.year === yr)!;
  // Series labels, placed on their data. "All other suppliers" over the first columns (all from
  // other suppliers), wrapped to the room before the first Russian column (French is longer), its
  // last line just above them; "Russia" inside the Russian part of the two tallest Russian
  // columns side by side, on a halo.
  const first = series.find((d) => d.russia > 0)!;
  const firstOther = series[0]!;
  const othersBase = y(Math.max(series[0]!.all, series[1]?.all ?? 0)) - 7;
  const othersLines = wrapText(words.others, x(first.year)! - x(firstOther.year)! - 8, 12.5, true);
  const othersTop = othersBase - (othersLines.length - 1) * 14;
  // A y-axis label the block of lines would cover gives way (its grid line stays).
  const covered = (t: TextMark) =>
    t.cls === 'fig-tick' && t.anchor === 'start' && t.y > othersTop - 14 && t.y < othersBase + 12;
  text.splice(0, text.length, ...text.filter((t) => !covered(t)));
  text.push(...textLines(othersLines, x(firstOther.year)!, othersTop, 14, 'start', 'fig-label fig-label-other'));
  const russian = series.filter((d) => d.russia > 0);
  const pair = russian
    .slice(0, -1)
    .map((d, i) => [d, russian[i + 1]!] as const)
    .filter(([a, b]) => b.year === a.year + 1)
    .sort((p, q) => Math.min(q[0].russia, q[1].russia) - Math.min(p[0].russia, p[1].russia))[0]!;
  text.push({
    x: px(x(pair[1].year)! - (x.step() - bw) / 2),
    y: px(y(Math.min(pair[0].russia, pair[1].russia) / 2) + 4),
    text: words.russia,
    anchor: 'middle',
    cls: 'fig-label fig-label-russia',
  });
  // 2006–2008: the fighters.
  const [f0, f1] = copy.fighterYears;
  const fTop =
    y(
      max(
        series.filter((d) => d.year >= f0 && d.year <= f1),
        (d) => d.all,
      ) ?? 0,
    ) - 8;
  const fx0 = x(f0)!;
  const fx1 = x(f1)! + bw;
  notes.push({ d: `M${px(fx0)},${px(fTop + 4)}V${px(fTop)}H${px(fx1)}V${px(fTop + 4)}`, cls: 'fig-note-line' });
  text.push(...textLines(copy.fighters, (fx0 + fx1) / 2, fTop - 6 - 13, 13, 'middle', 'fig-note'));
  // The peak.
  const peak = at(copy.peakYear);
  const px0 = x(peak.year)! + bw;
  notes.push({ d: `M${px(px0 + 2)},${px(y(peak.all) + 4)}H${px(px0 + 10)}`, cls: 'fig-note-line' });
  text.push(...textLines(copy.peak, px0 + 13, y(peak.all) + 8, 13, 'start', 'fig-note'));
  // Nothing after 2014.
  const after = series.filter((d) => d.year > copy.lastRussian);
  const nTop = y(max(after, (d) => d.all) ?? 0) - 10;
  const nx0 = x(after[0]!.year)!;
  const nx1 = x(after.at(-1)!.year)! + bw;
  notes.push({ d: `M${px(nx0)},${px(nTop + 4)}V${px(nTop)}H${px(nx1)}V${px(nTop + 4)}`, cls: 'fig-note-line' });
  text.push(...textLines(copy.none, (nx0 + nx1) / 2, nTop - 6 - (copy.none.length - 1) * 13, 13, 'middle', 'fig-note'));
  return { width, height, bars, grid, text, notes, key: [] };
}

/** Narrow layout: one row per year, bars growing to the right, notes in a column beside them. */
export function armsRowsLayout(
  series: readonly ArmsYear[],
  systems: Parameters<typeof armsNotes>[1],
  locale: Locale,
  width = 288,
): ArmsLayout {
  const words = figures[locale].arms;
  const copy = armsNotes(series, systems, locale);
  const rowH = 17;
  const labelW = 38;
  // The notes' column: as wide as their longest line.
  // (At least 100 px, so both languages draw the same bars.)
  const noteW = Math.max(
    100,
    Math.ceil(
      Math.max(...[...copy.fightersNarrow, ...copy.peakNarrow, ...copy.noneNarrow].map((l) => textWidth(l, 12))),
    ),
  );
  const noteX = width - noteW - 6;
  // The key: two swatches, the second under the first where the line is too short.
  const keyTwoLines = 16 + textWidth(words.russia, 12.5, true) + 24 + 16 + textWidth(words.others, 12.5, true) > width;
  const top = (keyTwoLines ? 40 : 20) + 42;
  const height = top + series.length * rowH + 6;
  const x = scaleLinear()
    .domain([0, max(series, (d) => d.all) ?? 0])
    .nice()
    .range([labelW, noteX - 40]);
  const thick = 11;
  const rowY = (i: number) => top + i * rowH;
  const bars: StackedBar[] = series.map((d, i) => {
    const y0 = rowY(i) + (rowH - thick) / 2;
    return {
      year: d.year,
      russia: d.russia,
      other: d.other,
      all: d.all,
      russiaRect: rect(x(0), y0, x(d.russia) - x(0), thick),
      otherRect: rect(x(d.russia), y0, x(d.all) - x(d.russia), thick),
      hit: rect(0, rowY(i), width, rowH),
      valueLabel: {
        x: px(x(d.all) + 4),
        y: px(rowY(i) + rowH / 2 + 4),
        text: formatTiv(d.all, locale),
        anchor: 'start',
        cls: 'fig-value',
      },
    };
  });
  const ticks = x.ticks(2);
  const grid: PathMark[] = ticks.map((t) => ({
    d: `M${px(x(t))},${top - 4}V${height - 4}`,
    cls: t === 0 ? 'fig-baseline' : 'fig-grid',
  }));
  const text: TextMark[] = ticks.map((t) => ({
    x: px(x(t)),
    y: top - 8,
    text: n0(t, locale),
    anchor: t === 0 ? 'start' : 'middle',
    cls: 'fig-tick',
  }));
  // The unit on a line of its own above the ticks.
  text.push({ x: px(x(0)), y: top - 24, text: words.unit, anchor: 'start', cls: 'fig-tick' });
  series.forEach((d, i) =>
    text.push({ x: 0, y: px(rowY(i) + rowH / 2 + 4), text: String(d.year), anchor: 'start', cls: 'fig-tick' }),
  );
  const secondX = keyTwoLines ? 0 : 16 + textWidth(words.russia, 12.5, true) + 24;
  const secondY = keyTwoLines ? 20 : 0;
  const key = [
    {
      x: 0,
      y: 4,
      cls: 'fig-russia',
      label: { x: 16, y: 14, text: words.russia, anchor: 'start' as const, cls: 'fig-label fig-label-russia' },
    },
    {
      x: px(secondX),
      y: 4 + secondY,
      cls: 'fig-other',
      label: {
        x: px(secondX + 16),
        y: 14 + secondY,
        text: words.others,
        anchor: 'start' as const,
        cls: 'fig-label fig-label-other',
      },
    },
  ];
  const notes: PathMark[] = [];
  const idx = (yr: number) => series.findIndex((d) => d.year === yr);
  const bracket = (fromYear: number, toYear: number, lines: string[]) => {
    const y0 = rowY(idx(fromYear)) + 3;
    const y1 = rowY(idx(toYear)) + rowH - 3;
    notes.push({ d: `M${noteX - 4},${px(y0)}H${noteX}V${px(y1)}H${noteX - 4}`, cls: 'fig-note-line' });
    const firstLine = (y0 + y1) / 2 - ((lines.length - 1) * 14) / 2 + 4;
    text.push(...textLines(lines, noteX + 6, firstLine, 14, 'start', 'fig-note'));
  };
  const [f0, f1] = copy.fighterYears;
  bracket(f0, f1, copy.fightersNarrow);
  const p = idx(copy.peakYear);
  notes.push({ d: `M${noteX - 4},${px(rowY(p) + rowH / 2)}H${noteX + 2}`, cls: 'fig-note-line' });
  const peakLines = copy.peakNarrow;
  text.push(
    ...textLines(
      peakLines,
      noteX + 6,
      rowY(p) + rowH / 2 + 4 - ((peakLines.length - 1) * 14) / 2,
      14,
      'start',
      'fig-note',
    ),
  );
  const after = series.filter((d) => d.year > copy.lastRussian);
  bracket(after[0]!.year, after.at(-1)!.year, copy.noneNarrow);
  // Values and notes sit over the grid: the rules stop short of their words.
  const noteBoxes = [...text, ...bars.flatMap((b) => (b.valueLabel ? [b.valueLabel] : []))].map((t) => {
    const w = textWidth(t.text, 12);
    const x0 = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
    return { x0, x1: x0 + w, y0: t.y - 11, y1: t.y + 4 };
  });
  return { width, height, bars, grid: clipRules(grid, noteBoxes), text, notes, key };
}

export interface RecipientBar {
  rank: number;
  recipient: string;
  /** The recipient's name in the page's language. */
  recipientName: string;
  tiv: number;
  share: number;
  highlight: boolean;
  bar: Rect;
  hit: Rect;
  name: TextMark;
  value: TextMark;
}

/** Russia's top customers as horizontal bars, largest first, Venezuela highlighted and annotated. */
export function recipientsLayout(
  rows: readonly {
    rank: number;
    recipient: string;
    name: string;
    tiv_m: number;
    share_of_russian_exports_pct: number;
    highlight: boolean;
  }[],
  locale: Locale,
  width = 600,
): { width: number; height: number; bars: RecipientBar[]; text: TextMark[]; grid: PathMark[] } {
  const words = figures[locale];
  const rowH = 19;
  const top = 22;
  const labelW = Math.ceil(Math.max(...rows.map((d) => textWidth(`${d.rank}. ${d.name}`, 12, d.highlight)))) + 8;
  // The names take at most half the drawing; a longer one would squeeze the bars to nothing.
  const longest = rows.find((d) => textWidth(`${d.rank}. ${d.name}`, 12, d.highlight) + 8 > width / 2);
  if (longest)
    throw new LabelError(
      `${contentDir()}/data/sipri-russia-top-recipients-2000-2023.csv, row with recipient "${longest.recipient}", field "${locale === 'en' ? 'recipient' : `recipient_${locale}`}": "${longest.name}" is about ${Math.ceil(textWidth(longest.name, 12, longest.highlight))} px wide, more than half of the ${width} px drawing; the bars would have no room. Use a shorter name`,
    );
  const note = textWidth(words.customers.firstInAmericas, 12, true);
  // The value labels as printed (bold for the highlighted row), so that "3,861.9" gets its decimal's room.
  const valueW = Math.ceil(Math.max(...rows.map((d) => textWidth(formatTiv(d.tiv_m, locale), 12, d.highlight))));
  const x = scaleLinear()
    .domain([0, max(rows, (d) => d.tiv_m) ?? 0])
    .range([labelW, width - valueW - 6]);
  const hiRow = rows.findIndex((d) => d.highlight);
  // "First in the Americas" beside Venezuela's value where it fits, else on a line under its bar.
  const noteBeside = hiRow >= 0 && x(rows[hiRow]!.tiv_m) + valueW + 10 + note <= width;
  const extra = hiRow >= 0 && !noteBeside ? 16 : 0;
  const height = top + rows.length * rowH + 4 + extra;
  const bars: RecipientBar[] = rows.map((d, i) => {
    const y0 = top + i * rowH + (hiRow >= 0 && i > hiRow ? extra : 0);
    const cls = d.highlight ? 'fig-name fig-name-hi' : 'fig-name';
    return {
      rank: d.rank,
      recipient: d.recipient,
      recipientName: d.name,
      tiv: d.tiv_m,
      share: d.share_of_russian_exports_pct,
      highlight: d.highlight,
      bar: rect(x(0), y0 + 3, x(d.tiv_m) - x(0), rowH - 6),
      hit: rect(0, y0, width, rowH),
      name: { x: labelW - 6, y: px(y0 + rowH / 2 + 4), text: `${d.rank}. ${d.name}`, anchor: 'end', cls },
      value: {
        x: px(x(d.tiv_m) + 4),
        y: px(y0 + rowH / 2 + 4),
        text: formatTiv(d.tiv_m, locale),
        anchor: 'start',
        cls: d.highlight ? 'fig-value fig-value-hi' : 'fig-value',
      },
    };
  });
  const unit = words.customers.unit(words.range(2000, 2023));
  const text: TextMark[] = [
    {
      x: Math.floor(Math.max(0, Math.min(labelW, width - textWidth(unit, 12)))),
      y: 12,
      text: unit,
      anchor: 'start',
      cls: 'fig-tick',
    },
  ];
  const hi = bars.find((b) => b.highlight);
  if (hi)
    text.push(
      noteBeside
        ? {
            x: px(hi.value.x + valueW + 4),
            y: hi.value.y,
            text: words.customers.firstInAmericas,
            anchor: 'start',
            cls: 'fig-note fig-note-strong',
          }
        : {
            x: Math.floor(Math.max(0, Math.min(labelW, width - note))),
            y: px(hi.value.y + 16),
            text: words.customers.firstInAmericas,
            anchor: 'start',
            cls: 'fig-note fig-note-strong',
          },
    );
  const grid: PathMark[] = [{ d: `M${px(x(0))},${top - 2}V${height - 2}`, cls: 'fig-baseline' }];
  return { width, height, bars, text, grid };
}
