// Content collections: the explainer's sections (MDX), its per-language front matter (YAML) and
// the research data (CSV). Every entry is validated here, so bad input fails the build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { contentDir } from './lib/content-dir';
import { csvLoader } from './data/csv-loader';
import { checkRowSources, validateCsvRows } from './lib/csv';
import { DATA_FILES } from './lib/data-files';
import { sectionIdFromFile } from './lib/section-id';
import { LOCALES } from './lib/locales';

const root = contentDir();
const dataFile = (name: string) => `${root}/data/${name}`;

/** The ids of every source in sources.csv, read once per build. */
function knownSourceIds(): Set<string> {
  const text = readFileSync(dataFile('sources.csv'), 'utf8');
  const { schema, idOf } = DATA_FILES.sources;
  return new Set(validateCsvRows(text, schema, dataFile('sources.csv'), idOf).map((row) => row.data.id));
}

/** A collection loaded from one CSV file, validated row by row, its sources checked. */
function csvCollection<S extends z.ZodObject>({ file: name, schema, idOf }: { file: string; schema: S; idOf: (row: Record<string, string>, index: number) => string }) {
  const path = dataFile(name);
  return defineCollection({
    loader: csvLoader({
      path,
      schema,
      idOf,
      check: (rows) => {
        if (name !== 'sources.csv') checkRowSources(rows as { id: string; source_id?: string; source_ids?: string[] }[], knownSourceIds(), path);
      },
    }),
    schema,
  });
}

const sections = defineCollection({
  loader: glob({
    base: `${root}/sections`,
    pattern: '*/*.mdx',
    generateId: ({ entry, data }) => sectionIdFromFile(`${root}/sections/${entry}`, entry, data),
  }),
  schema: z.object({
    title: z.string().min(1).max(90),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    /** The English slug of the section this one translates (English sections may omit it: it is their own slug). */
    translationKey: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the English slug of the section this one translates').optional(),
    order: z.number().int().positive(),
    summary: z.string().min(20).max(240),
    sources: z
      .array(z.string())
      .min(1, 'must name at least one source')
      .superRefine((ids, ctx) => {
        const known = knownSourceIds();
        for (const id of ids) {
          if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `cites unknown source id "${id}" (not in ${dataFile('sources.csv')})` });
        }
      }),
  }),
});

const editions = defineCollection({
  loader: glob({ base: `${root}/editions`, pattern: '*.yaml' }),
  schema: z.object({
    locale: z.enum(LOCALES),
    siteName: z.string().min(1),
    headline: z.string().min(1),
    standfirst: z.string().min(1),
    dateline: z.string().min(1),
    basedOn: z.string().min(1),
    // The site's own publication and last-change dates (ISO 8601 days), for link previews and
    // JSON-LD; the article it is built from is dated in sources.csv.
    published: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    modified: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    // A short dated note under the standfirst: where things stand now, linking to the sections
    // that tell the story since (slugs of this edition, checked when the explainer is built).
    update: z
      .object({
        date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
        text: z.string().min(1),
        sections: z.array(z.string().min(1)).min(1, 'must name at least one section'),
      })
      .optional(),
    keyFacts: z
      .array(
        z.object({
          value: z.string().min(1),
          label: z.string().min(1),
          section: z.string().min(1),
          sources: z.array(z.string()).min(1),
        }),
      )
      .min(1),
  }).refine((edition) => edition.modified >= edition.published, { message: 'must not be before "published"', path: ['modified'] }),
});

export const collections = {
  sections,
  editions,
  sources: csvCollection(DATA_FILES.sources),
  timeline: csvCollection(DATA_FILES.timeline),
  accords: csvCollection(DATA_FILES.accords),
  armsImportsByYear: csvCollection(DATA_FILES.armsImportsByYear),
  armsImportsBySupplier: csvCollection(DATA_FILES.armsImportsBySupplier),
  russiaTopRecipients: csvCollection(DATA_FILES.russiaTopRecipients),
  russianSystems: csvCollection(DATA_FILES.russianSystems),
};
