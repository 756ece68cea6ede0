import { describe, expect, it } from 'vitest';
import type { ScoredPosting } from './messages.ts';
import { postingKey } from './posting-key.ts';
import { TAB_LIMITS, badgeColor, badgeText, capTabResults, listedPostings, mergeTabResults, toTabPosting, withRiskyCount } from './tab-results.ts';
import type { Verdict } from './types.ts';

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
    expect(withRiskyCount({ ...r, scored: [toTabPosting(trusted)] }).risky).toBe(0);
  });

  describe('what a tab keeps', () => {
    const REASONS: Verdict['reasons'] = [
      {
        id: 'lure_bundle',
        label: 'Free travel, visa and housing',
        evidence: ['free flight ticket, visa, food and accommodation for every new hire'],
        detail: 'all four',
        contribution: 1,
      },
      { id: 'messaging_contact', label: 'Contact only by chat app', evidence: ['Telegram @hr', 'WhatsApp'], contribution: 0.5 },
      { id: 'generic_role', label: 'Weak', evidence: [], contribution: -0.1 },
    ];
    const post = (i: number, risk: Verdict['risk'], score: number): ScoredPosting => ({
      posting: { title: `Ad ${i}`, company: `Employer ${i}`, text: `Posting ${i} ${'body '.repeat(2000)}` },
      verdict: { score, risk, reasons: risk === 'low' ? [] : REASONS, model: 'm' },
    });

    it('keeps the title, employer, key and a short verdict, not the text', () => {
      const p = post(1, 'high', 0.9);
      const kept = toTabPosting(p);
      expect(kept.key).toBe(postingKey(p.posting));
      expect(kept.posting).toEqual({ title: 'Ad 1', company: 'Employer 1', text: '' });
      expect(kept.verdict.reasons).toEqual([
        {
          id: 'lure_bundle',
          label: 'Free travel, visa and housing',
          evidence: ['free flight ticket, visa, food and accommodation for every new hire'.slice(0, TAB_LIMITS.evidence)],
          contribution: 1,
        },
        { id: 'messaging_contact', label: 'Contact only by chat app', evidence: ['Telegram @hr'], contribution: 0.5 },
        { id: 'generic_role', label: 'Weak', evidence: [], contribution: -0.1 },
      ]);
      // An untitled posting keeps the first words of its text, for the popup's line.
      expect(toTabPosting({ ...p, posting: { text: `  Customer service in Cambodia ${'x'.repeat(500)}` } }).posting.text).toHaveLength(TAB_LIMITS.snippet);
      expect(JSON.stringify(kept).length).toBeLessThan(600);
    });

    it('lists the highest-risk postings, keeps the next ones brief and only counts the rest, in page order', () => {
      const scored = [
        post(0, 'low', 0.01),
        post(1, 'high', 0.9),
        post(2, 'low', 0.05),
        post(3, 'medium', 0.3),
        post(4, 'low', 0.02),
        post(5, 'high', 0.95),
      ].map((p) => toTabPosting(p));
      const r = capTabResults({ url: 'u', scored, total: 0, risky: 0 }, { listed: 3, kept: 4 });
      expect(r.scored.map((p) => [p.posting.title ?? `(brief ${p.verdict.score})`, p.verdict.risk])).toEqual([
        ['Ad 1', 'high'],
        ['(brief 0.05)', 'low'],
        ['Ad 3', 'medium'],
        ['Ad 5', 'high'],
      ]);
      expect(r.dropped).toEqual({ count: 2, risky: 0, high: 0 });
      expect(r).toMatchObject({ total: 6, risky: 3 });
      expect(listedPostings(r).map((p) => p.posting.title)).toEqual(['Ad 1', 'Ad 3', 'Ad 5']);
      // A brief posting keeps only what re-tiering needs.
      const brief = r.scored[1];
      expect(brief).toMatchObject({ brief: true, posting: { text: '' } });

      // Warnings dropped past the cap still count, and still colour the toolbar.
      const many = capTabResults(
        { url: 'u', scored: [post(0, 'high', 0.9), post(1, 'high', 0.8), post(2, 'medium', 0.3)].map((p) => toTabPosting(p)), total: 0, risky: 0 },
        { listed: 1, kept: 1 },
      );
      expect(many).toMatchObject({ total: 3, risky: 3, dropped: { count: 2, risky: 2, high: 1 } });
      expect(badgeText(many)).toBe('3');
      expect(badgeColor({ ...many, scored: [] })).toBe('#c62828');
    });

    it('appends to the capped results of the same page and replaces re-read postings by key', () => {
      const first = mergeTabResults(null, 'u', [post(1, 'high', 0.9), post(2, 'low', 0.1)], false);
      const reread = post(2, 'high', 0.8);
      const next = mergeTabResults(first, 'u', [reread], true, [postingKey(post(2, 'low', 0.1).posting)]);
      expect(next.scored.map((p) => p.key)).toEqual([postingKey(post(1, 'high', 0.9).posting), postingKey(reread.posting)]);
      expect(next).toMatchObject({ total: 2, risky: 2 });
      // Past the caps the counts carry over from batch to batch.
      let r = mergeTabResults(null, 'u', [], false);
      for (let b = 0; b < 12; b++)
        r = mergeTabResults(
          r,
          'u',
          Array.from({ length: 100 }, (_, i) => post(b * 100 + i, i === 0 ? 'high' : 'low', i === 0 ? 0.9 : 0.01)),
          true,
        );
      expect(r.scored).toHaveLength(TAB_LIMITS.kept);
      expect(listedPostings(r)).toHaveLength(TAB_LIMITS.listed);
      expect(r).toMatchObject({ total: 1200, risky: 12, dropped: { count: 200, risky: 0 } });
    });
  });
});
