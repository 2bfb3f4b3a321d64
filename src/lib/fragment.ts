// Reading a URL's #fragment in client scripts: a malformed one (#%E0%A4%A) must not throw.

/** The id a #fragment names, percent-decoded; a malformed fragment is taken as written. */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The slug map the language switch carries in data-slugs (JSON pairs: this language's slug, the
 * other's), read as a Map; anything else reads as an empty map, which keeps every id.
 */
export function slugMapFrom(json = '[]'): Map<string, string> {
  try {
    return new Map(
      (JSON.parse(json) as unknown[]).filter(
        (pair): pair is [string, string] =>
          Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'),
      ),
    );
  } catch {
    // Not a list (an object, null, or not JSON): no .filter, or a parse error.
    return new Map();
  }
}

/**
 * The id to carry to the other language: a section slug translated through the map, any other id
 * (figures, events, or "constructor" typed by a reader) kept as it is. A Map, not an object, so no
 * id reaches Object.prototype.
 */
export function translatedFragment(id: string, slugs: ReadonlyMap<string, string>): string {
  return slugs.get(id) ?? id;
}
