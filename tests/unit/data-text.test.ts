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
    const texts = [...timeline().flatMap((e) => [e.event_fr, e.note_fr ?? '']), ...accords().flatMap((a) => [a.context_fr, a.note_fr ?? ''])];
    for (const text of texts) {
      expect(text, text).not.toMatch(/ [;:?!»]|« |[^\s\u00a0\u202f][;:?!»]|«[^\u00a0\u202f]/);
      expect(text, text).not.toMatch(/'/);
    }
  });
});

describe('publisher names by locale', () => {
  it('names a publisher in French where the sources list gives a French name, by its own name otherwise', async () => {
    const { publisherName } = await import('../../src/lib/data-text');
    expect(publisherName({ publisher: 'US Department of the Treasury', publisher_fr: 'Département du Trésor des États-Unis' }, 'fr')).toBe('Département du Trésor des États-Unis');
    expect(publisherName({ publisher: 'US Department of the Treasury', publisher_fr: 'Département du Trésor des États-Unis' }, 'en')).toBe('US Department of the Treasury');
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
