// <share-links>: turns a section's share row into working buttons. "Copy link" writes the
// section's URL (data-url) to the clipboard and says so in a live region; where the browser
// refuses, it shows the URL in a read-only field, selected, and says how to copy it. "Share…"
// appears only where the Web Share API exists. Without this script the buttons stay hidden and
// the plain link ([data-nojs]) is shown instead. The words come from data attributes (src/i18n/ui.ts).
import { say } from './live-status';

class ShareLinks extends HTMLElement {
  connectedCallback(): void {
    const { url = location.href, title = document.title } = this.dataset;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    const fallback = this.querySelector<HTMLInputElement>('[data-fallback]');
    this.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');
    if (fallback) fallback.value = url;
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(url);
          if (fallback) fallback.hidden = true;
          say(this, this.dataset.copied, true);
        } catch {
          if (fallback) {
            fallback.hidden = false;
            fallback.focus();
            fallback.select();
          }
          say(this, this.dataset.refused, false);
        }
      });
    }
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => navigator.share({ url, title }).catch(() => {}));
    }
  }
}

if (!customElements.get('share-links')) customElements.define('share-links', ShareLinks);
