import { describe, expect, it } from 'vitest';
import { dedupAndGroup } from './dedup.ts';
import { splitOf } from './split.ts';
import type { Row } from './types.ts';

const row = (id: string, text: string, label: 0 | 1 = 0, source = 's'): Row => ({ id, source, lang: 'en', label, text, synthetic: false, jobAd: true });

const AD =
  'Customer Service Representative at Acme Corp in Makati City. Handle inbound calls from customers of our telecom client, resolve billing issues, document every interaction in the CRM, meet quality targets. Requirements: college level, good English, willing to work shifting schedules. Benefits: HMO, 13th month pay, paid leave.';

describe('dedup and grouping', () => {
  it('removes exact duplicates (modulo case and punctuation)', () => {
    const d = dedupAndGroup([row('a', AD), row('b', AD.toUpperCase().replace(/\./g, '!'))]);
    expect(d.rows.length).toBe(1);
    expect(d.exactDuplicatesRemoved).toBe(1);
  });

  it('drops exact duplicates with conflicting labels', () => {
    const d = dedupAndGroup([row('a', AD, 0), row('b', AD, 1), row('c', 'something else entirely different here')]);
    expect(d.rows.map((r) => r.id)).toEqual(['c']);
    expect(d.labelConflictsRemoved).toBe(2);
  });

  it('groups near-identical ads (small edits) and keeps different ads apart', () => {
    const near = AD.replace('Acme Corp', 'Acme Corporation').replace('paid leave', 'paid vacation leave') + ' Apply now.';
    const other =
      'Senior Java Backend Developer. Design and build microservices with Spring Boot and Kafka, mentor junior engineers, review code. 5+ years of Java, SQL and cloud experience. Hybrid work in Ho Chi Minh City.';
    const d = dedupAndGroup([row('a', AD), row('b', near), row('c', other)]);
    expect(d.rows.length).toBe(3);
    const g = Object.fromEntries(d.rows.map((r, i) => [r.id, d.groups[i]]));
    expect(g.a).toBe(g.b);
    expect(g.c).not.toBe(g.a);
  });

  it('groups near-duplicates in scripts without spaces', () => {
    const zh = '高薪招聘在线客服，工作地点柬埔寨西港，月薪两万起，包吃包住，报销机票，学历经验不限，会打字就行，飞机联系';
    const d = dedupAndGroup([
      row('a', zh),
      row('b', zh.replace('两万', '三万')),
      row('c', '上海市浦东新区招聘会计，本科以上学历，三年以上工作经验，五险一金，周末双休'),
    ]);
    expect(d.groups[0]).toBe(d.groups[1]);
    expect(d.groups[2]).not.toBe(d.groups[0]);
  });
});

describe('group split', () => {
  it('is deterministic, roughly 70/15/15, and disjoint by group', () => {
    const counts = { train: 0, val: 0, test: 0 };
    for (let i = 0; i < 20000; i++) counts[splitOf(`g${i}`, 42)]++;
    expect(counts.train / 20000).toBeCloseTo(0.7, 1);
    expect(counts.val / 20000).toBeCloseTo(0.15, 1);
    expect(counts.test / 20000).toBeCloseTo(0.15, 1);
    // Every member of a group shares its split: the split is a function of the group id only.
    const texts = [
      AD,
      AD.replace('Acme Corp', 'Acme Corporation'),
      'another different posting about accounting jobs in Hanoi with many words',
      AD + ' Walk-ins welcome.',
    ];
    const d = dedupAndGroup(texts.map((t, i) => row(`r${i}`, t)));
    const byGroup = new Map<string, Set<string>>();
    d.rows.forEach((_, i) => {
      const g = d.groups[i] ?? '';
      const s = byGroup.get(g) ?? new Set<string>();
      s.add(splitOf(g, 42));
      byGroup.set(g, s);
    });
    for (const s of byGroup.values()) expect(s.size).toBe(1);
  });
});
