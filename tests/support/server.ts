// Starts tools/serve.mjs on a free port chosen at run time, with the host behaviours a test
// needs (Cache-Control on HTML, trailing-slash redirects, a dropped file), and reads its log of
// responses (bytes sent, as compressed on the wire).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerOptions {
  dir: string;
  htmlCache?: string;
  slash?: 'add' | 'strip';
  drop?: string[];
  /** Send gzip even where the browser accepts brotli. */
  noBrotli?: boolean;
}

export interface LoggedResponse {
  time: number;
  method: string;
  path: string;
  status: number;
  bytes: number;
  encoding: string | null;
}

export interface TestServer {
  origin: string;
  /** Every response sent so far. */
  log(): LoggedResponse[];
  /** Takes the network down (every connection dropped unanswered) or brings it back. */
  setOffline(offline: boolean): void;
  stop(): void;
}

/** Starts a server; resolves once it listens, with its origin. */
export async function startServer(options: ServerOptions): Promise<TestServer> {
  const logDir = mkdtempSync(join(tmpdir(), 'explainer-serve-log-'));
  const logFile = join(logDir, 'log.jsonl');
  const unplug = join(logDir, 'unplugged');
  const args = ['tools/serve.mjs', '--port', '0', '--dir', options.dir, '--log', logFile, '--unplug', unplug];
  if (options.htmlCache) args.push('--html-cache', options.htmlCache);
  if (options.slash) args.push('--slash', options.slash);
  for (const path of options.drop ?? []) args.push('--drop', path);
  if (options.noBrotli) args.push('--no-brotli');
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/at http:\/\/(?:127\.0\.0\.1|localhost):(\d+)\//);
      if (m) resolve(`http://127.0.0.1:${m[1]!}`);
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    origin,
    log: () =>
      existsSync(logFile)
        ? readFileSync(logFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as LoggedResponse)
        : [],
    setOffline: (offline) => (offline ? writeFileSync(unplug, '') : rmSync(unplug, { force: true })),
    stop: () => {
      child.kill();
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}
