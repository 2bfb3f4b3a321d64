// Pure rules about the explainer's structure: reading order, neighbours, and the checks that turn
// a broken cross-reference into a build error naming the file and the field.

/** The part of a section the structure rules need. */
export interface SectionLike {
  slug: string;
  order: number;
  title: string;
  file: string;
  body?: string;
  /** The line of the file on which the body starts (after the front matter), for messages; 1 when unknown. */
  bodyLine?: number;
}

/** The file line of a position in a section's body ("file:line"). */
export function whereIn(section: Pick<SectionLike, 'file' | 'body' | 'bodyLine'>, index: number): string {
  const line = (section.bodyLine ?? 1) + ((section.body ?? '').slice(0, index).match(/\n/g)?.length ?? 0);
  return `${section.file}:${line}`;
}

/**
 * The line of a file on which the body starts: where the body's text is found in the file (the
 * loader may drop the blank line after the front matter), else the line after the closing "---".
 */
export function bodyStartLine(fileText: string, body?: string): number {
  const at = body?.trim() ? fileText.indexOf(body) : -1;
  if (at >= 0) return fileText.slice(0, at).split('\n').length;
  const lines = fileText.split('\n');
  if (lines[0]?.trim() !== '---') return 1;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return close < 0 ? 1 : close + 2;
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
    if (other)
      throw new ExplainerError(
        `${section.file}: front matter field "order" is ${section.order}, already used by ${other.file}`,
      );
    byOrder.set(section.order, section);
  }
  return [...sections].sort((a, b) => a.order - b.order);
}

/** The sections before and after `slug` in reading order (undefined at either end). */
export function neighbours<T extends SectionLike>(
  ordered: readonly T[],
  slug: string,
): { previous?: T; next?: T; index: number } {
  const index = ordered.findIndex((s) => s.slug === slug);
  if (index < 0) throw new ExplainerError(`no section with slug "${slug}"`);
  return { previous: ordered[index - 1], next: ordered[index + 1], index };
}

/** Throws when the update under the standfirst links to a section that does not exist. */
export function checkUpdate(
  update: { readonly sections: readonly string[] } | undefined,
  slugs: ReadonlySet<string>,
  file: string,
): void {
  update?.sections.forEach((slug, i) => {
    if (!slugs.has(slug))
      throw new ExplainerError(
        `${file}: field "update.sections[${i}]" is "${slug}", which is not the slug of any section`,
      );
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
    if (!slugs.has(fact.section))
      throw new ExplainerError(
        `${file}: field "keyFacts[${i}].section" is "${fact.section}", which is not the slug of any section`,
      );
    for (const id of fact.sources) {
      if (!sourceIds.has(id))
        throw new ExplainerError(`${file}: field "keyFacts[${i}].sources" cites unknown source id "${id}"`);
    }
  });
}

/** The most words the dek (the short summary under the headline) may have: it must fit a phone's first screen. */
export const DEK_MAX_WORDS = 35;

/** The number of words in a text: runs between spaces that hold a letter or a digit (a French ";" after its no-break space is no word). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((run) => /[\p{L}\p{N}]/u.test(run)).length;
}

/**
 * Throws naming the file and the field when a key point cites a source that is not in
 * content/data/sources.csv.
 */
export function checkKeyPoints(
  points: readonly { sources: readonly string[] }[],
  sourceIds: ReadonlySet<string>,
  file: string,
): void {
  points.forEach((point, i) => {
    for (const id of point.sources) {
      if (!sourceIds.has(id))
        throw new ExplainerError(`${file}: field "keyPoints[${i}].sources" cites unknown source id "${id}"`);
    }
  });
}

const LINK_IN_MARKDOWN = /\]\(([^)\s]+)[^)]*\)|\bhref=["']([^"']+)["']|<Cite\s+id=["']([^"']+)["']/g;

/** A link to the site's own address ("https://<site>/x/#y") as the path it names ("/x/#y"); other links as they are. */
export function ownPath(href: string, site?: string): string {
  if (!site || !/^https?:\/\//i.test(href)) return href;
  try {
    const url = new URL(href);
    return url.host.toLowerCase() === new URL(site).host.toLowerCase() ? `${url.pathname}${url.hash}` : href;
  } catch {
    return href;
  }
}

/** Every internal link target written in a section body: markdown links, href attributes and <Cite id>; links to the site's own address (`site`) count as internal. */
export function internalLinks(body: string, site?: string): { target: string; kind: 'link' | 'cite' }[] {
  const out: { target: string; kind: 'link' | 'cite' }[] = [];
  for (const match of body.matchAll(LINK_IN_MARKDOWN)) {
    if (match[3]) out.push({ target: match[3], kind: 'cite' });
    const raw = match[1] ?? match[2];
    const href = raw && ownPath(raw, site);
    if (href && (href.startsWith('/') || href.startsWith('#')))
      out.push({ target: raw === href ? href : raw!, kind: 'link' });
  }
  return out;
}

/** Every link target written in a body (markdown links and href attributes), with its position. */
function writtenLinks(body: string): { href: string; index: number }[] {
  const out: { href: string; index: number }[] = [];
  for (const match of body.matchAll(LINK_IN_MARKDOWN)) {
    const href = match[1] ?? match[2];
    if (href) out.push({ href, index: match.index });
  }
  return out;
}

/** The schemes a section may link with; anything else (javascript:, data:, file:…) is refused. */
const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:'];

/**
 * What is wrong with a link as written in a section, or undefined: a relative link (it would
 * resolve differently on the section's page, on "/" and on "/print/") or a scheme other than
 * https:, http: and mailto:.
 */
export function linkProblem(href: string): string | undefined {
  if (href.startsWith('/') || href.startsWith('#')) return undefined;
  const scheme = href.match(/^([a-z][a-z0-9+.-]*:)/i)?.[1]?.toLowerCase();
  if (scheme)
    return ALLOWED_SCHEMES.includes(scheme)
      ? undefined
      : `link "${href}" uses "${scheme}": only https:, http:, mailto: and the site's own paths (/slug/) are allowed`;
  const slug = href.replace(/^(\.\.?\/)+/, '').replace(/\/?([#?].*)?$/, '');
  return `link "${href}" is relative, so it would lead somewhere else on the section's page, on the one-page explainer and in the print view: write the site path, /${slug}/${href.match(/#.*/)?.[0] ?? ''}`;
}

/** Throws naming the file and line of the first link in a section that is relative or uses a scheme other than https:, http: or mailto:. */
export function checkLinkForms(sections: readonly SectionLike[]): void {
  for (const section of sections) {
    for (const { href, index } of writtenLinks(section.body ?? '')) {
      const problem = linkProblem(href);
      if (problem) throw new ExplainerError(`${whereIn(section, index)}: ${problem}`);
    }
  }
}

/**
 * The JavaScript expressions ({…}) in a body's prose, outside code and component tags, with their
 * positions; comments ({/* … *\/}) are left out. MDX runs each one, so `{approx}` fails at render
 * time with a ReferenceError that names no file.
 */
export function proseExpressions(body: string): { text: string; index: number }[] {
  // Blank out code and tags (keeping positions), then look for braces in what is left.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const prose = body
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<[A-Za-z][^<>]*>/g, blank);
  const out: { text: string; index: number }[] = [];
  for (const m of prose.matchAll(/\{[^{}]*\}/g)) {
    if (/^\{\s*\/\*[\s\S]*\*\/\s*\}$/.test(m[0])) continue;
    out.push({ text: m[0], index: m.index });
  }
  return out;
}

/** Throws naming the file and line of the first {…} expression in a section's prose. */
export function checkProseExpressions(sections: readonly SectionLike[]): void {
  for (const section of sections) {
    const [first] = proseExpressions(section.body ?? '');
    if (first)
      throw new ExplainerError(
        `${whereIn(section, first.index)}: "${first.text}" is a JavaScript expression in MDX, which the build would run (and fail on, with no file named); write the words without braces, or \\{ for a literal brace`,
      );
  }
}

/** Lowercase names MDX publishes as they are: the HTML elements (and svg, math). */
const HTML_ELEMENTS = new Set(
  'a abbr address area article aside audio b bdi bdo blockquote br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr i iframe img input ins kbd label legend li link main map mark math menu meta meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp search section select slot small source span strong sub summary sup svg table tbody td template textarea tfoot th thead time tr track u ul var video wbr'.split(
    ' ',
  ),
);

/** The lowercase tags of a section body that are not HTML elements (a misspelt component such as <note>), outside code. */
export function unknownTags(body: string): string[] {
  const prose = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const found = new Set<string>();
  for (const m of prose.matchAll(/<([a-z][a-z0-9-]*)(?=[\s/>])/g)) if (!HTML_ELEMENTS.has(m[1]!)) found.add(m[1]!);
  return [...found];
}

/** Throws naming the file when a section uses a lowercase tag that is neither an HTML element nor a component. */
export function checkSectionTags(sections: readonly SectionLike[]): void {
  for (const section of sections) {
    const [tag] = unknownTags(section.body ?? '');
    if (tag) {
      throw new ExplainerError(
        `${section.file}: <${tag}> is not an HTML element, and components start with a capital letter (Note, PullQuote, Cite, LaterEvents, ArmsFigure…); it would be published as an unknown tag`,
      );
    }
  }
}

/**
 * Throws when a section links to a section, anchor or source that does not exist. `anchors` holds
 * every id the one-page explainer has (sections, figures); `sourceIds` the sources list; `paths`
 * the locale's one-page explainer, sources list and chronology (with its event ids).
 */
export function checkSectionLinks(
  sections: readonly SectionLike[],
  anchors: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  pages: ReadonlySet<string>,
  paths: {
    home: string;
    sources: string;
    site?: string;
    /** The chronology's path, and the timeline's event ids its anchors are made of. */
    chronology?: string;
    events?: ReadonlySet<string>;
  } = { home: '/', sources: '/sources/' },
): void {
  for (const section of sections) {
    for (const { target: written, kind } of internalLinks(section.body ?? '', paths.site)) {
      const target = kind === 'link' ? ownPath(written, paths.site) : written;
      if (kind === 'cite') {
        if (!sourceIds.has(target))
          throw new ExplainerError(
            `${section.file}: <Cite id="${target}"> names a source that is not in content/data/sources.csv`,
          );
        continue;
      }
      const [path = '', fragment] = target.split('#');
      const page = path === '' ? null : path.replace(/\/?$/, '/');
      if (page !== null && !pages.has(page))
        throw new ExplainerError(`${section.file}: link "${written}" points to a page that does not exist`);
      if (fragment && (page === null || page === paths.home) && !anchors.has(fragment)) {
        throw new ExplainerError(
          `${section.file}: link "${written}" points to "#${fragment}", which no section, figure or event has`,
        );
      }
      if (fragment && page !== null && page === paths.chronology && !paths.events?.has(fragment)) {
        throw new ExplainerError(
          `${section.file}: link "${written}" points to an event that is not in content/data/timeline.csv`,
        );
      }
      if (fragment && page === paths.sources && !sourceIds.has(fragment)) {
        throw new ExplainerError(
          `${section.file}: link "${written}" points to a source that is not in content/data/sources.csv`,
        );
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
export function pairTranslations(
  sections: readonly TranslatedSection[],
  defaultLocale: string,
): Map<string, Record<string, string>> {
  const english = new Set(sections.filter((s) => s.locale === defaultLocale).map((s) => s.slug));
  const pairs = new Map<string, Record<string, string>>();
  const files = new Map<string, string>();
  for (const section of sections) {
    const key = section.locale === defaultLocale ? (section.translationKey ?? section.slug) : section.translationKey;
    if (!key)
      throw new ExplainerError(
        `${section.file}: front matter field "translationKey" is missing; it must be the slug of the English section this one translates`,
      );
    if (!english.has(key))
      throw new ExplainerError(
        `${section.file}: front matter field "translationKey" is "${key}", which is not the slug of any English section`,
      );
    const slot = `${section.locale}/${key}`;
    const other = files.get(slot);
    if (other)
      throw new ExplainerError(
        `${section.file}: front matter field "translationKey" is "${key}", already used by ${other}`,
      );
    files.set(slot, section.file);
    pairs.set(key, { ...(pairs.get(key) ?? {}), [section.locale]: section.slug });
  }
  return pairs;
}

/**
 * Throws naming the English file when a section has no counterpart in another language (each
 * edition publishes every section). `pairs` is what pairTranslations returns.
 */
export function checkTranslationsComplete(
  pairs: ReadonlyMap<string, Record<string, string>>,
  locales: readonly string[],
  fileOf: (key: string) => string,
): void {
  for (const [key, slugs] of pairs) {
    const missing = locales.filter((locale) => !slugs[locale]);
    if (missing.length)
      throw new ExplainerError(
        `${fileOf(key)}: the section "${key}" has no ${missing.join(', ')} counterpart; write it in content/sections/${missing[0]}/ with translationKey: ${key}`,
      );
  }
}
