// Draws an Open Graph image at build time: satori lays the element tree out as SVG with fonts
// read from npm packages (no network), resvg turns the SVG into a PNG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { ogLayout, type OgContent } from './og-image';
import { OG_IMAGE } from './seo';

// The fonts of the images drawn at build time: Source Serif 4 and Source Sans 3 as static TrueType
// files from the @expo-google-fonts packages (Google Fonts' own files), read where npm installed
// them; satori reads TrueType, and so does resvg (2.6), which takes font files only, by path. The
// project root is the working directory of `astro build` and of the tests.
const FONT_FILES = [
  { name: 'Serif', weight: 700, file: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf' },
  { name: 'Sans', weight: 700, file: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf' },
  { name: 'Sans', weight: 400, file: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf' },
] as const;

const resolveFont = (file: string) => createRequire(join(process.cwd(), 'package.json')).resolve(file);

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<SatoriFont[]> | undefined;

/** The bundled fonts, read once per process. */
function loadFonts(): Promise<SatoriFont[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(resolveFont(file)),
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

/** The paths of the font files resvg draws the figures' text with, resolved once per process. */
export function fontFilePaths(): string[] {
  fontPaths ??= FONT_FILES.map(({ file }) => resolveFont(file));
  return fontPaths;
}

/** Draws an SVG (a figure's file or preview) as a PNG `width` pixels wide, with the bundled fonts only, off the main thread. */
export async function renderSvgPng(svg: string, width: number): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: { loadSystemFonts: false, fontFiles: fontFilePaths(), defaultFontFamily: 'Source Sans 3' },
  });
  return new Uint8Array(image.asPng());
}

/** Draws an SVG at its own size with the bundled fonts and returns its RGBA pixels. */
export function renderSvgPixels(svg: string): { pixels: Uint8Array; width: number; height: number } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: fontFilePaths(), defaultFontFamily: 'Source Sans 3' },
  }).render();
  return { pixels: new Uint8Array(image.pixels), width: image.width, height: image.height };
}
