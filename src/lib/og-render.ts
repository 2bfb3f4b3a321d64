// Draws an Open Graph image at build time: satori lays the element tree out as SVG with fonts
// read from npm packages (no network), resvg turns the SVG into a PNG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ogLayout, type OgContent } from './og-image';
import { OG_IMAGE } from './seo';

// Fonts come from @fontsource packages (WOFF, which satori reads; it cannot read WOFF2). The
// project root is the working directory of `astro build` and of the tests.
const FONT_FILES = [
  { name: 'Serif', weight: 700, file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff' },
  { name: 'Sans', weight: 700, file: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff' },
  { name: 'Sans', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
] as const;

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<SatoriFont[]> | undefined;

/** The bundled fonts, read once per process. */
function loadFonts(): Promise<SatoriFont[]> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(file)),
    })),
  );
  return fonts;
}

/** Renders the Open Graph image for one page as a 1200×630 PNG. */
export async function renderOgImage(content: OgContent): Promise<Uint8Array> {
  const svg = await satori(ogLayout(content) as unknown as Parameters<typeof satori>[0], {
    ...OG_IMAGE,
    fonts: await loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
