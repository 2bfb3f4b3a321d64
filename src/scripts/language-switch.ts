// <language-switch>: when the reader follows the link to the other language, carry the page's
// #fragment over. Section anchors are translated through the map the server rendered
// (data-slugs: pairs of this language's slug and the other's, read into a Map); figure and event
// ids are the same in both.
import { fragmentId, slugMapFrom, translatedFragment } from '../lib/fragment';
import { define } from './define';

define('language-switch', (host) => {
  const link = host.querySelector('a');
  if (!link) return;
  const slugs = slugMapFrom(host.dataset.slugs);
  const base = link.getAttribute('href') ?? '';
  const update = () => {
    const id = fragmentId(location.hash);
    link.href = id ? `${base}#${encodeURIComponent(translatedFragment(id, slugs))}` : base;
  };
  update();
  addEventListener('hashchange', update);
  link.addEventListener('focus', update);
  link.addEventListener('pointerdown', update);
});
