// The research CSVs the site reads: file name, row schema, how each row gets its id, and the
// file's rules (exact columns, rows that may not repeat, rows the figures need). One
// table, used by the content collections and by the tests.
import {
  accordSchema,
  armsImportsBySupplierSchema,
  armsImportsByYearSchema,
  russiaTopRecipientSchema,
  russianSystemSchema,
  sourceSchema,
  timelineEventSchema,
  FILE_RULES,
} from './data-schemas';

type Row = Record<string, string>;

export const DATA_FILES = {
  sources: { file: 'sources.csv', schema: sourceSchema, idOf: (row: Row) => row.id ?? '', rules: FILE_RULES.sources },
  timeline: {
    file: 'timeline.csv',
    schema: timelineEventSchema,
    idOf: (row: Row) => row.id ?? '',
    rules: FILE_RULES.timeline,
  },
  accords: {
    file: 'accords.csv',
    schema: accordSchema,
    idOf: (row: Row, i: number) => `${row.date}-${row.kind}-${i}`,
    rules: FILE_RULES.accords,
  },
  armsImportsByYear: {
    file: 'sipri-venezuela-arms-imports-by-year.csv',
    schema: armsImportsByYearSchema,
    idOf: (row: Row) => row.year ?? '',
    rules: FILE_RULES.armsImportsByYear,
  },
  armsImportsBySupplier: {
    file: 'sipri-venezuela-arms-imports-by-supplier-2000-2023.csv',
    schema: armsImportsBySupplierSchema,
    idOf: (row: Row) => row.supplier ?? '',
    rules: FILE_RULES.armsImportsBySupplier,
  },
  russiaTopRecipients: {
    file: 'sipri-russia-top-recipients-2000-2023.csv',
    schema: russiaTopRecipientSchema,
    idOf: (row: Row) => row.recipient ?? '',
    rules: FILE_RULES.russiaTopRecipients,
  },
  russianSystems: {
    file: 'sipri-russia-to-venezuela-systems.csv',
    schema: russianSystemSchema,
    idOf: (row: Row) => row.designation ?? '',
    rules: FILE_RULES.russianSystems,
  },
} as const;

/** The name of a data collection (a key of DATA_FILES). */
export type DataCollection = keyof typeof DATA_FILES;
