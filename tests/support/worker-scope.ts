// Runs the built service worker (src/service-worker/sw.ts, bundled as the build bundles it) in
// Node, in a fake worker scope: a Cache Storage held in memory, a host whose files, network and
// HTTP cache a test sets, open windows, and events the test dispatches. What the worker fetched
// (and how: revalidated, from the HTTP cache only) is recorded.
import { serviceWorkerSource } from '../../src/integrations/service-worker';
import type { WorkerManifest } from '../../src/lib/offline';

export const ORIGIN = 'http://site.test';

const pathOf = (input: string | Request | URL) =>
  new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, ORIGIN).pathname;

/** How long storing a response takes (ms): a large page takes a while to store. */
const timing = { storeDelay: 0 };

class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(request: string | Request): Promise<Response | undefined> {
    return this.entries.get(pathOf(request))?.clone();
  }
  async put(request: string | Request, response: Response): Promise<void> {
    const body = await response.arrayBuffer();
    if (timing.storeDelay && !pathOf(request).startsWith('/__explainer/'))
      await new Promise((resolve) => setTimeout(resolve, timing.storeDelay));
    this.entries.set(
      pathOf(request),
      new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }),
    );
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((path) => new Request(`${ORIGIN}${path}`));
  }
  async delete(request: string | Request): Promise<boolean> {
    return this.entries.delete(pathOf(request));
  }
}

class MemoryCacheStorage {
  readonly named = new Map<string, MemoryCache>();
  async open(name: string): Promise<MemoryCache> {
    if (!this.named.has(name)) this.named.set(name, new MemoryCache());
    return this.named.get(name)!;
  }
  async has(name: string): Promise<boolean> {
    return this.named.has(name);
  }
  async delete(name: string): Promise<boolean> {
    return this.named.delete(name);
  }
  async keys(): Promise<string[]> {
    return [...this.named.keys()];
  }
  async match(request: string | Request, options: { cacheName?: string } = {}): Promise<Response | undefined> {
    const names = options.cacheName ? [options.cacheName] : [...this.named.keys()];
    for (const name of names) {
      const hit = await this.named.get(name)?.match(request);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** A file the host serves: its body and content type (HTML unless said). */
export interface HostFile {
  body: string;
  type?: string;
  /** Answered with this status instead of 200. */
  status?: number;
  /** A redirect to this path. */
  location?: string;
}

export interface FakeScope {
  /** The host's files by path. */
  host: Map<string, HostFile>;
  /** Paths the browser holds in its HTTP cache (answered to "only-if-cached"). */
  httpCache: Set<string>;
  /** Every request the worker made: path and cache mode. */
  requests: { path: string; cache: string | undefined }[];
  caches: MemoryCacheStorage;
  network: { up: boolean };
  /** How long storing a response takes, in ms (0 unless set). */
  timing: { storeDelay: number };
  /** Windows open on the site (their addresses). */
  windows: string[];
  install(): Promise<void>;
  activate(): Promise<void>;
  /** A navigation to a path, with optional request headers; resolves with the worker's answer once everything it started is done. */
  navigate(path: string, headers?: Record<string, string>): Promise<Response>;
  /** A message from a page; resolves with every reply once the worker is done. */
  message(data: unknown): Promise<unknown[]>;
  /** The paths in the worker's current cache. */
  saved(): string[];
}

/** The worker bundled with a manifest, loaded into a fresh fake scope registered at workerUrl ("/sw.js?locale=fr"). */
export async function loadWorker(manifest: WorkerManifest, workerUrl = '/sw.js'): Promise<FakeScope> {
  timing.storeDelay = 0;
  const source = await serviceWorkerSource(manifest);
  const listeners = new Map<string, (event: unknown) => void>();
  const host = new Map<string, HostFile>();
  const httpCache = new Set<string>();
  const requests: FakeScope['requests'] = [];
  const caches = new MemoryCacheStorage();
  const network = { up: true };
  const windows: string[] = [];

  const fetch = async (input: string | Request, init: RequestInit = {}): Promise<Response> => {
    const path = pathOf(input);
    requests.push({ path, cache: init.cache });
    if (init.cache === 'only-if-cached') {
      const file = host.get(path);
      if (!httpCache.has(path) || !file) return new Response(null, { status: 504 });
      return new Response(file.body, { headers: { 'Content-Type': file.type ?? 'text/html' } });
    }
    if (!network.up) throw new TypeError('Failed to fetch');
    const file = host.get(path);
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/html' } });
    if (file.location) return new Response(null, { status: 301, headers: { Location: file.location } });
    const response = new Response(file.body, {
      status: file.status ?? 200,
      headers: { 'Content-Type': file.type ?? 'text/html' },
    });
    Object.defineProperty(response, 'type', { value: 'basic' });
    return response;
  };

  const self = {
    location: new URL(workerUrl, ORIGIN),
    navigator: {},
    clients: {
      matchAll: async () => windows.map((url) => ({ url: new URL(url, ORIGIN).href })),
      claim: async () => {},
    },
    skipWaiting: async () => {},
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  new Function('self', 'caches', 'fetch', source)(self, caches, fetch);

  /** Dispatches an event and waits for everything the worker asked to wait for (including what those start). */
  const dispatch = async (type: string, fields: object): Promise<void> => {
    const pending: Promise<unknown>[] = [];
    const event = {
      ...fields,
      waitUntil: (p: Promise<unknown>) => pending.push(p),
      // The answer to a fetch is waited for too: what the worker starts while answering is then seen.
      respondWith: (p: Promise<Response>) => {
        pending.push(p);
        (fields as { respondWith?: (p: Promise<Response>) => void }).respondWith?.(p);
      },
    };
    listeners.get(type)!(event);
    for (let i = 0; i < pending.length; i++) await pending[i];
  };

  return {
    host,
    httpCache,
    requests,
    caches,
    network,
    timing,
    windows,
    install: () => dispatch('install', {}),
    activate: () => dispatch('activate', {}),
    async navigate(path, headers = {}) {
      let answer: Promise<Response> | undefined;
      await dispatch('fetch', {
        request: { url: `${ORIGIN}${path}`, method: 'GET', mode: 'navigate', headers: new Headers(headers) },
        respondWith: (p: Promise<Response>) => {
          answer = p;
        },
      });
      return answer!;
    },
    async message(data) {
      const replies: unknown[] = [];
      await dispatch('message', { data, ports: [{ postMessage: (m: unknown) => replies.push(m) }] });
      return replies;
    },
    saved() {
      const name = [...caches.named.keys()].find((n) => n.startsWith('explainer-') && n !== 'explainer-meta');
      return name ? [...caches.named.get(name)!.entries.keys()].sort() : [];
    },
  };
}
