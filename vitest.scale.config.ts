/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Tests that build whole sites from synthetic corpora (scripts/make-corpus.ts) or in shards: a minute or more, so apart from the unit tests.
export default defineConfig({
  test: {
    include: ['tests/scale/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});
