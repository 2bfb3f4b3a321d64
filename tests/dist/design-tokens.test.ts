// The built site's colours come from the design tokens (src/lib/design-tokens.ts): the stylesheet
// declares each token once, light and dark, and the figure files, the icon and the manifest are
// drawn in the light ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHex8, parse } from 'culori';
import { describe, expect, test } from 'vitest';
import { COLOURS, MARKS } from '../../src/lib/design-tokens';
import { DIST, requireBuild } from '../support/dist';

/** A colour as #rrggbbaa, whatever way the minifier wrote it. */
const hex = (colour: string) => formatHex8(parse(colour.trim()));

describe('the built stylesheet', () => {
  requireBuild();
  const css = readdirSync(join(DIST, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
    .join('\n');

  test('declares every colour token once, as light-dark(light, dark) with the token’s values', () => {
    for (const [name, { light, dark }] of Object.entries(COLOURS)) {
      const found = [...css.matchAll(new RegExp(`--${name}:light-dark\\(((?:[^()]|\\([^()]*\\))+)\\)`, 'g'))];
      expect(found, name).toHaveLength(1);
      const [l, d] = found[0]![1]!.split(/,(?![^(]*\))/);
      expect([hex(l!), hex(d!)], name).toEqual([hex(light), hex(dark)]);
    }
  });

  test('declares the figures’ type sizes', () => {
    for (const [name, size] of Object.entries(MARKS)) expect(css).toContain(`--${name}:${size}px`);
  });
});

describe('the files drawn in the light colours', () => {
  test('the icon, the manifest and a figure file', () => {
    const ink = COLOURS.ink.light;
    const paper = COLOURS.paper.light;
    expect(readFileSync(join(DIST, 'favicon.svg'), 'utf8')).toMatch(new RegExp(`fill="${ink}".*fill="${paper}"`));
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect([manifest.background_color, manifest.theme_color]).toEqual([paper, ink]);
    const svg = readFileSync(join(DIST, 'figures', 'arms-transfers', 'venezuela-russia-arms-transfers.svg'), 'utf8');
    expect(svg).toContain(`.fig-russia{fill:${COLOURS['fig-russia'].light}}`);
    expect(svg).toContain(`fill="${paper}"`);
    expect(svg).not.toMatch(/var\(--|light-dark/);
  });
});
