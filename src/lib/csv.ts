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

/** True for a record read from a blank line (every cell empty or absent). */
const isBlank = (row: Record<string, string | undefined>) => Object.values(row).every((v) => !v?.trim());

/**
 * Parses CSV text into records, each with its row number as a spreadsheet counts it (the header
 * is row 1). Blank lines, in the middle or at the end, are skipped, their rows still counted.
 */
export function parseCsvRows(text: string): { row: number; cells: Record<string, string> }[] {
  return csvParse(text.replace(/^\uFEFF/, ''))
    .map((cells, index) => ({ row: index + 2, cells: { ...cells } as Record<string, string> }))
    .filter(({ cells }) => !isBlank(cells));
}

/** Parses CSV text into plain string records, one per data row (header and blank lines excluded). */
export function parseCsv(text: string): Record<string, string>[] {
  return parseCsvRows(text).map(({ cells }) => cells);
}

/**
 * The row (spreadsheet numbering, header = 1) where a quoted field opens and is not closed at the
 * field's end (its closing quote missing, or followed by more text than a comma or a line break),
 * or undefined. A parser reads on to the next quotation mark, so every later column and row would
 * be blamed instead of the quote.
 */
export function unclosedQuoteRow(text: string): number | undefined {
  let row = 1;
  let openedAt: number | undefined;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (openedAt !== undefined) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') {
        if (!/^(?:,|\r?\n|$)/.test(text.slice(i + 1, i + 3))) return openedAt;
        openedAt = undefined;
        atFieldStart = false;
      } else if (c === '\n') row++;
      continue;
    }
    if (c === '"' && atFieldStart) openedAt = row;
    else if (c === '\n') row++;
    atFieldStart = c === ',' || c === '\n' || (c === '\r' && text[i + 1] === '\n');
  }
  return openedAt;
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
): { raw: Record<string, string>; data: z.infer<S>; row: number }[] {
  const header = headerProblems(text, rules.columns, file);
  if (header.length) throw new DataError(`Invalid data:\n  ${header.join('\n  ')}`);
  const rows = validateCsvRows(text, schema, file, idOf);
  const problems: string[] = [];
  for (const columns of rules.unique ?? []) {
    const first = new Map<string, number>();
    rows.forEach(({ raw, row }) => {
      const key = JSON.stringify(columns.map((c) => (raw[c] ?? '').trim()));
      const before = first.get(key);
      if (before !== undefined)
        problems.push(
          `${file}, row ${row}: repeats row ${before} (the same ${columns.join(', ')}); a repeated row would be drawn twice`,
        );
      else first.set(key, row);
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
 * spreadsheet does; blank lines are skipped. Returns each row as read (with its id, empty cells
 * dropped), as parsed, and its row number. Throws a DataError naming file, row and field for every
 * bad row, or the row of a quoted field that is never closed.
 */
export function validateCsvRows<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  idOf: (row: Record<string, string>, index: number) => string,
): { raw: Record<string, string>; data: z.infer<S>; row: number }[] {
  const unclosed = unclosedQuoteRow(text);
  if (unclosed !== undefined)
    throw new DataError(
      `Invalid data:\n  ${file}, row ${unclosed}: a field opens a quotation mark (") that is not closed where the field ends; close it before the next comma, and double any " inside a quoted field ("")`,
    );
  const problems: string[] = [];
  const out: { raw: Record<string, string>; data: z.infer<S>; row: number }[] = [];
  const seen = new Map<string, number>();
  parseCsvRows(text).forEach(({ row: rowNumber, cells: raw }, index) => {
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
    out.push({ raw: withId as Record<string, string>, data: result.data, row: rowNumber });
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
  rowNumbers: readonly number[] = rows.map((_, index) => index + 2),
): void {
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const field = row.source_ids ? 'source_ids' : 'source_id';
    const ids = row.source_ids ?? (row.source_id ? [row.source_id] : []);
    for (const id of ids) {
      if (!knownSourceIds.has(id))
        problems.push(
          `${file}, row ${rowNumbers[index]}, field "${field}": unknown source id "${id}" (not in content/data/sources.csv)`,
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
