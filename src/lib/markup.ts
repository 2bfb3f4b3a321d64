// Escaping text for markup written by hand (SVG files, citations as HTML, the embed code).

/** Escapes text for XML or HTML, in element content and in double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
