// The pages that get a link preview, and what each one shows.
import { describe, expect, test } from 'vitest';
import { samplePages } from '../support/previews';

describe('previewPages', () => {
  test('every page gets a preview: the explainer, each section, the sources, about, updates and the print view', () => {
    expect(samplePages.map((p) => p.path)).toEqual([
      '/',
      '/one/',
      '/two/',
      '/sources/',
      '/about/',
      '/updates/',
      '/print/',
    ]);
    expect(samplePages.map((p) => p.imagePath)).toEqual([
      '/og/index.png',
      '/og/one.png',
      '/og/two.png',
      '/og/sources.png',
      '/og/about.png',
      '/og/updates.png',
      '/og/print.png',
    ]);
    expect(samplePages[4]).toMatchObject({
      headline: 'About it',
      description: 'Who publishes it and how it was made.',
      kind: 'page',
    });
    expect(samplePages[6]).toMatchObject({ headline: 'The whole story', kicker: 'Explainer · Print version' });
    expect(samplePages[2]).toMatchObject({
      headline: 'Second part',
      description: 'The second part, summed up.',
      kicker: 'Explainer · Part 2 of 2',
      kind: 'article',
    });
    expect(samplePages[2]!.partOf).toEqual({ path: '/', headline: 'The whole story' });
    expect(samplePages[3]!.kind).toBe('page');
  });
});
