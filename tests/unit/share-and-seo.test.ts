// The pure helpers behind sharing and link previews: the shared URL, plain share links, meta
// tags, JSON-LD and the list of pages with previews.
import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n';
import { previewPages } from '../../src/lib/previews';
import {
  canonicalUrl,
  jsonLd,
  jsonLdText,
  metaTags,
  ogImagePath,
  ogLocale,
  previewKey,
  splitByline,
  type SiteFacts,
} from '../../src/lib/seo';
import { plainText, sectionShareUrl, shareLinks } from '../../src/lib/share';

const facts: SiteFacts = {
  site: 'https://news.example/explainers/',
  siteName: 'Site',
  locale: 'en',
  published: '2026-01-02',
  modified: '2026-02-03',
  basedOn: {
    url: 'https://aq.example/article',
    title: 'A headline, by Ana Pérez',
    publisher: 'AQ (translation)',
    date: '2025-08',
  },
  publisher: { name: 'The Publisher', contactEmail: 'desk@news.example' },
};
const strings = t('en');
const pages = previewPages({
  locale: 'en',
  siteName: 'Site',
  headline: 'The whole story',
  standfirst: 'What the whole story says, in a sentence.',
  sections: [
    { slug: 'one', title: 'First part', summary: 'The first part, summed up.' },
    { slug: 'two', title: 'Second part', summary: 'The second part, summed up.', modified: '2026-03-04' },
  ],
  about: { title: 'About it', description: 'Who publishes it and how it was made.' },
  strings,
});

describe('the shared URL and share links', () => {
  test('a section is shared by its own page, absolute on the site', () => {
    expect(sectionShareUrl('arms-and-oil', 'https://example.org')).toBe('https://example.org/arms-and-oil/');
    expect(sectionShareUrl('arms-and-oil', new URL('https://example.org/sub/'))).toBe(
      'https://example.org/arms-and-oil/',
    );
    expect(sectionShareUrl('armes-et-petrole', 'https://example.org', 'fr')).toBe(
      'https://example.org/fr/armes-et-petrole/',
    );
  });

  test('email, WhatsApp and X links carry the title and the URL, encoded', () => {
    const links = shareLinks(
      { url: 'https://example.org/a/?x=1&y=2', title: 'Arms & oil' },
      { email: 'Email', whatsapp: 'WhatsApp', x: 'X' },
    );
    expect(links.map((l) => l.id)).toEqual(['email', 'whatsapp', 'x']);
    const email = new URL(links[0]!.href);
    expect(email.protocol).toBe('mailto:');
    expect(new URLSearchParams(email.search).get('subject')).toBe('Arms & oil');
    expect(new URLSearchParams(email.search).get('body')).toBe('https://example.org/a/?x=1&y=2');
    expect(new URL(links[1]!.href).searchParams.get('text')).toContain('https://example.org/a/?x=1&y=2');
    expect(new URL(links[2]!.href).searchParams.get('url')).toBe('https://example.org/a/?x=1&y=2');
  });

  test('plainText drops tags and decodes entities once', () => {
    expect(plainText('Rostec&#x27;s <em>plant</em> &amp; the &quot;AK&quot;  line&#8217;s')).toBe(
      'Rostec\'s plant & the "AK" line’s',
    );
    expect(plainText('&amp;lt;')).toBe('&lt;');
  });
});

describe('link preview data', () => {
  test('preview keys and image paths come from the page path', () => {
    expect(previewKey('/')).toBe('index');
    expect(previewKey('/sources/')).toBe('sources');
    expect(previewKey('/arms-and-oil/')).toBe('arms-and-oil');
    expect(ogImagePath('arms-and-oil')).toBe('/og/arms-and-oil.png');
  });

  test('the Open Graph locale matches the dates’ British English', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('fr')).toBe('fr_FR');
  });

  test('every page gets a preview: the explainer, each section, the sources, about, updates and the print view', () => {
    expect(pages.map((p) => p.path)).toEqual(['/', '/one/', '/two/', '/sources/', '/about/', '/updates/', '/print/']);
    expect(pages.map((p) => p.imagePath)).toEqual([
      '/og/index.png',
      '/og/one.png',
      '/og/two.png',
      '/og/sources.png',
      '/og/about.png',
      '/og/updates.png',
      '/og/print.png',
    ]);
    expect(pages[4]).toMatchObject({
      headline: 'About it',
      description: 'Who publishes it and how it was made.',
      kind: 'page',
    });
    expect(pages[6]).toMatchObject({ headline: 'The whole story', kicker: 'Explainer · Print version' });
    expect(pages[2]).toMatchObject({
      headline: 'Second part',
      description: 'The second part, summed up.',
      kicker: 'Explainer · Part 2 of 2',
      kind: 'article',
    });
    expect(pages[2]!.partOf).toEqual({ path: '/', headline: 'The whole story' });
    expect(pages[3]!.kind).toBe('page');
  });

  test('meta tags are absolute on the configured site and complete', () => {
    const tags = metaTags(pages[1]!, facts);
    const get = (key: string) => tags.find((tag) => tag.key === key);
    expect(canonicalUrl(pages[1]!, facts.site)).toBe('https://news.example/one/');
    expect(get('og:url')).toEqual({ attr: 'property', key: 'og:url', content: 'https://news.example/one/' });
    expect(get('og:image')?.content).toBe('https://news.example/og/one.png');
    expect(get('twitter:card')).toEqual({ attr: 'name', key: 'twitter:card', content: 'summary_large_image' });
    expect(get('article:published_time')?.content).toBe('2026-01-02');
    expect(get('article:modified_time')?.content).toBe('2026-02-03');
    expect(get('og:image:width')?.content).toBe('1200');
    expect(get('og:image:height')?.content).toBe('630');
    expect(get('og:image:alt')?.content).toBe('“First part”, from the explainer Site');
    // A section changed on its own day says so; one never changed carries the site's date.
    expect(metaTags(pages[2]!, facts).find((tag) => tag.key === 'article:modified_time')?.content).toBe('2026-03-04');
    for (const tag of tags) expect(tag.attr).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
  });

  test('JSON-LD: a NewsArticle by the publisher (an Organization), based on the source article and its author', () => {
    const ld = jsonLd(pages[1]!, facts) as Record<string, any>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('First part');
    expect(ld.mainEntityOfPage['@id']).toBe('https://news.example/one/');
    expect(ld.author).toEqual({
      '@type': 'Organization',
      name: 'The Publisher',
      url: 'https://news.example/',
      email: 'desk@news.example',
    });
    expect(ld.publisher).toEqual(ld.author);
    expect(ld.dateModified).toBe('2026-02-03');
    expect((jsonLd(pages[2]!, facts) as Record<string, unknown>).dateModified).toBe('2026-03-04');
    expect(ld.isBasedOn).toMatchObject({
      url: 'https://aq.example/article',
      headline: 'A headline',
      author: { '@type': 'Person', name: 'Ana Pérez' },
    });
    expect(ld.isBasedOn.publisher.name).toBe('AQ');
    expect(ld.isPartOf.url).toBe('https://news.example/');
    expect((jsonLd(pages[3]!, facts) as Record<string, unknown>)['@type']).toBe('WebPage');
  });

  test('splitByline finds the author after ", by"', () => {
    expect(splitByline("Putin and Maduro's 'Perfect Harmony', by Omar Lugo")).toEqual({
      headline: "Putin and Maduro's 'Perfect Harmony'",
      author: 'Omar Lugo',
    });
    expect(splitByline('No byline here')).toEqual({ headline: 'No byline here' });
  });

  test('JSON-LD text cannot close its <script> element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script> & more' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script> & more');
  });
});
