import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Europe/Rome logic must not depend on the machine's zone: run tests in UTC.
    env: { TZ: 'UTC' },
  },
});
