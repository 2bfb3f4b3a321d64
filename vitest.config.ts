// Unit tests (tests/unit): pure functions and components' logic, no build. `npm run test:unit`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
