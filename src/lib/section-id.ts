// Section ids come from the `slug` written in front matter, never from the title or file name,
// so a retitled or renamed file keeps its URL. The id is `<locale>/<slug>`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, LOCALE_REGISTRY, LOCALES } from './locales';

/** Slugs a section may not take: the site's own pages and folders live at those paths (every language's, from its registry entry). */
export const RESERVED_SLUGS: readonly string[] = [
  ...new Set([
    'data',
    'og',
    'cite',
    '404',
    'icons',
    ...LOCALES.flatMap((locale) => Object.values(LOCALE_REGISTRY[locale].slugs)),
    ...LOCALES.map((locale) => LOCALE_REGISTRY[locale].prefix.slice(1)).filter(Boolean),
    ...LOCALES,
  ]),
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const filesBySectionId = new Map<string, string>();

export class SectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SectionError';
  }
}

/**
 * What is wrong with a file's front matter block, or undefined: a block opened by "---" on the
 * first line and never closed is read as no front matter at all, so every field would seem missing.
 */
export function frontMatterProblem(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  if (lines.slice(1).some((line) => line.trim() === '---')) return undefined;
  return 'the front matter is not closed: add a line "---" after its last field, before the text';
}

/**
 * Returns `<locale>/<slug>` for a section file (`entry` is relative to content/sections, e.g.
 * `en/01-parade.mdx`). Throws a SectionError naming the file and the field when the slug is
 * missing or malformed, the folder is not a locale, or another file already uses the slug.
 */
export function sectionIdFromFile(
  path: string,
  entry: string,
  data: Record<string, unknown>,
  seen: Map<string, string> = filesBySectionId,
): string {
  const locale = entry.split('/')[0] ?? '';
  if (!isLocale(locale)) {
    throw new SectionError(`${path}: the folder "${locale}" is not a locale of the site (${LOCALES.join(', ')})`);
  }
  const slug = data.slug;
  if (slug === undefined || slug === null || slug === '') {
    const problem = existsSync(path) ? frontMatterProblem(readFileSync(path, 'utf8')) : undefined;
    if (problem) throw new SectionError(`${path}: ${problem}`);
    throw new SectionError(
      `${path}: front matter field "slug" is missing; every section needs a stable slug, e.g. slug: my-section`,
    );
  }
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    throw new SectionError(
      `${path}: front matter field "slug" must be lowercase words joined by hyphens, got ${JSON.stringify(slug)}`,
    );
  }
  if (RESERVED_SLUGS.includes(slug)) {
    throw new SectionError(
      `${path}: front matter field "slug" is "${slug}", a reserved name: the site has its own page or folder at /${slug}/ (reserved: ${RESERVED_SLUGS.join(', ')}); choose another slug`,
    );
  }
  const id = `${locale}/${slug}`;
  const other = seen.get(id);
  if (other && other !== path && existsSync(other)) {
    throw new SectionError(
      `${path}: front matter field "slug" is "${slug}", already used by ${other}; slugs must be unique`,
    );
  }
  seen.set(id, path);
  return id;
}

/**
 * Throws naming the file when a sections folder holds a file the site would leave out silently:
 * a section saved as .md (sections are MDX) or any other file that is not .mdx.
 */
export function checkSectionFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const folder of readdirSync(dir)) {
    const full = join(dir, folder);
    if (!statSync(full).isDirectory()) continue;
    for (const name of readdirSync(full)) {
      if (name.startsWith('.') || name.endsWith('.mdx')) continue;
      const hint = name.endsWith('.md')
        ? `rename it to ${name.replace(/\.md$/, '.mdx')}: sections are MDX files, and a .md file would be left out of the site`
        : 'only .mdx files are read from this folder';
      throw new SectionError(`${join(full, name)}: ${hint}`);
    }
  }
}
