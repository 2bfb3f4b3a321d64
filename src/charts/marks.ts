// The vocabulary every layout returns: positioned text, lines and paths, ready to print as SVG.

export type Anchor = 'start' | 'middle' | 'end';

export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  cls: string;
}

export interface PathMark {
  d: string;
  cls: string;
}

/** Rounds a coordinate to tenths of a pixel, so the SVG stays small and stable. */
export const px = (n: number): number => Math.round(n * 10) / 10;

/** Stacks lines of text downwards from a first baseline. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  anchor: Anchor,
  cls: string,
): TextMark[] {
  return lines.map((text, i) => ({ x: px(x), y: px(y + i * lineHeight), text, anchor, cls }));
}
