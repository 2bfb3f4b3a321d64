// The embed code: the <iframe> other sites paste and the script that sizes it to the height the
// embed page posts. The script is run here against a stand-in window, and held to embedHeightFrom.
import { describe, expect, test } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  EMBED_MAX_HEIGHT,
  embedHeightFrom,
  embedResizeScript,
  embedSnippet,
} from '../../src/lib/embed';

const SITE = 'https://explainer.example';

/** Runs the embed code's script on a stand-in page with two frames; returns how to post to it. */
function hostWithFrames() {
  const frames = [
    { contentWindow: {}, style: { height: '' } },
    { contentWindow: {}, style: { height: '' } },
  ];
  let listener: (event: { origin: string; data: unknown; source: unknown }) => void = () => {};
  const addEventListener = (_: string, fn: typeof listener) => (listener = fn);
  const document = { getElementsByTagName: () => frames };
  new Function('addEventListener', 'document', embedResizeScript(SITE))(addEventListener, document);
  return { frames, post: (origin: string, data: unknown, source: unknown) => listener({ origin, data, source }) };
}

describe('the embed code', () => {
  test('is the <iframe>, its URL and title escaped, its height the one given, then the script', () => {
    const code = embedSnippet({ url: `${SITE}/figures/a/embed/?q=1&r=2`, title: 'Arms & "oil"', height: 812.4 });
    const [frame, script] = code.split('\n');
    expect(frame).toBe(
      `<iframe src="${SITE}/figures/a/embed/?q=1&amp;r=2" title="Arms &amp; &quot;oil&quot;" width="100%" height="812" style="border:0;width:100%;max-width:60rem" loading="lazy"></iframe>`,
    );
    expect(script).toBe(`<script>${embedResizeScript(SITE)}</script>`);
    expect(embedResizeScript(SITE)).toContain(JSON.stringify(SITE));
  });

  test('reads a height only from a message of its own form', () => {
    expect(embedHeightFrom({ type: EMBED_HEIGHT_MESSAGE, height: 811.2 })).toBe(812);
    expect(embedHeightFrom({ type: EMBED_HEIGHT_MESSAGE, height: 1e9 })).toBe(EMBED_MAX_HEIGHT);
    for (const bad of [
      null,
      'height',
      { type: 'other', height: 100 },
      { type: EMBED_HEIGHT_MESSAGE, height: '100' },
      { type: EMBED_HEIGHT_MESSAGE, height: -5 },
      { type: EMBED_HEIGHT_MESSAGE, height: Number.NaN },
      { type: EMBED_HEIGHT_MESSAGE, height: 0 },
      { type: EMBED_HEIGHT_MESSAGE },
    ])
      expect(embedHeightFrom(bad), JSON.stringify(bad)).toBeNull();
  });

  test('the script sizes the frame that posted, and only from the site, as embedHeightFrom reads', () => {
    const { frames, post } = hostWithFrames();
    post(SITE, { type: EMBED_HEIGHT_MESSAGE, height: 811.2 }, frames[1]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['', '812px']);
    post(SITE, { type: EMBED_HEIGHT_MESSAGE, height: 1e9 }, frames[0]!.contentWindow);
    expect(frames[0]!.style.height).toBe(`${EMBED_MAX_HEIGHT}px`);
  });

  test('the script ignores other origins and messages of another form', () => {
    const { frames, post } = hostWithFrames();
    const source = frames[0]!.contentWindow;
    post('https://elsewhere.example', { type: EMBED_HEIGHT_MESSAGE, height: 300 }, source);
    for (const data of [
      null,
      { type: 'other', height: 300 },
      { type: EMBED_HEIGHT_MESSAGE, height: '300' },
      { type: EMBED_HEIGHT_MESSAGE, height: -1 },
    ])
      post(SITE, data, source);
    expect(frames[0]!.style.height).toBe('');
  });
});
