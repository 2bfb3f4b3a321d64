// Zod schemas for the research data in content/data/. Each schema describes one CSV row as read
// (all strings) and turns it into typed values; a row that does not fit fails the build.
import { z } from 'astro/zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A semicolon-separated list of source ids; at least one. */
const sourceIdList = z
  .string({ error: 'is required: every row must name its source' })
  .trim()
  .min(1, 'is empty: every row must name its source')
  .transform((value) =>
    value
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean),
  );

const sourceId = z
  .string({ error: 'is required: every row must name its source' })
  .trim()
  .min(1, 'is empty: every row must name its source');

/** A number written as a decimal numeral: digits, an optional point and digits, an optional minus. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

const decimal = z
  .string({ error: 'is required' })
  .trim()
  .regex(
    DECIMAL,
    'must be a number written in digits, like 12 or 3.5 (no spaces, thousands separators, hex or exponents)',
  )
  .transform(Number);

const nonNegative = decimal.refine((n) => n >= 0, 'must not be negative');

/** A whole number from min to max, written in digits. */
const wholeIn = (min: number, max: number, what: string) =>
  z
    .string({ error: 'is required' })
    .trim()
    .regex(/^-?\d+$/, 'must be a whole number written in digits')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be ${what}`);

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real day, month or year. */
function realDate(value: string): boolean {
  const [y, m = '01', d = '01'] = value.split('-');
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

/**
 * The dates the timeline and the accords figure can show: from the start of the story (diplomatic
 * relations with the Soviet Union, 1945) to the day of the build; anything outside is a typo.
 */
export const DATE_RANGE = { from: '1945-01-01', to: () => new Date().toISOString().slice(0, 10) } as const;

/** The years the SIPRI export covers and the arms figures are captioned with (2000–2023). */
export const ARMS_YEARS = { from: 2000, to: 2023 } as const;

const isoDay = z
  .string({ error: 'is required' })
  .regex(ISO_DAY, 'must be a date written YYYY-MM-DD')
  .refine(realDate, 'is not a real calendar date')
  .refine(
    (value) => value >= DATE_RANGE.from && value <= DATE_RANGE.to(),
    `must lie between ${DATE_RANGE.from} and the day of the build, the span the figures can show`,
  );

/**
 * An address as written: "https://" or "http://", a host, and no spaces. The check reads the text
 * itself, not what a URL parser makes of it (which turns "https:/host" into "https://host"), so the
 * site publishes exactly the address that passed.
 */
const WRITTEN_WEB_ADDRESS = /^https?:\/\/[^/?#\s@]+(?:[/?#]\S*)?$/i;

/** True when an address, exactly as written, is a full https: or http: address (never javascript:, data: or file:). */
export function isWebAddress(value: string): boolean {
  return WRITTEN_WEB_ADDRESS.test(value) && URL.canParse(value);
}

/** A web address a reader can follow: https: or http: only, checked as written. */
const webAddress = z
  .string({ error: 'is required' })
  .trim()
  .refine(isWebAddress, 'must be a full https: (or http:) address, written https://host/…');

/**
 * A day in YAML front matter, written in quotes ("2025-08-01"). YAML reads an unquoted date as a
 * date object, not as the text the site prints, so it gets a message that says to quote it.
 */
export const quotedDay = z
  .unknown()
  .transform((value, ctx) => {
    if (value instanceof Date) {
      const day = Number.isNaN(value.getTime()) ? 'YYYY-MM-DD' : value.toISOString().slice(0, 10);
      ctx.addIssue({
        code: 'custom',
        message: `is a date without quotes: write it in quotes, "${day}", so that YAML keeps it as written`,
      });
      return z.NEVER;
    }
    return value;
  })
  .pipe(z.iso.date({ error: 'must be a date written YYYY-MM-DD, in quotes' }));

const precision = z.enum(['day', 'month', 'year'], { error: 'must be day, month or year' });
const yesNo = z.enum(['yes', 'no'], { error: 'must be yes or no' }).transform((v) => v === 'yes');
const reliability = z.enum(['good', 'medium', 'low'], { error: 'must be good, medium or low' });
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

/** A French translation of a research-text column (`<column>_fr`): required, never empty. */
const frenchText = (column: string) =>
  z
    .string({ error: `is required: the French translation of "${column}"` })
    .trim()
    .min(1, `is empty: it must hold the French translation of "${column}"`);

/** A row with a note must carry its French translation in note_fr (and a row without one, none). */
function frenchNote(row: { note?: string; note_fr?: string }, ctx: z.RefinementCtx): void {
  if (row.note && !row.note_fr)
    ctx.addIssue({
      code: 'custom',
      path: ['note_fr'],
      message: 'is required when "note" is given: its French translation',
    });
  if (!row.note && row.note_fr)
    ctx.addIssue({ code: 'custom', path: ['note_fr'], message: 'is given without a "note" to translate' });
}

/**
 * A title: required and on one line. Titles go into the citation files, where a line break would
 * start a new RIS tag or a new BibTeX paragraph.
 */
export const oneLineTitle = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .refine(
    (value) => !/[\r\n\v\f\u0085\u2028\u2029]/.test(value),
    'must be on one line: a line break in a title breaks the citation files (RIS, BibTeX)',
  );

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
    publisher: z.string().min(1, 'is required'),
    title: oneLineTitle,
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .refine(realDate, 'is not a real calendar date')
      .refine((value) => value <= DATE_RANGE.to(), 'is after the day of the build'),
    url: webAddress,
    note: optionalText,
    // "headline" for a title the publisher gave (shown in quotation marks), "description" for
    // words that describe an untitled record (shown plain). Empty means headline.
    title_kind: z.enum(['headline', 'description'], { error: 'must be headline or description' }).default('headline'),
    // The publisher as a French reader reads it ("Département du Trésor des États-Unis"); where
    // empty, the publisher's own name serves in both languages.
    publisher_fr: optionalText,
    // The note in French, required exactly when there is a note.
    note_fr: optionalText,
  })
  .refine((row) => Boolean(row.note) === Boolean(row.note_fr), {
    message: 'must be given exactly when note is (the note in French)',
    path: ['note_fr'],
  });

export const timelineEventSchema = z
  .object({
    id: z
      .string()
      .regex(/^event-[a-z0-9-]+$/, 'must start with "event-" and use lowercase letters, digits and hyphens'),
    date: isoDay,
    date_precision: precision,
    category: z.enum(['diplomacy', 'arms', 'military', 'economy', 'politics', 'sanctions'], {
      error: 'must be one of diplomacy, arms, military, economy, politics, sanctions',
    }),
    event: z.string().min(1, 'is required'),
    in_source_article: yesNo,
    source_ids: sourceIdList,
    reliability,
    note: optionalText,
    event_fr: frenchText('event'),
    note_fr: optionalText,
    // A key event: its short label, drawn beside its mark on the timeline (and chart_label_fr in
    // French). Empty for every other event. Both or neither.
    chart_label: optionalText,
    chart_label_fr: optionalText,
  })
  .superRefine(frenchNote)
  .superRefine((row, ctx) => {
    if (Boolean(row.chart_label) !== Boolean(row.chart_label_fr))
      ctx.addIssue({
        code: 'custom',
        path: [row.chart_label ? 'chart_label_fr' : 'chart_label'],
        message: 'must be given together with chart_label / chart_label_fr (the key event’s label in both languages)',
      });
  });

export const accordSchema = z
  .object({
    id: z.string(),
    date: isoDay,
    date_precision: precision,
    kind: z.enum(['signed_at_event', 'cumulative_claim', 'treaty'], {
      error: 'must be signed_at_event, cumulative_claim or treaty',
    }),
    count: nonNegative,
    // The upper count where the sources disagree (19 or 42 agreements): empty for a single count.
    count_max: nonNegative.optional(),
    qualifier: z.enum(['exact', 'approximately', 'as stated', 'more than'], {
      error: 'must be exact, approximately, as stated or more than',
    }),
    context: z.string().min(1, 'is required'),
    source_ids: sourceIdList,
    reliability,
    note: optionalText,
    context_fr: frenchText('context'),
    note_fr: optionalText,
  })
  .superRefine((row, ctx) => {
    frenchNote(row, ctx);
    if (row.count_max !== undefined && row.count_max < row.count)
      ctx.addIssue({ code: 'custom', path: ['count_max'], message: `must not be less than "count" (${row.count})` });
  });

export const armsImportsByYearSchema = z
  .object({
    id: z.string(),
    year: wholeIn(
      ARMS_YEARS.from,
      ARMS_YEARS.to,
      `a year from ${ARMS_YEARS.from} to ${ARMS_YEARS.to}, the years the SIPRI export covers and the arms figure shows`,
    ),
    from_russia_tiv_m: nonNegative,
    from_all_suppliers_tiv_m: nonNegative,
    russia_exports_to_all_tiv_m: nonNegative,
    source_id: sourceId,
  })
  .refine((row) => row.from_russia_tiv_m <= row.from_all_suppliers_tiv_m, {
    message: 'is larger than "from_all_suppliers_tiv_m": imports from Russia cannot exceed imports from all suppliers',
    path: ['from_russia_tiv_m'],
  });

export const armsImportsBySupplierSchema = z.object({
  id: z.string(),
  supplier: z.string().min(1, 'is required'),
  tiv_m: nonNegative,
  source_id: sourceId,
});

export const russiaTopRecipientSchema = z.object({
  id: z.string(),
  rank: wholeIn(1, 1000, 'a positive whole number'),
  recipient: z.string().min(1, 'is required'),
  tiv_m: nonNegative,
  share_of_russian_exports_pct: decimal.refine((n) => n >= 0 && n <= 100, 'must be a percentage from 0 to 100'),
  source_id: sourceId,
  recipient_fr: frenchText('recipient'),
});

export const russianSystemSchema = z.object({
  id: z.string(),
  designation: z.string().min(1, 'is required'),
  description: z.string().min(1, 'is required'),
  category: z.string().min(1, 'is required'),
  order_years: z.string().regex(/^\d{4}(;\d{4})*$/, 'must be years separated by semicolons'),
  units_delivered: nonNegative,
  units_include_sipri_estimate: yesNo,
  delivery_years: z
    .string()
    .regex(/^\d{4}(-\d{4})?$/, 'must be YYYY or YYYY-YYYY')
    .refine((value) => {
      const [from, to = from] = value.split('-').map(Number) as [number, number?];
      return from <= to! && from >= ARMS_YEARS.from && to! <= ARMS_YEARS.to;
    }, `must be years from ${ARMS_YEARS.from} to ${ARMS_YEARS.to}, the first not after the last`),
  tiv_delivered_m: nonNegative,
  source_id: sourceId,
  description_fr: frenchText('description'),
  category_fr: frenchText('category'),
});

/**
 * What each file must hold beyond its rows' schema: its exact columns (required, then optional),
 * the columns no two rows may share, and the rows a figure cannot be drawn without.
 */
export const FILE_RULES = {
  sources: {
    columns: {
      required: ['id', 'publisher', 'title', 'date', 'url'],
      optional: ['title_kind', 'note', 'publisher_fr', 'note_fr'],
    },
    unique: [['id']],
    requires: [
      {
        row: 'id "source-article"',
        why: 'the site names the article it is built from by this id',
        test: (r: Source) => r.id === 'source-article',
      },
      {
        row: 'id "sipri-register-2025"',
        why: 'the arms figures cite SIPRI by this id as their source',
        test: (r: Source) => r.id === 'sipri-register-2025',
      },
    ],
  },
  timeline: {
    columns: {
      required: [
        'id',
        'date',
        'date_precision',
        'category',
        'event',
        'in_source_article',
        'source_ids',
        'reliability',
        'event_fr',
      ],
      optional: ['note', 'note_fr', 'chart_label', 'chart_label_fr'],
    },
    unique: [['id'], ['date', 'event']],
    requires: [],
  },
  accords: {
    columns: {
      required: [
        'date',
        'date_precision',
        'kind',
        'count',
        'qualifier',
        'context',
        'source_ids',
        'reliability',
        'context_fr',
      ],
      optional: ['count_max', 'note', 'note_fr'],
    },
    unique: [['date', 'kind', 'context']],
    requires: [
      {
        row: 'kind "signed_at_event"',
        why: 'the accords figure draws the signings and dates its span from the first',
        test: (r: Accord) => r.kind === 'signed_at_event',
      },
      {
        row: 'kind "treaty"',
        why: 'the accords figure dates its span to the treaty',
        test: (r: Accord) => r.kind === 'treaty',
      },
      {
        row: 'kind "cumulative_claim" citing source-article',
        why: "the accords figure lists the article's domains from that row's context",
        test: (r: Accord) => r.kind === 'cumulative_claim' && r.source_ids.includes('source-article'),
      },
    ],
  },
  armsImportsByYear: {
    columns: {
      required: ['year', 'from_russia_tiv_m', 'from_all_suppliers_tiv_m', 'russia_exports_to_all_tiv_m', 'source_id'],
    },
    unique: [['year']],
    requires: [
      {
        row: 'from_russia_tiv_m above 0',
        why: "the arms figure marks the first, last and peak years of Russia's deliveries",
        test: (r: ArmsImportsByYear) => r.from_russia_tiv_m > 0,
      },
    ],
  },
  armsImportsBySupplier: {
    columns: { required: ['supplier', 'tiv_m', 'source_id'] },
    unique: [['supplier']],
    requires: [],
  },
  russiaTopRecipients: {
    columns: { required: ['rank', 'recipient', 'tiv_m', 'share_of_russian_exports_pct', 'source_id', 'recipient_fr'] },
    unique: [['recipient'], ['rank']],
    requires: [
      {
        row: 'recipient "Venezuela"',
        why: 'the customers chart highlights Venezuela and states its rank and share',
        test: (r: RussiaTopRecipient) => r.recipient === 'Venezuela',
      },
    ],
  },
  russianSystems: {
    columns: {
      required: [
        'designation',
        'description',
        'category',
        'order_years',
        'units_delivered',
        'units_include_sipri_estimate',
        'delivery_years',
        'tiv_delivered_m',
        'source_id',
        'description_fr',
        'category_fr',
      ],
    },
    unique: [['designation']],
    requires: [
      {
        row: 'a designation starting "Su-30"',
        why: "the arms figure's note on the fighters is written from it",
        test: (r: RussianSystem) => r.designation.startsWith('Su-30'),
      },
    ],
  },
} as const;

export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Accord = z.infer<typeof accordSchema>;
export type ArmsImportsByYear = z.infer<typeof armsImportsByYearSchema>;
export type RussiaTopRecipient = z.infer<typeof russiaTopRecipientSchema>;
export type RussianSystem = z.infer<typeof russianSystemSchema>;
