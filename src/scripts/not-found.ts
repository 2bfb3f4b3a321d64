// <not-found-suggest>: on the 404 page, suggests the page whose address the mistyped one most
// resembles ("Did you mean …?"), from the known addresses the server wrote in data-known. Without
// JavaScript the page still lists every section.
import { closestSlug, lastSegment } from '../lib/closest';

class NotFoundSuggest extends HTMLElement {
  connectedCallback(): void {
    const known = JSON.parse(this.dataset.known ?? '{}') as Record<string, string>;
    const slug = closestSlug(lastSegment(location.pathname), Object.keys(known));
    const line = this.querySelector<HTMLElement>('[data-suggestion]');
    const link = line?.querySelector('a');
    if (!slug || !line || !link) return;
    link.href = known[slug]!;
    link.textContent = `${location.origin}${known[slug]}`;
    line.hidden = false;
  }
}

if (!customElements.get('not-found-suggest')) customElements.define('not-found-suggest', NotFoundSuggest);
