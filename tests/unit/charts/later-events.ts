// A test fixture: the real timeline plus the events after August 2025 from the shared research file
// (/work/shared/data/later-events-2025-2026.csv, copied in spirit: dates, categories, precision),
// turned into timeline rows the way the data engineer will add them, so the layouts are tested on
// a denser record than the real one (about 50 later events, most of them in 2025–2026). The real
// timeline now has its own later events: the fixture replaces them (keeping the real events up to
// the article's cut-off), so no event is drawn twice. The fixture's words are placeholders; its key
// events carry chart labels.
import type { TimelineEvent } from '../../../src/lib/data-schemas';
import { timeline } from './real-data';
import { ARTICLE_CUTOFF } from '../../../src/lib/timeline';

/** [date, precision, category, key label (en), key label (fr)] for each later event. */
const LATER: [string, 'day' | 'month', TimelineEvent['category'], string?, string?][] = [
  ['2025-08-22', 'day', 'diplomacy'],
  ['2025-09-26', 'day', 'diplomacy'],
  ['2025-10-07', 'day', 'diplomacy'],
  ['2025-10-16', 'day', 'diplomacy'],
  ['2025-10-21', 'day', 'diplomacy', 'The Duma ratifies the treaty', 'La Douma ratifie le traité'],
  ['2025-10-22', 'day', 'diplomacy'],
  ['2025-10-26', 'day', 'arms'],
  ['2025-10-27', 'day', 'diplomacy'],
  ['2025-10-31', 'day', 'arms'],
  ['2025-11-11', 'day', 'arms'],
  ['2025-11-01', 'month', 'diplomacy', 'The treaty enters into force', 'Le traité entre en vigueur'],
  ['2025-11-20', 'day', 'economy'],
  ['2025-11-28', 'day', 'diplomacy'],
  ['2025-12-11', 'day', 'diplomacy'],
  ['2025-12-15', 'day', 'diplomacy'],
  ['2025-12-17', 'day', 'economy'],
  ['2025-12-24', 'day', 'military'],
  [
    '2026-01-03',
    'day',
    'diplomacy',
    'Moscow condemns the capture and demands Maduro’s release',
    'Moscou condamne la capture et exige la libération de Maduro',
  ],
  ['2026-01-03', 'day', 'politics'],
  ['2026-01-03', 'day', 'diplomacy'],
  ['2026-01-05', 'day', 'politics'],
  ['2026-01-07', 'day', 'military'],
  ['2026-01-09', 'day', 'diplomacy'],
  ['2026-01-10', 'day', 'diplomacy'],
  ['2026-01-13', 'day', 'economy'],
  ['2026-01-14', 'day', 'diplomacy'],
  ['2026-01-01', 'month', 'arms'],
  ['2026-01-19', 'day', 'diplomacy'],
  ['2026-01-25', 'day', 'diplomacy'],
  ['2026-01-26', 'day', 'diplomacy'],
  ['2026-01-26', 'day', 'arms'],
  ['2026-01-28', 'day', 'economy'],
  [
    '2026-01-29',
    'day',
    'sanctions',
    'US oil licence excludes Russia',
    'Une licence pétrolière américaine exclut la Russie',
  ],
  ['2026-02-03', 'day', 'politics'],
  ['2026-02-05', 'day', 'economy'],
  ['2026-02-07', 'day', 'economy'],
  [
    '2026-02-10',
    'day',
    'sanctions',
    'New US licence, again without Russia',
    'Nouvelle licence américaine, toujours sans la Russie',
  ],
  ['2026-02-11', 'day', 'economy'],
  ['2026-02-11', 'day', 'economy'],
  ['2026-02-14', 'day', 'politics'],
  ['2026-02-15', 'day', 'diplomacy'],
  ['2026-02-22', 'day', 'diplomacy'],
  ['2026-03-13', 'day', 'diplomacy'],
];

/** The real timeline up to the article's cut-off and the fixture's later events, as validated rows. */
export function timelineWithLaterEvents(): TimelineEvent[] {
  const later = LATER.map(([date, precision, category, label, labelFr], i): TimelineEvent => ({
    id: `event-fixture-${date}-${i}`,
    date,
    date_precision: precision,
    category,
    event: `Later event ${i + 1}`,
    event_fr: `Événement ultérieur ${i + 1}`,
    in_source_article: false,
    source_ids: ['source-article'],
    reliability: 'good',
    note: undefined,
    note_fr: undefined,
    chart_label: label,
    chart_label_fr: labelFr,
  }));
  return [...timeline().filter((e) => e.date <= ARTICLE_CUTOFF), ...later];
}
