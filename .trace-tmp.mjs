import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/support/browser.ts';
import { startServer } from './tests/support/server.ts';
const [dir, path = '/', runs = '3', width = '412'] = process.argv.slice(2);
const server = await startServer({ dir, noBrotli: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
const results = [];
try {
  for (let i = 0; i < Number(runs); i++) {
    const context = await browser.newContext({ viewport: { width: Number(width), height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await done;
    const sum = {};
    for (const e of events) if (e.ph === 'X' && ['Layout', 'UpdateLayoutTree', 'ParseHTML', 'Paint', 'EvaluateScript', 'FunctionCall', 'PrePaint', 'Layerize', 'ParseAuthorStyleSheet', 'RunTask'].includes(e.name)) {
      sum[e.name] ??= { n: 0, ms: 0, max: 0 };
      sum[e.name].n++; sum[e.name].ms += e.dur / 1000; sum[e.name].max = Math.max(sum[e.name].max, e.dur / 1000);
    }
    const long = events.filter((e) => e.name === 'RunTask' && e.dur > 50000).map((e) => Math.round(e.dur / 1000));
    results.push({ sum, long });
    await context.close();
  }
} finally { await browser.close(); server.stop(); }
for (const r of results) {
  console.log(Object.entries(r.sum).map(([k, v]) => `${k} ${v.n}x ${v.ms.toFixed(0)}ms (max ${v.max.toFixed(0)})`).join(' | '));
  console.log('  long tasks:', r.long.join(', '), ' TBT-ish:', r.long.reduce((a, b) => a + b - 50, 0));
}
