// <copy-citation>: brings the "Copy citation" buttons of a "Cite this" block to life, as
// <share-links> does for "Copy link". A button copies its citation's text and
// says so in a live region; where the browser refuses, the citation is selected on the page and
// the reader is told how to copy it. Without this script the buttons stay hidden; the text is
// selectable as it is.
import { define } from './define';
import { say } from './live-status';

define('copy-citation', (block) => {
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const citation = block.querySelector<HTMLElement>(`[data-citation="${button.dataset.copy}"]`);
    if (!citation) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText((citation.textContent ?? '').trim());
        say(block, block.dataset.copied, true);
      } catch {
        const range = document.createRange();
        range.selectNodeContents(citation);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        say(block, block.dataset.refused, false);
      }
    });
  }
});
