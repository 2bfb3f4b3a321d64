// The site's public URLs: every page, and every place on a page a reader can link to (section
// and sub-section headings, figures, timeline events). Once published, a URL must keep working:
// tests/public-urls.json keeps the list, and a test fails when one disappears without a redirect.
// No imports, so tools/public-urls.mjs can load this file with Node's type stripping.

/** The list as committed: pages, and the anchors of each page. */
export interface PublicUrls {
  pages: string[];
  anchors: Record<string, string[]>;
  /**
   * Anchors that moved to another page, as prefixes: { "/#event-": "/chronology/#event-" } says
   * that every published "/#event-…" now lives at "/chronology/#event-…" (a script on the old
   * page forwards it). A moved anchor must exist at its new place.
   */
  moved?: Record<string, string>;
}

/** A built page: its URL path ("/", "/sources/") and its HTML. */
export interface BuiltHtml {
  path: string;
  html: string;
}

const attr = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * The ids on a page that readers can link to: headings, figures, events, self-link targets, and
 * the former id of a renamed heading, kept as an empty element marked `data-anchor-alias` just
 * before it so that published links still land there.
 */
export function publicAnchors(html: string): string[] {
  const ids = new Set<string>();
  for (const [tag] of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*\sdata-anchor-alias\b[^>]*>/g)) {
    const id = attr(tag, 'id');
    if (id) ids.add(id);
  }
  for (const [tag] of html.matchAll(/<(?:h[1-6]|figure)\b[^>]*>/g)) {
    const id = attr(tag, 'id');
    if (id) ids.add(id);
  }
  for (const [tag] of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*\sid="event-[^"]*"[^>]*>/g)) ids.add(attr(tag, 'id')!);
  for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
    const href = attr(tag, 'href');
    if (href?.startsWith('#') && /\bself-link\b/.test(attr(tag, 'class') ?? ''))
      ids.add(decodeURIComponent(href.slice(1)));
  }
  return [...ids].sort();
}

/** Where a redirect page sends the reader (Astro writes a meta refresh), or null for a real page. */
export function redirectTarget(html: string): string | null {
  const tag = html.match(/<meta\b[^>]*http-equiv="refresh"[^>]*>/i)?.[0];
  const url = tag ? attr(tag, 'content')?.match(/url=(.+)$/i)?.[1] : undefined;
  return url ? url.trim() : null;
}

/** The public URLs of a build, sorted so the committed file diffs cleanly. */
export function collectPublicUrls(pages: readonly BuiltHtml[]): PublicUrls {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const anchors: Record<string, string[]> = {};
  for (const page of sorted) {
    if (redirectTarget(page.html)) continue;
    const ids = publicAnchors(page.html);
    if (ids.length) anchors[page.path] = ids;
  }
  return { pages: sorted.map((p) => p.path), anchors };
}

/** Adds a build's new URLs to a committed list; with `prune`, drops those the build no longer has. */
export function mergePublicUrls(committed: PublicUrls, current: PublicUrls, prune = false): PublicUrls {
  const moved = committed.moved ? { moved: committed.moved } : {};
  if (prune) return { ...current, ...moved };
  const pages = [...new Set([...committed.pages, ...current.pages])].sort();
  const anchors: Record<string, string[]> = {};
  for (const path of [...new Set([...Object.keys(committed.anchors), ...Object.keys(current.anchors)])].sort()) {
    anchors[path] = [...new Set([...(committed.anchors[path] ?? []), ...(current.anchors[path] ?? [])])].sort();
  }
  return { pages, anchors, ...moved };
}

/** Where an anchor ("/#event-x") moved to ("/chronology/#event-x"), by the list's `moved` prefixes; null if it did not. */
export function movedAnchor(url: string, moved: Readonly<Record<string, string>> = {}): string | null {
  const from = Object.keys(moved).find((prefix) => url.startsWith(prefix));
  return from === undefined ? null : `${moved[from]}${url.slice(from.length)}`;
}

/**
 * The committed URLs a build no longer serves. A page may be replaced by a redirect; an anchor
 * must exist on its page (followed through redirects), or at the place the list's `moved` gives
 * it, or, for a section whose slug was renamed with a redirect from /old/ to /new/, "#old" counts
 * as moved to "#new".
 */
export function missingPublicUrls(committed: PublicUrls, built: readonly BuiltHtml[]): string[] {
  const byPath = new Map(built.map((page) => [page.path, page.html]));
  const resolve = (path: string): string | null => {
    for (let hops = 0, current = path; hops < 10; hops++) {
      const html = byPath.get(current);
      if (html === undefined) return null;
      const next = redirectTarget(html);
      if (!next) return current;
      current = new URL(next, `http://site.invalid${current}`).pathname;
    }
    return null;
  };
  const anchorsOf = new Map<string, Set<string>>();
  const idsOn = (path: string) => {
    if (!anchorsOf.has(path)) anchorsOf.set(path, new Set(publicAnchors(byPath.get(path) ?? '')));
    return anchorsOf.get(path)!;
  };
  const missing: string[] = [];
  for (const page of committed.pages) if (!resolve(page)) missing.push(page);
  for (const [page, ids] of Object.entries(committed.anchors)) {
    const target = resolve(page);
    for (const id of ids) {
      const moved = movedAnchor(`${page}#${id}`, committed.moved);
      if (moved) {
        const [movedPage = '', movedId = ''] = moved.split('#');
        const movedTarget = resolve(movedPage);
        if (!movedTarget || !idsOn(movedTarget).has(movedId)) missing.push(`${page}#${id} (moved to ${moved})`);
        continue;
      }
      if (target && idsOn(target).has(id)) continue;
      // The old section page sits beside the page the anchor is on: /old/ or, in an edition
      // under a prefix, /fr/old/.
      const prefix = page.match(/^\/[a-z]{2}\//)?.[0] ?? '/';
      const oldPage = `${prefix}${id}/`;
      const renamed = resolve(oldPage);
      const renamedId = renamed && renamed !== oldPage ? renamed.replace(/\/$/, '').split('/').at(-1)! : null;
      if (target && renamedId && idsOn(target).has(renamedId)) continue;
      missing.push(`${page}#${id}`);
    }
  }
  return missing;
}
