// Pure rules about the explainer's structure: reading order, neighbours, and the checks that turn
// a broken cross-reference into a build error naming the file and the field.

/** The part of a section the structure rules need. */
export interface SectionLike {
  slug: string;
  order: number;
  title: string;
  file: string;
  body?: string;
}

export class ExplainerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExplainerError';
  }
}

/** Sorts sections into reading order; throws if two share an `order`. */
export function inReadingOrder<T extends SectionLike>(sections: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const section of sections) {
    const other = byOrder.get(section.order);
    if (other) throw new ExplainerError(`${section.file}: front matter field "order" is ${section.order}, already used by ${other.file}`);
    byOrder.set(section.order, section);
  }
  return [...sections].sort((a, b) => a.order - b.order);
}

/** The sections before and after `slug` in reading order (undefined at either end). */
export function neighbours<T extends SectionLike>(ordered: readonly T[], slug: string): { previous?: T; next?: T; index: number } {
  const index = ordered.findIndex((s) => s.slug === slug);
  if (index < 0) throw new ExplainerError(`no section with slug "${slug}"`);
  return { previous: ordered[index - 1], next: ordered[index + 1], index };
}

/** Throws when the update under the standfirst links to a section that does not exist. */
export function checkUpdate(update: { readonly sections: readonly string[] } | undefined, slugs: ReadonlySet<string>, file: string): void {
  update?.sections.forEach((slug, i) => {
    if (!slugs.has(slug)) throw new ExplainerError(`${file}: field "update.sections[${i}]" is "${slug}", which is not the slug of any section`);
  });
}

/** Throws when a key fact points at a section or a source that does not exist. */
export function checkKeyFacts(
  facts: readonly { value: string; section: string; sources: readonly string[] }[],
  slugs: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  file: string,
): void {
  facts.forEach((fact, i) => {
    if (!slugs.has(fact.section)) throw new ExplainerError(`${file}: field "keyFacts[${i}].section" is "${fact.section}", which is not the slug of any section`);
    for (const id of fact.sources) {
      if (!sourceIds.has(id)) throw new ExplainerError(`${file}: field "keyFacts[${i}].sources" cites unknown source id "${id}"`);
    }
  });
}

const LINK_IN_MARKDOWN = /\]\(([^)\s]+)[^)]*\)|\bhref=["']([^"']+)["']|<Cite\s+id=["']([^"']+)["']/g;

/** Every internal link target written in a section body: markdown links, href attributes and <Cite id>. */
export function internalLinks(body: string): { target: string; kind: 'link' | 'cite' }[] {
  const out: { target: string; kind: 'link' | 'cite' }[] = [];
  for (const match of body.matchAll(LINK_IN_MARKDOWN)) {
    if (match[3]) out.push({ target: match[3], kind: 'cite' });
    const href = match[1] ?? match[2];
    if (href && (href.startsWith('/') || href.startsWith('#'))) out.push({ target: href, kind: 'link' });
  }
  return out;
}

/**
 * Throws when a section links to a section, anchor or source that does not exist. `anchors` holds
 * every id the one-page explainer has (sections, figures, events); `sourceIds` the sources list;
 * `paths` the locale's one-page explainer and sources list.
 */
export function checkSectionLinks(
  sections: readonly SectionLike[],
  anchors: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  pages: ReadonlySet<string>,
  paths: { home: string; sources: string } = { home: '/', sources: '/sources/' },
): void {
  for (const section of sections) {
    for (const { target, kind } of internalLinks(section.body ?? '')) {
      if (kind === 'cite') {
        if (!sourceIds.has(target)) throw new ExplainerError(`${section.file}: <Cite id="${target}"> names a source that is not in content/data/sources.csv`);
        continue;
      }
      const [path = '', fragment] = target.split('#');
      const page = path === '' ? null : path.replace(/\/?$/, '/');
      if (page !== null && !pages.has(page)) throw new ExplainerError(`${section.file}: link "${target}" points to a page that does not exist`);
      if (fragment && (page === null || page === paths.home) && !anchors.has(fragment)) {
        throw new ExplainerError(`${section.file}: link "${target}" points to "#${fragment}", which no section, figure or event has`);
      }
      if (fragment && page === paths.sources && !sourceIds.has(fragment)) {
        throw new ExplainerError(`${section.file}: link "${target}" points to a source that is not in content/data/sources.csv`);
      }
    }
  }
}

/** A section as the translation rules see it. */
export interface TranslatedSection {
  locale: string;
  slug: string;
  translationKey?: string;
  file: string;
}

/**
 * Pairs each section with its counterparts in the other languages, by `translationKey` (the
 * English slug; English sections are their own key). Returns, for each key, the slug in each
 * locale. Throws naming the file and the field when a key names no English section or two
 * sections of one language share a key.
 */
export function pairTranslations(sections: readonly TranslatedSection[], defaultLocale: string): Map<string, Record<string, string>> {
  const english = new Set(sections.filter((s) => s.locale === defaultLocale).map((s) => s.slug));
  const pairs = new Map<string, Record<string, string>>();
  const files = new Map<string, string>();
  for (const section of sections) {
    const key = section.locale === defaultLocale ? (section.translationKey ?? section.slug) : section.translationKey;
    if (!key) throw new ExplainerError(`${section.file}: front matter field "translationKey" is missing; it must be the slug of the English section this one translates`);
    if (!english.has(key)) throw new ExplainerError(`${section.file}: front matter field "translationKey" is "${key}", which is not the slug of any English section`);
    const slot = `${section.locale}/${key}`;
    const other = files.get(slot);
    if (other) throw new ExplainerError(`${section.file}: front matter field "translationKey" is "${key}", already used by ${other}`);
    files.set(slot, section.file);
    pairs.set(key, { ...(pairs.get(key) ?? {}), [section.locale]: section.slug });
  }
  return pairs;
}
