// The one pass over dist/ after the build (src/integrations/post-build.ts): its file list is the
// build's every file, and the figures' PNGs are drawn once per input and then taken from the cache,
// byte for byte the same, until what they are drawn from changes.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBuiltFiles } from '../../src/integrations/post-build';
import { writeFigureFiles } from '../../src/integrations/figure-files';
import { figureUrls } from '../../src/lib/figure-pages';
import { DIST, filesUnder } from '../support/dist';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the post-build pass', () => {
  it('lists every file of the build once, folders left out, with the hash of its bytes', () => {
    const listed = listBuiltFiles(DIST);
    expect(listed.map((f) => f.path).sort()).toEqual(filesUnder(DIST).map((p) => p.split('\\').join('/')));
    expect(listed.find((f) => f.path === 'sw.js')).toBeDefined();
    expect(listed.find((f) => f.path === 'fr/404.html')).toBeDefined();
    expect(new Set(listed.map((f) => f.hash)).size).toBeGreaterThan(listed.length / 2);
  });

  it('writes no precompressed copies outside build:deploy', () => {
    expect(filesUnder(DIST).filter((p) => /\.(gz|br)$/.test(p))).toEqual([]);
  });

  it('draws each figure PNG once, then takes it from the cache, byte for byte, until its page changes', async () => {
    const site = mkdtempSync(join(tmpdir(), 'explainer-figures-'));
    const cache = mkdtempSync(join(tmpdir(), 'explainer-figure-cache-'));
    made.push(site, cache);
    const figures = figureUrls();
    for (const figure of figures) {
      const page = join(figure.page, 'index.html');
      mkdirSync(dirname(join(site, page)), { recursive: true });
      cpSync(join(DIST, page), join(site, page));
    }
    // The figure files take their mark rules from the stylesheet the figure page links.
    cpSync(join(DIST, '_astro'), join(site, '_astro'), { recursive: true, filter: (f) => !/\.(js|map)$/.test(f) });
    const first = await writeFigureFiles(site, cache);
    expect(first.drawn).toBe(figures.length * 2);
    const pngs = first.written.filter((w) => w.path.endsWith('.png')).map((w) => w.path);
    // The same pixels as the build's own files.
    for (const png of pngs) expect(readFileSync(join(site, png)).equals(readFileSync(join(DIST, png))), png).toBe(true);

    const second = await writeFigureFiles(site, cache);
    expect(second.drawn).toBe(0);
    for (const png of pngs) expect(readFileSync(join(site, png)).equals(readFileSync(join(DIST, png))), png).toBe(true);

    // A changed title redraws that figure's PNG, and nothing else: its preview card shows the
    // card's own short title (data-card-title), so it comes from the cache unchanged.
    const changed = join(site, figures[0]!.page, 'index.html');
    const html = readFileSync(changed, 'utf8');
    writeFileSync(changed, html.replace(/(class="fig-title[^"]*"[^>]*>)/, '$1Changed: '));
    expect(readFileSync(changed, 'utf8')).not.toBe(html);
    const third = await writeFigureFiles(site, cache);
    expect(third.drawn).toBe(1);
    expect(readFileSync(join(site, figures[0]!.png)).equals(readFileSync(join(DIST, figures[0]!.png)))).toBe(false);
    expect(readFileSync(join(site, figures[0]!.preview)).equals(readFileSync(join(DIST, figures[0]!.preview)))).toBe(
      true,
    );
  }, 60_000);
});
