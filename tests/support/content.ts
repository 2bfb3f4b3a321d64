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
        return (m?.[1] ?? '').trim().replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"');
      };
      return { slug: field('slug'), title: field('title'), order: Number(field('order')), summary: field('summary') };
    })
    .sort((a, b) => a.order - b.order);
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

/** The reading pages of one edition, as paths: the explainer, the sources, every section. */
export function allPages(locale = 'en'): string[] {
  const p = prefixOf(locale);
  return [`${p}/`, `${p}/sources/`, ...sectionsOf(locale).map((s) => `${p}/${s.slug}/`)];
}

/** The locales that have an edition (a folder in content/sections). */
export function localesWithContent(): string[] {
  return readdirSync(join('content', 'sections')).filter((d) => existsSync(join('content', 'editions', `${d}.yaml`))).sort();
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
