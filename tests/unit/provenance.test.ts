/** Placing the ingest's normalizations in the published plan by source line. */
import { describe, expect, it } from 'vitest';
import { paragraphAtLine, paragraphPlaces } from '../../src/lib/site/provenance.ts';

const places = paragraphPlaces([
  { id: '1-1', paragraphs: [{ id: 'p1-1-1', line: 21 }, { id: 'p1-1-2', line: 25 }] },
  { id: '1-0', paragraphs: [{ id: 'p1-0-1', line: 17 }] },
]);

describe('paragraphAtLine', () => {
  it('finds the paragraph a line falls in, across sections listed in any order', () => {
    expect(paragraphAtLine(places, 17)?.paragraph).toBe('p1-0-1');
    expect(paragraphAtLine(places, 24)?.paragraph).toBe('p1-1-1');
    expect(paragraphAtLine(places, 25)).toEqual({ section: '1-1', paragraph: 'p1-1-2', line: 25 });
    expect(paragraphAtLine(places, 400)?.paragraph).toBe('p1-1-2');
  });

  it('finds none before the first paragraph, in the notice', () => {
    expect(paragraphAtLine(places, 3)).toBeUndefined();
  });
});
