// The figures in French: the same numbers, ranks and positions as in English, with French words,
// dates and number formats (3 861,9 with a narrow no-break space; "juillet 2025", never a day for a
// month-precision date) and French typography in every string of the figures' dictionary.
import { describe, expect, it } from 'vitest';
import { accordsLayout } from '../../../src/charts/accords';
import { armsColumnsLayout, armsNotes, armsRowsLayout, recipientsLayout } from '../../../src/charts/arms';
import {
  accordGroups,
  armsSeries,
  armsTotals,
  articleDomains,
  countLabel,
  recipientsSeries,
  systemsRows,
  timelineRows,
} from '../../../src/charts/shape';
import { timelineLayout } from '../../../src/charts/timeline';
import { figures } from '../../../src/i18n/figures';
import { allStrings } from '../../support/strings';
import { formatDate, formatNumber } from '../../../src/lib/format';
import { accords, armsByYear, systems, timeline, topRecipients } from './real-data';

const NNBSP = '\u202f';
const series = armsSeries(armsByYear());
const sys = systemsRows(systems());
/** Text that reads the same in both languages: numbers, years, ranges and a few names. */
const neutral = (text: string) =>
  /^[\d\s\u202f\u00a0,.–\-→%+=]+$/.test(text) ||
  ['Sanctions', 'Su-30MK2', 'Maduro', 'Chávez', 'relations'].includes(text);

describe('numbers and dates in French', () => {
  it('prints 3 861,9 with a narrow no-break space and a decimal comma', () => {
    expect(formatNumber(3861.9, 'fr', { max: 1 })).toBe(`3${NNBSP}861,9`);
    expect(formatNumber(881.44, 'fr', { max: 2 })).toBe('881,44');
    expect(formatNumber(881.44, 'en', { max: 2 })).toBe('881.44');
  });
  it('prints a month-precision date as "juillet 2025", never with a day', () => {
    expect(formatDate('2025-07-01', 'month', 'fr')).toBe('juillet 2025');
    const rows = timelineRows(timeline(), 'fr');
    expect(rows.find((e) => e.id === 'event-2006-07-kalashnikov-licence')!.dateText).toBe('juillet 2006');
    expect(rows.find((e) => e.id === 'event-2005-05-ak-103-contract')!.dateText).toBe('mai 2005');
    expect(rows.find((e) => e.id === 'event-2025-07-05-independence-day-parade')!.dateText).toBe('5 juillet 2025');
    for (const e of rows) {
      if (e.date_precision === 'month') expect(e.dateText).toMatch(/^[a-zéû]+ \d{4}$/);
      if (e.date_precision === 'year') expect(e.dateText).toMatch(/^\d{4}$/);
    }
    expect(accordGroups(accords(), 'fr').claims.map((c) => c.dateText)).toEqual([
      'octobre 2019',
      '14 décembre 2022',
      '7 novembre 2024',
      '8 mai 2025',
      'août 2025',
    ]);
  });
});

describe('arms figure in French', () => {
  const en = armsColumnsLayout(series, sys, 'en');
  const fr = armsColumnsLayout(series, sys, 'fr');
  it('keeps the Russian total, the years and every bar exactly as in English', () => {
    expect(armsTotals(series).russia).toBe(3861.9);
    expect(fr.bars).toEqual(en.bars);
    const lengths = (l: ReturnType<typeof armsRowsLayout>) =>
      l.bars.map((b) => [b.year, b.russiaRect.x, b.russiaRect.width, b.otherRect.width]);
    expect(lengths(armsRowsLayout(series, sys, 'fr'))).toEqual(lengths(armsRowsLayout(series, sys, 'en')));
  });
  it('labels the axis, the series and the story in French', () => {
    const texts = fr.text.map((t) => t.text);
    expect(texts).toContain(`1${NNBSP}000 millions de TIV`);
    // The longer French series label wraps to the room before the first Russian column.
    expect(texts).toEqual(
      expect.arrayContaining([
        'Russie',
        'Tous les autres',
        'fournisseurs',
        '24 chasseurs Su-30MK2',
        'livrés de 2006 à 2008',
      ]),
    );
    expect(armsRowsLayout(series, sys, 'fr').key.map((k) => k.label.text)).toEqual([
      'Russie',
      'Tous les autres fournisseurs',
    ]);
    const notes = armsNotes(series, sys, 'fr');
    expect(notes.peak).toEqual(['2013\u00a0: le pic, avec', 'les systèmes antiaériens', 'S-300VM et Buk-M2']);
    expect(notes.none.join(' ')).toBe('Aucune livraison russe après 2014');
    expect(notes.peakNarrow).toEqual(['Pic de 2013\u00a0:', 'arrivée des', 'S-300VM et', 'Buk-M2']);
    expect(armsRowsLayout(series, sys, 'fr').bars.find((b) => b.year === 2013)!.valueLabel!.text).toBe('993,3');
  });
  it('keeps the series labels clear of the y-axis labels and of each other', () => {
    for (const layout of [en, fr]) {
      const ticks = layout.text.filter((t) => t.cls === 'fig-tick' && t.anchor === 'start');
      const labels = layout.text.filter((t) => t.cls.includes('fig-label'));
      for (const l of labels)
        for (const t of ticks)
          if (t.x < l.x + l.text.length * 8)
            expect(Math.abs(t.y - l.y), `${t.text} / ${l.text}`).toBeGreaterThanOrEqual(13);
      for (const a of labels)
        for (const b of labels)
          if (a !== b) expect(Math.abs(a.y - b.y), `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(13);
    }
  });
  it('leaves no English word in the drawings', () => {
    for (const [layoutFr, layoutEn] of [
      [fr, en],
      [armsRowsLayout(series, sys, 'fr'), armsRowsLayout(series, sys, 'en')],
    ] as const) {
      const english = new Set([...layoutEn.text, ...layoutEn.key.map((k) => k.label)].map((t) => t.text));
      for (const t of [...layoutFr.text, ...layoutFr.key.map((k) => k.label)])
        if (english.has(t.text)) expect(neutral(t.text), t.text).toBe(true);
    }
  });
  it('keeps the ranks and Venezuela’s place among Russia’s customers, with French names', () => {
    const rowsEn = recipientsSeries(topRecipients(), 'en');
    const rowsFr = recipientsSeries(topRecipients(), 'fr');
    expect(rowsFr.map((r) => [r.rank, r.recipient, r.tiv_m])).toEqual(
      rowsEn.map((r) => [r.rank, r.recipient, r.tiv_m]),
    );
    expect(rowsFr.filter((r) => r.highlight).map((r) => [r.rank, r.name])).toEqual([[6, 'Venezuela']]);
    expect(rowsFr[0]!.name).toBe('Inde');
    const layout = recipientsLayout(rowsFr, 'fr', 600);
    expect(layout.bars[0]!.name.text).toBe('1. Inde');
    expect(layout.bars[5]!.value.text).toBe(`3${NNBSP}861,9`);
    expect(layout.text.map((t) => t.text)).toEqual(
      expect.arrayContaining(['millions de TIV, 2000–2023', 'premier des Amériques']),
    );
    // The same bars, in proportion (the name column is as wide as each language's names).
    // (Bars are drawn to a tenth of a pixel, so a ratio may differ by a thousandth.)
    const ratios = (l: typeof layout) => l.bars.map((b) => b.bar.width / l.bars[0]!.bar.width);
    const ratiosEn = ratios(recipientsLayout(rowsEn, 'en', 600));
    ratios(layout).forEach((r, i) => expect(Math.abs(r - ratiosEn[i]!), rowsFr[i]!.recipient).toBeLessThan(0.0015));
    expect(layout.bars.map((b) => b.tiv)).toEqual(rowsEn.map((r) => r.tiv_m));
    expect(figures.fr.ordinal(6)).toBe('6\u1d49');
    expect(figures.fr.ordinal(1)).toBe('1\u1d49\u02b3');
    expect(accordGroups(accords(), 'fr').signed.map((r) => r.short)).toContain(
      '16\u1d49 commission intergouvernementale de haut niveau',
    );
  });
});

describe('accords figure in French', () => {
  const groups = accordGroups(accords(), 'fr');
  it('words the counts as the sources do, in French', () => {
    expect(groups.claims.map((r) => r.label)).toEqual([
      'environ 260',
      '326',
      'plus de 400',
      'plus de 300',
      'plus de 350',
    ]);
    expect(countLabel({ count: 400, qualifier: 'more than' }, 'fr')).toBe('plus de 400');
    expect(groups.signed.map((r) => r.count)).toEqual(accordGroups(accords(), 'en').signed.map((r) => r.count));
  });
  it('takes the context and the domains from the French columns', () => {
    expect(groups.signed[1]!.short).toBe('Première visite de Vladimir Poutine');
    expect(articleDomains(accords(), 'fr')).toHaveLength(7);
    expect(articleDomains(accords(), 'fr')[0]).toBe('militaire et défense');
  });
  for (const [width, font] of [
    [744, 15],
    [288, 12],
  ] as const) {
    it(`(${width}) draws the same marks as in English, with French words and no English word`, () => {
      const fr = accordsLayout(groups, 'fr', width, font);
      const en = accordsLayout(accordGroups(accords(), 'en'), 'en', width, font);
      // The marks as drawn (not their printed words, which follow each language's conventions).
      const shape = (l: typeof fr) => [l.segments, l.range, l.claims.map((c) => [c.row.count, c.dot.cx]), l.gap?.d];
      expect(shape(fr)).toEqual(shape(en));
      expect(fr.documented).toEqual(en.documented);
      const texts = fr.text.map((t) => t.text);
      expect(texts.join(' ')).toContain('plus de 400\u00a0: ');
      expect(texts.join(' ')).toContain('97–120');
      const english = new Set(en.text.map((t) => t.text));
      for (const t of texts) if (english.has(t)) expect(neutral(t), t).toBe(true);
    });
  }
});

describe('timeline figure in French', () => {
  const rowsFr = timelineRows(timeline(), 'fr');
  const rowsEn = timelineRows(timeline(), 'en');
  it('gives every event its French text, in the same order with the same status', () => {
    expect(rowsFr.map((e) => [e.id, e.status])).toEqual(rowsEn.map((e) => [e.id, e.status]));
    expect(rowsFr.find((e) => e.id === 'event-2013-03-05-chavez-dies')!.text).toBe(
      'Mort d’Hugo Chávez\u202f; Nicolás Maduro lui succède',
    );
  });
  for (const width of [288]) {
    it(`(${width}px) places every mark where the English one is, with French titles, legend and key labels`, () => {
      const fr = timelineLayout(rowsFr, 'fr', width);
      const en = timelineLayout(rowsEn, 'en', width);
      expect(fr.marks.map((m) => [m.id, m.cx])).toEqual(en.marks.map((m) => [m.id, m.cx]));
      expect(fr.legend.map((l) => l.label.text)).toEqual([
        'Diplomatie',
        'Armement',
        'Militaire',
        'Économie',
        'Politique',
        'Sanctions',
      ]);
      expect(fr.text.map((t) => t.text)).toEqual(expect.arrayContaining(['janv. 2025', 'févr.']));
      const english = new Set(
        [...en.text, ...en.legend.map((l) => l.label), ...en.labels.flatMap((l) => l.lines)].map((t) => t.text),
      );
      for (const t of [...fr.text, ...fr.legend.map((l) => l.label), ...fr.labels.flatMap((l) => l.lines)])
        if (english.has(t.text)) expect(neutral(t.text), t.text).toBe(true);
      expect(fr.labels.map((l) => l.id)).toEqual(en.labels.map((l) => l.id));
    });
  }
});

describe('the figures’ French dictionary', () => {
  const strings = allStrings(figures.fr);
  it('fills the filter status for the script, singular and plural', () => {
    expect(figures.fr.timeline.showing(27, 29)).toBe('27 événements affichés sur 29');
    expect(figures.fr.timeline.showingOne(1, 29)).toBe('1 événement affiché sur 29');
  });
  it('explains the TIV in French', () => {
    expect(figures.fr.arms.note('3 janvier 2025', 2024, 2023)).toContain(
      'valeur indicative de tendance (TIV) du SIPRI est une mesure de la capacité militaire transférée, pas un montant en argent',
    );
    expect(figures.fr.arms.title(2014)).toBe('Les livraisons d’armes russes au Venezuela ont cessé après 2014');
  });
  it('uses French typography: a no-break space before : ; ? ! % and inside « », curly apostrophes', () => {
    for (const s of strings) {
      expect(s, s).not.toMatch(/ [:;?!%»]|« |[^\s\u00a0\u202f][;:?!»%]|«[^\u00a0\u202f]/);
      expect(s, s).not.toMatch(/'/);
    }
  });
  it('has a French string for every English one, never the same words (bar names and numbers)', () => {
    const en = allStrings(figures.en);
    expect(strings).toHaveLength(en.length);
    const same = en.filter((s, i) => s === strings[i]);
    expect(same).toEqual([
      'Accords',
      '{0}–{1}',
      '{0} ({1})',
      '+{0} = {1}',
      'accords',
      'Date',
      'Chávez',
      'Maduro',
      'Sanctions',
      '.',
      'Date',
    ]);
  });
});
