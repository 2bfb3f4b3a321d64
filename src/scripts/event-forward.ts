// On a page with the timeline figure: the timeline's events live on the chronology page. A link
// published as /#event-… (or /figures/timeline/#event-…) is forwarded there (location.replace, so Back does not return to the bare page);
// the chronology's address comes from the timeline figure's link to it. Without JavaScript the
// reader lands on the explainer, whose timeline figure links to the chronology.
import { fragmentId } from '../lib/fragment';

/** Sends an #event-… fragment the page does not have to the same event in the chronology. */
function forward(): void {
  const id = fragmentId(location.hash);
  if (!id.startsWith('event-') || document.getElementById(id)) return;
  const chronology = document.querySelector<HTMLAnchorElement>('a[data-chronology]');
  if (chronology) location.replace(`${chronology.href.split('#')[0]}#${encodeURIComponent(id)}`);
}

forward();
addEventListener('hashchange', forward);
