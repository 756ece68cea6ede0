import { describe, expect, it } from 'vitest';
import { cleanField } from './data/clean.ts';
import { ARTEFACTS, distinctiveGrams, spliceSection, wordGrams } from './probe-stats.ts';

describe('probe helpers', () => {
  it('wordGrams: unigrams and bigrams once each, no bare numbers', () => {
    expect([...wordGrams('Apply now, apply NOW! 2024 salary')].sort()).toEqual(['apply', 'apply now', 'now', 'now apply', 'salary'].sort());
  });

  it('distinctiveGrams puts the words typical of A first', () => {
    const a = Array.from({ length: 30 }, (_, i) => `night shift call centre agent ${i % 3 ? 'makati' : 'cebu'}`);
    const b = Array.from({ length: 30 }, () => 'data scientist python machine learning');
    const top = distinctiveGrams(a, b, 3).map((g) => g.gram);
    expect(top).toEqual(expect.arrayContaining(['night', 'shift']));
    expect(top).not.toContain('python');
  });

  it('every artefact pattern matches raw corpus text and none survives cleaning', () => {
    const raw = [
      'Email #EMAIL_0b13a7f8c3d2e1f0# or visit #URL_86fd830a06c2b73f6e5e1c4d1b0f1f6a#',
      '<p>Salary</p><br/>',
      'Fish &amp; chips&nbsp;shop',
      'USD 80K-120K (Glassdoor est.)',
      'Mức độ phù hợp và xếp hạng của bạn: 4/5',
      'Great team. Show more Show less',
    ];
    for (const a of ARTEFACTS)
      expect(
        raw.some((t) => a.re.test(t)),
        a.name,
      ).toBe(true);
    for (const t of raw) for (const a of ARTEFACTS) expect(a.re.test(cleanField(t)), `${a.name} in ${cleanField(t)}`).toBe(false);
  });
});

describe('spliceSection', () => {
  const card = '# Card\n\n## Ablation\n\nx\n\n## Limits (read)\n- a\n';
  it('inserts before Limits, then replaces its own earlier copy', () => {
    const once = spliceSection(card, '## Source probe\n\nv1');
    expect(once).toBe('# Card\n\n## Ablation\n\nx\n\n## Source probe\n\nv1\n\n## Limits (read)\n- a\n');
    const twice = spliceSection(once, '## Source probe\n\nv2');
    expect(twice).toBe('# Card\n\n## Ablation\n\nx\n\n## Source probe\n\nv2\n\n## Limits (read)\n- a\n');
  });
});
