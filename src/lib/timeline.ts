// Rules about the timeline that the text and the figures share.

/** The last day the source article's reporting covers: events after it are later context. */
export const ARTICLE_CUTOFF = '2025-08-31';

/** True for an event dated after the article (after August 2025). */
export function isAfterArticle(event: { date: string }): boolean {
  return event.date > ARTICLE_CUTOFF;
}
