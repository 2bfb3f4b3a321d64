// Reading the research CSVs: parse, give each row an id, validate it, and fail with a message
// that names the file, the row and the field.
import { csvParse } from 'd3-dsv';
import type { z } from 'astro/zod';

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

/** Parses CSV text into plain string records, one per data row (header excluded). */
export function parseCsv(text: string): Record<string, string>[] {
  return csvParse(text.replace(/^\uFEFF/, '')).map((row) => ({ ...row }) as Record<string, string>);
}

/**
 * Validates every row of a CSV against a schema. Row numbers count the header as row 1, as a
 * spreadsheet does. Returns each row as read (with its id, empty cells dropped) and as parsed.
 * Throws a DataError naming file, row and field for every bad row.
 */
export function validateCsvRows<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  idOf: (row: Record<string, string>, index: number) => string,
): { raw: Record<string, string>; data: z.infer<S> }[] {
  const rows = parseCsv(text);
  const problems: string[] = [];
  const out: { raw: Record<string, string>; data: z.infer<S> }[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const rowNumber = index + 2;
    const withId = { id: idOf(raw, index), ...raw };
    for (const [key, value] of Object.entries(withId)) if (value === '') delete (withId as Record<string, unknown>)[key];
    const result = schema.safeParse(withId);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || '(row)';
        problems.push(`${file}, row ${rowNumber}, field "${field}": ${issue.message}`);
      }
      return;
    }
    const id = withId.id;
    if (seen.has(id)) {
      problems.push(`${file}, row ${rowNumber}, field "id": "${id}" repeats row ${seen.get(id)}`);
      return;
    }
    seen.set(id, rowNumber);
    out.push({ raw: withId as Record<string, string>, data: result.data });
  });
  if (problems.length) throw new DataError(`Invalid data:\n  ${problems.join('\n  ')}`);
  return out;
}

/**
 * Checks that every source id a data row cites exists in the sources list. Throws a DataError
 * naming file, row and field otherwise.
 */
export function checkRowSources(
  rows: { id: string; source_id?: string; source_ids?: string[] }[],
  knownSourceIds: ReadonlySet<string>,
  file: string,
): void {
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const field = row.source_ids ? 'source_ids' : 'source_id';
    const ids = row.source_ids ?? (row.source_id ? [row.source_id] : []);
    for (const id of ids) {
      if (!knownSourceIds.has(id)) problems.push(`${file}, row ${index + 2}, field "${field}": unknown source id "${id}" (not in content/data/sources.csv)`);
    }
  });
  if (problems.length) throw new DataError(`Invalid data:\n  ${problems.join('\n  ')}`);
}
