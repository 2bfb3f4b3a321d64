// Content collections: the explainer's sections (MDX), its per-language front matter (YAML) and
// the research data (CSV). Every entry is validated here, so bad input fails the build.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync, statSync } from 'node:fs';
import { contentDir } from './lib/content-dir';
import { csvLoader } from './data/csv-loader';
import { checkRowSources, validateCsvFile, type CsvFileRules } from './lib/csv';
import { DATA_FILES } from './lib/data-files';
import { oneLineTitle, quotedDay } from './lib/data-schemas';
import { checkSectionFiles, sectionIdFromFile } from './lib/section-id';
import { LOCALES } from './lib/locales';
import { DEK_MAX_WORDS, wordCount } from './lib/explainer';

const root = contentDir();
const dataFile = (name: string) => `${root}/data/${name}`;

let sourceIds: { modified: number; ids: Set<string> } | undefined;

/** The ids of every source in sources.csv: read once per build (again only when the file changes, in `astro dev`). */
function knownSourceIds(): Set<string> {
  const path = dataFile('sources.csv');
  const modified = statSync(path).mtimeMs;
  if (sourceIds?.modified !== modified) {
    const { schema, idOf, rules } = DATA_FILES.sources;
    const rows = validateCsvFile(readFileSync(path, 'utf8'), schema, path, idOf, rules);
    sourceIds = { modified, ids: new Set(rows.map((row) => row.data.id)) };
  }
  return sourceIds.ids;
}

/** A collection loaded from one CSV file, validated row by row, its sources checked. */
function csvCollection<S extends z.ZodType>({
  file: name,
  schema,
  idOf,
  rules,
}: {
  file: string;
  schema: S;
  idOf: (row: Record<string, string>, index: number) => string;
  rules: CsvFileRules<z.infer<S>>;
}) {
  const path = dataFile(name);
  return defineCollection({
    loader: csvLoader({
      path,
      schema,
      idOf,
      rules: rules as CsvFileRules<z.infer<S>>,
      check: (rows, rowNumbers) => {
        if (name !== 'sources.csv')
          checkRowSources(
            rows as { id: string; source_id?: string; source_ids?: string[] }[],
            knownSourceIds(),
            path,
            rowNumbers,
          );
      },
    }),
    schema,
  });
}

/** The sections' loader: Astro's glob loader, after checking that no section is saved as .md. */
function sectionsLoader(): Loader {
  const inner = glob({
    base: `${root}/sections`,
    pattern: '*/*.mdx',
    generateId: ({ entry, data }) => sectionIdFromFile(`${root}/sections/${entry}`, entry, data),
  });
  return {
    ...inner,
    load: async (context) => {
      checkSectionFiles(`${root}/sections`);
      return inner.load(context);
    },
  };
}

const sections = defineCollection({
  loader: sectionsLoader(),
  schema: z.object({
    title: oneLineTitle.pipe(z.string().max(90)),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    /** The English slug of the section this one translates (English sections may omit it: it is their own slug). */
    translationKey: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the English slug of the section this one translates')
      .optional(),
    order: z.number().int().positive(),
    summary: z.string().min(20).max(240),
    sources: z
      .array(z.string())
      .min(1, 'must name at least one source')
      .superRefine((ids, ctx) => {
        const known = knownSourceIds();
        for (const id of ids) {
          if (!known.has(id))
            ctx.addIssue({
              code: 'custom',
              message: `cites unknown source id "${id}" (not in ${dataFile('sources.csv')})`,
            });
        }
      }),
  }),
});

const editions = defineCollection({
  loader: glob({ base: `${root}/editions`, pattern: '*.yaml' }),
  schema: z.object({
    locale: z.enum(LOCALES),
    siteName: oneLineTitle,
    headline: oneLineTitle,
    standfirst: z.string().min(1),
    /** The short summary under the headline on the one-page explainer: it fits a phone's first screen. */
    dek: z
      .string()
      .min(1)
      .refine((text) => wordCount(text) <= DEK_MAX_WORDS, {
        error: (issue) => `must be at most ${DEK_MAX_WORDS} words (it has ${wordCount(String(issue.input))})`,
      }),
    /** One short line under the standfirst: what the explainer is built from (it links to the about page). */
    provenance: z.string().min(1).max(200),
    // The site's own publication date (ISO 8601 day). Its "Updated" date is never typed: it is the
    // latest entry of the updates log (content/updates/), see src/lib/updates.ts.
    published: quotedDay,
    /** The last day the researched record covers ("Events to 13 March 2026"). */
    accountRunsTo: quotedDay,
    // Who publishes the explainer: an organization (never an invented person), also its author in
    // JSON-LD and citations. The address where readers report errors is not here: it is
    // CONTACT_EMAIL, in the deploy configuration (src/data/contact.ts); strict, so a leftover
    // contactEmail field stops the build instead of being ignored.
    publisher: z
      .object({
        name: oneLineTitle,
        /** The publisher's address; leave it out to use the site's own (SITE_URL). */
        url: z.url({ protocol: /^https$/, error: 'must be an https address' }).optional(),
      })
      .strict(),
    // A short dated note under the standfirst: where things stand now, linking to the sections
    // that tell the story since (slugs of this edition, checked when the explainer is built).
    update: z
      .object({
        date: quotedDay,
        text: z.string().min(1),
        sections: z.array(z.string().min(1)).min(1, 'must name at least one section'),
      })
      .optional(),
    /** What a reader in a hurry should take away: at most five sentences, each with its sources, opening the explainer. */
    keyPoints: z
      .array(
        z.object({ text: z.string().min(1), sources: z.array(z.string()).min(1, 'must cite at least one source') }),
      )
      .min(1)
      .max(5, 'must hold at most five key points'),
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

// The updates log: one file per entry (YAML). The sections it names and its text in every language
// are checked against the sections in src/data/updates.ts, which names the file and the field.
const updates = defineCollection({
  loader: glob({ base: `${root}/updates`, pattern: '*.{yaml,yml}' }),
  schema: z.object({
    date: quotedDay,
    kind: z.enum(['update', 'correction'], { error: 'must be "update" or "correction"' }),
    /** Slugs of the English sections the entry touches (the French ones follow through translationKey). */
    sections: z.array(z.string()).min(1, 'must name at least one section (English slug)'),
    /** The entry's sentence in each language. */
    text: z.record(z.string(), z.string()),
  }),
});

// Pages of words that are not sections (the about page), one Markdown file per language.
const pages = defineCollection({
  loader: glob({ base: `${root}/pages`, pattern: '*/*.md' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(20).max(240),
  }),
});

export const collections = {
  sections,
  editions,
  updates,
  pages,
  sources: csvCollection(DATA_FILES.sources),
  timeline: csvCollection(DATA_FILES.timeline),
  accords: csvCollection(DATA_FILES.accords),
  armsImportsByYear: csvCollection(DATA_FILES.armsImportsByYear),
  armsImportsBySupplier: csvCollection(DATA_FILES.armsImportsBySupplier),
  russiaTopRecipients: csvCollection(DATA_FILES.russiaTopRecipients),
  russianSystems: csvCollection(DATA_FILES.russianSystems),
};
