// What a first visit of a built page downloads, read from the files (no browser): its HTML, the
// stylesheets and scripts it links (with every module they import as they load), the fonts and
// images the CSS and HTML point to. Open Graph images are not loaded by a visit and are not
// counted. The scripts a page fetches later with import() (the figures' behaviour on the explainer
// and the section pages, when a figure comes near) are counted apart: in the page's JavaScript, not
// in its first visit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist.ts';
import { DIST, distFile, gzipSize, scriptGraph } from './dist.ts';

export interface PageWeight {
  html: number;
  css: number;
  /** The JavaScript loaded with the page. */
  js: number;
  /** The JavaScript it fetches later, on demand (dynamic imports). */
  jsLater: number;
  fonts: number;
  images: number;
  total: number;
  files: { css: string[]; js: string[]; jsLater: string[]; fonts: string[]; images: string[] };
}

const local = (url: string | undefined) => Boolean(url) && !/^(https?:|data:|\/\/)/.test(url!);

/** The gzipped bytes of everything a first visit of the page loads, by kind. */
export function pageWeight(page: BuiltPage): PageWeight {
  const css = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href'))
    .filter(local)
    .map((h) => distFile(h!));
  const jsEntries = page.doc
    .querySelectorAll('script[src]')
    .map((s) => s.getAttribute('src'))
    .filter(local)
    .map((h) => distFile(h!));
  const preloads = page.doc
    .querySelectorAll('link[rel="modulepreload"]')
    .map((l) => l.getAttribute('href'))
    .filter(local)
    .map((h) => distFile(h!));
  const js = scriptGraph([...jsEntries, ...preloads], false);
  const jsLater = scriptGraph([...jsEntries, ...preloads]).filter((file) => !js.includes(file));
  const fonts = new Set<string>();
  for (const file of css) {
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) {
      const target = m[1]!.startsWith('/') ? m[1]!.slice(1) : join(file.split('/').slice(0, -1).join('/'), m[1]!);
      if (existsSync(join(DIST, target))) fonts.add(target);
    }
  }
  const images = [
    ...page.doc.querySelectorAll('img[src]').map((i) => i.getAttribute('src')),
    ...page.doc.querySelectorAll('link[rel="icon"]').map((l) => l.getAttribute('href')),
  ]
    .filter(local)
    .map((h) => distFile(h!))
    .filter((f) => existsSync(join(DIST, f)));
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSize(f), 0);
  const weight = { html: gzipSize(page.file), css: sum(css), js: sum(js), fonts: sum(fonts), images: sum(images) };
  return {
    ...weight,
    jsLater: sum(jsLater),
    total: weight.html + weight.css + weight.js + weight.fonts + weight.images,
    files: { css, js, jsLater, fonts: [...fonts], images },
  };
}
