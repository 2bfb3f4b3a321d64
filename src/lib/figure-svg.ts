// A figure as a file: the standalone SVG a reader downloads (the chart the page draws, with its
// title, subtitle, source line and styles inside, so it opens the same in a browser, an editor or
// a slide) and the 1200×630 link preview built around the same chart. Pure: the chart's markup
// comes in as the page printed it (the layouts in src/charts/ drew it), the text is wrapped with
// the layouts' own measure, and the colours are the site's light palette.
import postcss, { type Rule } from 'postcss';
import { textWidth, wrapText } from '../charts/text';
import { escapeXml } from './markup';
import { OG_IMAGE } from './seo';
import { lightColour, token } from './design-tokens';
import { clampLines } from './text-wrap';

/** The light colours a file is drawn with (the site's light tokens): paper behind it, ink and rules on it. */
export const FIGURE_PALETTE = {
  get paper() {
    return lightColour('paper');
  },
  get ink() {
    return lightColour('ink');
  },
  get ink2() {
    return lightColour('ink-2');
  },
  get rule() {
    return lightColour('rule');
  },
  get accent() {
    return lightColour('accent');
  },
  get russiaInk() {
    return lightColour('fig-russia-ink');
  },
};

/** The fonts a drawing names: the bundled faces first (the PNGs are drawn with them), then the reader's own. */
export const SANS = `'Source Sans 3', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif`;
export const SERIF = `'Source Serif 4', Charter, Cambria, Georgia, serif`;

/** Mixes two #rrggbb colours like CSS color-mix(in srgb, a p%, b). */
export function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) * share + channel(b, i) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The properties that draw SVG marks and text; the page's other properties (layout, cursor, motion) stay out of a file. */
const MARK_PROPERTY = /^(?:fill|stroke(?:-[a-z]+)?|paint-order|font(?:-[a-z]+)?|letter-spacing|--[\w-]+)$/;
/** A selector of classes and element names only, in descendants: no state, attribute or pseudo-class (a file has no hover, focus or script). */
const PLAIN_SELECTOR = /^(?:[\w-]+|[\w-]*(?:\.[\w-]+)+)(?:\s+(?:[\w-]+|[\w-]*(?:\.[\w-]+)+))*$/;

/** A custom property a rule of the page sets on an element (not a token), as `.fig-c-arms { --c: var(--fig-arms) }` does. */
interface LocalProperty {
  selector: string;
  value: string;
}

/** The selectors that match an element under `setter`'s element or on it: its ancestors or itself carry the setter's class. */
function underOrOn(setter: string, selector: string): string[] {
  const parts = selector.split(/\s+/);
  const merge = (compound: string) => {
    const [, type = '', classes = ''] = /^([\w-]*)(.*)$/.exec(compound)!;
    return `${type}${setter}${classes}`;
  };
  return [
    `${setter} ${selector}`,
    ...parts.map((_, i) => [...parts.slice(0, i), merge(parts[i]!), ...parts.slice(i + 1)].join(' ')),
  ].filter((s, i, all) => all.indexOf(s) === i);
}

/**
 * The chart's stylesheet inside a standalone SVG: the page's own rules (figures.css, passed in as
 * `pageCss`) that draw the marks of `chartMarkup`, with every token resolved to its light value
 * (and `names`, e.g. the fonts, to the file's), so that the file draws what the page draws without
 * custom properties, which image editors and resvg do not read. Rules under a media or container
 * query, with a state or pseudo-class, or naming a class the chart does not use stay out; a custom
 * property a rule sets for its marks (`--c` of a category) is written out into the rules that use it.
 */
export function figureStyles(pageCss: string, chartMarkup: string, names: Record<string, string> = {}): string {
  const used = new Set([...chartMarkup.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
  const applies = (selector: string) =>
    PLAIN_SELECTOR.test(selector) &&
    selector.includes('.') &&
    [...selector.matchAll(/\.([\w-]+)/g)].every((m) => used.has(m[1]!));
  const rules: { selectors: string[]; decls: [string, string][] }[] = [];
  const local = new Map<string, LocalProperty[]>();
  postcss.parse(pageCss).walkRules((rule: Rule) => {
    for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent)
      if (parent.type !== 'atrule' || (parent as { name?: string }).name !== 'layer') return;
    const selectors = rule.selectors.filter(applies);
    const decls: [string, string][] = [];
    rule.walkDecls((d) => {
      if (MARK_PROPERTY.test(d.prop)) decls.push([d.prop, d.value]);
    });
    if (!selectors.length || !decls.length) return;
    for (const [prop, value] of decls)
      if (prop.startsWith('--'))
        for (const selector of selectors) local.set(prop, [...(local.get(prop) ?? []), { selector, value }]);
    rules.push({ selectors, decls: decls.filter(([prop]) => !prop.startsWith('--')) });
  });
  // A value with its custom properties resolved: a token or a name, else what `set` gives a local one.
  const resolve = (value: string, set: Map<string, string> = new Map()): string | undefined => {
    let missing = false;
    let out = value;
    for (let i = 0; i < 8 && out.includes('var('); i++)
      out = out.replace(/var\(--([\w-]+)(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
        const v = set.get(name) ?? names[name] ?? token(name) ?? fallback;
        if (v === undefined) missing = true;
        return v ?? '';
      });
    if (missing) return undefined;
    return out
      .replace(/light-dark\(([^,()]+),[^()]+\)/g, '$1')
      .replace(/color-mix\(in srgb,\s*(#[\da-f]{6})\s+([\d.]+)%,\s*(#[\da-f]{6})\)/g, (_, a, p, b) =>
        mix(a, b, Number(p) / 100),
      );
  };
  const css = (selectors: string[], decls: [string, string | undefined][]) => {
    const body = decls.filter(([, v]) => v !== undefined).map(([p, v]) => `${p}:${v}`);
    return body.length ? [`${selectors.join(',')}{${body.join(';')}}`] : [];
  };
  return rules
    .flatMap(({ selectors, decls }) => {
      const locals = [...new Set(decls.flatMap(([, v]) => [...v.matchAll(/var\(--([\w-]+)/g)].map((m) => m[1]!)))]
        .filter((name) => local.has(`--${name}`))
        .flatMap((name) => local.get(`--${name}`)!.map((setter) => ({ name, ...setter })));
      return [
        ...css(
          selectors,
          decls.map(([p, v]) => [p, resolve(v)]),
        ),
        ...locals.flatMap(({ name, selector, value }) => {
          const set = new Map([[name, resolve(value) ?? '']]);
          const touched = decls.filter(([, v]) => v.includes(`--${name}`));
          return css(
            selectors.flatMap((s) => underOrOn(selector, s)),
            touched.map(([p, v]) => [p, resolve(v, set)]),
          );
        }),
      ];
    })
    .join('\n');
}

/** The styles of a file's own text around the chart (kicker, title, subtitle, rule, source), in the site's light colours. */
function fileStyles(): string {
  const p = FIGURE_PALETTE;
  return [
    `text{font-family:${SANS}}`,
    `.t-kicker{font-size:11px;font-weight:700;letter-spacing:.08em;fill:${p.russiaInk}}`,
    `.t-title{font-size:20px;font-weight:700;fill:${p.ink}}`,
    `.t-sub{font-size:13px;fill:${p.ink2}}`,
    `.t-source{font-size:11px;fill:${p.ink2}}`,
    `.t-rule{stroke:${p.ink};stroke-width:2}`,
  ].join('\n');
}

/**
 * The chart's marks as the page printed them, made fit to stand alone: without their ids,
 * data attributes, accessibility hooks (the file has its own title) and invisible hit areas.
 */
export function cleanChartMarkup(inner: string): string {
  return inner
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>|<desc\b[^>]*>[\s\S]*?<\/desc>/g, '')
    .replace(/<(rect|circle)\b[^>]*class="fig-hit"[^>]*>(<\/\1>)?/g, '')
    .replace(/\s(?:data-[a-z-]+|id|role|aria-[a-z-]+|tabindex)(?:="[^"]*")?(?=[\s/>])/g, '')
    .replace(/&nbsp;/g, '&#160;')
    .replace(/></g, '>\n<');
}

/** A chart as the page drew it: its drawing size and its (cleaned) marks. */
export interface ChartMarkup {
  width: number;
  height: number;
  inner: string;
}

/** What a figure's file says around the chart. */
export interface FigureText {
  lang: string;
  kicker: string;
  title: string;
  subtitle: string;
  /** The figure's source line, as the page shows it. */
  source: string;
  /** "Site name · https://…/figures/x/": where the figure comes from. */
  credit: string;
}

const PAD = 24;
const MIN_WIDTH = 552;

/** Lines of text at a baseline, one <text> with a <tspan> per line. */
function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, cls: string): string {
  return `<text class="${cls}" x="${x}" y="${y}">${lines
    .map((line, i) => `<tspan x="${x}"${i ? ` dy="${lineHeight}"` : ''}>${escapeXml(line)}</tspan>`)
    .join('')}</text>`;
}

/** The chart's own styles in a file: the page's rules for its marks (figureStyles), its fonts the bundled ones. */
function chartStyles(chart: ChartMarkup, pageCss: string): string {
  return figureStyles(pageCss, chart.inner, { 'font-sans': SANS, 'font-serif': SERIF });
}

/** The standalone SVG of a figure: kicker, title, subtitle, the chart, the source and credit, with its <title>, <desc> and styles inside (the chart's from `pageCss`, the page's stylesheet). */
export function standaloneSvg(
  chart: ChartMarkup,
  text: FigureText,
  pageCss: string,
): { svg: string; width: number; height: number } {
  const content = Math.max(chart.width, MIN_WIDTH);
  const width = content + 2 * PAD;
  const title = wrapText(text.title, content, 20, true);
  const sub = wrapText(text.subtitle, content, 13);
  const source = wrapText(text.source, content, 11);
  let y = PAD + 11;
  const parts: string[] = [textBlock([text.kicker.toLocaleUpperCase(text.lang)], PAD, y, 0, 't-kicker')];
  y += 28;
  parts.push(textBlock(title, PAD, y, 25, 't-title'));
  y += 25 * (title.length - 1) + 22;
  parts.push(textBlock(sub, PAD, y, 18, 't-sub'));
  y += 18 * (sub.length - 1) + 16;
  parts.push(`<g transform="translate(${PAD + (content - chart.width) / 2} ${y})">\n${chart.inner}\n</g>`);
  y += chart.height + 20;
  parts.push(
    `<path class="t-rule" d="M${PAD} ${y}H${PAD + content}" style="stroke-width:1;stroke:${FIGURE_PALETTE.rule}"/>`,
  );
  y += 18;
  parts.push(textBlock([...source, text.credit], PAD, y, 15, 't-source'));
  y += 15 * source.length + PAD;
  const height = Math.ceil(y);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${text.lang}">
<title>${escapeXml(text.title)}</title>
<desc>${escapeXml(`${[text.subtitle, text.source].map((part) => part.trim().replace(/[.\s]+$/, '')).join('. ')}. ${text.credit}`)}</desc>
<style>
${fileStyles()}
${chartStyles(chart, pageCss)}
</style>
<rect width="${width}" height="${height}" fill="${FIGURE_PALETTE.paper}"/>
<path class="t-rule" d="M${PAD} ${PAD - 8}H${PAD + content}"/>
${parts.join('\n')}
</svg>
`;
  return { svg, width, height };
}

/** What a figure's link preview shows beside the chart. */
export interface PreviewText {
  lang: string;
  kicker: string;
  title: string;
  siteName: string;
}

/** The line height of a card's title, as a share of its size. */
export const TITLE_LEADING = 1.12;

/** A rectangle of a card, in card pixels. */
export interface CardBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block of text on a card: its lines, size and first baseline, the box its lines take (measured) and the region it must stay in. */
export interface CardText {
  cls: 'o-kicker' | 'o-title' | 'o-site';
  lines: string[];
  size: number;
  x: number;
  y: number;
  lineHeight: number;
  box: CardBox;
  region: CardBox;
}

/** The card's sizes: the chart is drawn at CARD_CHART_SCALE (the narrow drawing's 12-px labels become 24 px), and no text is smaller than CARD_MIN_TEXT. */
export const CARD_CHART_SCALE = 2;
export const CARD_MIN_TEXT = 24;
const CARD_PAD = 56;
const CARD_GAP = 36;
const CARD_TITLE_SIZES = [68, 62, 56, 50, 46, 42, 38] as const;
/** Source Serif 4 bold is narrower than the charts' sans measure: its width at a size is the sans measure's at 80 % of it. */
const SERIF_MEASURE = 0.8;

/** The baselines of a chart's <text> elements (their y attributes), to crop between labels rather than through one. */
export function textBaselines(inner: string): number[] {
  return [...inner.matchAll(/<text\b[^>]*?\sy="(-?[\d.]+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
}

/** The window of a chart a card shows: all of it when it fits `maxHeight`, else its foot (the latest events, the finding), its top moved down below any label the edge would cut. */
export function chartWindow(chart: ChartMarkup, maxHeight: number, labelSize = 12): { top: number; height: number } {
  if (chart.height <= maxHeight) return { top: 0, height: chart.height };
  let top = chart.height - maxHeight;
  // A label takes its baseline less 0.8 of its size (capitals) to a quarter of its size under it (descenders).
  for (const y of textBaselines(chart.inner))
    if (y - labelSize * 0.8 < top && top < y + labelSize * 0.25) top = y + labelSize * 0.25 + 1;
  return { top, height: chart.height - top };
}

/** The measured box of lines set at a size from a first baseline. */
function linesBox(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  measure: (l: string) => number,
): CardBox {
  return {
    x,
    y: y - size * 0.92,
    w: Math.max(0, ...lines.map(measure)),
    h: size * 0.92 + lineHeight * (lines.length - 1) + size * 0.28,
  };
}

/**
 * The layout of a figure's 1200×630 link-preview card, made to be read at 500 px wide: the kicker,
 * the short title set as large as fits its column, the site's name at the foot, and beside them a
 * detail of the chart's narrow drawing at twice its size. Every text is measured and wrapped (then
 * shrunk) to stay in its region.
 */
export function cardLayout(chart: ChartMarkup, text: PreviewText) {
  const { width: W, height: H } = OG_IMAGE;
  const scale = Math.min(CARD_CHART_SCALE, (W * 0.55) / chart.width);
  const chartBox = {
    x: W - CARD_PAD / 2 - chart.width * scale,
    y: 40,
    w: chart.width * scale,
    h: H - 40 - CARD_PAD / 2,
  };
  const window = chartWindow(chart, chartBox.h / scale);
  const column = { x: CARD_PAD, w: chartBox.x - CARD_GAP - CARD_PAD };
  const sans = (size: number, bold: boolean) => (line: string) => textWidth(line, size, bold);
  const serif = (size: number) => (line: string) => textWidth(line, size * SERIF_MEASURE, true);
  const block = (
    cls: CardText['cls'],
    content: string,
    region: CardBox,
    sizes: readonly number[],
    measure: (size: number) => (line: string) => number,
    leading: number,
  ): CardText => {
    for (const size of sizes) {
      const lineHeight = Math.round(size * leading);
      const lines = wrapText(content, region.w, size * (cls === 'o-title' ? SERIF_MEASURE : 1), true);
      const y = region.y + Math.ceil(size * 0.92);
      const fits = (shown: string[]) => {
        const box = linesBox(shown, region.x, y, size, lineHeight, measure(size));
        return box.w <= region.w && box.y + box.h <= region.y + region.h ? box : undefined;
      };
      const box = fits(lines);
      if (box) return { cls, lines, size, x: region.x, y, lineHeight, box, region };
      if (size !== sizes.at(-1)) continue;
      // At the smallest size, the lines that fit, the last one ending with an ellipsis.
      for (let count = lines.length - 1; count > 0; count--) {
        const cut = clampLines(lines, count, (line) => measure(size)(line) <= region.w);
        const cutBox = fits(cut);
        if (cutBox) return { cls, lines: cut, size, x: region.x, y, lineHeight, box: cutBox, region };
      }
      throw new Error(`a link-preview card's text "${content}" does not fit its region at ${size} px`);
    }
    throw new Error('a card text needs at least one size');
  };
  const kicker = block(
    'o-kicker',
    text.kicker.toLocaleUpperCase(text.lang),
    { x: column.x, y: 44, w: column.w, h: 40 },
    [26, 24],
    (size) => (line) => sans(size, true)(line) + 3 * line.length,
    1.15,
  );
  const footRule = H - 92;
  const site = block(
    'o-site',
    text.siteName,
    { x: column.x, y: footRule + 16, w: column.w, h: 48 },
    [34, 30, 26, 24],
    (size) => sans(size, true),
    1.1,
  );
  const titleTop = kicker.region.y + kicker.region.h + 24;
  const title = block(
    'o-title',
    text.title,
    { x: column.x, y: titleTop, w: column.w, h: footRule - 24 - titleTop },
    CARD_TITLE_SIZES,
    serif,
    TITLE_LEADING,
  );
  return {
    texts: [kicker, title, site],
    rule: { x: column.x, y: footRule, w: column.w },
    chart: { box: { ...chartBox, h: window.height * scale }, scale, ...window },
  };
}

/**
 * The 1200×630 preview of a figure (see cardLayout): the site's paper and rule, the kicker and
 * short title in the site's type, a detail of the chart beside them, the site's name.
 */
export function previewSvg(chart: ChartMarkup, text: PreviewText, pageCss: string): string {
  const { width: W, height: H } = OG_IMAGE;
  const layout = cardLayout(chart, text);
  const { box, top, height } = layout.chart;
  const p = FIGURE_PALETTE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="${text.lang}">
<style>
${chartStyles(chart, pageCss)}
.o-kicker{font-family:${SANS};font-weight:700;letter-spacing:3px;fill:${p.accent};stroke:none}
.o-title{font-family:${SERIF};font-weight:700;fill:${p.ink};stroke:none}
.o-site{font-family:${SANS};font-weight:700;fill:${p.ink};stroke:none}
</style>
<rect width="${W}" height="${H}" fill="${p.paper}"/>
<rect width="${W}" height="14" fill="${p.ink}"/>
<svg x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" viewBox="0 ${top} ${chart.width} ${height}" overflow="hidden">
${chart.inner}
</svg>
${layout.texts
  .map(
    (t) =>
      `<text class="${t.cls}" x="${t.x}" y="${t.y}" style="font-size:${t.size}px">${t.lines
        .map((line, i) => `<tspan x="${t.x}"${i ? ` dy="${t.lineHeight}"` : ''}>${escapeXml(line)}</tspan>`)
        .join('')}</text>`,
  )
  .join('\n')}
<path d="M${layout.rule.x} ${layout.rule.y}H${layout.rule.x + layout.rule.w}" stroke="${p.ink}" stroke-width="3"/>
</svg>
`;
}

/** The margin, in drawing units, left around a figure file's drawn content on every side. */
export const FILE_MARGIN = 24;

/** A box in a drawing's units: left, top, right and bottom edges. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of the pixels of an RGBA image that differ from `background` (#rrggbb) by more than `tolerance` in any channel; undefined if none do. */
export function drawnBox(
  pixels: Uint8Array,
  width: number,
  height: number,
  background: string,
  tolerance = 6,
): Box | undefined {
  const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  let box: Box | undefined;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i + 3]! === 0) continue;
      if ([0, 1, 2].every((c) => Math.abs(pixels[i + c]! - bg[c]!) <= tolerance)) continue;
      if (!box) box = { left: x, top: y, right: x + 1, bottom: y + 1 };
      else {
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x + 1);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y + 1);
      }
    }
  }
  return box;
}

/** A figure file's SVG framed to `box` plus `margin` on every side: the root's size and viewBox and the paper behind the drawing follow the box. */
export function frameSvg(svg: string, box: Box, margin = FILE_MARGIN): { svg: string; width: number; height: number } {
  const x = Math.floor(box.left - margin);
  const y = Math.floor(box.top - margin);
  const width = Math.ceil(box.right + margin) - x;
  const height = Math.ceil(box.bottom + margin) - y;
  const root = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+" viewBox="[^"]*"/;
  const paper = new RegExp(`<rect width="[\\d.]+" height="[\\d.]+" fill="${FIGURE_PALETTE.paper}"/>`);
  if (!root.test(svg) || !paper.test(svg)) throw new Error('frameSvg: not a figure file drawn by standaloneSvg()');
  const framed = svg
    .replace(
      root,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}"`,
    )
    .replace(paper, `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${FIGURE_PALETTE.paper}"/>`);
  return { svg: framed, width, height };
}
