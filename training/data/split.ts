/**
 * Group-wise split: every near-duplicate group goes wholly to train, validation or test,
 * decided by a seeded hash of the group id (70 / 15 / 15). Because the decision depends only
 * on the group id, each source is split in the same proportions in expectation and the split
 * is stable when other sources are added or removed.
 */
export type Split = 'train' | 'val' | 'test';

export const SPLIT_FRACTIONS = { train: 0.7, val: 0.15, test: 0.15 } as const;

export function unitHash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

export function splitOf(groupId: string, seed: number): Split {
  const u = unitHash(groupId, seed);
  if (u < SPLIT_FRACTIONS.train) return 'train';
  if (u < SPLIT_FRACTIONS.train + SPLIT_FRACTIONS.val) return 'val';
  return 'test';
}
