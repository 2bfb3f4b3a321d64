// The figure files and link previews draw their text with the project's own fonts, read from the
// installed font packages as they are: no system font, no converted copy in a temporary folder.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { fontFilePaths, renderSvgPng } from '../../src/lib/og-render';

/** An SVG with one word in a family and weight; 200 px wide. */
const word = (family: string, weight: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60"><rect width="200" height="60" fill="#fff"/><text x="10" y="42" font-family="${family}" font-weight="${weight}" font-size="36">Maracay</text></svg>`;

/** The word drawn as a PNG. */
const png = (family: string, weight: number) => renderSvgPng(word(family, weight), 200);

describe('fonts for resvg', () => {
  test('are TrueType files inside node_modules, and no temporary font folder is written', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('explainer-fonts-'));
    await png('Source Serif 4', 700);
    for (const path of fontFilePaths()) expect(path).toMatch(/node_modules\/@expo-google-fonts\/.+\.ttf$/);
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('explainer-fonts-'))).toEqual(before);
  });

  test('draw Source Serif 4 bold, Source Sans 3 bold and regular as three different faces', async () => {
    const serif = Buffer.from(await png('Source Serif 4', 700));
    const sansBold = Buffer.from(await png('Source Sans 3', 700));
    const sans = Buffer.from(await png('Source Sans 3', 400));
    expect(serif.equals(sansBold)).toBe(false);
    expect(sansBold.equals(sans)).toBe(false);
    expect(serif.equals(sans)).toBe(false);
    // A family that is not installed falls back to the default (Source Sans 3), not to nothing.
    expect(Buffer.from(await png('No Such Family', 400)).equals(sans)).toBe(true);
  });
});
