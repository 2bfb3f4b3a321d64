// The design tokens, in one place: every colour of the site for light and dark screens (the page's
// and the figures'), and the figures' type sizes. From here come the CSS custom properties
// (src/styles/tokens-plugin.ts writes them into the stylesheet at build time), the standalone SVG
// files' styles (figure-svg.ts resolves the page's own rules with these values), the link-preview
// images' colours (og-image.ts), the icon and the web app manifest. Chosen so that every mark reaches
// 3:1 against each background it sits on, and so that the categories stay apart for readers with
// deuteranopia, protanopia or tritanopia (tests/unit/design-tokens.test.ts checks both).

/** A colour for each colour scheme. */
export interface Pair {
  light: string;
  dark: string;
}

const pair = (light: string, dark: string): Pair => ({ light, dark });

/** Every colour, keyed by its CSS custom property's name without "--". */
export const COLOURS = {
  /** The page: paper, ink, rules, links and focus. */
  paper: pair('#fbf9f4', '#121212'),
  'paper-2': pair('#f1ede3', '#1d1c1a'),
  ink: pair('#1b1a17', '#ece8df'),
  'ink-2': pair('#4a4741', '#b3ada2'),
  rule: pair('#d8d2c4', '#3a3833'),
  accent: pair('#0b5394', '#8cc4ff'),
  'accent-ink': pair('#ffffff', '#0b0b0b'),
  highlight: pair('#fff1b8', '#3d3412'),
  focus: pair('#0b5394', '#8cc4ff'),
  /** The figures' backgrounds: the timeline's era bands. */
  'fig-band': pair('#ece7db', '#24221f'),
  'fig-band-2': pair('#f3efe6', '#1b1a18'),
  /** Arms: Russia and all other suppliers (bars), with darker text colours for their labels (Okabe–Ito based; they differ in lightness as well as hue). */
  'fig-russia': pair('#c24f00', '#ff8a4a'),
  'fig-russia-ink': pair('#a04400', '#ffa472'),
  'fig-other': pair('#847e70', '#7d786e'),
  'fig-other-ink': pair('#6a6458', '#b3ada2'),
  /** Accords: documented signings (bars), claimed totals (dots), the treaty. */
  'fig-signed': pair('#0072b2', '#56b4e9'),
  'fig-claim': pair('#1b1a17', '#ece8df'),
  'fig-treaty': pair('#007a5b', '#24ca9c'),
  /** Timeline categories. */
  'fig-diplomacy': pair('#0980ea', '#4599cd'),
  'fig-arms': pair('#bf6836', '#fb884a'),
  'fig-military': pair('#007a5b', '#24ca9c'),
  'fig-economy': pair('#744c00', '#f1cd44'),
  'fig-politics': pair('#a44b93', '#e5b2da'),
  'fig-sanctions': pair('#1b1a17', '#ece8df'),
  /** A figure's tooltip shadow. */
  'fig-tip-shadow': pair('rgb(0 0 0 / 0.14)', 'rgb(0 0 0 / 0.5)'),
} as const satisfies Record<string, Pair>;

/** A colour token's name. */
export type ColourName = keyof typeof COLOURS;

/**
 * The figures' type sizes, in px (numbers, for the layouts that measure text with them): chart
 * text, labels (bold, a little larger) and panel titles. The marks' strokes and dashes have their
 * one home in figures.css, whose rules the figure files take as they are (figure-svg.ts).
 */
export const MARKS = {
  'fig-font': 12,
  'fig-font-label': 12.5,
  'fig-font-panel': 13,
} as const satisfies Record<string, number>;

/** A mark style's name. */
export type MarkName = keyof typeof MARKS;

const cssValue = (value: number) => `${value}px`;

/** A token's value in a scheme: a colour (light or dark) or a type size. */
export function token(name: string, scheme: keyof Pair = 'light'): string | undefined {
  if (name in COLOURS) return COLOURS[name as ColourName][scheme];
  if (name in MARKS) return cssValue(MARKS[name as MarkName]);
  return undefined;
}

/** The site's light colours by name: what files, previews and icons are drawn with (paper is printed light too). */
export function lightColour(name: ColourName): string {
  return COLOURS[name].light;
}

/** The CSS custom properties of every token, each colour written once as light-dark(light, dark): "--paper": "light-dark(#fbf9f4, #121212)". */
export function customProperties(): Record<string, string> {
  return Object.fromEntries([
    ...Object.entries(COLOURS).map(([name, { light, dark }]) => [`--${name}`, `light-dark(${light}, ${dark})`]),
    ...Object.entries(MARKS).map(([name, value]) => [`--${name}`, cssValue(value)]),
  ]);
}

/** The figures' palette in a scheme, keyed by the figure token's name without "fig-" (with the page's paper): what the contrast and colour-vision tests check. */
export function figureScheme(scheme: keyof Pair): Record<string, string> {
  return Object.fromEntries([
    ['paper', COLOURS.paper[scheme]],
    ...Object.entries(COLOURS)
      .filter(([name]) => name.startsWith('fig-') && name !== 'fig-tip-shadow')
      .map(([name, colour]) => [name.slice(4), colour[scheme]]),
  ]);
}

/** The figure tokens that are backgrounds, not marks. */
export const BACKGROUNDS = ['paper', 'band', 'band-2'] as const;

/** Groups of marks a reader must tell apart, each group drawn together in one figure. */
export const DISTINCT_GROUPS: Record<string, string[]> = {
  'timeline categories': ['diplomacy', 'arms', 'military', 'economy', 'politics', 'sanctions'],
  'arms suppliers': ['russia', 'other'],
  'accord counts': ['signed', 'claim'],
};

/** The smallest colour difference (CIEDE2000) between two marks of a group, in any simulated vision. */
export const MIN_DELTA_E = 12;

/** The smallest contrast of a mark against a background it sits on (WCAG 2 non-text contrast). */
export const MIN_CONTRAST = 3;
