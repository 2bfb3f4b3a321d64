// Layout for the timeline on phones (the wide screens' horizontal axis is timeline-axis.ts): two
// periods, each drawn so that it can be read. An overview of the
// years before the article's year (one column per year, events stacked in their year; an event
// decades before the rest, 1945, sits on a stub before a break in the axis), then a detail panel
// by month from January of the article's year to the last event (one row per month, events side
// by side in date order). Key events (those with a chart label in timeline.csv) are labelled in
// their month's row, beside or under its marks: labels are placed in rows of their own, so they
// can never collide, whatever the width. The Chávez and Maduro years are shaded bands, named where
// they open. `width` is the drawing's real width in CSS pixels, never scaled down.
import { utcMonth } from 'd3-time';
import { CATEGORIES, type EventStatus, type TimelineRow } from './shape';
import { px, type PathMark, type TextMark } from './marks';
import { LabelError, overflowingLine, textWidth, wrapText } from './text';
import { contentDir } from '../lib/content-dir';
import { ARTICLE_CUTOFF } from '../lib/timeline';
import { intlLocale } from '../lib/format';
import type { Locale } from '../lib/locales';
import { figures } from '../i18n/figures';

export interface TimelineMark {
  id: string;
  category: TimelineRow['category'];
  status: EventStatus;
  cx: number;
  cy: number;
  /** Set when the event sits on the stub before the axis break. */
  early: boolean;
  /** Set when the event is drawn in the detail panel (by month). */
  detail: boolean;
}

/** A key event's label: its lines, tied to the event so the filter hides both together. */
export interface TimelineLabel {
  id: string;
  category: TimelineRow['category'];
  status: EventStatus;
  lines: TextMark[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  marks: TimelineMark[];
  labels: TimelineLabel[];
  text: TextMark[];
  grid: PathMark[];
  /** The Chávez and Maduro years, as shaded rectangles (the overview's columns, the detail's rows). */
  eras: { era: 'chavez' | 'maduro'; x: number; y: number; width: number; height: number }[];
  legend: { category: TimelineRow['category']; cx: number; cy: number; label: TextMark }[];
  /** The first month of the detail panel (YYYY-MM) and the year the overview ends. */
  detailFrom: string;
}

/** Years between two events beyond which the earlier one moves to the stub before the break. */
export const BREAK_GAP_YEARS = 20;

/** Chart type: 12 px, 15 px a line; marks 11 px apart. */
export const FONT = 12;
const LINE = 15;
const STEP = 11;

/** The events that close the two eras the timeline shades: Chávez's death (Maduro succeeds him) and Maduro's capture. */
export const ERA_END_IDS = {
  chavez: 'event-2013-03-05-chavez-dies',
  maduro: 'event-2026-01-03-maduro-captured',
} as const;

/** The dates that end the Chávez and the Maduro years, from their events in timeline.csv (Chávez's death
 * must be there; without the capture, the Maduro years run to the last event). */
export function eraBounds(rows: readonly Pick<TimelineRow, 'id' | 'date'>[]): { chavezEnd: Date; maduroEnd: Date } {
  const chavez = rows.find((r) => r.id === ERA_END_IDS.chavez);
  if (!chavez)
    throw new Error(
      `content/data/timeline.csv: no row with id "${ERA_END_IDS.chavez}", which ends the Chávez years the timeline shades`,
    );
  const maduro = rows.find((r) => r.id === ERA_END_IDS.maduro) ?? rows.at(-1)!;
  return { chavezEnd: utc(chavez.date), maduroEnd: utc(maduro.date) };
}
/** The narrowest key-label column, in px, that still sits beside the marks. */
const LABEL_ROOM = 200;
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Splits events (in date order) into an early group and the main run, at the first gap over BREAK_GAP_YEARS. */
export function splitAtGap<T extends { date: string }>(rows: readonly T[]): { early: T[]; main: T[] } {
  for (let i = 1; i < rows.length; i++) {
    const gap = (utc(rows[i]!.date).getTime() - utc(rows[i - 1]!.date).getTime()) / (365.25 * 864e5);
    if (gap > BREAK_GAP_YEARS) return { early: rows.slice(0, i), main: rows.slice(i) };
  }
  return { early: [], main: [...rows] };
}

/** The first day of the detail panel: 1 January of the article's year. */
export const DETAIL_FROM = `${ARTICLE_CUTOFF.slice(0, 4)}-01-01`;

/** Splits events into the overview (before the article's year) and the detail by month (from it on). */
export function splitPeriods<T extends { date: string }>(rows: readonly T[]): { overview: T[]; detail: T[] } {
  return { overview: rows.filter((r) => r.date < DETAIL_FROM), detail: rows.filter((r) => r.date >= DETAIL_FROM) };
}

/** A month's row label: "Jan 2025" for January and the first row, "Feb" otherwise (in the locale). */
export function monthLabel(month: Date, withYear: boolean, locale: Locale): string {
  const opts: Intl.DateTimeFormatOptions = withYear
    ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), opts).format(month);
}

/** A key event's label with its day in front ("3 Jan: …"), or without a day when its date has none. */
export function keyLabel(e: Pick<TimelineRow, 'date' | 'date_precision' | 'label'>, locale: Locale): string {
  if (e.date_precision !== 'day') return e.label ?? '';
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    utc(e.date),
  );
  return figures[locale].timeline.keyLabel(day, e.label ?? '');
}

/** Wraps a key label into as few lines as fit, made as even as possible (no lone last word). */
export function balancedWrap(text: string, maxWidth: number, font = FONT): string[] {
  let best = wrapText(text, maxWidth, font, true);
  if (best.length < 2) return best;
  for (let w = maxWidth - 2; w > 0; w -= 2) {
    const lines = wrapText(text, w, font, true);
    if (lines.length > best.length) break;
    best = lines;
  }
  return best;
}

/** Lays out every event at a width (CSS px): the overview by year, the detail by month, key events labelled, in the locale's words. */
export function timelineLayout(rows: readonly TimelineRow[], locale: Locale, width = 600): TimelineLayout {
  const words = figures[locale].timeline;
  const text: TextMark[] = [];
  const grid: PathMark[] = [];
  const marks: TimelineMark[] = [];
  const labels: TimelineLabel[] = [];
  const mark = (e: TimelineRow, cx: number, cy: number, early: boolean, detail: boolean) =>
    marks.push({
      id: e.id,
      category: e.category,
      status: e.status,
      cx: px(cx),
      cy: px(cy),
      early,
      detail,
    });

  // Legend: one dot per category, flowing onto further lines where the width runs out.
  let lx = 0;
  let ly = 12;
  const eras: TimelineLayout['eras'] = [];
  const { chavezEnd, maduroEnd } = eraBounds(rows);
  const legend = CATEGORIES.map((category) => {
    const label = words.categories[category];
    const w = 16 + textWidth(label, FONT) + 14;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += 20;
    }
    const item = {
      category,
      cx: px(lx + 6),
      cy: ly,
      label: { x: px(lx + 16), y: ly + 4, text: label, anchor: 'start' as const, cls: 'fig-legend' },
    };
    lx += w;
    return item;
  });
  let y = ly + 22;

  // Overview: one column per year, events stacked in their year.
  const { overview, detail } = splitPeriods(rows);
  if (overview.length) {
    const { early, main } = splitAtGap(overview);
    const first = Number((main[0] ?? overview[0]!).date.slice(0, 4));
    const last = Number(overview.at(-1)!.date.slice(0, 4));
    text.push({
      x: 0,
      y: px(y + 12),
      text: words.overviewTitle(early.length ? early[0]!.date.slice(0, 4) : String(first), String(last)),
      anchor: 'start',
      cls: 'fig-panel-title',
    });
    y += 22;
    const stub = early.length ? 34 : 0;
    const x0 = stub ? stub + 20 : 0;
    const col = (width - x0) / (last - first + 1);
    // The eras: shaded from a row of their names down to the axis, split at the year's fraction.
    const yearX = (d: Date) =>
      x0 + (d.getUTCFullYear() - first + (d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / (365.25 * 864e5)) * col;
    const split = Math.min(Math.max(yearX(chavezEnd), x0), width);
    const eraTop = y;
    const chavezW = split - x0;
    if (chavezW > 0)
      text.push({ x: px(x0 + 3), y: px(y + 12), text: words.eras.chavez, anchor: 'start', cls: 'fig-era' });
    if (width - split > 0)
      text.push({
        x: px(Math.max(split + 3, x0 + 3 + textWidth(words.eras.chavez, FONT, true) + 8)),
        y: px(y + 12),
        text: words.eras.maduro,
        anchor: 'start',
        cls: 'fig-era',
      });
    y += 18;
    const perYear = new Map<number, number>();
    for (const e of main) perYear.set(Number(e.date.slice(0, 4)), (perYear.get(Number(e.date.slice(0, 4))) ?? 0) + 1);
    const tallest = Math.max(early.length, ...perYear.values());
    const base = y + tallest * STEP + 4;
    if (chavezW > 0)
      eras.push({ era: 'chavez', x: px(x0), y: px(eraTop), width: px(split) - px(x0), height: px(base - eraTop) });
    if (width - split > 0)
      eras.push({ era: 'maduro', x: px(split), y: px(eraTop), width: width - px(split), height: px(base - eraTop) });
    const stacked = new Map<number, number>();
    for (const e of early) {
      const k = stacked.get(0) ?? 0;
      stacked.set(0, k + 1);
      mark(e, stub / 2, base - 7 - k * STEP, true, false);
    }
    for (const e of main) {
      const yr = Number(e.date.slice(0, 4));
      const k = stacked.get(yr) ?? 0;
      stacked.set(yr, k + 1);
      mark(e, x0 + (yr - first + 0.5) * col, base - 7 - k * STEP, false, false);
    }
    // The axis, broken after the stub; tick labels under it.
    grid.push({ d: `M${px(x0 - 4)},${px(base)}H${px(width)}`, cls: 'fig-baseline' });
    if (stub) {
      grid.push({ d: `M0,${px(base)}H${stub}`, cls: 'fig-baseline' });
      for (const dx of [stub + 5, stub + 11])
        grid.push({ d: `M${dx - 3},${px(base + 6)}L${dx + 3},${px(base - 6)}`, cls: 'fig-break' });
      text.push({ x: 0, y: px(base + 16), text: early[0]!.date.slice(0, 4), anchor: 'start', cls: 'fig-tick' });
    }
    const half = textWidth('0000', FONT) / 2;
    for (let yr = first; yr <= last; yr++) {
      if (yr % 5 !== 0) continue;
      const cx = x0 + (yr - first + 0.5) * col;
      if (cx - half < x0 - 2 || cx + half > width) continue;
      grid.push({ d: `M${px(cx)},${px(base)}V${px(base + 3)}`, cls: 'fig-baseline' });
      text.push({ x: px(cx), y: px(base + 16), text: String(yr), anchor: 'middle', cls: 'fig-tick' });
    }
    y = base + 34;
  }

  // Detail: one row per month, from January of the article's year to the last event's month.
  const detailFrom = DETAIL_FROM.slice(0, 7);
  if (detail.length) {
    const start = utc(DETAIL_FROM);
    const end = utcMonth.floor(utc(detail.at(-1)!.date));
    const months = [...utcMonth.range(start, utcMonth.offset(end, 1))];
    const fmt = (d: Date) =>
      new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
    const titleLines = wrapText(words.detailTitle(fmt(months[0]!), fmt(months.at(-1)!)), width, 13, true);
    titleLines.forEach((line, i) =>
      text.push({ x: 0, y: px(y + 12 + i * 16), text: line, anchor: 'start', cls: 'fig-panel-title' }),
    );
    y += 8 + titleLines.length * 16;
    // At least ten characters wide, so that both languages put the marks in the same place.
    const labelW =
      Math.ceil(
        Math.max(
          textWidth('0000000000', FONT),
          ...months.map((m, i) => textWidth(monthLabel(m, i === 0 || m.getUTCMonth() === 0, locale), FONT)),
        ),
      ) + 8;
    const dotsX = labelW;
    const byMonth = months.map((m) => detail.filter((e) => utcMonth.floor(utc(e.date)).getTime() === m.getTime()));
    const most = Math.max(1, ...byMonth.map((list) => list.length));
    // Labels beside the marks where at least LABEL_ROOM px remain, under them otherwise. Beside
    // them, a month's marks wrap after a fifth of the room right of the month names, so that one
    // busy month does not squeeze every key label; under them, after half of it. Neither depends
    // on the labels' words, so both languages put every mark in the same place.
    const room = width - dotsX;
    const besidePerLine = Math.max(4, Math.floor(room / 5 / STEP));
    const besideX = dotsX + Math.min(besidePerLine, most) * STEP + 10;
    const beside = width - besideX >= LABEL_ROOM;
    const perLine = beside ? besidePerLine : Math.max(4, Math.floor(room / 2 / STEP));
    const labelX = beside ? besideX : dotsX;
    const labelW2 = width - labelX;
    // The Maduro years run on from the overview: the band covers the rows before his capture's
    // month, and opens with his name on a line of its own.
    const maduroEndMonth = utcMonth.floor(maduroEnd).getTime();
    const bandTop = months[0]!.getTime() < maduroEndMonth ? y : 0;
    if (bandTop) {
      text.push({ x: 3, y: px(y + 13), text: words.eras.maduro, anchor: 'start', cls: 'fig-era fig-in-band' });
      y += 19;
    }
    let bandBottom = 0;
    months.forEach((m, i) => {
      if (bandTop && !bandBottom && m.getTime() >= maduroEndMonth) bandBottom = y;
      const events = byMonth[i]!;
      const top = y;
      const inBand = bandTop && !bandBottom ? ' fig-in-band' : '';
      text.push({
        x: 0,
        y: px(top + 11),
        text: monthLabel(m, i === 0 || m.getUTCMonth() === 0, locale),
        anchor: 'start',
        cls: `fig-tick${inBand}`,
      });
      events.forEach((e, k) =>
        mark(e, dotsX + 6 + (k % perLine) * STEP, top + 7 + Math.floor(k / perLine) * STEP, false, true),
      );
      const dotsH = Math.max(1, Math.ceil(events.length / perLine)) * STEP + 3;
      let ly2 = beside ? top : top + dotsH;
      for (const e of events.filter((ev) => ev.label)) {
        const lines = balancedWrap(keyLabel(e, locale), labelW2);
        const over = overflowingLine(lines, labelW2, FONT, true);
        if (over)
          throw new LabelError(
            `${contentDir()}/data/timeline.csv, row with id "${e.id}", field "${locale === 'en' ? 'chart_label' : `chart_label_${locale}`}": "${over}" is about ${Math.ceil(textWidth(over, FONT, true))} px wide and cannot wrap, but a key label has ${Math.floor(labelW2)} px on a phone; it would be clipped. Shorten the word, or break it with a space, hyphen or slash`,
          );
        labels.push({
          id: e.id,
          category: e.category,
          status: e.status,
          lines: lines.map((line, j) => ({
            x: px(labelX),
            y: px(ly2 + 11 + j * LINE),
            text: line,
            anchor: 'start',
            cls: `fig-key${inBand}`,
          })),
        });
        ly2 += lines.length * LINE;
      }
      y = Math.max(top + dotsH, ly2 + 2) + 2;
      if (m.getUTCMonth() === 11 && i < months.length - 1)
        grid.push({ d: `M0,${px(y + 1)}H${width}`, cls: 'fig-grid' });
      if (m.getUTCMonth() === 11) y += 3;
    });
    if (bandTop) eras.push({ era: 'maduro', x: 0, y: px(bandTop), width, height: px((bandBottom || y + 2) - bandTop) });
    y += 4;
  }
  return { width, height: px(y), marks, labels, text, grid, eras, legend, detailFrom };
}
