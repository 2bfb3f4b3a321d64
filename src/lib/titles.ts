// Page titles: the page's own title, then the site's name when the whole stays short enough for
// search results and tabs.

export const MAX_TITLE_LENGTH = 70;

/** "<title> | <site>", or the title alone when that would be longer than MAX_TITLE_LENGTH. */
export function pageTitle(title: string, siteName: string): string {
  const full = `${title} | ${siteName}`;
  return title === siteName || full.length > MAX_TITLE_LENGTH ? title : full;
}
