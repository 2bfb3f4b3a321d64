// The updates log's rules: what fails the build, the order readers see, the dates pages derive.
import { describe, expect, test } from 'vitest';
import {
  checkUpdates,
  entriesFor,
  lastUpdated,
  newestFirst,
  sectionUpdated,
  type UpdateEntry,
} from '../../src/lib/updates';
import { closestSlug, editDistance, lastSegment } from '../../src/lib/closest';
import {
  contactEmailProblem,
  deployContactProblem,
  deployProblem,
  isPlaceholderEmail,
  PLACEHOLDER_SITE,
} from '../../src/lib/site-url';

const entry = (
  id: string,
  date: string,
  kind: UpdateEntry['kind'],
  sections: string[],
  text: Record<string, string> = { en: 'E', fr: 'F' },
): UpdateEntry => ({
  id,
  file: `content/updates/${id}.yaml`,
  date,
  kind,
  sections,
  text,
});
const log = [
  entry('a', '2026-11-29', 'correction', ['arms-and-oil']),
  entry('b', '2026-11-29', 'update', ['after-august-2025']),
  entry('c', '2026-12-10', 'correction', ['arms-and-oil', 'us-response']),
];
const slugs = new Set(['arms-and-oil', 'after-august-2025', 'us-response']);
/** The fixtures' span: published on 29 November 2026, built on 10 December 2026. */
const span = { firstPublished: '2026-11-29', buildDay: '2026-12-10' };

describe('the log is checked', () => {
  test('a valid log passes', () => {
    expect(() => checkUpdates(log, slugs, ['en', 'fr'], span)).not.toThrow();
  });

  test('an entry naming a section that does not exist fails, with its file and field', () => {
    expect(() =>
      checkUpdates([entry('x', '2026-11-29', 'update', ['arms-and-oil', 'gone'])], slugs, ['en', 'fr'], span),
    ).toThrow('content/updates/x.yaml: field "sections[1]" is "gone", which is not the slug of any English section');
  });

  test('a French slug is refused too: entries name the English sections', () => {
    expect(() =>
      checkUpdates([entry('x', '2026-11-29', 'update', ['armes-et-petrole'])], slugs, ['en', 'fr'], span),
    ).toThrow(/field "sections\[0\]" is "armes-et-petrole"/);
  });

  test('an entry without its sentence in a language fails, with its file and field', () => {
    expect(() =>
      checkUpdates(
        [entry('y', '2026-11-29', 'correction', ['arms-and-oil'], { en: 'Only English.' })],
        slugs,
        ['en', 'fr'],
        span,
      ),
    ).toThrow('content/updates/y.yaml: field "text.fr" is missing');
    expect(() =>
      checkUpdates(
        [entry('y', '2026-11-29', 'correction', ['arms-and-oil'], { en: 'E', fr: '  ' })],
        slugs,
        ['en', 'fr'],
        span,
      ),
    ).toThrow(/"text\.fr" is missing/);
  });
});

describe('the log’s dates lie between the first publication and the day of the build', () => {
  test('the first day and the build day themselves are allowed', () => {
    expect(() =>
      checkUpdates(
        [
          entry('first', '2026-11-29', 'correction', ['arms-and-oil']),
          entry('last', '2026-12-10', 'update', ['us-response']),
        ],
        slugs,
        ['en', 'fr'],
        span,
      ),
    ).not.toThrow();
  });

  test('an entry dated in the future fails, naming its file, field and date', () => {
    expect(() =>
      checkUpdates([entry('future', '2029-11-29', 'update', ['arms-and-oil'])], slugs, ['en', 'fr'], span),
    ).toThrow('content/updates/future.yaml: field "date" is "2029-11-29", after the day of the build (2026-12-10)');
    expect(() =>
      checkUpdates([entry('tomorrow', '2026-12-11', 'update', ['arms-and-oil'])], slugs, ['en', 'fr'], span),
    ).toThrow(/tomorrow\.yaml: field "date" is "2026-12-11", after the day of the build/);
  });

  test('an entry dated before the first publication fails: the public log starts at publication', () => {
    expect(() =>
      checkUpdates([entry('early', '2026-11-28', 'correction', ['arms-and-oil'])], slugs, ['en', 'fr'], span),
    ).toThrow(
      'content/updates/early.yaml: field "date" is "2026-11-28", before the explainer\'s first publication (2026-11-29',
    );
  });
});

describe('order and dates', () => {
  test('newest first; on one day, updates before corrections', () => {
    expect(newestFirst(log).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  test('the explainer’s Updated date is the latest entry’s, or its publication date when the log is empty', () => {
    expect(lastUpdated(log, '2026-11-29')).toBe('2026-12-10');
    expect(lastUpdated([], '2026-11-29')).toBe('2026-11-29');
  });

  test('a section’s entries and date are its own', () => {
    expect(entriesFor(log, 'arms-and-oil').map((e) => e.id)).toEqual(['c', 'a']);
    expect(sectionUpdated(log, 'after-august-2025', '2026-11-01')).toBe('2026-11-29');
    expect(sectionUpdated(log, 'cuba-comparison-and-plan', '2026-11-01')).toBe('2026-11-01');
  });
});

describe('the 404 page’s suggestion', () => {
  test('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('a mistyped or cut-off slug finds its section; a stranger finds nothing', () => {
    const known = ['arms-and-oil', 'armes-et-petrole', 'us-response', 'sources', 'about'];
    expect(closestSlug(lastSegment('/arms-and-oli/'), known)).toBe('arms-and-oil');
    expect(closestSlug(lastSegment('/fr/Armes-et-petrol'), known)).toBe('armes-et-petrole');
    expect(closestSlug(lastSegment('/us-resp/'), known)).toBe('us-response');
    expect(closestSlug(lastSegment('/wp-admin/login.php'), known)).toBeUndefined();
    expect(closestSlug('', known)).toBeUndefined();
  });
});

describe('the site address for a deployment', () => {
  test('missing, malformed, plain http and the placeholder are refused, with a reason', () => {
    expect(deployProblem(undefined)).toMatch(/SITE_URL is not set/);
    expect(deployProblem('news.example.org')).toMatch(/not a URL/);
    expect(deployProblem('http://news.example.org/')).toMatch(/https/);
    expect(deployProblem(PLACEHOLDER_SITE)).toMatch(/still the placeholder/);
    expect(deployProblem('https://news.example.org/explainers/')).toBeUndefined();
  });

  test('an example.org contact address is a placeholder', () => {
    expect(isPlaceholderEmail('corrections@venezuela-russia.example.org')).toBe(true);
    expect(isPlaceholderEmail('desk@newsroom.org')).toBe(false);
  });

  test('a deployment needs CONTACT_EMAIL: missing, an example address or not an address is refused', () => {
    expect(deployContactProblem(undefined)).toMatch(/CONTACT_EMAIL is not set/);
    expect(deployContactProblem('  ')).toMatch(/CONTACT_EMAIL is not set/);
    expect(deployContactProblem('corrections@venezuela-russia.example.org')).toMatch(/an example address/);
    expect(deployContactProblem('corrections at newsroom')).toMatch(/not an e-mail address/);
    expect(deployContactProblem('desk@newsroom.org')).toBeUndefined();
  });

  test('any build refuses a CONTACT_EMAIL that is not an address, and accepts none', () => {
    expect(contactEmailProblem('desk@newsroom.org"><script>')).toMatch(/not an e-mail address/);
    expect(contactEmailProblem(undefined)).toBeUndefined();
    expect(contactEmailProblem('desk@newsroom.org')).toBeUndefined();
  });
});
