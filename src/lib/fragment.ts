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
