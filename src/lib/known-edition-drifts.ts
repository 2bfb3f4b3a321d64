// The differences between the English and French editions that the parity check finds in the
// content as it stands, each one "<English slug> <kind> <value> only-<locale>" (what one edition
// states and its translation does not). The build fails on any drift not listed here, and on any
// listed one that is gone, so the list only shrinks: when the editions are brought into line,
// delete the lines the build names, and the list ends empty. `node tools/edition-drifts.mjs` prints
// the drifts the content has now (`--write` rewrites this list). See docs/content-and-data.md.

/** Where the list lives, for messages. */
export const KNOWN_EDITION_DRIFTS_FILE = 'src/lib/known-edition-drifts.ts';

/** The drifts tolerated for now (see above); empty once the editions agree. */
export const KNOWN_EDITION_DRIFTS: readonly string[] = [];
