// The link previews as pages need them: the list of pages with previews and the site-wide facts
// (name, publisher, dates, the article the site is built from), read from the content collections.
import { getEntry } from 'astro:content';
import { getContactEmail } from './contact';
import { getExplainer } from './explainer';
import { getSectionLog, getSiteDates } from './updates';
import { contentDir } from '../lib/content-dir';
import { formatDate, precisionOf } from '../lib/format';
import { t } from '../lib/i18n';
import type { Locale } from '../lib/locales';
import { previewPages } from '../lib/previews';
import { figuresInBody } from '../lib/figure-pages';
import { getFigurePages } from './figure-pages';
import { splitByline, type SiteFacts } from '../lib/seo';
import { SOURCE_ARTICLE_ID } from '../lib/sources';

/** The about page of a locale (content/pages/<locale>/about.md). */
export async function getAboutPage(locale: Locale) {
  const entry = await getEntry('pages', `${locale}/about`);
  if (!entry) throw new Error(`${contentDir()}/pages/${locale}/about.md is missing: every edition has an about page`);
  return entry;
}

/** Every page's preview for a locale, and the facts all previews share. */
export async function getPreviews(locale: Locale, site: URL | string) {
  const { edition, sections, sourceById, timeline } = await getExplainer(locale);
  const article = sourceById.get(SOURCE_ARTICLE_ID);
  if (!article)
    throw new Error(
      `content/data/sources.csv has no "${SOURCE_ARTICLE_ID}" row: the previews name the article the site is built from`,
    );
  const s = t(locale);
  const dates = await getSiteDates(locale);
  const about = await getAboutPage(locale);
  const pages = previewPages({
    locale,
    siteName: edition.siteName,
    headline: edition.headline,
    standfirst: edition.standfirst,
    sections: await Promise.all(
      sections.map(async (section) => ({
        slug: section.slug,
        title: section.title,
        summary: section.data.summary,
        modified: (await getSectionLog(section.slug, locale)).changed ?? edition.published,
        figures: figuresInBody(section.body ?? '').map((f) => f.id),
      })),
    ),
    figures: (await getFigurePages(locale)).map((f) => ({
      id: f.figure.id,
      title: f.title,
      kicker: f.kicker,
      context: f.context,
    })),
    about: about.data,
    events: timeline.length,
    strings: s,
  });
  const facts: SiteFacts = {
    site,
    siteName: edition.siteName,
    locale,
    published: dates.published,
    modified: dates.updated,
    basedOn: { url: article.url, title: article.title, publisher: article.publisher, date: article.date },
    publisher: { ...edition.publisher, contactEmail: getContactEmail() },
  };
  const { author } = splitByline(article.title);
  const basedOnLine = s.ogBasedOn(
    author ?? '',
    article.publisher.replace(/\s*\(.*\)$/, ''),
    formatDate(article.date, precisionOf(article.date), locale),
  );
  return { pages, facts, basedOnLine };
}
