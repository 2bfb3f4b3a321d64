// The checks that span both editions, run once per build (the first page that asks runs them;
// every page awaits the same result): every English section has its translations, every number
// the prose computes from the data agrees with it, and the two editions state the same facts.
// `npm start`, `npm run build` and `build:deploy` all stop on a failure, naming the files.
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { checkTranslationsComplete, ExplainerError, pairTranslations } from '../lib/explainer';
import { editionDrifts, unexpectedDrifts } from '../lib/edition-parity';
import { KNOWN_EDITION_DRIFTS, KNOWN_EDITION_DRIFTS_FILE } from '../lib/known-edition-drifts';
import { proseNumberProblems, type ProseFile } from '../lib/prose-numbers';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locales';
import { contentDir } from '../lib/content-dir';
import { ARTICLE_CUTOFF } from '../lib/timeline';
import { DATA_FILES } from '../lib/data-files';

async function runChecks(): Promise<void> {
  const sections = await getCollection('sections');
  const localeOf = (id: string) => id.split('/')[0] ?? '';
  const fileOf = (entry: (typeof sections)[number]) => entry.filePath ?? entry.id;
  const pairs = pairTranslations(
    sections.map((entry) => ({
      locale: localeOf(entry.id),
      slug: entry.data.slug,
      translationKey: entry.data.translationKey,
      file: fileOf(entry),
    })),
    DEFAULT_LOCALE,
  );
  const entryOf = (key: string, locale: string) =>
    sections.find((entry) => localeOf(entry.id) === locale && entry.data.slug === pairs.get(key)?.[locale]);
  checkTranslationsComplete(pairs, LOCALES, (key) => {
    const entry = entryOf(key, DEFAULT_LOCALE);
    return entry ? fileOf(entry) : key;
  });

  // Numbers: every section file (front matter included) and both edition files.
  const files: ProseFile[] = [];
  for (const locale of LOCALES) {
    const paths = [
      ...sections.filter((entry) => localeOf(entry.id) === locale).map(fileOf),
      `${contentDir()}/editions/${locale}.yaml`,
    ];
    for (const file of paths) files.push({ file, locale, text: await readFile(file, 'utf8') });
  }
  const dataText = (
    await Promise.all(Object.values(DATA_FILES).map((d) => readFile(`${contentDir()}/data/${d.file}`, 'utf8')))
  ).join('\n');
  const dataOf = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
  const [armsByYear, suppliers, topRecipients, systems, accords, timeline] = await Promise.all([
    getCollection('armsImportsByYear').then(dataOf),
    getCollection('armsImportsBySupplier').then(dataOf),
    getCollection('russiaTopRecipients').then(dataOf),
    getCollection('russianSystems').then(dataOf),
    getCollection('accords').then(dataOf),
    getCollection('timeline').then(dataOf),
  ]);
  const { problems } = proseNumberProblems(files, {
    armsByYear,
    suppliers,
    topRecipients,
    systems,
    accords,
    timeline,
    articleCutoff: ARTICLE_CUTOFF,
    dataText,
  });

  // Parity: each English section against its French translation.
  const [other] = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
  const parityPairs = [...pairs.keys()].map((key) => ({
    section: key,
    en: entryOf(key, DEFAULT_LOCALE)?.body ?? '',
    fr: (other && entryOf(key, other)?.body) ?? '',
  }));
  problems.push(
    ...unexpectedDrifts(
      editionDrifts(parityPairs),
      KNOWN_EDITION_DRIFTS,
      (key) => {
        const en = entryOf(key, DEFAULT_LOCALE);
        const fr = other && entryOf(key, other);
        return { en: en ? fileOf(en) : key, fr: fr ? fileOf(fr) : key };
      },
      KNOWN_EDITION_DRIFTS_FILE,
    ),
  );
  if (problems.length)
    throw new ExplainerError(`The editions disagree with the data or with each other:\n  ${problems.join('\n  ')}`);
}

let checked: Promise<void> | undefined;

/** Runs the checks across both editions once per build (on every call in `astro dev`, where content changes). */
export function checkEditions(): Promise<void> {
  if (import.meta.env.DEV) return runChecks();
  checked ??= runChecks();
  return checked;
}
