// <offline-status>: registers the service worker, asks it to save this language's explainer for
// offline reading (the worker keeps within a small byte budget and fetches the rest on a later
// visit), and, once the explainer is saved, quietly shows the line the server rendered hidden
// inside it. When the browser asks to save data, nothing is downloaded in the background.

interface SaveResult {
  home: boolean;
}

/** True when the reader's browser asks sites to save data. */
function savingData(): boolean {
  return Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);
}

/** The paths of this page and of the same-site files it has loaded so far. */
function loadedPaths(): string[] {
  const paths = [location.pathname];
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name, location.href);
    if (url.origin === location.origin) paths.push(url.pathname);
  }
  return paths;
}

/** Asks the worker to save this page's language; resolves with what it saved. */
function askToSave(worker: ServiceWorker): Promise<SaveResult> {
  const channel = new MessageChannel();
  const reply = new Promise<SaveResult>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<SaveResult>) => resolve(event.data);
  });
  worker.postMessage({ type: 'save', locale: document.documentElement.lang, loaded: loadedPaths() }, [channel.port2]);
  return reply;
}

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    // Saving data: no worker for a new reader (it would download), no background saving for a returning one.
    if (savingData() && !navigator.serviceWorker.controller) return;
    navigator.serviceWorker
      .register('/sw.js', { updateViaCache: 'none' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => (savingData() || !registration.active ? undefined : askToSave(registration.active)))
      .then((result) => {
        if (result?.home) this.hidden = false;
      })
      .catch(() => {
        // Offline reading is an extra; the page works without it.
      });
  }
}

if (!customElements.get('offline-status')) customElements.define('offline-status', OfflineStatus);
