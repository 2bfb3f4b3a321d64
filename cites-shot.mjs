import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ bypassCSP: true });
for (const [w, n, name] of [[390, 3, 'a'], [390, 0, 'b'], [1280, 3, 'c'], [320, 1, 'd']]) {
const p = await ctx.newPage();
await p.setViewportSize({ width: w, height: 800 });
await p.goto('http://127.0.0.1:4411/arms-and-oil/');
await p.addStyleTag({ content: process.argv[2] });
const m = p.locator('main .cite').nth(n);
await m.scrollIntoViewIfNeeded();
await m.click();
await p.screenshot({ path: `/tmp/cites-exp/try-${name}.png` });
console.log(name, JSON.stringify(await p.locator('.endnotes li:popover-open').boundingBox()), JSON.stringify(await m.boundingBox()));
await p.close();
}
await b.close();
