/** The archive's size and SHA-256 on the about pages: filled in, taken back out, and nothing else touched. */
import { describe, expect, it } from 'vitest';
import { hasArchiveFacts, withArchiveFacts } from '../../src/lib/mirror/archive-facts.ts';

const page = (text: string) =>
  `<p><a href="/archive/x.wacz">x.wacz</a> (<span data-archive-facts="{size} MB，SHA-256：{sha256}" data-archive-pending="列于 SHA256SUMS &amp; 本页" class="archive-facts" data-astro-cid-x>${text}</span>)</p>`;
const facts = { bytes: 2_154_352, sha256: 'ab'.repeat(32) };

describe('withArchiveFacts', () => {
  it('fills in the size and hash, and gives back the captured form without them', () => {
    const captured = page('列于 SHA256SUMS &amp; 本页');
    const stated = withArchiveFacts(captured, facts);
    expect(stated).toBe(page(`2.15 MB，SHA-256：${'ab'.repeat(32)}`));
    expect(withArchiveFacts(stated)).toBe(captured);
    expect(withArchiveFacts(withArchiveFacts(stated, facts), facts)).toBe(stated);
  });

  it('finds the element only where a page has it', () => {
    expect(hasArchiveFacts(page('x'))).toBe(true);
    expect(hasArchiveFacts('<p>no archive here</p>')).toBe(false);
    expect(withArchiveFacts('<p>no archive here</p>', facts)).toBe('<p>no archive here</p>');
  });
});
