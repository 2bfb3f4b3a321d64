// In a figure's embed page: tells the page that frames it how tall the page is, now and whenever
// it changes (fonts, a table opened, a narrower frame), so the embed code can size the frame to it
// (src/lib/embed.ts). `?theme=dark` in the frame's address turns the page dark; without it the
// embed stays light, whatever the reader's system setting (a host page's theme is not the reader's).
import { EMBED_HEIGHT_MESSAGE } from '../lib/embed';

const root = document.documentElement;
if (new URLSearchParams(location.search).get('theme') === 'dark') root.dataset.theme = 'dark';

let sent = 0;
function postHeight(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === sent || window.parent === window) return;
  sent = height;
  window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
}

new ResizeObserver(postHeight).observe(root);
window.addEventListener('load', postHeight);
