// <offline-status>: registers the service worker that keeps the whole site readable offline,
// and, once it is ready, quietly shows the line the server rendered hidden inside it.

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        this.hidden = false;
      })
      .catch(() => {
        // Offline reading is an extra; the page works without it.
      });
  }
}

if (!customElements.get('offline-status')) customElements.define('offline-status', OfflineStatus);
