import { describe, expect, it } from 'vitest';
import { stackableTables } from '../../src/lib/data-tables';

const table = (cell: string) =>
  `<table class="fig-table"><caption>C</caption><thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col" class="num">Count</th></tr></thead>` +
  `<tbody><tr><th scope="row">2 April 2010</th><td>${cell}</td><td class="num">31</td></tr></tbody></table>`;

describe('stackableTables', () => {
  it('labels the body cells of a table with prose-length cells by their column, except the row header', () => {
    const out = stackableTables(table('First visit of Vladimir Putin (then prime minister) to Caracas'));
    expect(out).toContain('class="fig-table fig-table-stack"');
    expect(out).toContain('<th scope="row">2 April 2010</th>');
    expect(out).toContain('<td data-label="Kind">First visit');
    expect(out).toContain('<td class="num" data-label="Count">31</td>');
  });
  it('marks a table of short values as such, and leaves markup without tables as it was', () => {
    expect(stackableTables(table('Signed at a meeting'))).toBe(
      table('Signed at a meeting').replace('class="fig-table"', 'class="fig-table fig-table-short"'),
    );
    expect(stackableTables('<p>No table</p>')).toBe('<p>No table</p>');
  });
});
