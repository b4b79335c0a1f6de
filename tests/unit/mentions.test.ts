/** Lists of where a name is printed stay bounded however many plans print it. */
import { describe, expect, it } from 'vitest';
import { shownMentions, type PlanMention } from '../../src/data/rendering.ts';

const mention = (plan: number, n: number): PlanMention => ({ plan, section: '1-1', paragraph: `p1-1-${n}` });

describe('shownMentions', () => {
  it('shows every mention of the newest plans and counts the rest, with their plans', () => {
    const mentions = [2030, 2029, 2029, 2028, 2027, 2027, 2026, 2020].map((plan, i) => mention(plan, i));
    const { shown, more, morePlans } = shownMentions(mentions, 3);
    expect(shown.map((m) => m.plan)).toEqual([2030, 2029, 2029, 2028]);
    expect([more, morePlans]).toEqual([4, 3]);
  });

  it('shows the same number of links for 10 plans as for 200 that print a name alike', () => {
    const over = (plans: number) => Array.from({ length: plans }, (_, i) => [mention(2200 - i, 1), mention(2200 - i, 2)]).flat();
    expect(shownMentions(over(200)).shown.length).toBe(shownMentions(over(10)).shown.length);
  });

  it('hides nothing when few plans print the name', () => {
    const mentions = [mention(2021, 1), mention(2022, 3)];
    expect(shownMentions(mentions)).toEqual({ shown: mentions, more: 0, morePlans: 0 });
  });
});
