// Published URLs keep working: every page and every heading, figure and event anchor in
// tests/public-urls.json must still be in the build, or be redirected (astro.config.mjs
// `redirects`; a renamed section slug also carries its "/#old" anchor to "/#new"). New URLs are
// added to the list with `npm run urls:update`.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { missingPublicUrls, type PublicUrls } from '../../src/lib/public-urls';
import { builtPages } from '../support/dist';
import { sectionsOf } from '../support/content';

const committed = JSON.parse(readFileSync('tests/public-urls.json', 'utf8')) as PublicUrls;
const built = builtPages().map(({ path, html }) => ({ path, html }));

describe('public URLs', () => {
  test('the committed list names every page and section anchor the content has', () => {
    const slugs = sectionsOf('en').map((s) => s.slug);
    expect(committed.pages).toEqual(expect.arrayContaining(['/', '/sources/', ...slugs.map((slug) => `/${slug}/`)]));
    expect(committed.anchors['/']).toEqual(expect.arrayContaining(slugs));
  });

  test('none has disappeared without a redirect', () => {
    const missing = missingPublicUrls(committed, built);
    expect(
      missing,
      'These published URLs are gone. Add a redirect in astro.config.mjs (see docs/sharing.md, "Stable URLs"), or, if they were never published, run `npm run urls:update -- --prune`.',
    ).toEqual([]);
  });
});
