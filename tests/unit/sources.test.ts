import { describe, expect, it } from 'vitest';
import { SOURCE_ARTICLE_ID, sourcesInListOrder } from '../../src/lib/sources';

describe('sourcesInListOrder', () => {
  it('puts the source article first, then the rest by date, oldest first', () => {
    const sorted = sourcesInListOrder([
      { id: 'b', date: '2025-01' },
      { id: SOURCE_ARTICLE_ID, date: '2025-08' },
      { id: 'a', date: '2006-11-18' },
      { id: 'c', date: '2025-01' },
    ]);
    expect(sorted.map((s) => s.id)).toEqual([SOURCE_ARTICLE_ID, 'a', 'b', 'c']);
  });
  it('does not change the list it is given', () => {
    const list = [
      { id: 'z', date: '2020' },
      { id: 'y', date: '2019' },
    ];
    sourcesInListOrder(list);
    expect(list.map((s) => s.id)).toEqual(['z', 'y']);
  });
});
