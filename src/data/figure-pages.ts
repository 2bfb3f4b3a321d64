// The figures' own pages as pages and previews need them: each figure's title (the finding it
// states, computed from the data; the figure components print it from here too), its kicker and
// sentence of context, and the section of the explainer that shows it.
import { accordsLayout, spanText } from '../charts/accords';
import { armsNotes } from '../charts/arms';
import { FIGURES, figuresInBody, type FigureEntry } from '../lib/figure-pages';
import { t } from '../lib/i18n';
import type { Locale } from '../lib/locales';
import { MAX_TITLE_LENGTH } from '../lib/titles';
import { getSections, type Section } from './explainer';
import { getAccordsFigure, getArmsFigure } from './figures';

/** A figure's title in a locale: the finding its component prints above the drawing and its page's heading; with `social`, the few words its link-preview card shows instead. */
export async function getFigureTitle(figure: FigureEntry, locale: Locale, social = false): Promise<string> {
  const words = t(locale).fig;
  if (figure.key === 'timeline') return social ? words.timeline.social : words.timeline.title;
  if (figure.key === 'arms') {
    const { series, systems } = await getArmsFigure(locale);
    const { lastRussian } = armsNotes(series, systems, locale);
    return social ? words.arms.social(lastRussian) : words.arms.title(lastRussian);
  }
  const data = await getAccordsFigure(locale);
  const [lo, hi] = accordsLayout(data, locale, 600).documented;
  const claims = [...data.claims].sort((a, b) => a.count - b.count);
  return (social ? words.accords.social : words.accords.title)(
    spanText(lo, hi, locale),
    claims[0]!.label,
    claims.at(-1)!.label,
  );
}

/** One figure page's words: title, kicker, context, and the section that shows the figure. */
export interface FigurePageInfo {
  figure: FigureEntry;
  title: string;
  /** The link-preview card's headline: the finding in a few words. */
  social: string;
  kicker: string;
  context: string;
  section: Pick<Section, 'slug' | 'title'>;
}

/** Every figure of a locale with its page's words; a figure no section shows fails the build. */
export async function getFigurePages(locale: Locale): Promise<FigurePageInfo[]> {
  const sections = await getSections(locale);
  const words = t(locale).fig;
  return Promise.all(
    FIGURES.map(async (figure) => {
      const section = sections.find((s) => figuresInBody(s.body ?? '').includes(figure));
      if (!section)
        throw new Error(
          `no ${locale} section shows <${figure.component}>, so its page /${figure.slug[locale]}/ has no place to link to (src/lib/figure-pages.ts)`,
        );
      return {
        figure,
        title: await getFigureTitle(figure, locale),
        social: await getFigureTitle(figure, locale, true),
        kicker: words.kicker[figure.key],
        context: words.context[figure.key],
        section: { slug: section.slug, title: section.title },
      };
    }),
  );
}

/** One figure's page in a locale, with the title its tab and search results show: the finding when
 * it is short enough, else "Figure: Accords". */
export async function getFigurePage(locale: Locale, id: string): Promise<FigurePageInfo & { documentTitle: string }> {
  const page = (await getFigurePages(locale)).find((p) => p.figure.id === id);
  if (!page) throw new Error(`no figure "${id}" in FIGURES (src/lib/figure-pages.ts)`);
  const s = t(locale);
  const documentTitle =
    page.title.length <= MAX_TITLE_LENGTH ? page.title : `${s.figurePageKicker}${s.colon} ${page.kicker}`;
  return { ...page, documentTitle };
}
