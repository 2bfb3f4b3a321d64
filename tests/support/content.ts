// What the tests expect to see, read from the content files themselves (never hard-coded).
import { readdirSync, readFileSync } from 'node:fs';
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

/** Every page of the built site, as paths. */
export function allPages(locale = 'en'): string[] {
  return ['/', '/sources/', ...sectionsOf(locale).map((s) => `/${s.slug}/`)];
}
