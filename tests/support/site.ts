// The configured site, read from astro.config.mjs itself (its `site`, overridable by SITE_URL),
// so tests check absolute URLs against the one setting the build used.
import config from '../../astro.config.mjs';

/** The site's origin and base, e.g. https://venezuela-russia.example.org/. */
export const SITE = new URL(config.site ?? 'http://localhost/');

/** An absolute URL on the configured site. */
export function onSite(path: string): string {
  return new URL(path, SITE).href;
}
