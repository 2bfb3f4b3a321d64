// Content collections: the explainer's sections (MDX), its per-language front matter (YAML) and
// the research data (CSV). Every entry is validated here, so bad input fails the build.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { contentDir } from './lib/content-dir';
import { checkRowSources, validateCsvRows } from './lib/csv';
import {
  accordSchema,
  armsImportsBySupplierSchema,
  armsImportsByYearSchema,
  russiaTopRecipientSchema,
  russianSystemSchema,
  sourceSchema,
  timelineEventSchema,
} from './lib/data-schemas';
import { sectionIdFromFile } from './lib/section-id';
import { LOCALES } from './lib/locales';

const root = contentDir();
const dataFile = (name: string) => `${root}/data/${name}`;

/** The ids of every source in sources.csv, read once per build. */
function knownSourceIds(): Set<string> {
  const text = readFileSync(dataFile('sources.csv'), 'utf8');
  return new Set(validateCsvRows(text, sourceSchema, dataFile('sources.csv'), (row) => row.id ?? '').map((row) => row.data.id));
}

/** A collection loaded from one CSV file, validated row by row, its sources checked. */
function csvCollection<S extends z.ZodObject>(name: string, schema: S, idOf: (row: Record<string, string>, index: number) => string) {
  const path = dataFile(name);
  return defineCollection({
    loader: file(path, {
      parser: (text) => {
        const rows = validateCsvRows(text, schema, path, idOf);
        if (name !== 'sources.csv') checkRowSources(rows.map((row) => row.data as { id: string; source_id?: string; source_ids?: string[] }), knownSourceIds(), path);
        // Astro validates the rows against the schema again; hand it the rows as read.
        return rows.map((row) => row.raw);
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
  }),
});

export const collections = {
  sections,
  editions,
  sources: csvCollection('sources.csv', sourceSchema, (row) => row.id ?? ''),
  timeline: csvCollection('timeline.csv', timelineEventSchema, (row) => row.id ?? ''),
  accords: csvCollection('accords.csv', accordSchema, (row, i) => `${row.date}-${row.kind}-${i}`),
  armsImportsByYear: csvCollection('sipri-venezuela-arms-imports-by-year.csv', armsImportsByYearSchema, (row) => row.year ?? ''),
  armsImportsBySupplier: csvCollection('sipri-venezuela-arms-imports-by-supplier-2000-2023.csv', armsImportsBySupplierSchema, (row) => row.supplier ?? ''),
  russiaTopRecipients: csvCollection('sipri-russia-top-recipients-2000-2023.csv', russiaTopRecipientSchema, (row) => row.recipient ?? ''),
  russianSystems: csvCollection('sipri-russia-to-venezuela-systems.csv', russianSystemSchema, (row) => row.designation ?? ''),
};
