// Layout for the timeline on wide screens: one horizontal time axis, left to right. The years
// before the article's year share the left part of the axis (an event decades before the rest,
// 1945, sits on a stub before a break); from January of the article's year on, the axis is
// enlarged, after a second break, so that the months with most events can be told apart. The
// Chávez and Maduro years are shaded bands named at their top. Events are dots stacked upwards from
// the axis where they would touch; key events (a chart label in timeline.csv) are labelled above
// the dots, each label tied to its dot by a vertical leader. Labels are placed one by one at the
// lowest height where neither the label nor its leader meets another label or leader, so they
// never collide, whatever the words. `width` is the drawing's viewBox width and `font` its type
// size in viewBox units, chosen by the component so that the type shows at phone size or larger.
import { scaleUtc } from 'd3-scale';
import type { TimelineRow } from './shape';
import { CATEGORIES } from './shape';
import { px, type PathMark, type TextMark } from './marks';
import { LabelError, textWidth } from './text';
import { contentDir } from '../lib/content-dir';
import { balancedWrap, keyLabel, monthLabel, splitAtGap, splitPeriods, DETAIL_FROM, eraBounds } from './timeline';
import type { Locale } from '../lib/locales';
import { figures } from '../i18n/figures';

export interface AxisMark {
  id: string;
  category: TimelineRow['category'];
  status: TimelineRow['status'];
  cx: number;
  cy: number;
}

export interface AxisLabel {
  id: string;
  category: TimelineRow['category'];
  status: TimelineRow['status'];
  lines: TextMark[];
  /** The leader from the label down to its dot (a vertical path). */
  leader: PathMark;
  /** The label's box, for tests and for placing the next labels. */
  box: { x0: number; x1: number; y0: number; y1: number };
}

export interface EraBand {
  era: 'chavez' | 'maduro';
  x: number;
  y: number;
  width: number;
  height: number;
  label: TextMark;
}

export interface TimelineAxisLayout {
  width: number;
  height: number;
  font: number;
  r: number;
  marks: AxisMark[];
  labels: AxisLabel[];
  text: TextMark[];
  grid: PathMark[];
  eras: EraBand[];
  legend: { category: TimelineRow['category']; cx: number; cy: number; label: TextMark }[];
}

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The middle of an event's date at its precision: a year's 1 July, a month's 15th, else the day. */
export function dateMid(e: Pick<TimelineRow, 'date' | 'date_precision'>): Date {
  const d = utc(e.date);
  if (e.date_precision === 'year') return new Date(Date.UTC(d.getUTCFullYear(), 6, 1));
  if (e.date_precision === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 15));
  return d;
}

/** Lays out every event on one horizontal axis at a width and type size (viewBox units), in the locale's words. */
export function timelineAxisLayout(
  rows: readonly TimelineRow[],
  locale: Locale,
  width = 744,
  font = 15,
): TimelineAxisLayout {
  const words = figures[locale].timeline;
  const line = Math.round(font * 1.25);
  const r = Math.round(font * 0.36 * 10) / 10;
  const step = 2 * r + 1;
  const text: TextMark[] = [];
  const grid: PathMark[] = [];

  // The key: one dot per category, flowing onto further lines where the width runs out.
  const legend: TimelineAxisLayout['legend'] = [];
  let lx = 0;
  let ly = font;
  for (const c of CATEGORIES) {
    const label = words.categories[c];
    const w = r * 2 + 6 + textWidth(label, font) + font;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += line + 4;
    }
    legend.push({
      category: c,
      cx: px(lx + r),
      cy: px(ly - font * 0.32),
      label: { x: px(lx + 2 * r + 6), y: px(ly), text: label, anchor: 'start', cls: 'fig-legend' },
    });
    lx += w;
  }
  const legendBottom = ly + font * 0.4;

  // The axis, in three parts: the stub, the years before the article's year, the months from it.
  const { overview, detail } = splitPeriods(rows);
  const { early, main } = splitAtGap(overview);
  const stubW = early.length ? textWidth('0000', font) + 4 : 0;
  const gap = 18;
  const yearsFrom = new Date(Date.UTC(Number((main[0] ?? detail[0] ?? rows[0]!).date.slice(0, 4)), 0, 1));
  const detailFrom = utc(DETAIL_FROM);
  const lastEvent = rows.length ? dateMid(rows.at(-1)!) : detailFrom;
  const detailTo = new Date(Date.UTC(lastEvent.getUTCFullYear(), lastEvent.getUTCMonth() + 1, 1));
  const x0 = stubW ? stubW + gap : 0;
  const right = width - r - 2;
  const yearsShare = main.length && detail.length ? 0.32 : main.length ? 1 : 0;
  const split = x0 + (right - x0 - (detail.length && main.length ? gap : 0)) * yearsShare;
  const years = scaleUtc().domain([yearsFrom, detailFrom]).range([x0, split]);
  const months = scaleUtc()
    .domain([detailFrom, detailTo])
    .range([main.length ? split + gap : x0, right]);
  const xOf = (e: TimelineRow): number => {
    if (early.includes(e)) return stubW / 2;
    const d = dateMid(e);
    return d < detailFrom ? years(d) : months(d);
  };

  // Dots, stacked upwards from the axis (y = 0 for now) where they would touch. Key events are
  // placed last, so they top their stacks and their leaders reach them unobstructed.
  const placed: { cx: number; level: number }[] = [];
  const order = [...rows].sort((a, b) => Number(Boolean(a.label)) - Number(Boolean(b.label)));
  const at = new Map<string, { cx: number; cy: number }>();
  for (const e of order) {
    const cx = xOf(e);
    let level = 0;
    while (placed.some((p) => p.level === level && Math.abs(p.cx - cx) < step)) level++;
    placed.push({ cx, level });
    at.set(e.id, { cx, cy: -r - 3 - level * step });
  }
  const topAt = (x0: number, x1: number) =>
    Math.min(0, ...[...at.values()].filter((p) => p.cx + r >= x0 && p.cx - r <= x1).map((p) => p.cy - r));

  // Key labels: the lowest free height above the dots, tested against every placed label and leader.
  type Placed = { x: number; end: number; box: AxisLabel['box'] };
  const boxes: Placed[] = [];
  const pad = 5;
  const hits = (a: AxisLabel['box'], b: AxisLabel['box']) =>
    a.x0 - pad < b.x1 && b.x0 - pad < a.x1 && a.y0 - pad < b.y1 && b.y0 - pad < a.y1;
  const crosses = (x: number, y0: number, y1: number, b: AxisLabel['box']) =>
    x > b.x0 - pad && x < b.x1 + pad && y1 > b.y0 && y0 < b.y1;
  const labelMax = Math.max(textWidth('0'.repeat(14), font), width * 0.36);
  const keyed: { e: TimelineRow; lines: string[]; x: number; box: AxisLabel['box']; end: number }[] = [];
  // Each label goes right of its leader where it fits, else left. A label whose width reaches over
  // another's leader must sit above that label, so labels are placed in that order (the lower
  // ones first), each at the lowest free height.
  const todo = rows
    .filter((ev) => ev.label)
    .map((e) => {
      const dot = at.get(e.id)!;
      const lines = balancedWrap(keyLabel(e, locale), labelMax, font);
      const w = Math.max(...lines.map((l) => textWidth(l, font, true)));
      const sides = [
        { x0: dot.cx - 1, x1: dot.cx + 6 + w },
        { x0: dot.cx - 6 - w, x1: dot.cx + 1 },
      ].filter((side) => side.x0 >= 0 && side.x1 <= width);
      if (!sides.length) {
        const over = lines.reduce((a, b) => (textWidth(b, font, true) > textWidth(a, font, true) ? b : a));
        throw new LabelError(
          `${contentDir()}/data/timeline.csv, row with id "${e.id}", field "${locale === 'en' ? 'chart_label' : `chart_label_${locale}`}": "${over}" is about ${Math.ceil(w)} px wide and cannot wrap, but a key label has ${Math.floor(labelMax)} px on a wide screen; it would be clipped. Shorten the word, or break it with a space, hyphen or slash`,
        );
      }
      // The leader stops on top of the dot's stack (a key event of the same day may top it).
      const end = topAt(dot.cx, dot.cx) - 1;
      return { e, dot, lines, sides, side: sides[0]!, h: lines.length * line, end };
    });
  // Right of the leader where it fits; left where it does not, and then left too for every label
  // whose leader that left-hand label reaches over (so that no two labels reach over each
  // other's leaders, and an order from the lowest label up exists).
  for (const t of todo) t.side = t.sides[0]!;
  for (let changed = true; changed;) {
    changed = false;
    for (const l of todo.filter((t) => t.side.x1 <= t.dot.cx + 1))
      for (const t of todo) {
        const left = t.sides.find((side) => side.x1 <= t.dot.cx + 1);
        if (t.side !== left && left && t.dot.cx > l.side.x0 - pad && t.dot.cx < l.dot.cx) {
          t.side = left;
          changed = true;
        }
      }
  }
  const covers = (a: (typeof todo)[number], b: (typeof todo)[number]) =>
    a !== b && a.dot.cx !== b.dot.cx && b.dot.cx > a.side.x0 - pad && b.dot.cx < a.side.x1 + pad;
  const ordered: typeof todo = [];
  while (ordered.length < todo.length) {
    const next = todo.find(
      (a) => !ordered.includes(a) && todo.every((b) => ordered.includes(b) || b === a || !covers(a, b)),
    );
    if (!next) throw new Error('timeline: key labels reach over each other’s leaders both ways; shorten a chart_label');
    ordered.push(next);
  }
  for (const { e, dot, lines, side, h, end } of ordered) {
    let y1 = topAt(side.x0, side.x1) - 6;
    for (let tries = 0; ; tries++) {
      if (tries > 5000) throw new Error(`timeline: no room for the label of ${e.id}`);
      const box = { ...side, y0: y1 - h, y1 };
      // Two events of one day share a leader: their labels stack beside the same line.
      const clear =
        boxes.every((b) => !hits(box, b.box) && (b.x === dot.cx || !crosses(b.x, b.box.y0, b.end, box))) &&
        boxes.every((b) => b.x === dot.cx || !crosses(dot.cx, box.y0, end, b.box));
      if (clear) {
        boxes.push({ x: dot.cx, end, box });
        keyed.push({ e, lines, x: dot.cx, box, end });
        break;
      }
      y1 -= 2;
    }
  }
  keyed.sort((a, b) => rows.indexOf(a.e) - rows.indexOf(b.e));

  // Now every height is known: shift down so the key, the era names and the labels fit above.
  const eraRow = legendBottom + 10 + font;
  const labelsTop = Math.min(topAt(-Infinity, Infinity), ...boxes.map((b) => b.box.y0));
  const axisY = eraRow + 8 - labelsTop;
  const marks: AxisMark[] = rows.map((e) => ({
    id: e.id,
    category: e.category,
    status: e.status,
    cx: px(at.get(e.id)!.cx),
    cy: px(at.get(e.id)!.cy + axisY),
  }));
  const labels: AxisLabel[] = keyed.map(({ e, lines, x, box, end }) => {
    const toRight = box.x0 >= x - 1;
    return {
      id: e.id,
      category: e.category,
      status: e.status,
      lines: lines.map((l, i) => ({
        x: px(toRight ? x + 6 : x - 6),
        y: px(box.y0 + axisY + font * 0.85 + i * line),
        text: l,
        anchor: toRight ? 'start' : 'end',
        cls: 'fig-key',
      })),
      leader: { d: `M${px(x)},${px(box.y0 + axisY + 2)}V${px(end + axisY)}`, cls: 'fig-leader' },
      box: { x0: px(box.x0), x1: px(box.x1), y0: px(box.y0 + axisY), y1: px(box.y1 + axisY) },
    };
  });

  // Era bands, from the era names' row to the axis.
  const bounds = eraBounds(rows);
  const xAt = (d: Date) => (d < detailFrom ? years(d) : months(d));
  const eras: EraBand[] = [];
  const bandTop = legendBottom + 6;
  const addEra = (era: EraBand['era'], from: number, to: number) => {
    if (to - from < 2) return;
    eras.push({
      era,
      x: px(from),
      y: px(bandTop),
      // From one rounded edge to the other, so that bands meet and end where the dots on them sit.
      width: px(to) - px(from),
      height: px(axisY) - px(bandTop),
      label: { x: px(from + 6), y: px(eraRow), text: words.eras[era], anchor: 'start', cls: 'fig-era' },
    });
  };
  if (main.length || detail.length) {
    addEra('chavez', x0, xAt(bounds.chavezEnd));
    addEra('maduro', xAt(bounds.chavezEnd), xAt(bounds.maduroEnd));
  }

  // The axis with its breaks, and its ticks: years every five, months every three.
  const axisRight = width;
  grid.push({
    d: `M${px(x0)},${px(axisY)}H${px(main.length && detail.length ? split : axisRight)}`,
    cls: 'fig-baseline',
  });
  if (main.length && detail.length)
    grid.push({ d: `M${px(split + gap)},${px(axisY)}H${px(axisRight)}`, cls: 'fig-baseline' });
  const breakAt = (x: number) => {
    for (const dx of [x + gap / 2 - 3, x + gap / 2 + 3])
      grid.push({ d: `M${px(dx - 3)},${px(axisY + 6)}L${px(dx + 3)},${px(axisY - 6)}`, cls: 'fig-break' });
  };
  const tickY = axisY + font + 6;
  const ticks: { x: number; text: string }[] = [];
  if (stubW) {
    grid.push({ d: `M0,${px(axisY)}H${px(stubW)}`, cls: 'fig-baseline' });
    breakAt(stubW);
    ticks.push({ x: stubW / 2, text: early[0]!.date.slice(0, 4) });
  }
  if (main.length && detail.length) breakAt(split);
  for (let y = yearsFrom.getUTCFullYear(); y < detailFrom.getUTCFullYear(); y++)
    if (y % 5 === 0) ticks.push({ x: years(new Date(Date.UTC(y, 6, 1))), text: String(y) });
  if (detail.length)
    for (const m of months.ticks(12)) {
      if (m.getUTCMonth() % 3 !== 0 || m >= detailTo) continue;
      ticks.push({ x: months(m), text: monthLabel(m, m.getUTCMonth() === 0, locale) });
    }
  let lastRight = -Infinity;
  for (const t of ticks) {
    const half = textWidth(t.text, font) / 2;
    const x = Math.min(Math.max(t.x, half + 1), width - half - 1);
    if (x - half < lastRight + 8) continue;
    lastRight = x + half;
    grid.push({ d: `M${px(t.x)},${px(axisY)}V${px(axisY + 4)}`, cls: 'fig-baseline' });
    text.push({ x: px(x), y: px(tickY), text: t.text, anchor: 'middle', cls: 'fig-tick' });
  }
  return {
    width,
    height: px(tickY + font * 0.4 + 2),
    font,
    r,
    marks,
    labels,
    text,
    grid,
    eras,
    legend,
  };
}
