// The RSS feed of the updates log in one language (@astrojs/rss): every entry, newest first, each
// linking to its place on the updates page, all links absolute on the configured site. An RSS
// <description> is HTML, so each entry's plain text is escaped as HTML first, then as XML by the
// feed writer: a reader shows "<img onerror…>" typed in an entry as text, never as an element.
import rss from '@astrojs/rss';
import { getEdition, getSections } from './explainer';
import { getUpdates } from './updates';
import { t } from '../lib/i18n';
import { escapeXml } from '../lib/markup';
import type { Locale } from '../lib/locales';
import { updatePath, updatesPath } from '../lib/urls';

/** The feed's Response for a locale. */
export async function feedResponse(locale: Locale, site: URL | string | undefined) {
  if (!site) throw new Error('The RSS feeds need the site address: set `site` in astro.config.mjs (SITE_URL).');
  const [edition, sections, log] = await Promise.all([getEdition(locale), getSections(locale), getUpdates()]);
  const s = t(locale);
  const titleOf = new Map(sections.map((section) => [section.data.translationKey ?? section.slug, section.title]));
  return rss({
    title: s.feedTitle(edition.siteName),
    description: s.feedDescription,
    site: new URL(updatesPath(locale), site).href,
    trailingSlash: true,
    customData: `<language>${locale}</language>`,
    items: log.map((entry) => ({
      title: `${entry.kind === 'update' ? s.kindUpdate : s.kindCorrection}${s.colon} ${entry.sections.map((key) => titleOf.get(key) ?? key).join(', ')}`,
      link: new URL(updatePath(entry.id, locale), site).href,
      pubDate: new Date(`${entry.date}T00:00:00Z`),
      description: escapeXml(entry.text[locale] ?? ''),
      categories: [entry.kind],
    })),
  });
}
