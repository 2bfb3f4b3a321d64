// Build tests (tests/build): bad input must fail `astro build` with a clear message, and the
// maintainer's commands print no warning. Each runs full builds: `npm run test:build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One file at a time, on any machine: every `astro build` of the project writes its content
    // modules to the project's own .astro/, so two at once can render one build's pages with the
    // other's (UnknownContentCollectionError, seen with four files at once).
    fileParallelism: false,
  },
});
