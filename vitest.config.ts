import { defineConfig } from 'vitest/config';

// Unit tests cover the pure logic under src/ only; the e2e/ folder belongs to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
