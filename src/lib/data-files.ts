// The research CSVs the site reads: file name, row schema and how each row gets its id. One
// table, used by the content collections and by the tests.
import {
  accordSchema,
  armsImportsBySupplierSchema,
  armsImportsByYearSchema,
  russiaTopRecipientSchema,
  russianSystemSchema,
  sourceSchema,
  timelineEventSchema,
} from './data-schemas';

type Row = Record<string, string>;

export const DATA_FILES = {
  sources: { file: 'sources.csv', schema: sourceSchema, idOf: (row: Row) => row.id ?? '' },
  timeline: { file: 'timeline.csv', schema: timelineEventSchema, idOf: (row: Row) => row.id ?? '' },
  accords: { file: 'accords.csv', schema: accordSchema, idOf: (row: Row, i: number) => `${row.date}-${row.kind}-${i}` },
  armsImportsByYear: { file: 'sipri-venezuela-arms-imports-by-year.csv', schema: armsImportsByYearSchema, idOf: (row: Row) => row.year ?? '' },
  armsImportsBySupplier: { file: 'sipri-venezuela-arms-imports-by-supplier-2000-2023.csv', schema: armsImportsBySupplierSchema, idOf: (row: Row) => row.supplier ?? '' },
  russiaTopRecipients: { file: 'sipri-russia-top-recipients-2000-2023.csv', schema: russiaTopRecipientSchema, idOf: (row: Row) => row.recipient ?? '' },
  russianSystems: { file: 'sipri-russia-to-venezuela-systems.csv', schema: russianSystemSchema, idOf: (row: Row) => row.designation ?? '' },
} as const;

export type DataCollection = keyof typeof DATA_FILES;
