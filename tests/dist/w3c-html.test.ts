// Every built page passes the W3C Nu HTML Checker (vnu-jar), redirect pages and 404 pages included:
// one Java run over all of them. Needs Java 11 or later (`java` on the PATH; CI installs it).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * What the checker reports that is not a fault of the page: CSS it predates (the site's stylesheet
 * uses @property, container queries and anchor positioning, which browsers support and its CSS
 * grammar does not), and Content-Security-Policy notes, which it computes for file: addresses
 * where 'self' matches nothing (tests/dist/security.test.ts checks the policy itself).
 */
const CHECKER_LIMITS = [
  /^CSS: Unrecognized at-rule “@(property|container)”/,
  /^CSS: “(position-area|position-try-fallbacks|paint-order|margin-trim|container-type)”: Property “[a-z-]+” doesn't exist/,
  /violates Content Security Policy \(meta tag\)/,
];

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const files = builtPages().map((page) => join(DIST, page.file));

describe('the W3C HTML checker', () => {
  test(`finds no error or warning in the ${files.length} built pages`, () => {
    const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error)
      throw new Error(
        `java did not start (${run.error.message}): the W3C checker needs Java 11 or later on the PATH (Debian: apt-get install default-jre-headless)`,
      );
    const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const problems = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'warning')
      .filter((m) => !CHECKER_LIMITS.some((limit) => limit.test(m.message)))
      .map(
        (m) => `${decodeURIComponent(m.url ?? '').replace(/^file:.*?\/dist\//, '')}:${m.lastLine ?? ''} ${m.message}`,
      );
    expect(problems).toEqual([]);
  }, 180_000);
});
