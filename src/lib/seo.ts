// What link previews and search engines read in a page's <head>: the canonical URL, Open Graph
// and Twitter Card tags, and a JSON-LD description of the article. Pure functions of the page
// and the site, so every page gets the same, tested shape.
import { isLocale, LOCALE_REGISTRY } from './locales';

/** The size of every Open Graph image, in pixels (the size Facebook, LinkedIn and X expect). */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** Open Graph locale for a site locale, from its registry entry ("en" → "en_US"); any other tag as given. */
export function ogLocale(locale: string): string {
  return isLocale(locale) ? LOCALE_REGISTRY[locale].og : locale;
}

/** The name of a page's preview image, from its path: "/" → "index", "/sources/" → "sources". */
export function previewKey(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed.replace(/\//g, '-');
}

/** The path of a page's Open Graph image, built by src/pages/og/[key].png.ts. */
export function ogImagePath(key: string): string {
  return `/og/${key}.png`;
}

/** The article the explainer is built from, as the sources list records it. */
export interface BasedOn {
  url: string;
  title: string;
  publisher: string;
  date: string;
}

/** The site-wide facts every preview repeats. */
export interface SiteFacts {
  site: URL | string;
  siteName: string;
  locale: string;
  /** ISO 8601 dates (YYYY-MM-DD) of the site's own first publication and last change (the updates log's latest). */
  published: string;
  modified: string;
  basedOn: BasedOn;
  /** Who publishes the explainer (an organization), its author too; its url defaults to the site's home. */
  /** Its contactEmail (CONTACT_EMAIL) is absent from a build that was given none. */
  publisher: { name: string; url?: string; contactEmail?: string };
}

/** One page's preview: its own words, its address and its image. */
export interface PagePreview {
  /** The page's own title (without the site's name), used in og:title and the JSON-LD headline. */
  headline: string;
  description: string;
  path: string;
  imagePath: string;
  imageAlt: string;
  /** NewsArticle for the explainer and its sections, WebPage for the rest. */
  kind: 'article' | 'page';
  /** The page this one is part of (a section's place in the whole explainer). */
  partOf?: { path: string; headline: string };
  /** The page's own last change, when it differs from the site's (a section changed on its own day). */
  modified?: string;
}

/** One <meta> tag: `property` for Open Graph, `name` for everything else. */
export interface MetaTag {
  attr: 'name' | 'property';
  key: string;
  content: string;
}

/** An absolute URL on the configured site. */
function onSite(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The canonical (absolute) URL of a page. */
export function canonicalUrl(page: Pick<PagePreview, 'path'>, site: URL | string): string {
  return onSite(page.path, site);
}

/** The Open Graph and Twitter Card tags of a page, in the order they are written. */
export function metaTags(page: PagePreview, facts: SiteFacts): MetaTag[] {
  const url = canonicalUrl(page, facts.site);
  const image = onSite(page.imagePath, facts.site);
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  return [
    og('og:type', 'article'),
    og('og:site_name', facts.siteName),
    og('og:locale', ogLocale(facts.locale)),
    og('og:title', page.headline),
    og('og:description', page.description),
    og('og:url', url),
    og('og:image', image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(OG_IMAGE.width)),
    og('og:image:height', String(OG_IMAGE.height)),
    og('og:image:alt', page.imageAlt),
    og('article:published_time', facts.published),
    og('article:modified_time', page.modified ?? facts.modified),
    // X reads og:title, og:description and og:image where its own tags are absent
    // (developer.x.com/cards/markup): only the card type and the image's alt text are its own.
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:image:alt', page.imageAlt),
  ];
}

/** Splits a sources-list title "Headline, by Name" into the headline and its author. */
export function splitByline(title: string): { headline: string; author?: string } {
  const match = title.match(/^(.*),\s+by\s+(.+)$/);
  return match ? { headline: match[1]!.trim(), author: match[2]!.trim() } : { headline: title };
}

/** The JSON-LD object for a page: a NewsArticle (explainer, sections) or a WebPage (sources). */
export function jsonLd(page: PagePreview, facts: SiteFacts): Record<string, unknown> {
  const url = canonicalUrl(page, facts.site);
  const home = onSite('/', facts.site);
  const organization = {
    '@type': 'Organization',
    name: facts.publisher.name,
    url: facts.publisher.url ?? home,
    ...(facts.publisher.contactEmail ? { email: facts.publisher.contactEmail } : {}),
  };
  const { headline: sourceHeadline, author: sourceAuthor } = splitByline(facts.basedOn.title);
  const common = {
    '@context': 'https://schema.org',
    '@type': page.kind === 'article' ? 'NewsArticle' : 'WebPage',
    url,
    inLanguage: facts.locale,
    description: page.description,
    image: {
      '@type': 'ImageObject',
      url: onSite(page.imagePath, facts.site),
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
    },
    datePublished: facts.published,
    dateModified: page.modified ?? facts.modified,
  };
  if (page.kind === 'page')
    return {
      ...common,
      name: page.headline,
      publisher: organization,
      isPartOf: { '@type': 'WebSite', name: facts.siteName, url: home },
    };
  return {
    ...common,
    headline: page.headline,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author: organization,
    publisher: organization,
    isBasedOn: {
      '@type': 'NewsArticle',
      url: facts.basedOn.url,
      headline: sourceHeadline,
      ...(sourceAuthor ? { author: { '@type': 'Person', name: sourceAuthor } } : {}),
      publisher: { '@type': 'Organization', name: facts.basedOn.publisher.replace(/\s*\(.*\)$/, '') },
      datePublished: facts.basedOn.date,
    },
    ...(page.partOf
      ? {
          isPartOf: {
            '@type': 'NewsArticle',
            headline: page.partOf.headline,
            url: onSite(page.partOf.path, facts.site),
          },
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML (no "</script>" can close it). */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
