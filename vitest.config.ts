import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // A stray it.only/describe.only fails the run instead of silently skipping the rest.
    allowOnly: false,
    testTimeout: 30_000,
  },
})
