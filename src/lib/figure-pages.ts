// The figures' own pages: one table, in one place, for their URLs in every language, their
// embed pages, their downloadable PNG and SVG files and their preview images. English figure
// pages live at /figures/<slug>/, French ones at /fr/graphiques/<slug>/; each has an embed page
// at <page>embed/ and its files beside it. A published slug, like a section's, never changes.
import { DEFAULT_LOCALE, LOCALE_REGISTRY, LOCALES, type Locale } from './locales';
import { homePath, pagePath } from './urls';
import { ogImagePath, previewKey } from './seo';

/** The folder of the figure pages in each language ("figures", "graphiques"), from its registry entry. */
export const FIGURE_DIRS = Object.fromEntries(
  LOCALES.map((locale) => [locale, LOCALE_REGISTRY[locale].slugs.figures]),
) as Readonly<Record<Locale, string>>;

/** One figure: its permalink id (the <figure>'s id in the explainer), the MDX component that draws it, its slugs and file names. */
export interface FigureEntry {
  id: string;
  component: 'TimelineFigure' | 'AccordsFigure' | 'ArmsFigure';
  /** Its key in the figures' dictionary (src/i18n/figures.ts: kicker, context). */
  key: 'timeline' | 'accords' | 'arms';
  /** The height, in CSS pixels, written in the embed code: the frame's height where the host strips the code's script (with it, the frame takes the embed page's own height); the embed page's own in a 640 px frame, in either language. */
  embedHeight: number;
  slug: Readonly<Record<Locale, string>>;
  /** The name of the downloaded PNG and SVG, without extension (like the CSV files'). */
  file: Readonly<Record<Locale, string>>;
}

/** Every figure, in the order the explainer shows them. */
export const FIGURES: readonly FigureEntry[] = [
  {
    id: 'figure-timeline',
    component: 'TimelineFigure',
    key: 'timeline',
    embedHeight: 1660,
    slug: { en: 'timeline', fr: 'chronologie' },
    file: { en: 'venezuela-russia-timeline', fr: 'venezuela-russie-chronologie' },
  },
  {
    id: 'figure-accord-counts',
    component: 'AccordsFigure',
    key: 'accords',
    embedHeight: 1040,
    slug: { en: 'accord-counts', fr: 'nombre-d-accords' },
    file: { en: 'venezuela-russia-accords', fr: 'venezuela-russie-accords' },
  },
  {
    id: 'figure-arms-transfers',
    component: 'ArmsFigure',
    key: 'arms',
    embedHeight: 2340,
    slug: { en: 'arms-transfers', fr: 'transferts-d-armes' },
    file: { en: 'venezuela-russia-arms-transfers', fr: 'venezuela-russie-transferts-d-armes' },
  },
];

/** The figure with a permalink id; throws naming the id when there is none. */
export function figureById(id: string): FigureEntry {
  const figure = FIGURES.find((f) => f.id === id);
  if (!figure)
    throw new Error(`no figure "${id}" in src/lib/figure-pages.ts (known: ${FIGURES.map((f) => f.id).join(', ')})`);
  return figure;
}

/** The path of a figure's own page ("/figures/timeline/", "/fr/graphiques/chronologie/"). */
export function figurePagePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${pagePath({ locale, route: 'figures' })}${figureById(id).slug[locale]}/`;
}

/** The path of a figure's embed page, the one page other sites may frame. */
export function figureEmbedPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${figurePagePath(id, locale)}${LOCALE_REGISTRY[locale].embed}/`;
}

/** The path of a figure's downloadable drawing (standalone SVG, or PNG at twice its size), beside its page. */
export function figureFilePath(id: string, format: 'png' | 'svg', locale: Locale = DEFAULT_LOCALE): string {
  return `${figurePagePath(id, locale)}${figureById(id).file[locale]}.${format}`;
}

/** The key of a figure's 1200×630 preview image (dist/og/<key>.png), from its page's path. */
export function figurePreviewKey(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return previewKey(figurePagePath(id, locale));
}

/** The path of a figure's 1200×630 preview image. */
export function figurePreviewPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return ogImagePath(figurePreviewKey(id, locale));
}

/** The path of a figure's place in the one-page explainer ("/#figure-timeline"). */
export function figureAnchorPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${homePath(locale)}#${id}`;
}

/** The figures an MDX body draws, in the order it draws them (by component name: `<ArmsFigure`). */
export function figuresInBody(body: string): FigureEntry[] {
  return FIGURES.map((f) => ({ f, at: body.search(new RegExp(`<${f.component}\\b`)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ f }) => f);
}

/** Every figure page, embed page and file path of every language (the build's and the tests' list). */
export function figureUrls(): {
  page: string;
  embed: string;
  png: string;
  svg: string;
  preview: string;
  id: string;
  locale: Locale;
}[] {
  return LOCALES.flatMap((locale) =>
    FIGURES.map((f) => ({
      id: f.id,
      locale,
      page: figurePagePath(f.id, locale),
      embed: figureEmbedPath(f.id, locale),
      png: figureFilePath(f.id, 'png', locale),
      svg: figureFilePath(f.id, 'svg', locale),
      preview: figurePreviewPath(f.id, locale),
    })),
  );
}
