// Each figure's files, written after the build (by src/integrations/post-build.ts) from its own
// built page, so a file always shows the chart the page shows, drawn by the same layouts: the
// standalone SVG and the PNG a reader downloads (beside the figure's page), and its 1200×630 link
// preview (dist/og/<key>.png), which the sections that hold the figure use too. Paths:
// src/lib/figure-pages.ts. PNGs are kept between builds, keyed by a hash of what they are drawn from.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { figureUrls } from '../lib/figure-pages';
import {
  cleanChartMarkup,
  drawnBox,
  FIGURE_PALETTE,
  frameSvg,
  previewSvg,
  standaloneSvg,
  type ChartMarkup,
  type FigureText,
} from '../lib/figure-svg';
import { fontFilePaths, renderSvgPixels, renderSvgPng } from '../lib/og-render';
import { OG_IMAGE } from '../lib/seo';

/** The chart and words of a figure, read from its built page; throws naming what is missing. */
export function readFigurePage(
  html: string,
  id: string,
): {
  chart: ChartMarkup;
  narrow: ChartMarkup;
  text: FigureText;
  cardTitle: string;
  siteName: string;
  stylesheets: string[];
} {
  const doc = parse(html);
  const figure = doc.querySelector(`figure#${id}`);
  const svg = figure?.querySelector('svg.fig-svg');
  const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  const siteName = meta('og:site_name');
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!figure || !svg || !siteName || !url)
    throw new Error(`figure page of "${id}": no <figure id="${id}"> with a chart, or no og:site_name or canonical URL`);
  const markup = (drawing: NonNullable<typeof svg>): ChartMarkup => {
    const [, , width, height] = (drawing.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    return {
      width: width!,
      height: height!,
      // The page's <svg> classes (fig-svg, its width and type size) carry into the file, so that
      // the page's rules for its marks apply there as they do on the page.
      inner: `<g class="${drawing.getAttribute('class') ?? 'fig-svg'}">${cleanChartMarkup(drawing.innerHTML)}</g>`,
    };
  };
  // ASCII white space only: the French text's no-break spaces stay.
  const text = (selector: string) =>
    figure
      .querySelector(selector)
      ?.textContent.replace(/[ \t\n\r]+/g, ' ')
      .trim() ?? '';
  return {
    chart: markup(svg),
    // The phone drawing, whose type is large for its size: the link-preview card shows a detail of it.
    narrow: markup(figure.querySelector('svg.fig-narrow') ?? svg),
    cardTitle: doc.querySelector('[data-card-title]')?.getAttribute('data-card-title') || text('.fig-title'),
    text: {
      lang: doc.querySelector('html')?.getAttribute('lang') ?? 'en',
      kicker: text('.fig-kicker'),
      title: text('.fig-title'),
      subtitle: text('.fig-sub'),
      source: text('figcaption .fig-source') || text('.fig-source'),
      credit: `${siteName} · ${url}`,
    },
    siteName,
    // The page's own stylesheets, whose rules draw the marks in the files too.
    stylesheets: doc
      .querySelectorAll('link[rel="stylesheet"]')
      .map((link) => link.getAttribute('href') ?? '')
      .filter(Boolean),
  };
}

/** Where drawn PNGs are kept between builds: under the build's cache folder, never in git. */
export function figureCacheDir(): string {
  return process.env.EXPLAINER_CACHE_DIR
    ? join(process.env.EXPLAINER_CACHE_DIR, 'figure-files')
    : join('node_modules', '.cache', 'explainer-figure-files');
}

let drawingKey: string | undefined;
/** What else decides a PNG's pixels besides its SVG and width: resvg's version and the fonts' bytes. */
function drawingInputs(): string {
  if (drawingKey) return drawingKey;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')).version);
  for (const font of fontFilePaths()) hash.update(readFileSync(font));
  drawingKey = hash.digest('hex');
  return drawingKey;
}

/** A PNG of an SVG, taken from the cache when the same SVG was drawn at the same width with the same fonts, else drawn and kept. */
async function cachedPng(
  svg: string,
  width: number,
  cacheDir: string,
  used: Set<string>,
): Promise<{ png: Uint8Array; cached: boolean }> {
  const key = createHash('sha256').update(drawingInputs()).update(`${width}\n`).update(svg).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  used.add(`${key}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await renderSvgPng(svg, width);
  mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed: another build reading the cache never sees half a file.
  writeFileSync(`${file}.${process.pid}.tmp`, png);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return { png, cached: false };
}

/**
 * Writes every figure's SVG, PNG and preview image into a built site, the PNGs drawn side by side,
 * one per core (resvg draws off the main thread), and taken from the cache when their input is unchanged; drops
 * cached PNGs no longer used. Returns what it wrote, with sizes, and how many PNGs were drawn.
 */
export async function writeFigureFiles(
  dir: string,
  cacheDir = figureCacheDir(),
): Promise<{ written: { path: string; bytes: number }[]; drawn: number }> {
  const written: { path: string; bytes: number }[] = [];
  const write = (path: string, data: string | Uint8Array) => {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    written.push({ path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length });
  };
  const used = new Set<string>();
  let drawn = 0;
  const draw = async (path: string, svg: string, width: number) => {
    const { png, cached } = await cachedPng(svg, width, cacheDir, used);
    if (!cached) drawn++;
    write(path, png);
  };
  const jobs: (() => Promise<void>)[] = [];
  for (const figure of figureUrls()) {
    const html = readFileSync(join(dir, figure.page, 'index.html'), 'utf8');
    const { chart, narrow, text, cardTitle, siteName, stylesheets } = readFigurePage(html, figure.id);
    const pageCss = stylesheets.map((href) => readFileSync(join(dir, href), 'utf8')).join('\n');
    // The file's frame fits what is drawn (title, chart, key, source, credit) plus a fixed margin:
    // no wide empty band where the chart is narrower than the text column or leaves space unused.
    const drawing = standaloneSvg(chart, text, pageCss);
    const { pixels, width, height } = renderSvgPixels(drawing.svg);
    const box = drawnBox(pixels, width, height, FIGURE_PALETTE.paper);
    if (!box) throw new Error(`${figure.svg}: the figure file draws nothing`);
    const file = frameSvg(drawing.svg, box);
    write(figure.svg, file.svg);
    jobs.push(() => draw(figure.png, file.svg, file.width * 2));
    const preview = previewSvg(narrow, { lang: text.lang, kicker: text.kicker, title: cardTitle, siteName }, pageCss);
    jobs.push(() => draw(figure.preview, preview, OG_IMAGE.width));
  }
  // As many drawings at once as the machine has cores: more would only take turns on them.
  const lanes = Array.from({ length: Math.min(availableParallelism(), jobs.length) }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job();
  });
  await Promise.all(lanes);
  if (existsSync(cacheDir))
    for (const name of readdirSync(cacheDir))
      if (name.endsWith('.png') && !used.has(name)) rmSync(join(cacheDir, name), { force: true });
  return { written, drawn };
}
