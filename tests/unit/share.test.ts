// The shared URL of a section and the plain share links.
import { describe, expect, test } from 'vitest';
import { plainText, sectionShareUrl, shareLinks } from '../../src/lib/share';

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
