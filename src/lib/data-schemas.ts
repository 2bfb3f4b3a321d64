// Zod schemas for the research data in content/data/. Each schema describes one CSV row as read
// (all strings) and turns it into typed values; a row that does not fit fails the build.
import { z } from 'astro/zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A semicolon-separated list of source ids; at least one. */
const sourceIdList = z
  .string({ error: 'is required: every row must name its source' })
  .trim()
  .min(1, 'is empty: every row must name its source')
  .transform((value) => value.split(';').map((id) => id.trim()).filter(Boolean));

const sourceId = z
  .string({ error: 'is required: every row must name its source' })
  .trim()
  .min(1, 'is empty: every row must name its source');

const nonNegative = z.coerce
  .number({ error: 'must be a number' })
  .refine(Number.isFinite, 'must be a number')
  .refine((n) => n >= 0, 'must not be negative');

const isoDay = z
  .string({ error: 'is required' })
  .regex(ISO_DAY, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');

const precision = z.enum(['day', 'month', 'year'], { error: 'must be day, month or year' });
const yesNo = z.enum(['yes', 'no'], { error: 'must be yes or no' }).transform((v) => v === 'yes');
const reliability = z.enum(['good', 'medium', 'low'], { error: 'must be good, medium or low' });
const optionalText = z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined));

/** A French translation of a research-text column (`<column>_fr`): required, never empty. */
const frenchText = (column: string) =>
  z.string({ error: `is required: the French translation of "${column}"` }).trim().min(1, `is empty: it must hold the French translation of "${column}"`);

/** A row with a note must carry its French translation in note_fr (and a row without one, none). */
function frenchNote(row: { note?: string; note_fr?: string }, ctx: z.RefinementCtx): void {
  if (row.note && !row.note_fr) ctx.addIssue({ code: 'custom', path: ['note_fr'], message: 'is required when "note" is given: its French translation' });
  if (!row.note && row.note_fr) ctx.addIssue({ code: 'custom', path: ['note_fr'], message: 'is given without a "note" to translate' });
}

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
  publisher: z.string().min(1, 'is required'),
  title: z.string().min(1, 'is required'),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  url: z.url({ error: 'must be a full URL' }),
  note: optionalText,
  // The publisher as a French reader reads it ("Département du Trésor des États-Unis"); where
  // empty, the publisher's own name serves in both languages.
  publisher_fr: optionalText,
  // The note in French, required exactly when there is a note.
  note_fr: optionalText,
}).refine((row) => Boolean(row.note) === Boolean(row.note_fr), { message: 'must be given exactly when note is (the note in French)', path: ['note_fr'] });

export const timelineEventSchema = z.object({
  id: z.string().regex(/^event-[a-z0-9-]+$/, 'must start with "event-" and use lowercase letters, digits and hyphens'),
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
}).superRefine(frenchNote).superRefine((row, ctx) => {
  if (Boolean(row.chart_label) !== Boolean(row.chart_label_fr))
    ctx.addIssue({ code: 'custom', path: [row.chart_label ? 'chart_label_fr' : 'chart_label'], message: 'must be given together with chart_label / chart_label_fr (the key event’s label in both languages)' });
});

export const accordSchema = z.object({
  id: z.string(),
  date: isoDay,
  date_precision: precision,
  kind: z.enum(['signed_at_event', 'cumulative_claim', 'treaty'], { error: 'must be signed_at_event, cumulative_claim or treaty' }),
  count: nonNegative,
  // The upper end where reports conflict (19 or 42 agreements): the count is then a range.
  count_max: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a number (the upper end of a conflicting count) or empty' });
        return z.NEVER;
      }
      return n;
    }),
  qualifier: z.enum(['exact', 'approximately', 'as stated', 'more than'], { error: 'must be exact, approximately, as stated or more than' }),
  context: z.string().min(1, 'is required'),
  source_ids: sourceIdList,
  reliability,
  note: optionalText,
  context_fr: frenchText('context'),
  note_fr: optionalText,
}).superRefine(frenchNote).superRefine((row, ctx) => {
  if (row.count_max !== undefined && row.count_max < row.count) ctx.addIssue({ code: 'custom', path: ['count_max'], message: 'must not be less than count' });
});

export const armsImportsByYearSchema = z.object({
  id: z.string(),
  year: z.coerce.number().int('must be a whole year').min(1950).max(2100),
  from_russia_tiv_m: nonNegative,
  from_all_suppliers_tiv_m: nonNegative,
  russia_exports_to_all_tiv_m: nonNegative,
  source_id: sourceId,
});

export const armsImportsBySupplierSchema = z.object({
  id: z.string(),
  supplier: z.string().min(1, 'is required'),
  tiv_m: nonNegative,
  source_id: sourceId,
});

export const russiaTopRecipientSchema = z.object({
  id: z.string(),
  rank: z.coerce.number().int().positive('must be a positive whole number'),
  recipient: z.string().min(1, 'is required'),
  tiv_m: nonNegative,
  share_of_russian_exports_pct: nonNegative,
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
  delivery_years: z.string().regex(/^\d{4}(-\d{4})?$/, 'must be YYYY or YYYY-YYYY'),
  tiv_delivered_m: nonNegative,
  source_id: sourceId,
  description_fr: frenchText('description'),
  category_fr: frenchText('category'),
});

export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Accord = z.infer<typeof accordSchema>;
export type ArmsImportsByYear = z.infer<typeof armsImportsByYearSchema>;
export type ArmsImportsBySupplier = z.infer<typeof armsImportsBySupplierSchema>;
export type RussiaTopRecipient = z.infer<typeof russiaTopRecipientSchema>;
export type RussianSystem = z.infer<typeof russianSystemSchema>;
