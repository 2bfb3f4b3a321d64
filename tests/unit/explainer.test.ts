import { describe, expect, it } from 'vitest';
import {
  bodyStartLine,
  checkKeyFacts,
  checkLinkForms,
  checkProseExpressions,
  checkKeyPoints,
  DEK_MAX_WORDS,
  wordCount,
  checkSectionLinks,
  checkSectionTags,
  checkTranslationsComplete,
  checkUpdate,
  linkProblem,
  pairTranslations,
  proseExpressions,
  ExplainerError,
  inReadingOrder,
  internalLinks,
  neighbours,
} from '../../src/lib/explainer';

const section = (slug: string, order: number, body = '') => ({
  slug,
  order,
  title: slug.toUpperCase(),
  file: `content/sections/en/${slug}.mdx`,
  body,
});

describe('inReadingOrder', () => {
  it('sorts by the order field, not by file or title', () => {
    const ordered = inReadingOrder([section('c', 3), section('a', 1), section('b', 2)]);
    expect(ordered.map((s) => s.slug)).toEqual(['a', 'b', 'c']);
  });
  it('names both files when two sections share an order', () => {
    expect(() => inReadingOrder([section('a', 1), section('b', 1)])).toThrow(
      /b\.mdx: front matter field "order" is 1, already used by .*a\.mdx/,
    );
  });
});

describe('neighbours', () => {
  const ordered = [section('a', 1), section('b', 2), section('c', 3)];
  it('gives previous and next in reading order', () => {
    const { previous, next, index } = neighbours(ordered, 'b');
    expect([previous?.slug, next?.slug, index]).toEqual(['a', 'c', 1]);
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(ordered, 'a').previous).toBeUndefined();
    expect(neighbours(ordered, 'c').next).toBeUndefined();
  });
  it('refuses an unknown slug', () => {
    expect(() => neighbours(ordered, 'z')).toThrow(ExplainerError);
  });
});

describe('checkKeyFacts', () => {
  const facts = [{ value: '1', section: 'a', sources: ['s1'] }];
  it('accepts facts that point at real sections and sources', () => {
    expect(() => checkKeyFacts(facts, new Set(['a']), new Set(['s1']), 'en.yaml')).not.toThrow();
  });
  it('names the file and field of a fact pointing at a missing section', () => {
    expect(() =>
      checkKeyFacts(
        [{ value: '1', section: 'gone', sources: ['s1'] }],
        new Set(['a']),
        new Set(['s1']),
        'content/editions/en.yaml',
      ),
    ).toThrow(/content\/editions\/en\.yaml: field "keyFacts\[0\]\.section" is "gone"/);
  });
  it('names an unknown source', () => {
    expect(() =>
      checkKeyFacts([{ value: '1', section: 'a', sources: ['x'] }], new Set(['a']), new Set(['s1']), 'en.yaml'),
    ).toThrow(/keyFacts\[0\]\.sources" cites unknown source id "x"/);
  });
});

describe('the dek and the key points', () => {
  it('counts words between spaces, not a French colon or semicolon standing alone', () => {
    expect(wordCount('By August 2025 a ten-year treaty')).toBe(6);
    expect(wordCount('liaient Moscou à Caracas\u202f; le 3\u00a0janvier')).toBe(7);
    expect(DEK_MAX_WORDS).toBe(35);
  });

  it('a key point citing an unknown source fails, naming the file and the field', () => {
    expect(() => checkKeyPoints([{ sources: ['s1'] }], new Set(['s1']), 'en.yaml')).not.toThrow();
    expect(() => checkKeyPoints([{ sources: ['s1'] }, { sources: ['nope'] }], new Set(['s1']), 'en.yaml')).toThrow(
      'en.yaml: field "keyPoints[1].sources" cites unknown source id "nope"',
    );
  });
});

describe('internalLinks', () => {
  it('finds markdown links, href attributes and citations, and skips external links', () => {
    const body =
      'See [the plant](/maracay/) and [this](#event-1) or [AQ](https://example.org/). <a href="/sources/#x">x</a> <Cite id="sipri" />';
    expect(internalLinks(body)).toEqual([
      { target: '/maracay/', kind: 'link' },
      { target: '#event-1', kind: 'link' },
      { target: '/sources/#x', kind: 'link' },
      { target: 'sipri', kind: 'cite' },
    ]);
  });
});

describe('checkSectionLinks', () => {
  const anchors = new Set(['a', 'b', 'event-1']);
  const pages = new Set(['/', '/a/', '/b/', '/sources/']);
  const sources = new Set(['s1']);
  it('accepts links to existing sections, anchors and sources', () => {
    const sections = [section('a', 1, '[b](/b/) [e](/#event-1) [s](/sources/#s1) <Cite id="s1" />')];
    expect(() => checkSectionLinks(sections, anchors, sources, pages)).not.toThrow();
  });
  it('fails on a link to a section that does not exist, naming the file', () => {
    expect(() => checkSectionLinks([section('a', 1, 'see [gone](/gone/)')], anchors, sources, pages)).toThrow(
      /a\.mdx: link "\/gone\/" points to a page that does not exist/,
    );
  });
  it('fails on a fragment no section, figure or event has', () => {
    expect(() => checkSectionLinks([section('a', 1, 'see [x](/#nowhere)')], anchors, sources, pages)).toThrow(
      /"#nowhere", which no section, figure or event has/,
    );
  });
  it('checks a link into the chronology against the timeline’s events', () => {
    const paths = { home: '/', sources: '/sources/', chronology: '/chronology/', events: new Set(['event-1']) };
    const withChronology = new Set([...pages, '/chronology/']);
    const link = (target: string) => [section('a', 1, `[e](${target})`)];
    expect(() =>
      checkSectionLinks(link('/chronology/#event-1'), anchors, sources, withChronology, paths),
    ).not.toThrow();
    expect(() => checkSectionLinks(link('/chronology/#event-9'), anchors, sources, withChronology, paths)).toThrow(
      /a\.mdx: link "\/chronology\/#event-9" points to an event that is not in content\/data\/timeline\.csv/,
    );
  });
  it('fails on a citation of an unknown source', () => {
    expect(() => checkSectionLinks([section('a', 1, '<Cite id="nope" />')], anchors, sources, pages)).toThrow(
      /<Cite id="nope"> names a source that is not in/,
    );
    expect(() => checkSectionLinks([section('a', 1, '[x](/sources/#nope)')], anchors, sources, pages)).toThrow(
      /points to a source that is not in/,
    );
  });
});

describe('pairTranslations', () => {
  const en = (slug: string) => ({ locale: 'en', slug, file: `en/${slug}.mdx` });
  const fr = (slug: string, translationKey?: string) => ({
    locale: 'fr',
    slug,
    translationKey,
    file: `fr/${slug}.mdx`,
  });
  it('pairs each French section with its English counterpart by translationKey', async () => {
    const { pairTranslations } = await import('../../src/lib/explainer');
    const pairs = pairTranslations(
      [en('arms-and-oil'), en('us-response'), fr('armes-et-petrole', 'arms-and-oil')],
      'en',
    );
    expect(pairs.get('arms-and-oil')).toEqual({ en: 'arms-and-oil', fr: 'armes-et-petrole' });
    expect(pairs.get('us-response')).toEqual({ en: 'us-response' });
  });
  it('names the file and field of a key that is missing or names no English section', async () => {
    const { pairTranslations } = await import('../../src/lib/explainer');
    expect(() => pairTranslations([en('a'), fr('b')], 'en')).toThrow(
      'fr/b.mdx: front matter field "translationKey" is missing',
    );
    expect(() => pairTranslations([en('a'), fr('b', 'zzz')], 'en')).toThrow(
      /fr\/b\.mdx: front matter field "translationKey" is "zzz", which is not the slug of any English section/,
    );
  });
  it('refuses two French sections translating the same English one', async () => {
    const { pairTranslations } = await import('../../src/lib/explainer');
    expect(() => pairTranslations([en('a'), fr('b', 'a'), fr('c', 'a')], 'en')).toThrow(
      /fr\/c\.mdx: .*already used by fr\/b\.mdx/,
    );
  });
});

describe('checkSectionLinks in French', () => {
  it('checks fragments against the French explainer and sources list', async () => {
    const { checkSectionLinks } = await import('../../src/lib/explainer');
    const pages = new Set(['/fr/', '/fr/sources/', '/fr/a/']);
    const paths = { home: '/fr/', sources: '/fr/sources/' };
    expect(() =>
      checkSectionLinks(
        [section('a', 1, '[x](/fr/#event-1) [s](/fr/sources/#s1)')],
        new Set(['event-1']),
        new Set(['s1']),
        pages,
        paths,
      ),
    ).not.toThrow();
    expect(() =>
      checkSectionLinks([section('a', 1, '[x](/fr/#nowhere)')], new Set(['event-1']), new Set(['s1']), pages, paths),
    ).toThrow(/"#nowhere"/);
    expect(() => checkSectionLinks([section('a', 1, '[x](/a/)')], new Set(), new Set(), pages, paths)).toThrow(
      /points to a page that does not exist/,
    );
  });
});

describe('the form of links in a section', () => {
  it('allows site paths, fragments, https:, http: and mailto:', () => {
    for (const href of [
      '/arms-and-oil/',
      '/#event-1',
      '#figure-timeline',
      'https://x.org/',
      'http://x.org',
      'mailto:a@b.org',
    ])
      expect(linkProblem(href), href).toBeUndefined();
  });
  it('refuses a relative link and says to write the site path', () => {
    expect(linkProblem('arms-and-oil/')).toBe(
      'link "arms-and-oil/" is relative, so it would lead somewhere else on the section\'s page, on the one-page explainer and in the print view: write the site path, /arms-and-oil/',
    );
    expect(linkProblem('../no-such-section/#x')).toMatch(/write the site path, \/no-such-section\/#x$/);
  });
  it('refuses javascript:, data: and other schemes', () => {
    expect(linkProblem('javascript:alert(1)')).toMatch(/uses "javascript:": only https:, http:, mailto:/);
    expect(linkProblem('DATA:text/html,x')).toMatch(/uses "data:"/);
    expect(linkProblem('file:///etc/passwd')).toMatch(/uses "file:"/);
  });
  it('names the file and the line of the link (the body starting after the front matter)', () => {
    const body = '\nFirst paragraph.\n\nSee [oil](arms-and-oil/) and <a href="javascript:x">x</a>.\n';
    expect(() => checkLinkForms([{ ...section('a', 1, body), bodyLine: 8 }])).toThrow(
      /^content\/sections\/en\/a\.mdx:11: link "arms-and-oil\/" is relative/,
    );
    expect(() => checkLinkForms([{ ...section('a', 1, 'x [y](data:text/html,z)'), bodyLine: 5 }])).toThrow(
      /a\.mdx:5: link "data:text\/html,z" uses "data:"/,
    );
    expect(() => checkLinkForms([section('a', 1, '[y](/b/) [z](https://x.org/)')])).not.toThrow();
  });
  it('finds where the body starts in a file', () => {
    expect(bodyStartLine('---\ntitle: x\nslug: y\n---\n\nText')).toBe(5);
    expect(bodyStartLine('Text only')).toBe(1);
    // The loader may drop the blank line after the front matter: the body is found where it is.
    expect(bodyStartLine('---\nslug: y\n---\n\nText\nmore', 'Text\nmore')).toBe(5);
  });
});

describe('expressions in MDX prose', () => {
  it('finds {approx} outside code and tags, and leaves comments, code and attributes alone', () => {
    expect(proseExpressions('About {approx} a billion.').map((e) => e.text)).toEqual(['{approx}']);
    expect(
      proseExpressions('{/* a note to editors */} `{x}` <PullQuote by={"A"}>y</PullQuote>\n```\n{z}\n```'),
    ).toEqual([]);
  });
  it('names the file and line instead of a ReferenceError at render time', () => {
    expect(() =>
      checkProseExpressions([{ ...section('a', 1, 'One.\n\nIt cost {approx} a billion.'), bodyLine: 7 }]),
    ).toThrow(/^content\/sections\/en\/a\.mdx:9: "\{approx\}" is a JavaScript expression in MDX/);
  });
});

describe('checkSectionTags', () => {
  it('names the file of a misspelt component (<note> for <Note>)', () => {
    expect(() => checkSectionTags([section('a', 1, 'x\n\n<note>Counts differ.</note>')])).toThrow(
      /a\.mdx: <note> is not an HTML element/,
    );
    expect(() => checkSectionTags([section('a', 1, '<Note>x</Note> <em>y</em>')])).not.toThrow();
  });
});

describe('checkUpdate', () => {
  it('names the field of the update under the standfirst that links to a missing section', () => {
    expect(() => checkUpdate({ sections: ['after-august-2025'] }, new Set(['a']), 'content/editions/en.yaml')).toThrow(
      /editions\/en\.yaml: field "update\.sections\[0\]" is "after-august-2025", which is not the slug of any section/,
    );
  });
});

describe('checkTranslationsComplete', () => {
  const pairs = pairTranslations(
    [
      { locale: 'en', slug: 'a', file: 'en/a.mdx' },
      { locale: 'en', slug: 'b', file: 'en/b.mdx' },
      { locale: 'fr', slug: 'a-fr', translationKey: 'a', file: 'fr/a.mdx' },
    ],
    'en',
  );
  it('names the English file of a section without its French counterpart', () => {
    expect(() => checkTranslationsComplete(pairs, ['en', 'fr'], (key) => `content/sections/en/${key}.mdx`)).toThrow(
      'content/sections/en/b.mdx: the section "b" has no fr counterpart; write it in content/sections/fr/ with translationKey: b',
    );
  });
  it('accepts editions where every section has its counterpart', () => {
    expect(() => checkTranslationsComplete(pairs, ['en'], (key) => key)).not.toThrow();
  });
});
