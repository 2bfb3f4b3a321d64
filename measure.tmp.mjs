// Heights of each figure at 390 and 1280, and of each embed page at 320/640/1280 (temporary).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const port = 4419;
const server = spawn(process.execPath, ['tools/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const figs = ['figure-timeline', 'figure-accord-counts', 'figure-arms-transfers'];
for (const w of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(origin + '/');
  const out = [];
  for (const id of figs) {
    const h = await page.locator(`figure#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().height));
    out.push(`${id} ${h}px`);
  }
  const first = await page.locator('figure.fig').first().evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
  console.log(`/ at ${w}: ${out.join(', ')}; first figure top ${first}px; screen ${900}`);
  await page.close();
}
for (const path of ['/figures/timeline/embed/', '/figures/accord-counts/embed/', '/figures/arms-transfers/embed/', '/fr/graphiques/chronologie/embed/', '/fr/graphiques/nombre-d-accords/embed/', '/fr/graphiques/transferts-d-armes/embed/']) {
  const res = [];
  for (const w of [320, 640, 1280]) {
    const page = await browser.newPage({ viewport: { width: w, height: 600 } });
    await page.goto(origin + path);
    res.push(`${w}: ${await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))}`);
    await page.close();
  }
  console.log(path, res.join(', '));
}
await browser.close();
server.kill();
