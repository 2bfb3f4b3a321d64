// A small edition for the unit tests of link previews and meta tags: two sections, an about page,
// and the facts about its site and source article.
import { t } from '../../src/lib/i18n';
import { previewPages } from '../../src/lib/previews';
import type { SiteFacts } from '../../src/lib/seo';

export const sampleFacts: SiteFacts = {
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
export const samplePages = previewPages({
  locale: 'en',
  siteName: 'Site',
  headline: 'The whole story',
  standfirst: 'What the whole story says, in a sentence.',
  sections: [
    { slug: 'one', title: 'First part', summary: 'The first part, summed up.' },
    { slug: 'two', title: 'Second part', summary: 'The second part, summed up.', modified: '2026-03-04' },
  ],
  about: { title: 'About it', description: 'Who publishes it and how it was made.' },
  strings: t('en'),
});
