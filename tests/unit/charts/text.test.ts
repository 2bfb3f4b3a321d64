// Chart text (src/charts/text.ts) and the labels the charts take from the data: a word too wide
// for its room breaks at a hyphen or slash, and a label that still does not fit fails the build,
// naming the CSV row and field, instead of being clipped at the drawing's edge.
import { describe, expect, it } from 'vitest';
import { recipientsLayout } from '../../../src/charts/arms';
import { recipientsSeries, timelineRows } from '../../../src/charts/shape';
import { LabelError, overflowingLine, textWidth, wrapText } from '../../../src/charts/text';
import { timelineLayout } from '../../../src/charts/timeline';
import { timeline, topRecipients } from './real-data';

describe('wrapText', () => {
  it('breaks at spaces, and a word wider than the line after its hyphens and slashes', () => {
    expect(wrapText('one two three', textWidth('one two', 12), 12)).toEqual(['one two', 'three']);
    const width = textWidth('Kalashnikov-', 12);
    expect(wrapText('Kalashnikov-Rostec/Rosoboronexport', width, 12)).toEqual([
      'Kalashnikov-',
      'Rostec/',
      'Rosoboronexport',
    ]);
    // A piece without a hyphen or slash that is still too wide stays whole, and is found.
    expect(overflowingLine(wrapText('Kalashnikov-Rostec/Rosoboronexport', width, 12), width, 12)).toBe(
      'Rosoboronexport',
    );
  });
  it('keeps a word that fits whole, and a French no-break space', () => {
    expect(wrapText('Su-30MK2 jets', 500, 12)).toEqual(['Su-30MK2 jets']);
    expect(wrapText('Pourquoi\u00a0? Voilà', textWidth('Pourquoi\u00a0?', 12), 12)).toEqual([
      'Pourquoi\u00a0?',
      'Voilà',
    ]);
  });
  it('overflowingLine finds the line that would be clipped', () => {
    expect(overflowingLine(['short', 'Superlongwordwithoutspaces'], textWidth('short', 12), 12)).toBe(
      'Superlongwordwithoutspaces',
    );
    expect(overflowingLine(['short'], textWidth('short', 12), 12)).toBeUndefined();
  });
});

describe('a timeline key label that cannot wrap', () => {
  const withLabel = (label: string) => {
    const events = timeline();
    const key = events.findIndex((e) => e.chart_label);
    return events.map((e, i) => (i === key ? { ...e, chart_label_fr: label } : e));
  };
  it('fails, naming the CSV row (its id) and the field, with the widths', () => {
    const rows = timelineRows(withLabel('Superlongwordwithoutanyspacesthatcannotwrapatall'), 'fr');
    const id = rows.find((r) => r.label?.startsWith('Superlong'))!.id;
    expect(() => timelineLayout(rows, 'fr', 288)).toThrow(LabelError);
    expect(() => timelineLayout(rows, 'fr', 288)).toThrow(
      new RegExp(
        `content/data/timeline\\.csv, row with id "${id}", field "chart_label_fr": ".*Superlongword[^"]*" is about \\d+ px wide and cannot wrap, but a key label has \\d+ px on a phone`,
      ),
    );
  });
  it('is drawn when it can break at a hyphen', () => {
    const rows = timelineRows(withLabel('Superlongword-withoutany-spacesthat-cannotwrap-atall'), 'fr');
    const layout = timelineLayout(rows, 'fr', 288);
    const lines = layout.labels.flatMap((l) => l.lines.map((t) => t.text)).filter((t) => /atall|Superlong/.test(t));
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('a recipient name too long for the customers chart', () => {
  it('fails, naming the CSV row and field', () => {
    const rows = topRecipients().map((r) =>
      r.recipient === 'India'
        ? { ...r, recipient_fr: 'République de l’Inde, avec un nom bien trop long pour la colonne' }
        : r,
    );
    expect(() => recipientsLayout(recipientsSeries(rows, 'fr'), 'fr', 288)).toThrow(
      /sipri-russia-top-recipients-2000-2023\.csv, row with recipient "India", field "recipient_fr": ".*" is about \d+ px wide, more than half of the 288 px drawing/,
    );
    expect(() => recipientsLayout(recipientsSeries(topRecipients(), 'fr'), 'fr', 288)).not.toThrow();
  });
});
