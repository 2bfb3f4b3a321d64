// The build's warning handler drops only Rolldown's warning on Astro's head-inject directive.
import { describe, expect, it } from 'vitest';
import { isHarmlessBuildWarning, onBuildWarning, type BuildLog } from '../../src/lib/build-warnings';

const headInject: BuildLog = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/sections/en/01-parade-and-missiles.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};
const useClient: BuildLog = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use client" in "src/scripts/toc-spy.ts" may not be preserved when bundling.',
};
const other: BuildLog = { code: 'EMPTY_BUNDLE', message: 'Generated an empty chunk: "use astro:head-inject"' };

describe('onBuildWarning', () => {
  it('drops the head-inject directive warning and passes every other warning on', () => {
    const printed: BuildLog[] = [];
    for (const log of [headInject, useClient, other, { message: 'a plain string warning' }])
      onBuildWarning(log, (l) => printed.push(l));
    expect(printed).toEqual([useClient, other, { message: 'a plain string warning' }]);
  });

  it('knows the one harmless warning by its code and its directive together', () => {
    expect(isHarmlessBuildWarning(headInject)).toBe(true);
    expect(isHarmlessBuildWarning(useClient)).toBe(false);
    expect(isHarmlessBuildWarning(other)).toBe(false);
  });
});
