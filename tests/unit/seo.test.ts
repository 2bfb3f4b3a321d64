// Link previews and search data of a page: its preview key and image, meta tags, JSON-LD.
import { describe, expect, test } from 'vitest';
import {
  canonicalUrl,
  jsonLd,
  jsonLdText,
  metaTags,
  ogImagePath,
  ogLocale,
  previewKey,
  splitByline,
} from '../../src/lib/seo';
import { sampleFacts, samplePages } from '../support/previews';

describe('link preview data', () => {
  test('preview keys and image paths come from the page path', () => {
    expect(previewKey('/')).toBe('index');
    expect(previewKey('/sources/')).toBe('sources');
    expect(previewKey('/arms-and-oil/')).toBe('arms-and-oil');
    expect(ogImagePath('arms-and-oil')).toBe('/og/arms-and-oil.png');
  });
  test('the Open Graph locale is the edition’s language and country', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('fr')).toBe('fr_FR');
  });
  test('meta tags are absolute on the configured site and complete', () => {
    const tags = metaTags(samplePages[1]!, sampleFacts);
    const get = (key: string) => tags.find((tag) => tag.key === key);
    expect(canonicalUrl(samplePages[1]!, sampleFacts.site)).toBe('https://news.example/one/');
    expect(get('og:url')).toEqual({ attr: 'property', key: 'og:url', content: 'https://news.example/one/' });
    expect(get('og:image')?.content).toBe('https://news.example/og/one.png');
    expect(get('twitter:card')).toEqual({ attr: 'name', key: 'twitter:card', content: 'summary_large_image' });
    // X falls back to og:title, og:description and og:image: none is written twice.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) expect(get(key)).toBeUndefined();
    expect(get('twitter:image:alt')?.content).toBe(get('og:image:alt')?.content);
    expect(get('article:published_time')?.content).toBe('2026-01-02');
    expect(get('article:modified_time')?.content).toBe('2026-02-03');
    expect(get('og:image:width')?.content).toBe('1200');
    expect(get('og:image:height')?.content).toBe('630');
    expect(get('og:image:alt')?.content).toBe('“First part”, from the explainer Site');
    // A section changed on its own day says so; one never changed carries the site's date.
    expect(metaTags(samplePages[2]!, sampleFacts).find((tag) => tag.key === 'article:modified_time')?.content).toBe(
      '2026-03-04',
    );
    for (const tag of tags) expect(tag.attr).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
  });
  test('JSON-LD: a NewsArticle by the publisher (an Organization), based on the source article and its author', () => {
    const ld = jsonLd(samplePages[1]!, sampleFacts) as Record<string, any>;
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
    expect((jsonLd(samplePages[2]!, sampleFacts) as Record<string, unknown>).dateModified).toBe('2026-03-04');
    expect(ld.isBasedOn).toMatchObject({
      url: 'https://aq.example/article',
      headline: 'A headline',
      author: { '@type': 'Person', name: 'Ana Pérez' },
    });
    expect(ld.isBasedOn.publisher.name).toBe('AQ');
    expect(ld.isPartOf.url).toBe('https://news.example/');
    expect((jsonLd(samplePages[3]!, sampleFacts) as Record<string, unknown>)['@type']).toBe('WebPage');
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
