import { chromium } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4407/print/');
const pdf = await p.pdf({ format: 'A4', printBackground: true });
const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
console.log('pages', doc.numPages);
for (const n of [3, 4]) {
  const c = await (await doc.getPage(n)).getTextContent();
  const rows = new Map();
  for (const it of c.items) { if (!it.str) continue; const y = Math.round(it.transform[5]); const size = Math.hypot(it.transform[0], it.transform[1]).toFixed(1); rows.set(y, (rows.get(y) ?? '') + `[${size}]` + it.str); }
  console.log([...rows.values()].slice(0, 12).join('\n'));
}
await b.close();
