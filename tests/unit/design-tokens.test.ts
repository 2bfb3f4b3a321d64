// The design tokens (src/lib/design-tokens.ts): every figure mark reaches 3:1 against each
// background it sits on, light and dark; the marks a reader must tell apart stay apart in simulated
// deuteranopia, protanopia and tritanopia (Machado et al. 2009 matrices, as culori implements them);
// and each token is the one home of its value: changing it changes the stylesheet's custom
// properties, the figure files' styles, the link-preview images, the icon and the manifest.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
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
  COLOURS,
  customProperties,
  DISTINCT_GROUPS,
  figureScheme,
  MARKS,
  MIN_CONTRAST,
  MIN_DELTA_E,
} from '../../src/lib/design-tokens';
import { figureStyles, previewSvg, standaloneSvg } from '../../src/lib/figure-svg';
import { ogLayout, type OgNode } from '../../src/lib/og-image';
import { faviconSvg, webManifest } from '../../src/lib/manifest';

const de = differenceCiede2000();
const visions: Record<string, (c: Color) => Color> = {
  'typical vision': (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

for (const name of ['light', 'dark'] as const) {
  describe(`figure palette, ${name}`, () => {
    const scheme = figureScheme(name);
    const marks = Object.keys(scheme).filter((k) => !(BACKGROUNDS as readonly string[]).includes(k));
    it(`gives every mark ${MIN_CONTRAST}:1 against the page and the era bands`, () => {
      expect(marks).toContain('russia');
      const low: string[] = [];
      for (const m of marks)
        for (const bg of BACKGROUNDS) {
          const ratio = wcagContrast(scheme[m]!, scheme[bg]!);
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
              const d = de(simulate(parse(scheme[keys[i]!]!)!), simulate(parse(scheme[keys[j]!]!)!));
              if (d < MIN_DELTA_E) close.push(`${group}: ${keys[i]} / ${keys[j]} ΔE ${d.toFixed(1)}`);
            }
        expect(close).toEqual([]);
      });
  });
}

const pageCss = readFileSync('src/styles/figures.css', 'utf8');
/** A chart as a page prints it: the <svg>'s classes on a group, marks of each kind inside. */
const chart = {
  width: 300,
  height: 120,
  inner: `<g class="fig-svg fig-wide fig-type-15"><rect class="fig-russia" x="1" y="2" width="3" height="4"></rect><circle class="fig-dot fig-c-arms" cx="5" cy="5" r="3"></circle><path class="fig-signed-range" d="M0 0H9"></path><text class="fig-label fig-label-russia" x="1" y="20">Russia</text><text class="fig-key" x="1" y="40">Key</text></g>`,
};
const text = { lang: 'en', kicker: 'Arms', title: 'T', subtitle: 'S', source: 'Src', credit: 'Site · x' };

describe('the standalone figure files take the page’s own rules for the marks', () => {
  const styles = figureStyles(pageCss, chart.inner);
  const light = (name: keyof typeof COLOURS) => COLOURS[name].light;

  it('resolves the page’s rules to the light tokens, with no custom property left', () => {
    expect(styles).toContain(`.fig-russia{fill:${light('fig-russia')}}`);
    expect(styles).toContain(`.fig-svg .fig-label-russia,.fig-svg .fig-note-strong`.split(',')[0]);
    expect(styles).toMatch(new RegExp(`\\.fig-svg \\.fig-label\\{font-size:${MARKS['fig-font-label']}px`));
    expect(styles).toMatch(/\.fig-signed-range\{[^}]*stroke-dasharray:3 2/);
    expect(styles).not.toMatch(/var\(|light-dark|color-mix/);
  });

  it('writes a category’s colour (--c on the mark or its group) into the rule that uses it', () => {
    expect(styles).toContain(`.fig-c-arms .fig-dot,.fig-c-arms.fig-dot{fill:${light('fig-arms')}}`);
    expect(styles).toContain(`.fig-dot{stroke:${light('paper')}`);
  });

  it('resolves color-mix() as the page mixes it, and the wide drawing’s type size', () => {
    // fig-signed at 28 % over the paper, channel by channel (#0072b2 over #fbf9f4).
    const mixed = figureStyles(
      `${pageCss}\n.fig-svg .fig-signed-before { fill: color-mix(in srgb, var(--fig-signed) 28%, var(--paper)); }`,
      `${chart.inner}<rect class="fig-signed-before"></rect>`,
    );
    expect(mixed).toContain('.fig-signed-before{fill:#b5d3e2}');
    expect(styles).toMatch(/\.fig-type-15\.fig-svg text[^{]*\{font-size:15px\}/);
    expect(styles).toContain('.fig-wide .fig-key{stroke:none}');
  });

  it('leaves out rules for states, other elements and classes the chart does not use', () => {
    expect(styles).not.toMatch(/:focus|:hover|has-active|is-enhanced|\.tl-|\.fig-table|\.fig-claim\b|cursor|display/);
  });

  it('follows the page: a rule changed in the stylesheet changes the file', () => {
    const changed = pageCss.replace(
      /\.fig-russia \{\n\s*fill: var\(--fig-russia\);/,
      '.fig-russia {\n fill: var(--fig-other);',
    );
    expect(changed).not.toBe(pageCss);
    expect(figureStyles(changed, chart.inner)).toContain(`.fig-russia{fill:${light('fig-other')}}`);
  });
});

/** Every colour in an Open Graph element tree. */
function colours(node: OgNode | string): string[] {
  if (typeof node === 'string') return [];
  const own = Object.values(node.props.style ?? {}).flatMap((v) => String(v).match(/#[0-9a-f]{6}/g) ?? []);
  const children = node.props.children;
  return [...own, ...(children === undefined ? [] : Array.isArray(children) ? children : [children]).flatMap(colours)];
}

describe('one home for each colour', () => {
  const saved = structuredClone(COLOURS);
  afterEach(() => Object.assign(COLOURS, structuredClone(saved)));
  const set = (name: keyof typeof COLOURS, light: string, dark = COLOURS[name].dark) =>
    Object.assign(COLOURS[name], { light, dark });

  it('changing the ink changes the stylesheet, the figure files, the preview images, the icon and the manifest', () => {
    set('ink', '#123456', '#654321');
    expect(customProperties()['--ink']).toBe('light-dark(#123456, #654321)');
    const file = standaloneSvg(chart, text, pageCss).svg;
    expect(file).toMatch(/\.fig-svg \.fig-key\{[^}]*fill:#123456/);
    expect(file).toContain('.t-title{font-size:20px;font-weight:700;fill:#123456}');
    expect(previewSvg(chart, { lang: 'en', kicker: 'K', title: 'T', siteName: 'S' }, pageCss)).toContain(
      '<rect width="1200" height="14" fill="#123456"/>',
    );
    expect(colours(ogLayout({ kicker: 'K', title: 'T', siteName: 'S' }))).toContain('#123456');
    expect(faviconSvg()).toContain('fill="#123456"');
    expect(webManifest({ siteName: 'S', headline: 'H', locale: 'en' }).theme_color).toBe('#123456');
  });

  it('changing a figure colour changes the stylesheet and the figure files; the paper, every background', () => {
    set('fig-arms', '#abcdef');
    expect(customProperties()['--fig-arms']).toMatch(/^light-dark\(#abcdef, /);
    expect(figureStyles(pageCss, chart.inner)).toContain('.fig-c-arms.fig-dot{fill:#abcdef}');
    set('paper', '#fefefe');
    expect(standaloneSvg(chart, text, pageCss).svg).toContain('fill="#fefefe"');
    expect(colours(ogLayout({ kicker: 'K', title: 'T', siteName: 'S' }))[0]).toBe('#fefefe');
    expect(faviconSvg()).toContain('fill="#fefefe"');
    expect(webManifest({ siteName: 'S', headline: 'H', locale: 'en' }).background_color).toBe('#fefefe');
  });

  it('writes every token once as a custom property, colours as light-dark(light, dark)', () => {
    const props = customProperties();
    expect(Object.keys(props)).toHaveLength(Object.keys(COLOURS).length + Object.keys(MARKS).length);
    expect(props['--fig-russia']).toBe(`light-dark(${COLOURS['fig-russia'].light}, ${COLOURS['fig-russia'].dark})`);
    expect(props['--fig-font']).toBe('12px');
    // No stylesheet types a colour the tokens hold.
    for (const file of ['global.css', 'figures.css']) {
      const css = readFileSync(`src/styles/${file}`, 'utf8');
      expect(css, file).not.toMatch(/light-dark\(#/);
      for (const name of Object.keys(COLOURS)) expect(css, file).not.toMatch(new RegExp(`--${name}:\\s*light-dark`));
    }
  });
});
