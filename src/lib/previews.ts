// The list of pages that have a link preview, with the words each preview shows. One list, used
// by the <head> of every page and by the endpoint that draws the Open Graph images, so a page and
// its image always agree.
import { ogImagePath, previewKey, type PagePreview } from './seo';
import type { Locale } from './locales';
import { aboutPath, chronologyPath, homePath, printPath, sectionPath, sourcesPath, updatesPath } from './urls';
import { figurePagePath, figurePreviewPath } from './figure-pages';

/** A page's preview, plus the kicker its image shows above the title. */
export interface PreviewPage extends PagePreview {
  key: string;
  kicker: string;
}

/** The words the previews need from the edition, the sections and the interface strings. */
export interface PreviewInput {
  locale: Locale;
  siteName: string;
  headline: string;
  standfirst: string;
  /** Each section, with the permalink ids of the figures it shows (its preview shows the first one's chart). */
  sections: readonly { slug: string; title: string; summary: string; modified?: string; figures?: readonly string[] }[];
  /** Each figure's own page: its id, title (the finding), kicker and sentence of context. */
  figures?: readonly { id: string; title: string; kicker: string; context: string }[];
  /** The about page's title and description (its front matter in content/pages/). */
  about: { title: string; description: string };
  /** How many events the chronology page lists (its description says so). */
  events?: number;
  strings: {
    explainer: string;
    partOf: (n: number, total: number) => string;
    sourcesPageTitle: string;
    sourcesPageIntro: string;
    printView: string;
    updatesPageTitle: string;
    updatesPageIntro: string;
    chronologyTitle: string;
    chronologyIntro: (count: number) => string;
    ogImageAlt: (title: string, siteName: string) => string;
    figureImageAlt: (title: string, siteName: string) => string;
    sectionChartAlt: (section: string, chart: string, siteName: string) => string;
    figurePageKicker: string;
  };
}

/**
 * Every page with a preview: the explainer, each section's own page, the sources list, the about,
 * updates and chronology pages, the print view and each figure's page. A figure's page, and a section that
 * shows a figure, preview the chart (an image src/integrations/figure-files.ts draws); the others
 * get an image of their title (src/pages/og/[key].png.ts draws those whose imagePath is their own key's).
 */
export function previewPages(input: PreviewInput): PreviewPage[] {
  const { siteName, strings: s } = input;
  const page = (
    path: string,
    headline: string,
    description: string,
    kicker: string,
    kind: PagePreview['kind'],
    partOf?: PagePreview['partOf'],
    modified?: string,
    chart?: { id: string; title: string },
  ): PreviewPage => {
    const key = previewKey(path);
    return {
      key,
      path,
      headline,
      description,
      kicker,
      kind,
      imagePath: chart ? figurePreviewPath(chart.id, input.locale) : ogImagePath(key),
      imageAlt: !chart
        ? s.ogImageAlt(headline, siteName)
        : chart.title === headline
          ? s.figureImageAlt(chart.title, siteName)
          : s.sectionChartAlt(headline, chart.title, siteName),
      ...(partOf ? { partOf } : {}),
      ...(modified ? { modified } : {}),
    };
  };
  const figures = input.figures ?? [];
  const chartOf = (ids: readonly string[] = []) => figures.find((f) => f.id === ids[0]);
  return [
    page(homePath(input.locale), input.headline, input.standfirst, s.explainer, 'article'),
    ...input.sections.map((section, i) =>
      page(
        sectionPath(section.slug, input.locale),
        section.title,
        section.summary,
        `${s.explainer} · ${s.partOf(i + 1, input.sections.length)}`,
        'article',
        { path: homePath(input.locale), headline: input.headline },
        section.modified,
        chartOf(section.figures),
      ),
    ),
    page(sourcesPath(input.locale), s.sourcesPageTitle, s.sourcesPageIntro, s.explainer, 'page'),
    page(aboutPath(input.locale), input.about.title, input.about.description, s.explainer, 'page'),
    page(updatesPath(input.locale), s.updatesPageTitle, s.updatesPageIntro, s.explainer, 'page'),
    ...(input.events
      ? [page(chronologyPath(input.locale), s.chronologyTitle, s.chronologyIntro(input.events), s.explainer, 'page')]
      : []),
    page(printPath(input.locale), input.headline, input.standfirst, `${s.explainer} · ${s.printView}`, 'article'),
    ...figures.map((figure) =>
      page(
        figurePagePath(figure.id, input.locale),
        figure.title,
        figure.context,
        `${s.figurePageKicker} · ${figure.kicker}`,
        'article',
        { path: homePath(input.locale), headline: input.headline },
        undefined,
        figure,
      ),
    ),
  ];
}
