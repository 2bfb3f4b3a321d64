// Citation numbering: the sources cited in a page's words, numbered in order of first citation.
// Pages compute it at build time from the MDX sources, before anything renders, so the numbers do
// not depend on the order in which Astro happens to render components.

/** JSX comments ({/* … *\/}) and fenced code, which are not rendered, so cite nothing. */
const NOT_RENDERED = /\{\/\*[\s\S]*?\*\/\}|^```[\s\S]*?^```/gm;
const CITE = /<Cite\s+id\s*=\s*(?:"([^"]+)"|'([^']+)'|\{\s*["']([^"']+)["']\s*\})/g;

/** The source ids of every <Cite> in an MDX body, in the order they appear (repeats kept). */
export function citedIds(body: string): string[] {
  const text = body.replace(NOT_RENDERED, '');
  return [...text.matchAll(CITE)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Each cited source's number on a page made of these MDX bodies, in reading order: 1 for the
 *  first source cited, and a source cited again keeps its first number. */
export function citationNumbers(bodies: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const body of bodies) for (const id of citedIds(body)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** The order of a page's endnotes: the cited sources by number, then (when `all` is given) every
 *  other source in the order of `all`, so a complete list still starts with what the text cites. */
export function endnoteOrder(numbers: ReadonlyMap<string, number>, all: readonly string[] = []): string[] {
  const cited = [...numbers].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const seen = new Set(cited);
  return [...cited, ...all.filter((id) => !seen.has(id))];
}

/** The number of a cited source on the page, or an error naming the source and the page. */
export function citationNumber(numbers: ReadonlyMap<string, number> | undefined, id: string, where: string): number {
  if (!numbers)
    throw new Error(`<Cite id="${id}"> on ${where}: the page set no citation numbers (Astro.locals.citations)`);
  const n = numbers.get(id);
  if (n === undefined)
    throw new Error(
      `<Cite id="${id}"> on ${where}: not found among the page's citations (was it written in a way citedIds does not read?)`,
    );
  return n;
}

/** The id of a page's endnote number `n` (`endnote-3`): the target of its markers, and its popover.
 *  Numbers, not source ids: each marker and endnote repeats it, and a number weighs least. */
export function endnoteId(n: number): string {
  return `endnote-${n}`;
}
