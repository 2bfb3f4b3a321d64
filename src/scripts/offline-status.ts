// Offline reading, in the page: registers the service worker (its address names the reader's
// language, "/sw.js?locale=fr", so it saves that language's offline page), reveals every
// <save-offline> button, and fills <offline-status> with what is saved. On a first visit the worker
// saves this page and the offline page, nothing more; on a later page view (a page the worker
// already controls) the page asks it to save the whole explainer of its language and its print
// view, as the button does. When the browser asks to save data, nothing is saved until the button.
// Words and states are rendered by the server (hidden); this script only shows the right one.

interface Reply {
  done?: number;
  total?: number;
  ok?: boolean;
  reason?: string;
  page?: boolean;
  all?: boolean;
}

const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
const locale = document.documentElement.lang;
const buttons = [...document.querySelectorAll<HTMLElement>('save-offline')];
const line = document.querySelector<HTMLElement>('offline-status');

/** Shows the child of an element whose data-state is the one given, and hides the others. */
function show(element: HTMLElement, state: string | undefined): void {
  for (const child of element.querySelectorAll<HTMLElement>('[data-state]'))
    child.hidden = child.dataset.state !== state;
}

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

/** Asks what is saved, says it, and saves the whole language when asked to and not yet saved. */
function refresh(worker: ServiceWorker, saveAll: boolean): void {
  ask(worker, { type: 'status', locale, path: location.pathname }, (reply) => {
    if (saveAll && !reply.all) return save(worker);
    if (line && (reply.page || reply.all)) {
      line.hidden = false;
      show(line, reply.all ? 'all' : 'page');
    }
    if (reply.all) for (const box of buttons) show(box, 'done');
  });
}

/** Saves the whole language, showing progress on every button, then what was saved or why not. */
function save(worker: ServiceWorker): void {
  for (const box of buttons) {
    box.querySelector('button')!.disabled = true;
    show(box, 'saving');
  }
  ask(worker, { type: 'save', locale }, (reply) => {
    for (const box of buttons) {
      const bar = box.querySelector('progress')!;
      bar.hidden = reply.ok !== undefined;
      if (reply.total) [bar.max, bar.value] = [reply.total, reply.done ?? 0];
      if (reply.ok !== undefined) {
        box.querySelector('button')!.disabled = false;
        show(box, reply.ok ? 'done' : reply.reason);
      }
    }
    if (reply.ok !== undefined) refresh(worker, false);
  });
}

if (sw && window.isSecureContext) {
  const savingData = Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);
  const returning = Boolean(sw.controller);
  for (const box of buttons) {
    box.hidden = false;
    box.querySelector('button')!.addEventListener('click', () => {
      start().then(save, () => buttons.forEach((b) => show(b, 'network')));
    });
  }
  // Saving data: no worker for a new reader, no saving but on the button for a returning one.
  if (returning || !savingData)
    start().then(
      (worker) => refresh(worker, returning && !savingData),
      () => {
        // Offline reading is an extra; the page works without it.
      },
    );
}
