/**
 * `tsc` cannot read `.astro` files (Astro compiles them); for the tests that render components
 * with the container API, an `.astro` import is a component factory.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
