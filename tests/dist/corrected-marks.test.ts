// Corrected sentences, read from the built files: each mark sits on a sentence of a section its
// correction names, at most once per section; both editions mark the same corrections in the same
// sections; each mark's link opens its own entry on the updates page, with a name that says more
// than the one visible word; the explainer, the section pages and the print view carry the same
// marks. Expected values come from content/updates/, never from the code.
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, type BuiltPage } from '../support/dist';
import {
  localesWithContent,
  prefixOf,
  sectionsOf,
  translationKeys,
  UPDATES_PATH,
  updatesLog,
} from '../support/content';

const pages = new Map(builtPages().map((page) => [page.path, page]));
const page = (path: string): BuiltPage => {
  const found = pages.get(path);
  if (!found) throw new Error(`${path} is not in the build`);
  return found;
};
const log = new Map(updatesLog().map((entry) => [entry.id, entry]));
const text = (el: { text: string } | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

interface Mark {
  /** The entry id the link's fragment names. */
  id: string;
  href: string;
  sentence: string;
  linkName: string;
  visible: string;
}

/** The corrected-sentence marks inside one part of a page. */
function marksIn(place: HTMLElement): Mark[] {
  return place.querySelectorAll('sup.corrected-mark').map((sup) => {
    const link = sup.querySelector('a');
    const href = link?.getAttribute('href') ?? '';
    const sentence = sup.previousElementSibling;
    const hidden = link?.querySelector('.sr-only');
    return {
      id: href.split('#update-')[1] ?? '',
      href,
      sentence: sentence?.classList.contains('corrected') ? text(sentence) : '',
      linkName: text(link),
      visible: text(link)
        .slice(0, text(link).length - text(hidden).length)
        .trim(),
    };
  });
}

const locales = localesWithContent();
/** The marks of each locale, by section translation key, read from the section pages. */
const marksByKey = new Map<string, Map<string, Mark[]>>();
for (const locale of locales) {
  const keys = translationKeys(locale);
  const byKey = new Map<string, Mark[]>();
  for (const section of sectionsOf(locale))
    byKey.set(keys[section.slug]!, marksIn(page(`${prefixOf(locale)}/${section.slug}/`).doc.querySelector('article')!));
  marksByKey.set(locale, byKey);
}

test('some corrected sentences are marked (the checks below have marks to check)', () => {
  for (const locale of locales) expect([...marksByKey.get(locale)!.values()].flat().length).toBeGreaterThan(0);
});

test('both editions mark the same corrections in the same sections', () => {
  const [first, ...others] = locales;
  const ids = (locale: string) =>
    [...marksByKey.get(locale)!.entries()].flatMap(([key, marks]) => marks.map((m) => `${key}: ${m.id}`)).sort();
  for (const other of others) expect(ids(other!), `${other} against ${first}`).toEqual(ids(first!));
});

for (const locale of locales) {
  const p = prefixOf(locale);
  const updates = page(UPDATES_PATH[locale]!);
  describe(`${locale}: corrected sentences`, () => {
    for (const section of sectionsOf(locale)) {
      const key = translationKeys(locale)[section.slug]!;
      const marks = marksByKey.get(locale)!.get(key)!;
      if (!marks.length) continue;
      test(`${section.slug}: each mark is on a sentence, names one of the section's corrections, once`, () => {
        for (const mark of marks) {
          const entry = log.get(mark.id);
          expect(entry, `${mark.href}: no entry of that name in content/updates/`).toBeDefined();
          expect(entry!.kind).toBe('correction');
          expect(entry!.sections, `${mark.id} does not name ${key}`).toContain(key);
          expect(mark.sentence.length, `${mark.id}: the marked sentence`).toBeGreaterThan(20);
        }
        const ids = marks.map((m) => m.id);
        expect(new Set(ids).size, `a correction marked twice in ${section.slug}`).toBe(ids.length);
      });
      test(`${section.slug}: each mark's link opens its entry on the updates page`, () => {
        for (const mark of marks) {
          const [path, fragment] = mark.href.split('#');
          expect(path).toBe(UPDATES_PATH[locale]);
          const item = updates.doc.getElementById(fragment!);
          expect(item, `${mark.href}: no such entry on ${UPDATES_PATH[locale]}`).not.toBeNull();
          expect(text(item)).toContain(log.get(mark.id)!.text[locale]);
          // The visible word alone would be a dozen links named alike: the name adds the date.
          expect(mark.visible.length).toBeGreaterThan(0);
          expect(mark.linkName.startsWith(mark.visible)).toBe(true);
          expect(mark.linkName).toContain(log.get(mark.id)!.date.slice(0, 4));
        }
      });
      test(`${section.slug}: the explainer and the print view carry the same marks as its page`, () => {
        for (const path of [`${p}/`, `${p}/print/`]) {
          const place = page(path).doc.querySelector(`section[data-section="${section.slug}"]`)!;
          // The sentences' note numbers differ from page to page; the marks and their links do not.
          const same = (list: Mark[]) => list.map(({ href, linkName }) => ({ href, linkName }));
          expect(same(marksIn(place)), path).toEqual(same(marks));
          for (const mark of marksIn(place)) expect(mark.sentence.length, `${path}: ${mark.id}`).toBeGreaterThan(20);
        }
      });
    }
  });
}
