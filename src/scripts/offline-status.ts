// Offline reading, in the page: registers the service worker (its address names the reader's
// language, "/sw.js?locale=fr", so it saves that language's offline page), reveals every
// <save-offline> button, and says in <offline-status> what is saved. On a first visit the worker
// saves this page and the offline page, nothing more; on a later page view (a page the worker
// already controls) the page asks it to save the whole explainer of its language and its print
// view, as the button does. When the browser asks to save data, nothing is saved until the button.
// The worker says what is saved; the words that say it are the page's own, on <offline-status>
// (src/components/OfflineStatus.astro), and "Saving…" is the progress bar's label.

interface Reply {
  done?: number;
  total?: number;
  ok?: boolean;
  /** Why a save failed: a key of the words on <offline-status>. */
  failed?: 'network' | 'storage' | 'missing';
  page?: boolean;
  all?: boolean;
}

const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
const locale = document.documentElement.lang;
const boxes = document.querySelectorAll<HTMLElement>('save-offline');
const line = document.querySelector<HTMLElement>('offline-status');

/** Writes words into an element's [data-said]. */
const say = (element: HTMLElement, words: string | null | undefined) =>
  (element.querySelector('[data-said]')!.textContent = words ?? '');

/** The page's words for a state ("all", "page", "network"…), from <offline-status>. */
const word = (key: string) => line?.dataset[key];

/** Sends a message to the worker; each reply goes to the callback. */
function ask(worker: ServiceWorker, message: object, onReply: (reply: Reply) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  worker.postMessage(message, [channel.port2]);
}

/** Registers the worker (keeping the address of the one in charge) and resolves with it once active. */
const start = (): Promise<ServiceWorker> =>
  sw!
    .register(sw!.controller?.scriptURL ?? `/sw.js?locale=${locale}`, { updateViaCache: 'none' })
    .then(() => sw!.ready)
    .then((registration) => registration.active!);

/** Asks what is saved and says it; saves the whole language first when asked to and not yet saved. */
function refresh(worker: ServiceWorker, saveAll: boolean): void {
  ask(worker, { type: 'status', locale, path: location.pathname }, (reply) => {
    if (saveAll && !reply.all) return save(worker);
    if (line && (reply.page || reply.all)) {
      line.hidden = false;
      say(line, word(reply.all ? 'all' : 'page'));
    }
  });
}

/** Saves the whole language, showing progress on every button, then what was saved or why not. */
function save(worker: ServiceWorker): void {
  ask(worker, { type: 'save', locale }, (reply) => {
    for (const box of boxes) {
      const bar = box.querySelector('progress')!;
      bar.hidden = reply.ok !== undefined;
      box.querySelector('button')!.disabled = !bar.hidden;
      if (reply.total) [bar.max, bar.value] = [reply.total, reply.done!];
      say(box, reply.ok === undefined ? bar.getAttribute('aria-label') : word(reply.failed ?? 'all'));
    }
    if (reply.ok !== undefined) refresh(worker, false);
  });
}

if (sw && window.isSecureContext) {
  const savingData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  const returning = sw.controller;
  for (const box of boxes) {
    box.hidden = false;
    box.querySelector('button')!.onclick = () => {
      // The copy pressed speaks (progress, outcome); the others show the same words silently.
      box.querySelector('[data-said]')!.setAttribute('role', 'status');
      start().then(save, () => boxes.forEach((b) => say(b, word('network'))));
    };
  }
  // Saving data: no worker for a new reader, no saving but on the button for a returning one.
  if (returning || !savingData)
    start().then(
      (worker) => refresh(worker, Boolean(returning && !savingData)),
      () => {
        // Offline reading is an extra; the page works without it.
      },
    );
}
