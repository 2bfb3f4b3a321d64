// What the tests expect to see, read from the content files themselves (never hard-coded).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

export interface SectionMeta {
  slug: string;
  title: string;
  order: number;
  summary: string;
}

/** The front matter of every section of a locale, in reading order. */
export function sectionsOf(locale = 'en'): SectionMeta[] {
  const dir = join('content', 'sections', locale);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
      const field = (name: string) => {
        const m = front.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'));
        return (m?.[1] ?? '')
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .replace(/\\"/g, '"');
      };
      return { slug: field('slug'), title: field('title'), order: Number(field('order')), summary: field('summary') };
    })
    .sort((a, b) => a.order - b.order);
}

/** The MDX body of a locale's section, by its slug. */
export function sectionBody(locale: string, slug: string): string {
  const dir = join('content', 'sections', locale);
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .find((text) => new RegExp(`^slug:\\s*"?${slug}"?\\s*$`, 'm').test(text));
  if (!file) throw new Error(`no section with slug ${slug} in ${dir}`);
  return file;
}

/** The rows of a CSV in content/data. */
export function dataRows(file: string): Record<string, string>[] {
  return csvParse(readFileSync(join('content', 'data', file), 'utf8')) as unknown as Record<string, string>[];
}

/** The site name from the English edition's front matter. */
export function siteName(locale = 'en'): string {
  const text = readFileSync(join('content', 'editions', `${locale}.yaml`), 'utf8');
  return (text.match(/^siteName:\s*"(.*)"$/m)?.[1] ?? '').trim();
}

/** The locale of a site path: "fr" under /fr/, otherwise "en". */
export function localeOfPath(path: string): 'en' | 'fr' {
  return path.startsWith('/fr/') ? 'fr' : 'en';
}

/** The path prefix of a locale ("" for English, "/fr" for French). */
export function prefixOf(locale: string): string {
  return locale === 'en' ? '' : `/${locale}`;
}

/** The about and updates pages of each edition. */
export const ABOUT_PATH: Record<string, string> = { en: '/about/', fr: '/fr/a-propos/' };
export const UPDATES_PATH: Record<string, string> = { en: '/updates/', fr: '/fr/mises-a-jour/' };
/** The page the service worker shows offline for a page not saved, in each edition. */
export const OFFLINE_PATH: Record<string, string> = { en: '/offline/', fr: '/fr/hors-ligne/' };
/** The chronology page in each language. */
export const CHRONOLOGY_PATH: Record<string, string> = { en: '/chronology/', fr: '/fr/chronologie/' };

/** The figures' own pages of one edition, as published (tests/public-urls.json): /figures/<slug>/, /fr/graphiques/<slug>/. */
export function figurePages(locale = 'en'): string[] {
  const { pages } = JSON.parse(readFileSync(join('tests', 'public-urls.json'), 'utf8')) as { pages: string[] };
  const dir = locale === 'en' ? '/figures/' : `${prefixOf(locale)}/graphiques/`;
  return pages.filter((path) => path.startsWith(dir) && /^\/(?:[a-z]{2}\/)?[a-z]+\/[a-z0-9-]+\/$/.test(path));
}

/** The same figure's page in the other edition, paired by the figure ids both pages publish (tests/public-urls.json). */
export function figureCounterpart(path: string): string | undefined {
  const { anchors } = JSON.parse(readFileSync(join('tests', 'public-urls.json'), 'utf8')) as {
    anchors: Record<string, string[]>;
  };
  const figures = (p: string) =>
    (anchors[p] ?? [])
      .filter((id) => id.startsWith('figure-'))
      .sort()
      .join(' ');
  const other = localeOfPath(path) === 'en' ? 'fr' : 'en';
  if (!figurePages(localeOfPath(path)).includes(path)) return undefined;
  return figurePages(other).find((p) => figures(p) === figures(path));
}

/** The embed page of a figure page (what other sites frame). */
export const embedPathOf = (figurePage: string) => `${figurePage}embed/`;

/** The reading pages of one edition, as paths: the explainer, the sources, every section, the about, updates and chronology pages, every figure's page. */
export function allPages(locale = 'en'): string[] {
  const p = prefixOf(locale);
  return [
    `${p}/`,
    `${p}/sources/`,
    ...sectionsOf(locale).map((s) => `${p}/${s.slug}/`),
    ABOUT_PATH[locale]!,
    UPDATES_PATH[locale]!,
    CHRONOLOGY_PATH[locale]!,
    ...figurePages(locale),
  ];
}

/** A field of an edition file (content/editions/<locale>.yaml), as written. */
export function editionField(name: string, locale = 'en'): string {
  return (
    readFileSync(join('content', 'editions', `${locale}.yaml`), 'utf8').match(
      new RegExp(`^${name}:\\s*"?([^"\\n]*)"?$`, 'm'),
    )?.[1] ?? ''
  );
}

/** One entry of the updates log, read from its file. */
export interface LogEntry {
  id: string;
  date: string;
  kind: string;
  sections: string[];
  text: Record<string, string>;
}

/** Every entry of content/updates/, read from the files (simple YAML: the fields the log uses). */
export function updatesLog(): LogEntry[] {
  const dir = join('content', 'updates');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const field = (name: string) => text.match(new RegExp(`^${name}:\\s*"?([^"\\n]*)"?$`, 'm'))?.[1]?.trim() ?? '';
      const lang = (locale: string) => text.match(new RegExp(`^\\s+${locale}:\\s*"(.*)"$`, 'm'))?.[1] ?? '';
      return {
        id: f.replace(/\.ya?ml$/, ''),
        date: field('date'),
        kind: field('kind'),
        sections: field('sections')
          .replace(/^\[|\]$/g, '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        text: { en: lang('en'), fr: lang('fr') },
      };
    });
}

/** The dates a page must show: published (the edition's) and updated (the log's latest for the page; a section's own entries, if any). */
export function expectedDates(path: string): { published: string; updated?: string } {
  const locale = localeOfPath(path);
  const published = editionField('published', locale);
  const log = updatesLog();
  const latest = (entries: LogEntry[]) =>
    entries.reduce<string | undefined>((d, e) => (!d || e.date > d ? e.date : d), undefined);
  const section = sectionsOf(locale).find((s) => path === `${prefixOf(locale)}/${s.slug}/`);
  if (!section) return { published, updated: latest(log) ?? published };
  const key = translationKeys(locale)[section.slug]!;
  return { published, updated: latest(log.filter((e) => e.sections.includes(key))) };
}

/** The locales that have an edition (a folder in content/sections). */
export function localesWithContent(): string[] {
  return readdirSync(join('content', 'sections'))
    .filter((d) => existsSync(join('content', 'editions', `${d}.yaml`)))
    .sort();
}

/** The reading pages of every edition. */
export function everyPage(): string[] {
  return localesWithContent().flatMap((locale) => allPages(locale));
}

/** The front matter field `translationKey` of each section of a locale, by slug. */
export function translationKeys(locale: string): Record<string, string> {
  const dir = join('content', 'sections', locale);
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
    const front = readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
    const slug = front.match(/^slug:\s*(.*)$/m)?.[1]?.trim() ?? '';
    out[slug] = front.match(/^translationKey:\s*(.*)$/m)?.[1]?.trim() ?? slug;
  }
  return out;
}

/** The same page in the other edition: a translated section slug, the about and updates pages' own addresses, a figure's page paired by its ids. */
export function counterpartOf(path: string): string {
  const named: Record<string, string> = {};
  for (const paths of [ABOUT_PATH, UPDATES_PATH, CHRONOLOGY_PATH]) {
    named[paths.en!] = paths.fr!;
    named[paths.fr!] = paths.en!;
  }
  if (named[path]) return named[path];
  const figure = figureCounterpart(path);
  if (figure) return figure;
  const french = path.startsWith('/fr/');
  const rest = french ? path.slice(3) : path;
  const slug = rest.replace(/^\/|\/$/g, '');
  if (!slug || slug === 'sources' || slug === 'print') return french ? rest : `/fr${rest}`;
  if (french) return `/${translationKeys('fr')[slug]}/`;
  const enToFr = Object.fromEntries(Object.entries(translationKeys('fr')).map(([fr, en]) => [en, fr]));
  return `/fr/${enToFr[slug]}/`;
}

/** The MDX component that draws each figure in a section. */
const FIGURE_COMPONENTS: Record<string, string> = {
  'figure-arms-transfers': 'ArmsFigure',
  'figure-accord-counts': 'AccordsFigure',
  'figure-timeline': 'TimelineFigure',
};

/** The section page of an edition that shows a figure, found from the MDX files (`<ArmsFigure`) and their front matter. */
export function sectionShowing(locale: string, figureId: string): string {
  const dir = join('content', 'sections', locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(`<${FIGURE_COMPONENTS[figureId]}`)) continue;
    const slug = (text.split(/^---$/m)[1] ?? '')
      .match(/^slug:\s*(.*)$/m)?.[1]
      ?.trim()
      .replace(/^"(.*)"$/, '$1');
    if (slug) return `${prefixOf(locale)}/${slug}/`;
  }
  throw new Error(`no section in ${dir} holds <${FIGURE_COMPONENTS[figureId]}>`);
}
