// The pages' custom elements, each defined by what it does when it joins the page: one small
// class for all of them, so that each element's state lives in its function's own variables.
// They are the server's markup, never removed from the page: nothing is undone when one leaves.

/** Defines a custom element (once) that runs `connect` each time one joins the document. */
export function define(tag: string, connect: (element: HTMLElement) => void): void {
  if (!customElements.get(tag))
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() {
          connect(this);
        }
      },
    );
}

/** Runs `update` at most once a frame while the window scrolls or is resized. */
export function onScroll(update: () => void): void {
  let frame = 0;
  for (const type of ['scroll', 'resize'])
    addEventListener(
      type,
      () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => update());
      },
      { passive: true },
    );
}
