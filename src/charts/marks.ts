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

/** Rounds a coordinate to a whole unit (under half a pixel off at the sizes drawn), so the SVG stays small and stable. */
export const px = (n: number): number => Math.round(n);

/** Rounds a size to tenths of a unit, for what whole units would visibly change: bars' ends and thin segments. */
export const tenth = (n: number): number => Math.round(n * 10) / 10;

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

/** Cuts vertical rules ("Mx,y0Vy1" segments) where they would run through a text box (x0, x1, y0, y1), leaving a gap of `pad`. */
export function clipRules(
  rules: readonly PathMark[],
  boxes: readonly { x0: number; x1: number; y0: number; y1: number }[],
  pad = 2,
): PathMark[] {
  return rules.map((r) => ({
    cls: r.cls,
    d: [...r.d.matchAll(/M([\d.-]+),([\d.-]+)V([\d.-]+)/g)]
      .flatMap((m) => {
        const x = Number(m[1]);
        let parts: [number, number][] = [[Number(m[2]), Number(m[3])]];
        for (const b of boxes.filter((bx) => x > bx.x0 - pad && x < bx.x1 + pad))
          parts = parts.flatMap(([a, z]): [number, number][] =>
            z <= b.y0 - pad || a >= b.y1 + pad
              ? [[a, z]]
              : ([
                  [a, b.y0 - pad],
                  [b.y1 + pad, z],
                ].filter(([p, q]) => q! - p! > 1) as [number, number][]),
          );
        return parts.map(([a, z]) => `M${px(x)},${px(a)}V${px(z)}`);
      })
      .join(''),
  }));
}
