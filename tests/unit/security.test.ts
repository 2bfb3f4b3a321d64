// The Content-Security-Policy in its two forms (the _headers file's and the pages' <meta>), and
// the hashes of inline stylesheets it allows.
import { describe, expect, it } from 'vitest';
import {
  cspHeader,
  cspMeta,
  headersFile,
  inlineStyleHash,
  inlineStyleHashes,
  withStyleHashes,
} from '../../src/lib/security';

describe('security policy', () => {
  it('the header form has every directive, the meta form drops frame-ancestors', () => {
    expect(cspHeader().split('; ')).toContain("frame-ancestors 'none'");
    expect(cspMeta().split('; ')).not.toContain("frame-ancestors 'none'");
    expect(cspMeta().split('; ').length).toBe(cspHeader().split('; ').length - 1);
  });
  it('allows an inline stylesheet by its hash, and only in style-src', () => {
    const policy = withStyleHashes(cspMeta(), ['sha256-abc']);
    expect(policy).toContain("style-src 'self' 'sha256-abc';");
    expect(policy).toContain("script-src 'self';");
    expect(withStyleHashes(cspMeta(), [])).toBe(cspMeta());
  });
  it('hashes inline stylesheets as browsers do (sha256, base64)', () => {
    // echo -n 'body{color:red}' | openssl dgst -sha256 -binary | base64
    expect(inlineStyleHash('body{color:red}')).toBe('sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=');
    expect(inlineStyleHashes('<p>x</p><style>body{color:red}</style>')).toEqual([
      'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=',
    ]);
  });
  it('the _headers file applies the policy to every path', () => {
    const lines = headersFile(['sha256-x']).split('\n');
    expect(lines).toContain('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${cspHeader(['sha256-x'])}`);
  });
});
