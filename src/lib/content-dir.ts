// Where the words and data live. Tests point EXPLAINER_CONTENT_DIR at a broken copy to prove
// that bad input fails the build.

/** The content folder, relative to the project root (default `content`). */
export function contentDir(): string {
  return (process.env.EXPLAINER_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
