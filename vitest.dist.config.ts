// Checks on the built site (dist/): valid HTML, links, security, size budgets. Run after `astro build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
