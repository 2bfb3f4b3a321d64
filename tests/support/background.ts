// What the service worker downloads in the background after a first visit of a built page, read
// from dist/sw.js itself: its lists of files per language (with their gzipped sizes) and the very
// function it plans with. Files the page loaded itself cost nothing (revalidated, answered 304).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist.ts';
import { DIST } from './dist.ts';
import { pageWeight } from './page-weight.ts';

type Core = Record<string, [string, number][]>;
type Plan = (
  core: [string, number][],
  loaded: string[],
  budget: number,
) => { now: string[]; later: string[]; bytes: number };

/** The worker's lists, budget and planning function, from the built sw.js. */
export function workerPlan(): { core: Core; budget: number; plan: Plan } {
  const source = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const core = JSON.parse(source.match(/^const CORE = (.*);$/m)![1]!) as Core;
  const budget = Number(source.match(/^const BUDGET = (\d+);$/m)![1]);
  const fn = source.match(/^const planDownloads = ([\s\S]*?\n});?$/m)![1]!;
  const plan = new Function(`return (${fn});`)() as Plan;
  return { core, budget, plan };
}

/** The background downloads after a first visit of a page: gzipped bytes, files now and left for later, and whether the explainer is saved. */
export function backgroundWeight(page: BuiltPage): { bytes: number; now: string[]; later: string[]; locale: string } {
  const { core, budget, plan } = workerPlan();
  const locale = page.doc.querySelector('html')?.getAttribute('lang') ?? 'en';
  const weight = pageWeight(page);
  const loaded = [page.path, ...weight.files.css, ...weight.files.js].map((f) => (f.startsWith('/') ? f : `/${f}`));
  return { ...plan(core[locale] ?? [], loaded, budget), locale };
}
