// Suggesting the page a lost reader probably meant: the known section slug nearest to the last
// part of a mistyped URL. Used by the 404 page's small script.

/** The edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The last non-empty part of a URL path, lowercased ("/fr/Armes-et-petrol/" → "armes-et-petrol"). */
export function lastSegment(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  try {
    return decodeURIComponent(parts.at(-1) ?? '').toLowerCase();
  } catch {
    return (parts.at(-1) ?? '').toLowerCase();
  }
}

/** The slug closest to `typed`, when it is close enough to be a likely typo (or a prefix); else undefined. */
export function closestSlug(typed: string, slugs: readonly string[]): string | undefined {
  const word = typed.trim().toLowerCase();
  if (!word) return undefined;
  let best: { slug: string; distance: number } | undefined;
  for (const slug of slugs) {
    const distance = slug.startsWith(word) && word.length >= 4 ? 0 : editDistance(word, slug);
    if (!best || distance < best.distance) best = { slug, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.slug.length / 3)) ? best.slug : undefined;
}
