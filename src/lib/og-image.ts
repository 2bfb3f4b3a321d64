// The layout of a page's Open Graph image: a newspaper front in miniature, with a kicker, the
// title set large in a serif and the site's name at the foot. Pure: it returns the element tree
// that satori draws (see og-render.ts), and decides the title's size and line breaks itself so
// that every title fits and stays readable at thumbnail size.
import { OG_IMAGE } from './seo';

/** A node of the tree satori draws: a tag, its style and its children (React-element shaped). */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: OgNode | string | (OgNode | string)[] };
}

/** What an image shows. */
export interface OgContent {
  kicker: string;
  title: string;
  siteName: string;
  /** A line under the site name, e.g. the date or what the site is built from. */
  footnote?: string;
}

/** The palette (the site's light palette: ink on paper, one accent). */
export const OG_COLOURS = {
  paper: '#fbf9f4',
  ink: '#1b1a17',
  ink2: '#4a4741',
  rule: '#d8d2c4',
  accent: '#0b5394',
} as const;

const PADDING = 72;
const TEXT_WIDTH = OG_IMAGE.width - 2 * PADDING;
/** A bold serif's likely average advance, as a share of the font size (a little generous; a
 * line that still comes out too long wraps rather than overflowing). */
const CHAR_EM = 0.52;
const TITLE_SIZES = [92, 80, 70, 62, 56] as const;
const MAX_LINES = 4;

/** Wraps text into lines of at most `maxChars` characters, breaking at ordinary spaces only (a no-break space holds; a longer word stands alone). */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text
    .trim()
    .split(/[ \t\n\r]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps text into as few lines as `maxChars` allows, then evens their lengths (like text-wrap: balance). */
export function balancedLines(text: string, maxChars: number): string[] {
  const count = wrapText(text, maxChars).length;
  let narrowest = maxChars;
  for (let width = maxChars - 1; width > 0; width--) {
    if (wrapText(text, width).length !== count) break;
    narrowest = width;
  }
  return wrapText(text, narrowest);
}

/** Cuts lines to `max`, ending the last kept line with an ellipsis when text was dropped. */
export function clampLines(lines: readonly string[], max: number, maxChars: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last.length + 1 > maxChars && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[max - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}

/** The largest title size at which the title fits in few lines, and its line breaks. */
export function fitTitle(title: string, width = TEXT_WIDTH): { fontSize: number; lines: string[] } {
  for (const maxLines of [3, MAX_LINES]) {
    for (const fontSize of TITLE_SIZES) {
      const maxChars = Math.floor(width / (fontSize * CHAR_EM));
      const lines = wrapText(title, maxChars);
      if (lines.length <= maxLines && lines.every((l) => l.length <= maxChars))
        return { fontSize, lines: balancedLines(title, maxChars) };
    }
  }
  const fontSize = TITLE_SIZES.at(-1)!;
  const maxChars = Math.floor(width / (fontSize * CHAR_EM));
  return { fontSize, lines: clampLines(wrapText(title, maxChars), MAX_LINES, maxChars) };
}

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: OgNode['props']['children'],
): OgNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The element tree of an Open Graph image for one page. */
export function ogLayout(content: OgContent): OgNode {
  const { fontSize, lines } = fitTitle(content.title);
  return node(
    'div',
    {
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: OG_COLOURS.paper,
      color: OG_COLOURS.ink,
      padding: `0 ${PADDING}px`,
      borderTop: `14px solid ${OG_COLOURS.ink}`,
    },
    [
      node(
        'div',
        {
          display: 'flex',
          marginTop: 52,
          fontFamily: 'Sans',
          fontWeight: 700,
          fontSize: 30,
          letterSpacing: 3,
          textTransform: 'uppercase',
          color: OG_COLOURS.accent,
        },
        content.kicker,
      ),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          justifyContent: 'center',
          fontFamily: 'Serif',
          fontWeight: 700,
          fontSize,
          lineHeight: 1.08,
          letterSpacing: -0.5,
        },
        lines.map((line) => node('div', { display: 'flex' }, line)),
      ),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          width: TEXT_WIDTH,
          borderTop: `3px solid ${OG_COLOURS.ink}`,
          paddingTop: 20,
          marginBottom: 48,
        },
        [
          node(
            'div',
            { display: 'flex', fontFamily: 'Sans', fontWeight: 700, fontSize: 40, color: OG_COLOURS.ink },
            content.siteName,
          ),
          ...(content.footnote
            ? [
                node(
                  'div',
                  {
                    display: 'flex',
                    marginTop: 6,
                    fontFamily: 'Sans',
                    fontWeight: 400,
                    fontSize: 26,
                    color: OG_COLOURS.ink2,
                  },
                  content.footnote,
                ),
              ]
            : []),
        ],
      ),
    ],
  );
}
