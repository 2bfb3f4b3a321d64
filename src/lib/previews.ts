// The list of pages that have a link preview, with the words each preview shows. One list, used
// by the <head> of every page and by the endpoint that draws the Open Graph images, so a page and
// its image always agree.
import { ogImagePath, previewKey, type PagePreview } from './seo';
import type { Locale } from './locales';
import { aboutPath, homePath, printPath, sectionPath, sourcesPath, updatesPath } from './urls';

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
  sections: readonly { slug: string; title: string; summary: string; modified?: string }[];
  /** The about page's title and description (its front matter in content/pages/). */
  about: { title: string; description: string };
  strings: {
    explainer: string;
    partOf: (n: number, total: number) => string;
    sourcesPageTitle: string;
    sourcesPageIntro: string;
    printView: string;
    updatesPageTitle: string;
    updatesPageIntro: string;
    ogImageAlt: (title: string, siteName: string) => string;
  };
}

/** Every page with a preview: the explainer, each section's own page, the sources list, the about and updates pages and the print view. */
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
  ): PreviewPage => {
    const key = previewKey(path);
    return {
      key,
      path,
      headline,
      description,
      kicker,
      kind,
      imagePath: ogImagePath(key),
      imageAlt: s.ogImageAlt(headline, siteName),
      ...(partOf ? { partOf } : {}),
      ...(modified ? { modified } : {}),
    };
  };
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
      ),
    ),
    page(sourcesPath(input.locale), s.sourcesPageTitle, s.sourcesPageIntro, s.explainer, 'page'),
    page(aboutPath(input.locale), input.about.title, input.about.description, s.explainer, 'page'),
    page(updatesPath(input.locale), s.updatesPageTitle, s.updatesPageIntro, s.explainer, 'page'),
    page(printPath(input.locale), input.headline, input.standfirst, `${s.explainer} · ${s.printView}`, 'article'),
  ];
}
