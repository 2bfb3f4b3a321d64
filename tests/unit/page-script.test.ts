// Which one script a page loads (src/lib/page-script.ts), from what its markup holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRIES, enhancementsOf, entryFor } from '../../src/lib/page-script';

const header = '<header><language-switch data-slugs="[]"><a href="/fr/">Français</a></language-switch></header>';
const footer = '<footer><save-offline hidden></save-offline><offline-status hidden></offline-status></footer>';

describe('the script a page loads', () => {
  it('a page with only the header and footer gets the site entry; a page with nothing to enhance, none', () => {
    expect(entryFor(`${header}<main><p>About</p></main>${footer}`, '/about/')).toBe('site');
    expect(entryFor('<main><p>Offline</p></main>', '/offline/')).toBeUndefined();
  });

  it('a section with a share row and a figure gets the figures entry (the figures fetched later); without the figure, the reading entry', () => {
    const section = `${header}<share-links data-url="x"></share-links><copy-citation></copy-citation>${footer}`;
    const withFigure = section.replace('<share-links', '<arms-chart class="fig-host"></arms-chart><share-links');
    expect(entryFor(section, '/x/')).toBe('reading');
    expect(entryFor(withFigure, '/x/')).toBe('figures');
    expect(ENTRIES.figures).toContain('figuresLater');
    // A figure's own page opens on the figure: the same markup gets its figures bundled.
    expect(entryFor(withFigure, '/figures/x/', true)).toBe('figure-page');
    expect(ENTRIES['figure-page']).toContain('figures');
  });

  it('the explainer (contents, figures, share rows) and the embed page (its frame, a figure) get their own', () => {
    const explainer = `${header}<toc-spy class="block"></toc-spy><timeline-chart></timeline-chart><share-links></share-links><contents-bar hidden></contents-bar>${footer}`;
    expect(enhancementsOf(explainer)).toEqual(['site', 'share', 'figures', 'contents']);
    expect(entryFor(explainer, '/')).toBe('explainer');
    expect(ENTRIES.explainer).toContain('figuresLater');
    const embed = '<main class="embed-main prose-body"><timeline-chart></timeline-chart></main>';
    expect(entryFor(embed, '/e/', true)).toBe('embed');
    expect(ENTRIES.embed).toContain('figures');
  });

  it('a page needing a set no entry bundles fails the build, naming the page and what it needs', () => {
    expect(() => entryFor(`${header}<toc-spy></toc-spy>${footer}`, '/odd/')).toThrow(
      /^\/odd\/: no script bundles what this page needs \(site, contents\)/,
    );
  });

  it('each entry file imports the scripts of exactly the enhancements it is listed with', () => {
    const scriptsOf: Record<string, string[]> = {
      site: ['language-switch', 'offline-status'],
      share: ['share-links', 'copy-citation', 'cite-fallback'],
      figures: ['figures/all', 'event-forward'],
      figuresLater: ['figures/on-demand', 'event-forward'],
      contents: ['toc-spy', 'contents-bar'],
      notFound: ['not-found'],
      embed: ['embed-frame'],
    };
    for (const [entry, enhancements] of Object.entries(ENTRIES)) {
      const source = readFileSync(`src/scripts/entries/${entry}.ts`, 'utf8');
      // The figures' behaviour comes bundled (figures/all) or fetched when a figure comes near (figures/on-demand).
      const imported = [...source.matchAll(/^import '\.\.\/([a-z/-]+)';$/gm)].map((m) => m[1]!).sort();
      expect(imported, entry).toEqual(enhancements.flatMap((e) => scriptsOf[e]!).sort());
    }
  });
});
