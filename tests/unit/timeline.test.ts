// Which timeline events came after the article.
import { describe, expect, it } from 'vitest';
import { ARTICLE_CUTOFF, isAfterArticle } from '../../src/lib/timeline';

describe('timeline rules', () => {
  it('treats events after August 2025 as later context', () => {
    expect(ARTICLE_CUTOFF).toBe('2025-08-31');
    expect(isAfterArticle({ date: '2025-08-07' })).toBe(false);
    expect(isAfterArticle({ date: '2025-09-30' })).toBe(true);
  });
});
