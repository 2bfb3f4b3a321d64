// The palette: every mark reaches 3:1 against each background it sits on, light and dark; the
// marks a reader must tell apart stay apart in simulated deuteranopia, protanopia and tritanopia
// (Machado et al. 2009 matrices, as culori implements them); figures.css declares the same values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import {
  BACKGROUNDS,
  DISTINCT_GROUPS,
  MIN_CONTRAST,
  MIN_DELTA_E,
  PALETTE,
  paletteDeclarations,
} from '../../../src/charts/palette';

const de = differenceCiede2000();
const visions: Record<string, (c: Color) => Color> = {
  'typical vision': (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

for (const [name, scheme] of Object.entries(PALETTE)) {
  describe(`figure palette, ${name}`, () => {
    const marks = Object.keys(scheme).filter(
      (k) => !(BACKGROUNDS as readonly string[]).includes(k),
    ) as (keyof typeof scheme)[];
    it(`gives every mark ${MIN_CONTRAST}:1 against the page and the era bands`, () => {
      const low: string[] = [];
      for (const m of marks)
        for (const bg of BACKGROUNDS) {
          const ratio = wcagContrast(scheme[m], scheme[bg]);
          if (ratio < MIN_CONTRAST) low.push(`${m} on ${bg}: ${ratio.toFixed(2)}:1`);
        }
      expect(low).toEqual([]);
    });
    for (const [vision, simulate] of Object.entries(visions))
      it(`keeps the marks of each figure at least ΔE ${MIN_DELTA_E} apart in ${vision}`, () => {
        const close: string[] = [];
        for (const [group, keys] of Object.entries(DISTINCT_GROUPS))
          for (let i = 0; i < keys.length; i++)
            for (let j = i + 1; j < keys.length; j++) {
              const d = de(simulate(parse(scheme[keys[i]!])!), simulate(parse(scheme[keys[j]!])!));
              if (d < MIN_DELTA_E) close.push(`${group}: ${keys[i]} / ${keys[j]} ΔE ${d.toFixed(1)}`);
            }
        expect(close).toEqual([]);
      });
  });
}

describe('figures.css', () => {
  const css = readFileSync('src/styles/figures.css', 'utf8');
  it('declares each colour of the palette once, light-dark(light, dark), as palette.ts has it', () => {
    for (const d of paletteDeclarations()) expect(css).toContain(d);
    expect(css).not.toMatch(/prefers-color-scheme/);
  });
});
