// Lists the drifts between the English and French editions that the build's parity check finds
// (src/lib/edition-parity.ts), one line each as src/lib/known-edition-drifts.ts writes them. With
// --write, replaces that list with them: for the maintainer who merges a round of content changes
// and has checked each remaining drift by reading both sections; the list should only shrink.
// Usage: node tools/edition-drifts.mjs [--write]   (reads EXPLAINER_CONTENT_DIR, default content)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { driftKey, editionDrifts } from '../src/lib/edition-parity.ts';

const root = (process.env.EXPLAINER_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
const listFile = 'src/lib/known-edition-drifts.ts';

/** Each section of a locale: its translation key and its body (the text after the front matter). */
const sections = (locale) =>
  readdirSync(join(root, 'sections', locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const [, front = '', ...body] = readFileSync(join(root, 'sections', locale, name), 'utf8').split(/^---$/m);
      const field = (key) => front.match(new RegExp(`^${key}:\\s*"?([^"\\n]*)"?\\s*$`, 'm'))?.[1]?.trim();
      return { key: field('translationKey') ?? field('slug'), body: body.join('---') };
    });

const french = sections('fr');
const pairs = sections('en').map((en) => ({
  section: en.key,
  en: en.body,
  fr: french.find((fr) => fr.key === en.key)?.body ?? '',
}));
const lines = editionDrifts(pairs).map((drift) => `  '${driftKey(drift).replace(/'/g, "\\'")}',`);

if (process.argv.includes('--write')) {
  const text = readFileSync(listFile, 'utf8');
  const start = text.indexOf('= [') + 3;
  const end = text.lastIndexOf('];');
  writeFileSync(listFile, `${text.slice(0, start)}\n${lines.join('\n')}\n${text.slice(end)}`);
  console.log(`${listFile}: ${lines.length} drifts`);
} else {
  console.log(lines.join('\n'));
  console.log(`${lines.length} drifts`);
}
