// The order of the sources list.

/** The id of the article the explainer is built from; it heads the sources list. */
export const SOURCE_ARTICLE_ID = 'source-article';

/** Sorts sources for the list: the source article first, then by date (oldest first), then id. */
export function sourcesInListOrder<T extends { id: string; date: string }>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => {
    if (a.id === SOURCE_ARTICLE_ID || b.id === SOURCE_ARTICLE_ID) return a.id === SOURCE_ARTICLE_ID ? -1 : 1;
    return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  });
}
