// The data behind each figure as a CSV file, written at build time: /data/<name>.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFigureCsvFiles } from '../../data/figures';
import { neutraliseFormulas } from '../../lib/csv';

export const getStaticPaths = (async () => {
  const files = await getFigureCsvFiles();
  return Object.entries(files).map(([name, body]) => ({ params: { name }, props: { body } }));
}) satisfies GetStaticPaths;

/** Serves one CSV (UTF-8, with a header row); no cell can run as a spreadsheet formula. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${neutraliseFormulas((props as { body: string }).body)}\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
