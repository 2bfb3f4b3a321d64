// Reading the research CSVs: parse, give each row an id, validate it, and fail with a message
// that names the file, the row and the field.
import { csvFormatRows, csvParse, csvParseRows } from 'd3-dsv';
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

/** The columns a CSV must have, and those it may have; any other column is an error. */
export interface CsvColumns {
  required: readonly string[];
  optional?: readonly string[];
}

/** A row a figure cannot be drawn without: what it looks like, how to find it, and why it is needed. */
export interface RequiredRow<T> {
  row: string;
  why: string;
  test: (row: T) => boolean;
}

/** Everything checked on one CSV beyond its rows' schema. */
export interface CsvFileRules<T> {
  columns: CsvColumns;
  /** Groups of columns no two rows may share all the values of. */
  unique?: readonly (readonly string[])[];
  requires?: readonly RequiredRow<T>[];
}

/** The header row of a CSV, as written (a byte-order mark dropped); empty for an empty file. */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  return first.trim() ? (csvParse(`${first}\n`).columns as string[]) : [];
}

/** The problems of a CSV's header: an empty file, a header with no rows, a missing or unknown column. */
export function headerProblems(text: string, columns: CsvColumns, file: string): string[] {
  const header = csvHeader(text);
  const expected = [...columns.required, ...(columns.optional ?? [])];
  const described = `${columns.required.join(', ')}${columns.optional?.length ? `; optional: ${columns.optional.join(', ')}` : ''}`;
  if (!header.length) return [`${file} is empty: it needs a header row (${described}) and at least one data row`];
  const problems: string[] = [];
  for (const name of columns.required)
    if (!header.includes(name)) problems.push(`${file}, header: column "${name}" is missing (expected ${described})`);
  for (const name of header)
    if (!expected.includes(name))
      problems.push(
        `${file}, header: unknown column "${name}" (expected ${described}); a misspelt column would be silently ignored`,
      );
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push(`${file}, header: column "${name}" appears twice`);
    seen.add(name);
  }
  if (!problems.length && !parseCsv(text).length) problems.push(`${file} has a header but no data rows`);
  return problems;
}

/**
 * Validates a whole CSV: its header (exact column set), every row against the schema, rows
 * repeated, and the rows the figures need. Throws one DataError listing every problem, each
 * naming the file (and the row and field where there is one).
 */
export function validateCsvFile<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  idOf: (row: Record<string, string>, index: number) => string,
  rules: CsvFileRules<z.infer<S>>,
): { raw: Record<string, string>; data: z.infer<S> }[] {
  const header = headerProblems(text, rules.columns, file);
  if (header.length) throw new DataError(`Invalid data:\n  ${header.join('\n  ')}`);
  const rows = validateCsvRows(text, schema, file, idOf);
  const problems: string[] = [];
  for (const columns of rules.unique ?? []) {
    const first = new Map<string, number>();
    rows.forEach(({ raw }, index) => {
      const key = JSON.stringify(columns.map((c) => (raw[c] ?? '').trim()));
      const before = first.get(key);
      if (before !== undefined)
        problems.push(
          `${file}, row ${index + 2}: repeats row ${before} (the same ${columns.join(', ')}); a repeated row would be drawn twice`,
        );
      else first.set(key, index + 2);
    });
  }
  for (const required of rules.requires ?? []) {
    if (!rows.some(({ data }) => required.test(data)))
      problems.push(`${file}: no row with ${required.row}; ${required.why}`);
  }
  if (problems.length) throw new DataError(`Invalid data:\n  ${problems.join('\n  ')}`);
  return rows;
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
    for (const [key, value] of Object.entries(withId))
      if (value === '') delete (withId as Record<string, unknown>)[key];
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
      if (!knownSourceIds.has(id))
        problems.push(
          `${file}, row ${index + 2}, field "${field}": unknown source id "${id}" (not in content/data/sources.csv)`,
        );
    }
  });
  if (problems.length) throw new DataError(`Invalid data:\n  ${problems.join('\n  ')}`);
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rewrites CSV text so that no cell can run as a spreadsheet formula: a data cell starting with
 * =, +, -, @, a tab or a carriage return gets a leading apostrophe and is quoted (OWASP's
 * guidance), so spreadsheets show it as text. The header row and other cells are unchanged.
 */
export function neutraliseFormulas(text: string): string {
  const [header = [], ...rows] = csvParseRows(text.replace(/\n$/, ''));
  const lines = [csvFormatRows([header])];
  for (const row of rows) {
    lines.push(
      row
        .map((cell) => (FORMULA_START.test(cell) ? `"'${cell.replace(/"/g, '""')}"` : csvFormatRows([[cell]])))
        .join(','),
    );
  }
  return lines.join('\n');
}
