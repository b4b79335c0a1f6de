/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so tests can render components with the container API (tests/unit/charts/components.test.ts).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn the generators on both seeds; a busy 2-core machine needs more than the default 5 s.
    testTimeout: 30_000,
    // Both cores: Vitest's default leaves one free, which on this 2-core machine means one worker.
    maxWorkers: 2,
  },
});
