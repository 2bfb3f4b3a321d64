// The site's URL shapes, in one place. A section's own page is /<slug>/; on the one-page
// explainer it is /#<slug>.

/** The path of a section's own page. */
export function sectionPath(slug: string): string {
  return `/${slug}/`;
}

/** The path of a section's place in the one-page explainer. */
export function explainerAnchorPath(slug: string): string {
  return `/#${slug}`;
}

/** The path of a source's entry in the sources list. */
export function sourcePath(id: string): string {
  return `/sources/#${id}`;
}

/** An absolute URL on the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** True for an https address: the only kind the site links to. */
export function isSecureUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
