// The pages' custom elements, each defined by what it does when it joins the page: one small
// class for all of them, so that each element's state lives in its function's own variables.

/**
 * Defines a custom element (once) that runs `connect` each time one joins the document; a function
 * `connect` returns is run when it leaves (to remove its listeners on the window).
 */
export function define(tag: string, connect: (element: HTMLElement) => (() => void) | void): void {
  if (!customElements.get(tag))
    customElements.define(
      tag,
      class extends HTMLElement {
        off?: (() => void) | void;
        connectedCallback() {
          this.off = connect(this);
        }
        disconnectedCallback() {
          this.off?.();
        }
      },
    );
}

/** Runs `update` at most once a frame while the window scrolls or is resized, until `signal` aborts. */
export function onScroll(update: () => void, signal: AbortSignal): void {
  let frame = 0;
  for (const type of ['scroll', 'resize'])
    addEventListener(
      type,
      () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => update());
      },
      { passive: true, signal },
    );
}
