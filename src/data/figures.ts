// The data the three figures draw, read from the content collections (validated at load) and
// shaped by src/charts/shape.ts. Also the CSV files offered for download beside each figure.
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { csvFormat } from 'd3-dsv';
import {
  accordGroups,
  armsSeries,
  armsTotals,
  articleDomains,
  recipientsSeries,
  systemsRows,
  timelineRows,
} from '../charts/shape';
import type { Source } from '../lib/data-schemas';
import type { Locale } from '../lib/locales';

/** The rows of one data collection, as validated. */
async function rowsOf<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return (await getCollection(name)).map((entry) => entry.data);
}

/** Every source by id. */
export async function getSourceMap(): Promise<Map<string, Source>> {
  return new Map((await rowsOf('sources')).map((s) => [s.id, s as Source]));
}

/** The arms-transfers figure: imports by year, totals, Russia's top customers (named in the locale), the systems delivered. */
export async function getArmsFigure(locale: Locale) {
  const series = armsSeries(await rowsOf('armsImportsByYear'));
  const systems = systemsRows(await rowsOf('russianSystems'));
  return {
    series,
    totals: armsTotals(series),
    recipients: recipientsSeries(await rowsOf('russiaTopRecipients'), locale),
    systems,
  };
}

/** The accords figure: single-event signings, the treaty, the claimed totals and the article's domains. */
export async function getAccordsFigure(locale: Locale) {
  const rows = await rowsOf('accords');
  return { ...accordGroups(rows, locale), domains: articleDomains(rows, locale) };
}

/** The timeline figure: every event in date order, with status and printed date. */
export async function getTimelineFigure(locale: Locale) {
  return timelineRows(await rowsOf('timeline'), locale);
}

/**
 * The CSV downloads: name → [header-ordered rows]. Each row carries its source id, publisher and
 * address. One set of files, with English column names and the research text as recorded: the
 * French pages link to the same files, with French link text.
 */
export async function getFigureCsvFiles(): Promise<Record<string, string>> {
  const locale = 'en';
  const sources = await getSourceMap();
  const cite = (ids: readonly string[]) => ({
    source_ids: ids.join(';'),
    source: ids.map((id) => sources.get(id)?.publisher ?? id).join('; '),
    source_url: ids.map((id) => sources.get(id)?.url ?? '').join(' '),
  });
  const arms = await getArmsFigure(locale);
  const accords = await rowsOf('accords');
  const timeline = await getTimelineFigure(locale);
  return {
    'venezuela-arms-imports-by-year': csvFormat(
      arms.series.map((d) => ({
        year: d.year,
        from_russia_tiv_m: d.russia,
        from_other_suppliers_tiv_m: d.other,
        from_all_suppliers_tiv_m: d.all,
        ...cite([d.sourceId]),
      })),
    ),
    'russia-top-recipients-2000-2023': csvFormat(
      arms.recipients.map((d) => ({
        rank: d.rank,
        recipient: d.recipient,
        tiv_m: d.tiv_m,
        share_of_russian_exports_pct: d.share_of_russian_exports_pct,
        ...cite([d.source_id]),
      })),
    ),
    'russia-to-venezuela-systems': csvFormat(
      arms.systems.map((d) => ({
        designation: d.designation,
        description: d.description,
        category: d.category,
        order_years: d.order_years,
        units_delivered: d.units_delivered,
        units_include_sipri_estimate: d.units_include_sipri_estimate ? 'yes' : 'no',
        delivery_years: d.delivery_years,
        tiv_delivered_m: d.tiv_delivered_m,
        ...cite([d.source_id]),
      })),
    ),
    'venezuela-russia-accords': csvFormat(
      [...accords]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((d) => ({
          date: d.date,
          date_precision: d.date_precision,
          kind: d.kind,
          count: d.count,
          count_max: d.count_max ?? '',
          qualifier: d.qualifier,
          context: d.context,
          reliability: d.reliability,
          note: d.note ?? '',
          ...cite(d.source_ids),
        })),
    ),
    'venezuela-russia-timeline': csvFormat(
      timeline.map((d) => ({
        id: d.id,
        date: d.date,
        date_precision: d.date_precision,
        category: d.category,
        event: d.event,
        in_source_article: d.in_source_article ? 'yes' : 'no',
        after_source_article: d.status === 'after' ? 'yes' : 'no',
        reliability: d.reliability,
        note: d.note ?? '',
        ...cite(d.source_ids),
      })),
    ),
  };
}

/** The permalink ids of the three figures, for the explainer's anchor check. */
export const FIGURE_IDS = [
  'figure-arms-transfers',
  'figure-arms-customers',
  'figure-arms-systems',
  'figure-accord-counts',
  'figure-timeline',
] as const;

/** The download path of a figure's CSV. */
export const csvPath = (name: string) => `/data/${name}.csv`;
