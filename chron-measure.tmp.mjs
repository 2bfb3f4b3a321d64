import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const path of ['/', '/fr/']) {
  await p.goto('http://127.0.0.1:4407' + path);
  const r = await p.evaluate(() => {
    const y = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
    const out = {};
    for (const sel of [
      'h1',
      '.dek',
      '.byline',
      '.page-dates',
      '.key-facts',
      '.key-points',
      '.provenance',
      'figure',
      '.latest-update',
      'aside',
      'section.explainer-section',
    ])
      out[sel] = y(document.querySelector(sel));
    return out;
  });
  console.log(path, JSON.stringify(r));
  await p.screenshot({ path: `/tmp/chron-first${path.replace(/\//g, '_')}.png` });
}
await b.close();
