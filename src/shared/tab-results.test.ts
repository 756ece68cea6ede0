import { describe, expect, it } from 'vitest';
import type { ScoredPosting } from './messages.ts';
import { badgeColor, badgeText, mergeTabResults, withRiskyCount } from './tab-results.ts';

const sp = (risk: 'low' | 'medium' | 'high'): ScoredPosting => ({ posting: { text: risk }, verdict: { score: 0.5, risk, reasons: [], model: 'm' } });

describe('tab results', () => {
  it('appends postings found later on the same page and restarts on a new page', () => {
    const a = mergeTabResults(null, 'https://x/1', [sp('high'), sp('low')], false);
    expect(a.risky).toBe(1);
    const b = mergeTabResults(a, 'https://x/1', [sp('medium')], true);
    expect(b.scored).toHaveLength(3);
    expect(b.risky).toBe(2);
    const c = mergeTabResults(b, 'https://x/2', [sp('low')], true);
    expect(c.scored).toHaveLength(1);
    expect(c.risky).toBe(0);
  });

  it('shows the number of risky postings on the toolbar, red when any is high', () => {
    expect(badgeText(null)).toBe('');
    const r = mergeTabResults(null, 'u', [sp('medium'), sp('high')], false);
    expect(badgeText(r)).toBe('2');
    expect(badgeColor(r)).toBe('#c62828');
    expect(badgeColor(mergeTabResults(null, 'u', [sp('medium')], false))).not.toBe('#c62828');
    expect(
      badgeText(
        mergeTabResults(
          null,
          'u',
          Array.from({ length: 120 }, () => sp('high')),
          false,
        ),
      ),
    ).toBe('99+');
  });

  it('does not count or colour postings the user trusts', () => {
    const trusted: ScoredPosting = {
      posting: { text: 't', company: 'Acme' },
      verdict: { score: 0.9, risk: 'high', reasons: [], model: 'm', trusted: 'employer' },
    };
    const r = mergeTabResults(null, 'u', [trusted, sp('medium')], false);
    expect(r.risky).toBe(1);
    expect(badgeText(r)).toBe('1');
    expect(badgeColor(r)).not.toBe('#c62828');
    expect(withRiskyCount({ ...r, scored: [trusted] }).risky).toBe(0);
  });
});
