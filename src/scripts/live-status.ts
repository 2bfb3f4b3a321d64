// The message a copy button leaves in its live region ([data-status] inside the host element):
// set in a later task so that a repeated message is announced again (a timer, not the next
// animation frame, which a page not being painted never gets), cleared after a while.
const timers = new WeakMap<HTMLElement, number>();

/** Shows a message in the host's live region; `ok` marks it as a success for the styles. */
export function say(host: HTMLElement, message = '', ok: boolean): void {
  const status = host.querySelector<HTMLElement>('[data-status]');
  if (!status) return;
  status.toggleAttribute('data-ok', ok);
  clearTimeout(timers.get(host));
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
  timers.set(
    host,
    window.setTimeout(() => (status.textContent = ''), 8000),
  );
}
