/**
 * Checks over lists (every page, every section, every query) in a few tests rather than one test
 * each: a test walks its list in one browser page, so the browser context and page are made once,
 * and each item is a step whose failures are recorded under the item's name while the walk goes
 * on. A run stays fast and still names every item and check that failed.
 */
import { expect, test } from '@playwright/test';

/** Splits a list into `count` batches of near-equal size, dealt round-robin so each mixes kinds. */
export function batchesOf<T>(items: T[], count: number): T[][] {
  return Array.from({ length: count }, (_, i) => items.filter((_, j) => j % count === i)).filter((batch) => batch.length > 0);
}

/**
 * Runs `check` on every item as a step titled `name(item)`. Use `expect.soft` inside, with the item
 * in the message; an error the check throws (a failed navigation, a timeout) is recorded the same
 * way and the walk moves on to the next item. The test's timeout grows with the list.
 */
export async function checkEach<T>(items: T[], name: (item: T) => string, check: (item: T) => Promise<void>, msPerItem = 10_000): Promise<void> {
  test.setTimeout(Math.max(test.info().timeout, items.length * msPerItem));
  for (const item of items) {
    await test.step(name(item), async () => {
      try {
        await check(item);
      } catch (error) {
        expect.soft(error instanceof Error ? error.message : String(error), `${name(item)}: the check stopped`).toBeUndefined();
      }
    });
  }
}
