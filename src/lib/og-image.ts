// The layout of a page's Open Graph image: a newspaper front in miniature, with a kicker, the
// title set large in a serif and the site's name at the foot. Pure: it returns the element tree
// that satori draws (see og-render.ts), and decides the title's size and line breaks itself so
// that every title fits and stays readable at thumbnail size.
import { lightColour } from './design-tokens';
import { clampLines, fitText, wrapLines } from './text-wrap';
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

const PADDING = 72;
const TEXT_WIDTH = OG_IMAGE.width - 2 * PADDING;
/** A bold serif's likely average advance, as a share of the font size (a little generous; a
 * line that still comes out too long wraps rather than overflowing). */
const CHAR_EM = 0.52;
const TITLE_SIZES = [92, 80, 70, 62, 56] as const;
const MAX_LINES = 4;

/** A line's width at a size, in pixels: its characters at CHAR_EM of the size each. */
const measure = (size: number) => (line: string) => line.length * size * CHAR_EM;

/** The largest title size at which the title fits in three lines (else four), balanced; at the smallest size, four lines, the last ending with an ellipsis. */
export function fitTitle(title: string, width = TEXT_WIDTH): { fontSize: number; lines: string[] } {
  for (const maxLines of [3, MAX_LINES]) {
    const fitted = fitText(title, TITLE_SIZES, width, maxLines, measure);
    if (fitted) return { fontSize: fitted.size, lines: fitted.lines };
  }
  const fontSize = TITLE_SIZES.at(-1)!;
  const fits = (line: string) => measure(fontSize)(line) <= width;
  return { fontSize, lines: clampLines(wrapLines(title, width, measure(fontSize)), MAX_LINES, fits) };
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
      backgroundColor: lightColour('paper'),
      color: lightColour('ink'),
      padding: `0 ${PADDING}px`,
      borderTop: `14px solid ${lightColour('ink')}`,
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
          color: lightColour('accent'),
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
          borderTop: `3px solid ${lightColour('ink')}`,
          paddingTop: 20,
          marginBottom: 48,
        },
        [
          node(
            'div',
            { display: 'flex', fontFamily: 'Sans', fontWeight: 700, fontSize: 40, color: lightColour('ink') },
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
                    color: lightColour('ink-2'),
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
