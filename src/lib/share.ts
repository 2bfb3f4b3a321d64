// Sharing a section: the URL that is shared (always the section's own page, absolute, so that
// link previews are specific to it) and the plain share links offered beside the buttons.
import { DEFAULT_LOCALE, type Locale } from './locales';
import { sectionPath } from './urls';

/** The URL a reader shares for a section: its own page, absolute on the configured site. */
export function sectionShareUrl(slug: string, site: URL | string, locale: Locale = DEFAULT_LOCALE): string {
  return new URL(sectionPath(slug, locale), site).href;
}

/** A plain share link: an ordinary <a>, no third-party script. */
export interface ShareLink {
  id: 'email' | 'whatsapp' | 'x';
  label: string;
  href: string;
}

/** The plain share links for a page (email, WhatsApp, X), each a prefilled URL. */
export function shareLinks(
  page: { url: string; title: string },
  labels: { email: string; whatsapp: string; x: string },
): ShareLink[] {
  const text = `${page.title}\n${page.url}`;
  return [
    {
      id: 'email',
      label: labels.email,
      href: `mailto:?subject=${encodeURIComponent(page.title)}&body=${encodeURIComponent(page.url)}`,
    },
    { id: 'whatsapp', label: labels.whatsapp, href: `https://wa.me/?text=${encodeURIComponent(text)}` },
    {
      id: 'x',
      label: labels.x,
      href: `https://x.com/intent/post?text=${encodeURIComponent(page.title)}&url=${encodeURIComponent(page.url)}`,
    },
  ];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of a fragment of rendered HTML: tags dropped, entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
