// The Open Graph image: titles wrap and size to stay readable at thumbnail size, and the
// renderer draws a real 1200×630 PNG with the bundled fonts (no network).
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fitTitle, ogLayout, type OgNode } from '../../src/lib/og-image';
import { renderOgImage } from '../../src/lib/og-render';
import { sectionsOf } from '../support/content';

/** All text in an element tree, in order. */
function texts(node: OgNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('title layout', () => {
  test('a French title never breaks before « : », « ? » or inside « » (its no-break spaces hold)', () => {
    for (const title of [
      'Armes, pétrole et traité : dix ans d’alliance',
      'Pourquoi Moscou soutient-il Caracas ?',
      'Une « harmonie parfaite » à l’épreuve de Washington',
    ]) {
      const { lines } = fitTitle(title, 620);
      expect(lines.length, title).toBeGreaterThan(1);
      expect(lines.join(' ')).toBe(title);
      for (const line of lines) expect(line, title).not.toMatch(/^[:;?!»]|«$/);
    }
  });

  test('a title too long for four lines at the smallest size ends with an ellipsis', () => {
    const { fontSize, lines } = fitTitle('Arms, oil and accords '.repeat(12));
    expect(fontSize).toBe(56);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/[a-z]…$/);
  });

  test('every section title fits in at most three lines at a size readable as a thumbnail', () => {
    for (const { title } of sectionsOf('en')) {
      const { fontSize, lines } = fitTitle(title);
      expect(lines.length, title).toBeLessThanOrEqual(3);
      expect(fontSize, title).toBeGreaterThanOrEqual(62);
      expect(lines.join(' ')).toBe(title);
    }
  });

  test('a title at the schema’s 90-character limit still fits, in four lines at most', () => {
    const title =
      'W'.repeat(10) + ' ' + 'An exceptionally long title about arms, oil, accords and sanctions in both capitals';
    const { lines } = fitTitle(title.slice(0, 90));
    expect(lines.length).toBeLessThanOrEqual(4);
  });

  test('the layout shows the kicker, the title, the site name and the footnote', () => {
    const tree = ogLayout({
      kicker: 'Explainer · Part 2 of 8',
      title: 'Rostec’s plant in Maracay',
      siteName: 'Venezuela and Russia',
      footnote: 'Based on …',
    });
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(texts(tree)).toEqual([
      'Explainer · Part 2 of 8',
      ...fitTitle('Rostec’s plant in Maracay').lines,
      'Venezuela and Russia',
      'Based on …',
    ]);
  });
});

describe('rendering', () => {
  test('draws a 1200×630 PNG', async () => {
    const png = Buffer.from(
      await renderOgImage({
        kicker: 'Explainer · Part 7 of 8',
        title: sectionsOf('en')[6]!.title,
        siteName: 'Venezuela and Russia',
      }),
    );
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(150_000);
    if (process.env.OG_PREVIEW_DIR) {
      mkdirSync(process.env.OG_PREVIEW_DIR, { recursive: true });
      writeFileSync(`${process.env.OG_PREVIEW_DIR}/unit.png`, png);
    }
  });
});
