// Builds the site from a copy of content/ that a test has broken (or changed) in one place, in a
// folder of its own, and returns the exit status and all output (colours stripped).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** Removes every folder the builds made (call from afterAll). */
export function cleanBuilds(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Builds from a changed copy of content/; `dist` is where the build wrote the site. */
export function buildWith(
  change: (content: string) => void,
  env: Record<string, string | undefined> = {},
): { status: number | null; output: string; content: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-bad-'));
  made.push(dir);
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  change(content);
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      EXPLAINER_CONTENT_DIR: content,
      EXPLAINER_OUT_DIR: dist,
      EXPLAINER_CACHE_DIR: join(dir, 'cache'),
      FORCE_COLOR: '0',
      // The machine's own deploy configuration would change what a build accepts.
      SITE_URL: undefined,
      CONTACT_EMAIL: undefined,
      EXPLAINER_DEPLOY: undefined,
      ...env,
    },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, content, dist };
}

/** Rewrites a file with a change to its text; fails when the change changed nothing (the test would prove nothing). */
export function edit(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit changed nothing in ${path}`);
  writeFileSync(path, after);
}
