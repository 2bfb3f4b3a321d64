// A TCP port free at the time of asking, found synchronously (a Playwright config is evaluated
// synchronously): a child Node process listens on port 0, prints what the system gave it, closes.
import { execFileSync } from 'node:child_process';

const PROBE =
  "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";

/** A port nothing listens on at 127.0.0.1 right now. */
export function freePort(): number {
  const port = Number(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' }));
  if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find a free port (got "${port}")`);
  return port;
}
