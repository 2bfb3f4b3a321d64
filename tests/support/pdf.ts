// Reading a PDF's lines of text with pdfjs-dist (no browser needed).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  page: number;
  /** The font size of the line's first run, in PDF points. */
  size: number;
  text: string;
}

/** Every line of text in a PDF, in reading order: runs that share a baseline on a page, joined. */
export async function pdfLines(bytes: Uint8Array): Promise<PdfLine[]> {
  const task = getDocument({ data: bytes, useSystemFonts: false });
  const doc = await task.promise;
  const lines: PdfLine[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const rows = new Map<number, { x: number; str: string; size: number }[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const [a, b, , , x, y] = item.transform as number[];
      const key = Math.round(y! * 2) / 2;
      const row = rows.get(key) ?? [];
      row.push({ x: x!, str: item.str, size: Math.hypot(a!, b!) });
      rows.set(key, row);
    }
    for (const [, row] of [...rows].sort((p, q) => q[0] - p[0])) {
      row.sort((p, q) => p.x - q.x);
      const text = row
        .map((r) => r.str)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) lines.push({ page: n, size: Math.round(row[0]!.size * 10) / 10, text });
    }
  }
  await task.destroy();
  return lines;
}
