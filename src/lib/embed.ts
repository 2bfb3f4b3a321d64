// The embed code other sites paste, and the one message it listens for. The code is an <iframe>
// of a figure's embed page and a few lines of script: the embed page posts its height to the page
// that frames it (src/scripts/embed-frame.ts), and the script sizes the frame to it, as
// Datawrapper's and Pym's embed codes do. Without script (a host that strips it), the frame keeps
// the height written in the code and scrolls; the embed page keeps its source line and link back
// in view at the frame's foot.
import { escapeXml } from './markup';

/** The `type` of the message an embed page posts to its parent: `{ type, height }` (CSS pixels). */
export const EMBED_HEIGHT_MESSAGE = 'embed-height';

/** The tallest a frame is made, whatever an embed page claims (a guard against a runaway page). */
export const EMBED_MAX_HEIGHT = 20_000;

/** The frame's height from an embed page's message, or null when the message is not one of ours. */
export function embedHeightFrom(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== EMBED_HEIGHT_MESSAGE || typeof height !== 'number' || !(height > 0)) return null;
  return Math.min(Math.ceil(height), EMBED_MAX_HEIGHT);
}

/**
 * The script of the embed code: sizes the <iframe> that sent a height message, only when it comes
 * from `origin` (the site). Plain ES5 and short (it is in every embed code); the same checks as
 * embedHeightFrom, which the tests hold it to.
 */
export function embedResizeScript(origin: string): string {
  const o = JSON.stringify(origin);
  const t = JSON.stringify(EMBED_HEIGHT_MESSAGE);
  return (
    `addEventListener("message",function(e){var d=e.data,f=document.getElementsByTagName("iframe"),i=0;` +
    `if(e.origin==${o}&&d&&d.type==${t}&&typeof d.height=="number"&&d.height>0)for(;i<f.length;i++)` +
    `f[i].contentWindow==e.source&&(f[i].style.height=Math.min(Math.ceil(d.height),${EMBED_MAX_HEIGHT})+"px")})`
  );
}

/** The code an embedding site pastes: the <iframe> (URL and title escaped, `height` its height without script) and the script that resizes it. */
export function embedSnippet(input: { url: string; title: string; height: number }): string {
  const origin = new URL(input.url).origin;
  const frame =
    `<iframe src="${escapeXml(input.url)}" title="${escapeXml(input.title)}" width="100%" ` +
    `height="${Math.round(input.height)}" style="border:0;width:100%;max-width:60rem" loading="lazy"></iframe>`;
  // `</` cannot occur in the script: the origin is a URL's origin, JSON-quoted.
  return `${frame}\n<script>${embedResizeScript(origin)}</script>`;
}
