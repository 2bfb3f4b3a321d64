// The figures' own pages: their URLs in both languages (one table), the embed code, the files
// drawn from a chart (standalone SVG, preview), the font conversion that lets resvg draw them,
// and the rules around them: _headers framing, budgets, the offline cache, link previews.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { BUDGETS, htmlBudgetFor, isFigurePage } from '../../src/lib/budgets';
import {
  FIGURE_DIRS,
  FIGURES,
  figureAnchorPath,
  figureById,
  figureEmbedPath,
  figureFilePath,
  figurePagePath,
  figurePreviewPath,
  figuresInBody,
  figureUrls,
} from '../../src/lib/figure-pages';
import { cleanChartMarkup, cardLayout, chartWindow, mix, previewSvg, standaloneSvg } from '../../src/lib/figure-svg';
import { wrapText } from '../../src/charts/text';
import { COLOURS } from '../../src/lib/design-tokens';
import { escapeXml } from '../../src/lib/markup';
import { t } from '../../src/lib/i18n';
import { precacheUrls } from '../../src/lib/precache';
import { previewPages } from '../../src/lib/previews';
import { RESERVED_SLUGS } from '../../src/lib/section-id';
import { cspHeader, headersFile } from '../../src/lib/security';

/** The page's figure rules, which the figure files take for their marks. */
const figuresCss = readFileSync(join('src', 'styles', 'figures.css'), 'utf8');

describe('figure page URLs', () => {
  test('each figure has a page in each language, its embed page and its files beside it', () => {
    expect(figurePagePath('figure-timeline')).toBe('/figures/timeline/');
    expect(figurePagePath('figure-timeline', 'fr')).toBe('/fr/graphiques/chronologie/');
    expect(figureEmbedPath('figure-accord-counts', 'fr')).toBe('/fr/graphiques/nombre-d-accords/embed/');
    expect(figureFilePath('figure-arms-transfers', 'png')).toBe(
      '/figures/arms-transfers/venezuela-russia-arms-transfers.png',
    );
    expect(figureFilePath('figure-timeline', 'svg', 'fr')).toBe(
      '/fr/graphiques/chronologie/venezuela-russie-chronologie.svg',
    );
    expect(figurePreviewPath('figure-timeline', 'fr')).toBe('/og/fr-graphiques-chronologie.png');
    expect(figureAnchorPath('figure-timeline', 'fr')).toBe('/fr/#figure-timeline');
  });

  test('slugs and file names are unique and URL-safe in every language, and the folders are reserved', () => {
    for (const locale of ['en', 'fr'] as const) {
      const slugs = FIGURES.map((f) => f.slug[locale]);
      expect(new Set(slugs).size).toBe(FIGURES.length);
      expect(new Set(FIGURES.map((f) => f.file[locale])).size).toBe(FIGURES.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RESERVED_SLUGS).toContain(FIGURE_DIRS[locale]);
    }
    expect(figureUrls()).toHaveLength(FIGURES.length * 2);
    expect(new Set(figureUrls().map((u) => u.page)).size).toBe(FIGURES.length * 2);
  });

  test('an unknown id fails naming it', () => {
    expect(() => figureById('figure-nope')).toThrow(/figure-nope/);
  });

  test('finds the figures an MDX body draws, in their order', () => {
    const body = 'Words.\n\n<ArmsFigure />\n\nMore words about <TimelineFigure/>, then <AccordsFigures />.';
    expect(figuresInBody(body).map((f) => f.id)).toEqual(['figure-arms-transfers', 'figure-timeline']);
    expect(figuresInBody('No figure here.')).toEqual([]);
  });
});

describe('the figures’ rules: budgets, offline cache, headers', () => {
  test('figure pages and their embed pages get the 20 KB page budget', () => {
    expect(BUDGETS.figurePageHtml).toBe(20 * 1024);
    for (const { page, embed } of figureUrls()) {
      expect(isFigurePage(page)).toBe(true);
      expect(isFigurePage(embed)).toBe(true);
      expect(htmlBudgetFor(page)).toBe(BUDGETS.figurePageHtml);
    }
    expect(isFigurePage('/arms-and-oil/')).toBe(false);
    expect(isFigurePage('/figures/')).toBe(false);
  });

  test('the worker may store the figure pages, never their PNG and SVG downloads', () => {
    const files = figureUrls().flatMap((u) =>
      [`${u.page}index.html`, `${u.embed}index.html`, u.png, u.svg].map((path) => ({ path: path.slice(1), hash: 'x' })),
    );
    const urls = precacheUrls([...files, { path: 'favicon.svg', hash: 'x' }]);
    expect(urls).toContain('/figures/timeline/');
    expect(urls).toContain('/fr/graphiques/chronologie/embed/');
    expect(urls).toContain('/favicon.svg');
    expect(urls.filter((u) => /\.(png|svg)$/.test(u) && u !== '/favicon.svg')).toEqual([]);
  });

  test('without embeddable pages, _headers is as before: the whole policy and DENY on every path', () => {
    const text = headersFile([]);
    expect(text).toContain(`/*\n  Content-Security-Policy: ${cspHeader()}\n  X-Frame-Options: DENY\n`);
    expect(text).not.toContain('frame-ancestors *');
  });

  test('with embed pages, they alone get frame-ancestors *; every other page keeps none, and every path DENY', () => {
    const text = headersFile([], {
      embeds: ['/figures/:figure/embed/', '/fr/graphiques/:figure/embed/'],
      deeperPages: ['/figures/:figure/', '/fr/graphiques/:figure/'],
    });
    const rules = text.split(/\n(?=\/)/).map((block) => {
      const [path, ...lines] = block.trim().split('\n');
      return { path, lines: lines.map((l) => l.trim()) };
    });
    const star = rules.find((r) => r.path === '/*')!;
    expect(star.lines.join('\n')).not.toMatch(/frame-ancestors/);
    expect(star.lines).toContain('X-Frame-Options: DENY');
    expect(star.lines.join('\n')).toContain("default-src 'self'");
    for (const path of ['/figures/:figure/embed/', '/figures/:figure/embed/index.html']) {
      const embed = rules.filter((r) => r.path === path).flatMap((r) => r.lines);
      expect(embed, path).toContain('Content-Security-Policy: frame-ancestors *');
      expect(embed.join('\n'), path).not.toMatch(/frame-ancestors 'none'/);
    }
    const pages = ['/', '/:a/', '/:a/index.html', '/:a/404.html', '/:a/:b/', '/:a/:b/index.html'];
    for (const path of [...pages, '/fr/graphiques/:figure/', '/fr/graphiques/:figure/index.html']) {
      const lines = rules.filter((r) => r.path === path).flatMap((r) => r.lines);
      expect(lines, path).toContain("Content-Security-Policy: frame-ancestors 'none'");
    }
    // No generic pattern three segments deep may forbid framing: /figures/:figure/embed/ is one.
    expect(rules.filter((r) => r.path === '/:a/:b/:c/').flatMap((r) => r.lines)).toEqual(['Cache-Control: no-cache']);
  });
});

describe('the figures’ link previews', () => {
  const strings = t('en');
  const pages = previewPages({
    locale: 'en',
    siteName: 'Site',
    headline: 'The whole story',
    standfirst: 'What the whole story says, in a sentence.',
    sections: [
      { slug: 'one', title: 'First part', summary: 'The first part.' },
      { slug: 'two', title: 'Second part', summary: 'The second part.', figures: ['figure-accord-counts'] },
    ],
    figures: [{ id: 'figure-accord-counts', title: 'Counts differ', kicker: 'Accords', context: 'What it shows.' }],
    about: { title: 'About it', description: 'Who publishes it.' },
    strings,
  });

  test('a figure page previews its chart, with its finding as the title and its context as the description', () => {
    const page = pages.find((p) => p.path === '/figures/accord-counts/')!;
    expect(page).toMatchObject({
      headline: 'Counts differ',
      description: 'What it shows.',
      imagePath: '/og/figures-accord-counts.png',
      partOf: { path: '/', headline: 'The whole story' },
    });
    expect(page.imageAlt).toContain('Counts differ');
  });

  test('a section that shows a figure previews the same chart, its alt text naming both; others keep their own image', () => {
    const two = pages.find((p) => p.path === '/two/')!;
    expect(two.imagePath).toBe('/og/figures-accord-counts.png');
    expect(two.imageAlt).toContain('Second part');
    expect(two.imageAlt).toContain('Counts differ');
    expect(pages.find((p) => p.path === '/one/')!.imagePath).toBe('/og/one.png');
  });
});

describe('a figure as a file', () => {
  const chart = {
    width: 300,
    height: 120,
    inner: cleanChartMarkup(
      '<title id="a-title">T</title><desc id="a-desc">D</desc><g class="fig-mark" data-year="2013" data-tip="x &amp; y"><rect class="fig-hit" x="0" y="0" width="5" height="5"></rect><rect class="fig-russia" x="1" y="2" width="3" height="4"></rect></g><text x="1" y="2" class="fig-label">Russia &amp; others</text>',
    ),
  };

  test('the chart keeps its marks and loses ids, data attributes and hit areas', () => {
    expect(chart.inner).toContain('<rect class="fig-russia" x="1" y="2" width="3" height="4">');
    expect(chart.inner).toContain('Russia &amp; others');
    expect(chart.inner).not.toMatch(/data-|fig-hit|<title|<desc|\sid=/);
  });

  test('the standalone SVG is well-formed XML with its title, description and styles inside', () => {
    const { svg, width, height } = standaloneSvg(
      chart,
      {
        lang: 'en',
        kicker: 'Arms',
        title: 'Deliveries <stopped> & more',
        subtitle: 'By year.',
        source: 'Source: SIPRI',
        credit: 'Site · https://x.example/figures/a/',
      },
      figuresCss,
    );
    expect(() => new Resvg(svg), 'parses as XML (resvg’s parser is strict)').not.toThrow();
    expect(svg).toContain('<title>Deliveries &lt;stopped&gt; &amp; more</title>');
    expect(svg).toContain('<desc>By year. Source: SIPRI. Site · https://x.example/figures/a/</desc>');
    expect(svg).toContain(`.fig-russia{fill:${COLOURS['fig-russia'].light}}`);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(width).toBeGreaterThanOrEqual(300);
    expect(svg).not.toContain('var(--');
    expect(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toThrow();
  });

  test('the preview is a 1200×630 SVG, well-formed; a title too long for its region is cut with an ellipsis', () => {
    const svg = previewSvg(
      chart,
      { lang: 'en', kicker: 'Arms', title: 'A finding '.repeat(40), siteName: 'Site' },
      figuresCss,
    );
    expect(() => new Resvg(svg), 'parses as XML (resvg’s parser is strict)').not.toThrow();
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    const title = cardLayout(chart, { lang: 'en', kicker: 'Arms', title: 'A finding '.repeat(40), siteName: 'Site' })
      .texts[1]!;
    expect(title.lines.at(-1)).toMatch(/…$/);
    expect(title.box.y + title.box.h).toBeLessThanOrEqual(title.region.y + title.region.h);
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  test('a card shows a tall chart’s foot, its top edge between labels, never through one', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<text x="0" y="${20 + 17 * i}">row ${i}</text>`).join('');
    const tall = { width: 288, height: 700, inner: rows };
    const { top, height } = chartWindow(tall, 279);
    expect(top + height).toBe(700);
    expect(height).toBeLessThanOrEqual(279);
    expect(height).toBeGreaterThan(279 - 17);
    for (let i = 0; i < 40; i++) {
      const y = 20 + 17 * i;
      expect(top <= y - 12 * 0.8 || top >= y + 12 * 0.25, `row ${i} at ${y}, window top ${top}`).toBe(true);
    }
    expect(chartWindow({ ...tall, height: 200 }, 279)).toEqual({ top: 0, height: 200 });
  });

  test('mix() mixes like CSS color-mix(in srgb)', () => {
    expect(mix('#000000', '#ffffff', 0.28)).toBe('#b8b8b8');
  });
});

describe('wrapping text for the figures and their files', () => {
  test('breaks at ordinary spaces only, so a French no-break space holds', () => {
    const lines = wrapText('Les années Chávez\u202f; un traité signé en 2025', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Les années Chávez\u202f; un traité signé en 2025');
    expect(lines.some((l) => l.startsWith(';'))).toBe(false);
  });
});
