// The words offline reading says on a page (what is saved, progress, why a save failed) are the
// page's own, in its language: the service worker replies with what is saved, never with words,
// and carries none but those of its last-resort offline page (src/components/OfflineStatus.astro).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { builtPages, DIST } from '../support/dist';

const pages = builtPages().filter((p) => p.doc.querySelector('save-offline'));
const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');

describe('offline reading’s words', () => {
  it('every page with the button says what is saved', () => {
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/fr/', '/chronology/', '/fr/chronologie/']));
  });

  for (const page of pages) {
    it(`${page.path}: the footer holds every word the status script may show, in the page's language`, () => {
      const locale = page.doc.querySelector('html')!.getAttribute('lang') as Locale;
      const s = t(locale);
      const status = page.doc.querySelector('footer offline-status')!;
      expect(status, 'the footer’s status line').not.toBeNull();
      expect({
        page: status.getAttribute('data-page'),
        all: status.getAttribute('data-all'),
        network: status.getAttribute('data-network'),
        storage: status.getAttribute('data-storage'),
        missing: status.getAttribute('data-missing'),
      }).toEqual({
        page: s.savedThisPage,
        all: s.availableOffline,
        network: s.saveOfflineNetwork,
        storage: s.saveOfflineStorage,
        missing: s.saveOfflineMissing,
      });
      for (const bar of page.doc.querySelectorAll('save-offline progress'))
        expect(bar.getAttribute('aria-label')).toBe(s.saveOfflineSaving);
    });
  }

  it('the worker carries none of them, only its last-resort page’s', () => {
    for (const locale of LOCALES) {
      const s = t(locale);
      for (const words of [
        s.savedThisPage,
        s.availableOffline,
        s.saveOfflineSaving,
        s.saveOfflineNetwork,
        s.saveOfflineStorage,
        s.saveOfflineMissing,
      ])
        expect(worker).not.toContain(words);
      for (const words of [s.offlineTitle, s.offlineIntro, s.offlineExplainerLink]) expect(worker).toContain(words);
    }
  });
});
