// A content-layer loader for one CSV file. Unlike Astro's file() loader, which logs a parser
// error and carries on with an empty collection, this one fails the build with the message
// that names the file, the row and the field.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { validateCsvFile, type CsvFileRules } from '../lib/csv';

interface CsvLoaderOptions<S extends z.ZodType> {
  path: string;
  schema: S;
  idOf: (row: Record<string, string>, index: number) => string;
  /** The file's exact columns, rows that may not repeat, rows the figures need. */
  rules: CsvFileRules<z.infer<S>>;
  /** Further checks on the parsed rows (e.g. that every cited source exists), with their row numbers. */
  check?: (rows: z.infer<S>[], rowNumbers: number[]) => void;
}

/** Loads a CSV into a collection, one entry per row; invalid rows fail the build. */
export function csvLoader<S extends z.ZodType>({ path, schema, idOf, rules, check }: CsvLoaderOptions<S>): Loader {
  return {
    name: 'csv-loader',
    load: async ({ store, parseData, watcher, config }) => {
      const root = new URL(config.root).pathname;
      const absolute = resolve(root, path);
      const filePath = relative(root, absolute);
      const sync = async () => {
        const rows = validateCsvFile(await readFile(absolute, 'utf8'), schema, path, idOf, rules);
        check?.(
          rows.map((row) => row.data),
          rows.map((row) => row.row),
        );
        store.clear();
        for (const { raw } of rows) {
          // Astro validates each row against the collection schema again; hand it the row as read.
          const data = await parseData({ id: raw.id!, data: raw });
          store.set({ id: raw.id!, data, filePath });
        }
      };
      await sync();
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) void sync();
      });
    },
  };
}
