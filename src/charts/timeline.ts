// Layout for the timeline overview: one lane per category, time along the other axis. Wide
// screens run time left to right; narrow screens run it top to bottom. Events far earlier than
// the rest (1945) sit on a short stub before a break in the axis, never on the same scale.
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { CATEGORIES, type Category, type EventStatus, type TimelineRow } from './shape';
import { px, type PathMark, type TextMark } from './marks';
import { ARTICLE_CUTOFF } from '../lib/timeline';
import type { Locale } from '../lib/locales';
import { figures } from '../i18n/figures';

export interface TimelineMark {
  id: string;
  category: Category;
  status: EventStatus;
  dateText: string;
  event: string;
  cx: number;
  cy: number;
  /** "dot" (in the article), "ring" (other records), "diamond" (after the article). */
  shape: 'dot' | 'ring' | 'diamond';
  /** Set when the event sits on the stub before the axis break. */
  early: boolean;
}

export interface TimelineLayout {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  marks: TimelineMark[];
  text: TextMark[];
  grid: PathMark[];
  /** The band after the article's cut-off (rectangle). */
  band: { x: number; y: number; width: number; height: number };
  legend: { shape: TimelineMark['shape']; cx: number; cy: number; label: TextMark }[];
}

/** Years between two events beyond which the earlier one moves to the stub before the break. */
export const BREAK_GAP_YEARS = 20;

/** The share of the main run given to the months after the article, when there are events there. */
export const AFTER_SHARE = 0.4;

const R = 4.5;
const SHAPES: Record<EventStatus, TimelineMark['shape']> = { article: 'dot', other: 'ring', after: 'diamond' };
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Splits events (in date order) into an early group and the main run, at the first gap over BREAK_GAP_YEARS. */
export function splitAtGap<T extends { date: string }>(rows: readonly T[]): { early: T[]; main: T[] } {
  for (let i = 1; i < rows.length; i++) {
    const gap = (utc(rows[i]!.date).getTime() - utc(rows[i - 1]!.date).getTime()) / (365.25 * 864e5);
    if (gap > BREAK_GAP_YEARS) return { early: rows.slice(0, i), main: rows.slice(i) };
  }
  return { early: [], main: [...rows] };
}

/** The diamond path for a point. */
export function diamond(cx: number, cy: number, r = R + 1): string {
  return `M${px(cx)},${px(cy - r)}L${px(cx + r)},${px(cy)}L${px(cx)},${px(cy + r)}L${px(cx - r)},${px(cy)}Z`;
}

/** Positions every event: time along one axis, its category lane across the other, dodged so marks never overlap. Labels in the locale. */
export function timelineLayout(
  rows: readonly TimelineRow[],
  locale: Locale,
  orientation: 'horizontal' | 'vertical' = 'horizontal',
  width = orientation === 'horizontal' ? 640 : 360,
): TimelineLayout {
  const words = figures[locale].timeline;
  const horizontal = orientation === 'horizontal';
  const legendH = 30;
  // Across: lanes. Along: time.
  const laneStart = horizontal ? legendH + 16 : 44;
  const laneSize = horizontal ? 32 : (width - 44) / CATEGORIES.length;
  const acrossEnd = laneStart + laneSize * CATEGORIES.length;
  const pStart = horizontal ? 84 : legendH + 52;
  const pEnd = horizontal ? width - 8 : pStart + 560;
  const stub = { from: pStart, to: pStart + 30 };
  const mainFrom = stub.to + 30;
  const { early, main } = splitAtGap(rows);
  const first = utc(main[0]!.date);
  const last = utc(main.at(-1)!.date);
  // The months after the article hold many events close together: they get a wider stretch of
  // the axis of their own (AFTER_SHARE of the main run), inside the shaded band.
  const cutDate = utcMonth.ceil(utc(ARTICLE_CUTOFF));
  const zoomed = last > cutDate;
  const zoomFrom = pEnd - Math.round((pEnd - mainFrom) * AFTER_SHARE);
  const t = zoomed
    ? scaleUtc().domain([utcYear.floor(first), cutDate, utcMonth.offset(last, 1)]).range([mainFrom, zoomFrom, pEnd])
    : scaleUtc().domain([utcYear.floor(first), utcMonth.offset(last, 4)]).range([mainFrom, pEnd]);
  const at = (p: number, q: number) => (horizontal ? { x: px(p), y: px(q) } : { x: px(q), y: px(p) });
  const seg = (p0: number, q0: number, p1: number, q1: number) => {
    const a = at(p0, q0);
    const b = at(p1, q1);
    return `M${a.x},${a.y}L${b.x},${b.y}`;
  };

  const marks: TimelineMark[] = [];
  const placed = new Map<string, number[]>();
  const offsets = [0, -10, 10, -20, 20];
  for (const e of rows) {
    const isEarly = early.includes(e);
    const p = isEarly ? (stub.from + stub.to) / 2 : t(utc(e.date));
    const lane = CATEGORIES.indexOf(e.category);
    let level = 0;
    for (; level < offsets.length - 1; level++) {
      const key = `${lane}:${level}`;
      if (!(placed.get(key) ?? []).some((other) => Math.abs(other - p) < 2 * R + 3)) break;
    }
    placed.set(`${lane}:${level}`, [...(placed.get(`${lane}:${level}`) ?? []), p]);
    const q = laneStart + laneSize * (lane + 0.5) + offsets[level]!;
    const { x, y } = at(p, q);
    marks.push({ id: e.id, category: e.category, status: e.status, dateText: e.dateText, event: e.text, cx: x, cy: y, shape: SHAPES[e.status], early: isEarly });
  }

  const text: TextMark[] = [];
  const grid: PathMark[] = [];
  // Lanes: a label per category and a faint rule between lanes.
  CATEGORIES.forEach((c, i) => {
    const mid = laneStart + laneSize * (i + 0.5);
    const label = words.categories[c];
    if (horizontal) text.push({ x: 0, y: px(mid + 4), text: label, anchor: 'start', cls: 'fig-lane' });
    else {
      const lastLane = i === CATEGORIES.length - 1;
      text.push({ x: px(lastLane ? width : mid), y: pStart - (i % 2 ? 12 : 27), text: label, anchor: lastLane ? 'end' : 'middle', cls: 'fig-lane' });
    }
    if (i > 0) grid.push({ d: seg(stub.from - 4, laneStart + laneSize * i, pEnd, laneStart + laneSize * i), cls: 'fig-lane-rule' });
  });
  // Time ticks: every five years on the main run, and the early year on the stub.
  const tickAt = horizontal ? acrossEnd + 16 : 0;
  const yearTicks = t.ticks(utcYear.every(5)!).filter((d) => !zoomed || d < cutDate);
  // In the stretched months after the article, every new year gets its tick.
  if (zoomed) yearTicks.push(...utcYear.range(cutDate, utcMonth.offset(last, 1)));
  for (const d of yearTicks) {
    grid.push({ d: seg(t(d), laneStart, t(d), acrossEnd), cls: 'fig-grid' });
    const p = at(t(d), tickAt);
    text.push({ x: p.x, y: horizontal ? p.y : px(p.y + 4), text: String(d.getUTCFullYear()), anchor: horizontal ? 'middle' : 'start', cls: 'fig-tick' });
  }
  for (const e of early) {
    const p = at((stub.from + stub.to) / 2, tickAt);
    text.push({ x: p.x, y: horizontal ? p.y : px(p.y + 4), text: e.date.slice(0, 4), anchor: horizontal ? 'middle' : 'start', cls: 'fig-tick' });
  }
  // The axis, broken between the stub and the main run.
  const axisQ = horizontal ? acrossEnd + 2 : laneStart - 2;
  grid.push({ d: `${seg(stub.from - 4, axisQ, stub.to + 6, axisQ)}${seg(mainFrom - 6, axisQ, pEnd, axisQ)}`, cls: 'fig-baseline' });
  for (const dp of [stub.to + 11, stub.to + 17]) grid.push({ d: seg(dp - 3, axisQ + 6, dp + 3, axisQ - 6), cls: 'fig-break' });
  grid.push({ d: `${seg(stub.to + 14, laneStart, stub.to + 14, acrossEnd - 4)}`, cls: 'fig-break-gap' });

  // After the article: a shaded band from the cut-off to the end of the axis.
  const cut = t(cutDate);
  const b0 = at(cut, laneStart - (horizontal ? 14 : 0));
  const b1 = at(pEnd, acrossEnd);
  const band = { x: Math.min(b0.x, b1.x), y: Math.min(b0.y, b1.y), width: px(Math.abs(b1.x - b0.x)), height: px(Math.abs(b1.y - b0.y)) };
  if (horizontal) text.push({ x: px(band.x + band.width), y: px(band.y - 4), text: words.bandLabel, anchor: 'end', cls: 'fig-band-label' });
  else text.push({ x: px(width), y: px(band.y + band.height + 14), text: words.bandLabelNarrow, anchor: 'end', cls: 'fig-band-label' });

  const legendItems: [TimelineMark['shape'], string][] = [
    ['dot', words.status.article],
    ['ring', words.status.other],
    ['diamond', words.status.after],
  ];
  let lx = horizontal ? 84 : 0;
  const legend = legendItems.map(([shape, label]) => {
    const item = { shape, cx: px(lx + 6), cy: 12, label: { x: px(lx + 16), y: 16, text: label, anchor: 'start' as const, cls: 'fig-legend' } };
    lx += 16 + label.length * 6.2 + 16;
    return item;
  });

  const height = horizontal ? acrossEnd + 24 : pEnd + 26;
  return { orientation, width, height: px(height), marks, text, grid, band, legend };
}
