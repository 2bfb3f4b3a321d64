// Where the build reads content from (a test build points it at a broken copy).
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';

describe('contentDir', () => {
  const saved = process.env.EXPLAINER_CONTENT_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.EXPLAINER_CONTENT_DIR;
    else process.env.EXPLAINER_CONTENT_DIR = saved;
  });
  it('defaults to content/ and follows EXPLAINER_CONTENT_DIR', () => {
    delete process.env.EXPLAINER_CONTENT_DIR;
    expect(contentDir()).toBe('content');
    process.env.EXPLAINER_CONTENT_DIR = '/tmp/broken/';
    expect(contentDir()).toBe('/tmp/broken');
  });
});
