// Build-time touches to the figures' data tables, so they keep whole words on narrow screens.
import { parse } from 'node-html-parser';

/** A table whose body holds a cell longer than this (in characters) stacks its rows on phones. */
export const STACK_AT_CHARS = 24;

/** Marks each `table.fig-table` of short values `fig-table-short` (its values never wrap), and
 *  each with prose-length cells `fig-table-stack` (its rows stack on phones), and gives its body cells a `data-label` naming their column (from the header row), so a row
 *  shown as a block still says what each value is. Other markup is returned unchanged. */
export function stackableTables(html: string, stackAt = STACK_AT_CHARS): string {
  if (!html.includes('fig-table')) return html;
  const root = parse(html);
  for (const table of root.querySelectorAll('table.fig-table')) {
    const bodyCells = table.querySelectorAll('tbody th, tbody td');
    if (!bodyCells.some((cell) => cell.textContent.trim().length > stackAt)) {
      table.classList.add('fig-table-short');
      continue;
    }
    const headers = table
      .querySelectorAll('thead tr:last-child th, thead tr:last-child td')
      .map((th) => th.textContent.trim());
    table.classList.add('fig-table-stack');
    for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
      let column = 0;
      for (const cell of row.childNodes.filter(
        (node) => 'tagName' in node && /^(TH|TD)$/.test((node as { tagName: string }).tagName),
      )) {
        const el = cell as unknown as ReturnType<typeof parse>;
        const label = headers[column];
        if (label && column > 0) el.setAttribute('data-label', label);
        column += Number(el.getAttribute('colspan') ?? 1);
      }
    }
  }
  return root.toString();
}
