import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.emulateMedia({ media: 'print' });
await p.goto('http://127.0.0.1:4407/print/');
console.log(await p.evaluate(() => {
  const m = document.querySelector('main'); const cs = getComputedStyle(m);
  const sec = document.querySelector('.prose-body p');
  return { body: getComputedStyle(document.body).fontSize, mainW: m.getBoundingClientRect().width, maxW: cs.maxWidth, p: getComputedStyle(sec).fontSize, styles: document.styleSheets.length, rules: [...document.styleSheets].map(s => { try { return s.cssRules.length } catch { return -1 } }) };
}));
await b.close();
