// The figures' palette, in one place: every mark colour for light and dark screens, with the
// backgrounds marks sit on. figures.css declares these values as CSS custom properties, light-dark(light, dark) (a unit
// test holds the two equal), the standalone SVG downloads and the link-preview cards read them from
// here. Chosen so that every mark reaches 3:1 against each background it sits on, and so that the
// categories stay apart for readers with deuteranopia, protanopia or tritanopia
// (tests/unit/charts/palette.test.ts simulates each).

/** A scheme's colours, keyed by the CSS custom property's name without "--fig-". */
export interface Scheme {
  /** Backgrounds: the page, and the timeline's era bands. */
  paper: string;
  band: string;
  'band-2': string;
  /** Arms: Russia and all other suppliers (bars), with darker text colours for their labels. */
  russia: string;
  'russia-ink': string;
  other: string;
  'other-ink': string;
  /** Accords: documented signings (bars) and claimed totals (dots). */
  signed: string;
  claim: string;
  treaty: string;
  /** Timeline categories. */
  diplomacy: string;
  arms: string;
  military: string;
  economy: string;
  politics: string;
  sanctions: string;
}

export const PALETTE: { light: Scheme; dark: Scheme } = {
  light: {
    paper: '#fbf9f4',
    band: '#ece7db',
    'band-2': '#f3efe6',
    russia: '#c24f00',
    'russia-ink': '#a04400',
    other: '#847e70',
    'other-ink': '#6a6458',
    signed: '#0072b2',
    claim: '#1b1a17',
    treaty: '#007a5b',
    diplomacy: '#0980ea',
    arms: '#bf6836',
    military: '#007a5b',
    economy: '#744c00',
    politics: '#a44b93',
    sanctions: '#1b1a17',
  },
  dark: {
    paper: '#121212',
    band: '#24221f',
    'band-2': '#1b1a18',
    russia: '#ff8a4a',
    'russia-ink': '#ffa472',
    other: '#7d786e',
    'other-ink': '#b3ada2',
    signed: '#56b4e9',
    claim: '#ece8df',
    treaty: '#24ca9c',
    diplomacy: '#4599cd',
    arms: '#fb884a',
    military: '#24ca9c',
    economy: '#f1cd44',
    politics: '#e5b2da',
    sanctions: '#ece8df',
  },
};

/** The tokens that are backgrounds, not marks. */
export const BACKGROUNDS = ['paper', 'band', 'band-2'] as const;

/** Groups of marks a reader must tell apart, each group drawn together in one figure. */
export const DISTINCT_GROUPS: Record<string, (keyof Scheme)[]> = {
  'timeline categories': ['diplomacy', 'arms', 'military', 'economy', 'politics', 'sanctions'],
  'arms suppliers': ['russia', 'other'],
  'accord counts': ['signed', 'claim'],
};

/** The smallest colour difference (CIEDE2000) between two marks of a group, in any simulated vision. */
export const MIN_DELTA_E = 12;

/** The smallest contrast of a mark against a background it sits on (WCAG 2 non-text contrast). */
export const MIN_CONTRAST = 3;

/** The palette as CSS custom property declarations, each colour light-dark(light, dark) ("--fig-russia: light-dark(#c24f00, #ff8a4a);"), backgrounds left to the page's own tokens. */
export function paletteDeclarations(): string[] {
  return Object.entries(PALETTE.light)
    .filter(([k]) => k !== 'paper')
    .map(([k, v]) => `--fig-${k}: light-dark(${v}, ${PALETTE.dark[k as keyof Scheme]});`);
}
