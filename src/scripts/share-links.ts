// <share-links>: turns a section's share row into working buttons. "Copy link" writes the
// section's URL (the address of the row's plain link, [data-nojs]) to the clipboard and says so in
// a live region; where the browser refuses, it shows the URL in a read-only field, selected, and
// says how to copy it. "Share…" appears only where the Web Share API exists. Without this script
// the buttons stay hidden and the plain link is shown instead. The messages (src/i18n/ui.ts) are
// written once a page, on one row's data attributes (ShareSection.astro), for every row to read;
// so are the share button, the fallback field and the live region, in a <template> each row copies.
import { define } from './define';
import { say } from './live-status';

define('share-links', (row) => {
  // The row's plain link (ShareSection.astro always writes it): its address is what is shared.
  const permalink = row.querySelector<HTMLElement>('[data-nojs]')!;
  const url = permalink.querySelector('a')!.href;
  const { title = document.title } = row.dataset;
  const words = document.querySelector<HTMLElement>('share-links[data-copied]')?.dataset ?? {};
  const tools = document.querySelector<HTMLTemplateElement>('template[data-share-tools]');
  if (tools) row.append(tools.content.cloneNode(true));
  const copy = row.querySelector<HTMLButtonElement>('[data-copy]');
  const share = row.querySelector<HTMLButtonElement>('[data-share]');
  const fallback = row.querySelector<HTMLInputElement>('[data-fallback]');
  permalink.hidden = true;
  if (fallback) {
    fallback.value = url;
    // Named as the plain link is ("Link to this section"), the words before its address.
    fallback.setAttribute('aria-label', (permalink.firstChild?.textContent ?? '').replace(/[\s:]+$/, ''));
  }
  if (copy) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        if (fallback) fallback.hidden = true;
        say(row, words.copied, true);
      } catch {
        if (fallback) {
          fallback.hidden = false;
          fallback.focus();
          fallback.select();
        }
        say(row, words.refused, false);
      }
    });
  }
  if (share && typeof navigator.share === 'function') {
    copy?.after(share);
    share.addEventListener('click', () => navigator.share({ url, title }).catch(() => {}));
  } else share?.remove();
});
