// <copy-citation>: brings the "Copy citation" buttons of a "Cite this" block to life, as
// <share-links> does for "Copy link". A button copies its citation's text and
// says so in a live region; where the browser refuses, the citation is selected on the page and
// the reader is told how to copy it. Without this script the buttons stay hidden; the text is
// selectable as it is.
import { say } from './live-status';

class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const citation = this.querySelector<HTMLElement>(`[data-citation="${button.dataset.copy}"]`);
      if (!citation) continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText((citation.textContent ?? '').trim());
          say(this, this.dataset.copied, true);
        } catch {
          const range = document.createRange();
          range.selectNodeContents(citation);
          const selection = getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          say(this, this.dataset.refused, false);
        }
      });
    }
  }
}

if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);
