// <copy-citation>: brings the "Copy citation" buttons of a "Cite this" block to life, as
// <share-links> does for "Copy link". A button copies its citation's text and
// says so in a live region; where the browser refuses, the citation is selected on the page and
// the reader is told how to copy it. Without this script the buttons stay hidden; the text is
// selectable as it is.

class CopyCitation extends HTMLElement {
  private timer = 0;

  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const citation = this.querySelector<HTMLElement>(`[data-citation="${button.dataset.copy}"]`);
      if (!citation) continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText((citation.textContent ?? '').trim());
          this.say(this.dataset.copied, true);
        } catch {
          const range = document.createRange();
          range.selectNodeContents(citation);
          const selection = getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          this.say(this.dataset.refused, false);
        }
      });
    }
  }

  /** Shows a message in the live region, cleared after a while; repeated, it is announced again. */
  private say(message = '', ok: boolean): void {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    status.toggleAttribute('data-ok', ok);
    clearTimeout(this.timer);
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
    this.timer = window.setTimeout(() => (status.textContent = ''), 8000);
  }
}

if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);
