import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './tests/support/browser.ts';
import { startServer } from './tests/support/server.ts';
const dir = process.argv[2]; const path = process.argv[3] ?? '/';
const server = await startServer({ dir, noBrotli: true });
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
try {
  const r = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  console.log('TBT', a['total-blocking-time'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue, 'perf', r.lhr.categories.performance.score);
  console.log(JSON.stringify(a['mainthread-work-breakdown'].details.items.map(i=>[i.group, Math.round(i.duration)])));
  console.log(JSON.stringify((a['long-tasks']?.details?.items??[]).map(i=>[i.url, Math.round(i.startTime), Math.round(i.duration)])));
  console.log(JSON.stringify((a['bootup-time']?.details?.items??[]).map(i=>[i.url, Math.round(i.total), Math.round(i.scripting)])));
  console.log('dom-size', JSON.stringify(a['dom-size']?.numericValue), a['dom-size-insight']?.displayValue);
} finally { chrome.kill(); server.stop(); }
