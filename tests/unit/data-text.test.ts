import { describe, expect, it } from 'vitest';
import { eventNote, eventText, localized, localizedOptional } from '../../src/lib/data-text';
import { accords, systems, timeline, topRecipients } from './charts/real-data';

const event = { event: 'Hugo Chávez dies', event_fr: 'Mort d’Hugo Chávez', note: 'A note', note_fr: 'Une note' };

describe('data text by locale', () => {
  it('gives the English column in English and the _fr column in French', () => {
    expect(eventText(event, 'en')).toBe('Hugo Chávez dies');
    expect(eventText(event, 'fr')).toBe('Mort d’Hugo Chávez');
    expect(eventNote(event, 'fr')).toBe('Une note');
    expect(eventNote({ note: undefined }, 'fr')).toBeUndefined();
    expect(localized({ context: 'c', context_fr: 'c fr' }, 'context', 'fr')).toBe('c fr');
    expect(localizedOptional({}, 'note', 'en')).toBeUndefined();
  });
  it('finds a French text for every event, note, context, system and country of the real data', () => {
    for (const e of timeline()) {
      expect(eventText(e, 'fr')).toBeTruthy();
      expect(eventText(e, 'fr')).not.toBe(eventText(e, 'en'));
      expect(Boolean(eventNote(e, 'fr'))).toBe(Boolean(eventNote(e, 'en')));
    }
    for (const a of accords()) {
      expect(localized(a, 'context', 'fr')).not.toBe(a.context);
      expect(Boolean(localizedOptional(a, 'note', 'fr'))).toBe(Boolean(a.note));
    }
    for (const s of systems()) expect(localized(s, 'description', 'fr')).toBeTruthy();
    expect(topRecipients().find((r) => r.recipient === 'India')!.recipient_fr).toBe('Inde');
  });
  it('writes French with French typography: a no-break space before ; : ? ! and inside « »', () => {
    const texts = [
      ...timeline().flatMap((e) => [e.event_fr, e.note_fr ?? '']),
      ...accords().flatMap((a) => [a.context_fr, a.note_fr ?? '']),
    ];
    for (const text of texts) {
      expect(text, text).not.toMatch(/ [;:?!»]|« |[^\s\u00a0\u202f][;:?!»]|«[^\u00a0\u202f]/);
      expect(text, text).not.toMatch(/'/);
    }
  });
});

describe('publisher names by locale', () => {
  it('names a publisher in French where the sources list gives a French name, by its own name otherwise', async () => {
    const { publisherName } = await import('../../src/lib/data-text');
    expect(
      publisherName(
        { publisher: 'US Department of the Treasury', publisher_fr: 'Département du Trésor des États-Unis' },
        'fr',
      ),
    ).toBe('Département du Trésor des États-Unis');
    expect(
      publisherName(
        { publisher: 'US Department of the Treasury', publisher_fr: 'Département du Trésor des États-Unis' },
        'en',
      ),
    ).toBe('US Department of the Treasury');
    expect(publisherName({ publisher: 'Xinhua' }, 'fr')).toBe('Xinhua');
  });
});

describe('sourceNote', () => {
  it('gives the note in the page’s language, and nothing for a source without one', async () => {
    const { sourceNote } = await import('../../src/lib/data-text');
    const source = { note: 'state media', note_fr: 'média d’État' };
    expect(sourceNote(source, 'en')).toBe('state media');
    expect(sourceNote(source, 'fr')).toBe('média d’État');
    expect(sourceNote({}, 'fr')).toBeUndefined();
  });
});

describe('typographic quotes in text from the data', () => {
  it('turns straight quotation marks and apostrophes into curly ones, by position', async () => {
    const { typographic } = await import('../../src/lib/data-text');
    expect(typographic("Putin and Maduro's 'Perfect Harmony' Tests Trump's Watch")).toBe(
      'Putin and Maduro’s ‘Perfect Harmony’ Tests Trump’s Watch',
    );
    expect(typographic('reports "more than 300 agreements" over 80 years')).toBe(
      'reports “more than 300 agreements” over 80 years',
    );
    expect(typographic("'alrededor de 260'")).toBe('‘alrededor de 260’');
    expect(typographic('already “curly” and it’s fine')).toBe('already “curly” and it’s fine');
  });
  it('shows every text of the real data without a straight quotation mark, in both languages', async () => {
    const { localized, localizedOptional, publisherName, sourceNote, sourceTitle } =
      await import('../../src/lib/data-text');
    const { sources } = await import('./charts/real-data');
    const seen: string[] = [];
    for (const locale of ['en', 'fr'] as const) {
      for (const e of timeline()) seen.push(eventText(e, locale), eventNote(e, locale) ?? '');
      for (const a of accords()) seen.push(localized(a, 'context', locale), localizedOptional(a, 'note', locale) ?? '');
      for (const s of systems()) seen.push(localized(s, 'description', locale), localized(s, 'category', locale));
      for (const s of sources())
        seen.push(publisherName(s, locale), sourceNote(s, locale) ?? '', sourceTitle(s, locale));
    }
    // The raw English columns do hold straight marks (the test would prove nothing otherwise).
    expect(timeline().some((e) => /'/.test(e.event + (e.note ?? '')))).toBe(true);
    for (const text of seen) expect(text, text).not.toMatch(/['"]/);
  });
});

describe('source titles', () => {
  it('quotes a headline in the locale’s marks and shows a description as plain words', async () => {
    const { sourceTitle } = await import('../../src/lib/data-text');
    expect(
      sourceTitle({ title: 'Russia signs security, energy deals with Venezuela', title_kind: 'headline' }, 'en'),
    ).toBe('“Russia signs security, energy deals with Venezuela”');
    expect(
      sourceTitle({ title: 'Russia signs security, energy deals with Venezuela', title_kind: 'headline' }, 'fr'),
    ).toBe('«\u202fRussia signs security, energy deals with Venezuela\u202f»');
    expect(sourceTitle({ title: 'Report on Medvedev’s visit to Caracas', title_kind: 'description' }, 'en')).toBe(
      'Report on Medvedev’s visit to Caracas',
    );
    // A byline stays outside the marks; quotation marks inside a headline take the inner form.
    expect(
      sourceTitle(
        { title: "Putin and Maduro's 'Perfect Harmony' Tests Trump's Watch, by Omar Lugo", title_kind: 'headline' },
        'en',
      ),
    ).toBe('“Putin and Maduro’s ‘Perfect Harmony’ Tests Trump’s Watch”, by Omar Lugo');
    expect(sourceTitle({ title: 'Venezuela rejects "ridiculous" plan', title_kind: 'headline' }, 'en')).toBe(
      '“Venezuela rejects ‘ridiculous’ plan”',
    );
  });
  it('marks every source of the real data as a headline or a description', async () => {
    const { sources } = await import('./charts/real-data');
    for (const s of sources()) expect(['headline', 'description'], s.id).toContain(s.title_kind);
    // Titles written by the site ("Report on…") are descriptions, never shown as headlines.
    for (const s of sources().filter((s) => /^(Report|Interview|Notice|Legal analysis)\b/.test(s.title)))
      expect(s.title_kind, s.id).toBe('description');
  });
});
