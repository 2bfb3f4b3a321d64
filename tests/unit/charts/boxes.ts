// Estimated boxes of a layout's text, with the generous widths the layouts use, for overlap tests
// in Node (the browser test measures the rendered boxes).
import type { TextMark } from '../../../src/charts/marks';
import { textWidth } from '../../../src/charts/text';

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
}

/** The box a line of text takes: 12 px type (or `size`) from its baseline, by its anchor. */
export function boxOf(t: TextMark, size = 12, bold = /fig-(key|label|panel-title|date|lane)/.test(t.cls)): Box {
  const w = textWidth(t.text, size, bold);
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
  return { x0, x1: x0 + w, y0: t.y - size * 0.8, y1: t.y + size * 0.22, text: t.text };
}

/** Every pair of boxes that overlap. */
export function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) found.push(`${a.text} / ${b.text}`);
    }
  return found;
}

/** Boxes that leave the drawing. */
export function outside(boxes: readonly Box[], width: number, height: number): string[] {
  return boxes.filter((b) => b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > height).map((b) => b.text);
}
