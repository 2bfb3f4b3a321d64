// An Astro integration that writes each figure's files after the build, from its own built page
// (so a file always shows the chart the page shows, drawn by the same layouts): the standalone
// SVG and the PNG a reader downloads (beside the figure's page), and its 1200×630 link preview
// (dist/og/<key>.png), which the sections that hold the figure use too. Paths: src/lib/figure-pages.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { figureUrls } from '../lib/figure-pages';
import { cleanChartMarkup, previewSvg, standaloneSvg, type ChartMarkup, type FigureText } from '../lib/figure-svg';
import { renderSvgPng } from '../lib/og-render';
import { OG_IMAGE } from '../lib/seo';

/** The chart and words of a figure, read from its built page; throws naming what is missing. */
export function readFigurePage(html: string, id: string): { chart: ChartMarkup; text: FigureText; siteName: string } {
  const doc = parse(html);
  const figure = doc.querySelector(`figure#${id}`);
  const svg = figure?.querySelector('svg.fig-svg');
  const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  const siteName = meta('og:site_name');
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!figure || !svg || !siteName || !url)
    throw new Error(`figure page of "${id}": no <figure id="${id}"> with a chart, or no og:site_name or canonical URL`);
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const typeClass = svg.getAttribute('class')?.match(/\bfig-type-\d+\b/)?.[0];
  // ASCII white space only: the French text's no-break spaces stay.
  const text = (selector: string) =>
    figure
      .querySelector(selector)
      ?.textContent.replace(/[ \t\n\r]+/g, ' ')
      .trim() ?? '';
  return {
    chart: {
      width: width!,
      height: height!,
      // A drawing's own type size (a fig-type-N class on the page's <svg>) carries into the file.
      inner: typeClass
        ? `<g class="${typeClass}">${cleanChartMarkup(svg.innerHTML)}</g>`
        : cleanChartMarkup(svg.innerHTML),
    },
    text: {
      lang: doc.querySelector('html')?.getAttribute('lang') ?? 'en',
      kicker: text('.fig-kicker'),
      title: text('.fig-title'),
      subtitle: text('.fig-sub'),
      source: text('figcaption .fig-source') || text('.fig-source'),
      credit: `${siteName} · ${url}`,
    },
    siteName,
  };
}

/** Writes every figure's SVG, PNG and preview image into a built site; returns what it wrote, with sizes. */
export function writeFigureFiles(dir: string): { path: string; bytes: number }[] {
  const written: { path: string; bytes: number }[] = [];
  const write = (path: string, data: string | Uint8Array) => {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    written.push({ path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length });
  };
  for (const figure of figureUrls()) {
    const html = readFileSync(join(dir, figure.page, 'index.html'), 'utf8');
    const { chart, text, siteName } = readFigurePage(html, figure.id);
    const file = standaloneSvg(chart, text);
    write(figure.svg, file.svg);
    write(figure.png, renderSvgPng(file.svg, file.width * 2));
    const preview = previewSvg(chart, { lang: text.lang, kicker: text.kicker, title: text.title, siteName });
    write(figure.preview, renderSvgPng(preview, OG_IMAGE.width));
  }
  return written;
}

/** The integration: after `astro build`, draw the figures' files. */
export default function figureFiles(): AstroIntegration {
  return {
    name: 'explainer-figure-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const written = writeFigureFiles(fileURLToPath(dir));
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(
          `${written.length} figure files written (SVG, PNG, previews): ${written.map((w) => `${w.path.split('/').at(-1)} ${kb(w.bytes)}`).join(', ')}`,
        );
      },
    },
  };
}
