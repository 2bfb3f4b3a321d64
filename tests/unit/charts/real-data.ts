// The project's real research data, read and validated the way the build reads it.
import { readFileSync } from 'node:fs';
import { validateCsvRows } from '../../../src/lib/csv';
import {
  accordSchema,
  armsImportsByYearSchema,
  russiaTopRecipientSchema,
  russianSystemSchema,
  timelineEventSchema,
  sourceSchema,
} from '../../../src/lib/data-schemas';
import type { z } from 'astro/zod';

function read<S extends z.ZodType>(
  file: string,
  schema: S,
  idOf: (row: Record<string, string>, i: number) => string,
): z.infer<S>[] {
  const path = `content/data/${file}`;
  return validateCsvRows(readFileSync(path, 'utf8'), schema, path, idOf).map((r) => r.data);
}

export const armsByYear = () =>
  read('sipri-venezuela-arms-imports-by-year.csv', armsImportsByYearSchema, (r) => r.year ?? '');
export const topRecipients = () =>
  read('sipri-russia-top-recipients-2000-2023.csv', russiaTopRecipientSchema, (r) => r.recipient ?? '');
export const systems = () =>
  read('sipri-russia-to-venezuela-systems.csv', russianSystemSchema, (r) => r.designation ?? '');
export const accords = () => read('accords.csv', accordSchema, (r, i) => `${r.date}-${r.kind}-${i}`);
export const timeline = () => read('timeline.csv', timelineEventSchema, (r) => r.id ?? '');
export const sources = () => read('sources.csv', sourceSchema, (r) => r.id ?? '');
