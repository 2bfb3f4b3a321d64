// The figures' PNG downloads: the frame fits the drawing, with the same fixed margin on every side
// (no wide empty band beside a narrow chart or under a short one), in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { drawnBox, FIGURE_PALETTE, FILE_MARGIN } from '../../src/lib/figure-svg';
import { DIST } from '../support/dist';

/** Every figure file's PNG under a folder of figure pages (not the link-preview images in dist/og/). */
function figurePngs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.png'))
        .map((f) => join(dir, d.name, f)),
    );
}

/** A PNG's RGBA pixels, decoded by resvg (the PNG placed as an image in an SVG of its size). */
function decodePng(bytes: Buffer): { pixels: Uint8Array; width: number; height: number } {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${bytes.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  return { pixels: new Uint8Array(image.pixels), width: image.width, height: image.height };
}

const files = [...figurePngs(join(DIST, 'figures')), ...figurePngs(join(DIST, 'fr', 'graphiques'))];

describe('figure PNG downloads', () => {
  test('there is one per figure page in each language', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  // The PNG is drawn at twice the SVG's size: the margin is 2 × FILE_MARGIN pixels, give or take a
  // pixel of anti-aliasing at the drawing's edge.
  const margin = 2 * FILE_MARGIN;
  for (const file of files) {
    test(`${relative(DIST, file)}: the empty border is the ${margin} px margin on every side`, () => {
      const { pixels, width, height } = decodePng(readFileSync(file));
      const box = drawnBox(pixels, width, height, FIGURE_PALETTE.paper);
      expect(box).toBeDefined();
      const border = { left: box!.left, top: box!.top, right: width - box!.right, bottom: height - box!.bottom };
      for (const [side, empty] of Object.entries(border)) {
        expect(empty, `${side} border`).toBeLessThanOrEqual(margin + 2);
        expect(empty, `${side} border`).toBeGreaterThanOrEqual(margin - 2);
      }
    });
  }
});
