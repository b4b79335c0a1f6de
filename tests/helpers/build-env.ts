/**
 * The environment a test gives a build it spawns: its own, without what Vitest and Vite put into
 * it (`BASE_URL=/`, `MODE=test`, `DEV=1`, `NODE_ENV=test`, …). Astro would read those as its
 * own, so a build run from a test would not be the build `npm run build` makes: its links would
 * ignore SITE_BASE, for one.
 */
const VITEST_VARIABLES = /^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|SITE|NODE_ENV)$/;

export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name))), ...extra };
}
