// Draws an Open Graph image at build time: satori lays the element tree out as SVG with fonts
// read from npm packages (no network), resvg turns the SVG into a PNG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ogLayout, type OgContent } from './og-image';
import { OG_IMAGE } from './seo';
import { woffToSfnt } from './woff';

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

let fontPaths: string[] | undefined;

/** The same fonts as OpenType files resvg can read (it cannot read WOFF), written once per process to a temporary folder. */
export function fontFilePaths(): string[] {
  if (fontPaths) return fontPaths;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = join(tmpdir(), `explainer-fonts-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  fontPaths = FONT_FILES.map(({ file }) => {
    const path = join(
      dir,
      file
        .split('/')
        .at(-1)!
        .replace(/\.woff$/, '.otf'),
    );
    writeFileSync(path, woffToSfnt(readFileSync(require.resolve(file))));
    return path;
  });
  return fontPaths;
}

/** Draws an SVG (a figure's file or preview) as a PNG `width` pixels wide, with the bundled fonts only. */
export function renderSvgPng(svg: string, width: number): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: { loadSystemFonts: false, fontFiles: fontFilePaths(), defaultFontFamily: 'Source Sans 3' },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
