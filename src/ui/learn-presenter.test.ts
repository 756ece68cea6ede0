import { describe, expect, it } from 'vitest';
import { presenterStep } from './LearnPresenter.tsx';

const reasons = [3, 1, 1];
const step = (s: { index: number; revealed: number }, key: string) => presenterStep(s, key, reasons.length, (i) => reasons[i] ?? 0);

describe('presenterStep', () => {
  it('reveals reasons one by one, never past the last', () => {
    let s = { index: 0, revealed: 0 };
    for (const expected of [1, 2, 3, 3]) {
      s = step(s, 'r') as typeof s;
      expect(s.revealed).toBe(expected);
    }
    expect(step(s, 'Enter')).toEqual({ index: 0, revealed: 3 });
  });

  it('steps between examples, hiding the reasons again, and stops at both ends', () => {
    expect(step({ index: 0, revealed: 2 }, 'ArrowRight')).toEqual({ index: 1, revealed: 0 });
    expect(step({ index: 2, revealed: 1 }, 'ArrowRight')).toEqual({ index: 2, revealed: 1 });
    expect(step({ index: 1, revealed: 1 }, 'PageUp')).toEqual({ index: 0, revealed: 0 });
    expect(step({ index: 0, revealed: 0 }, 'ArrowLeft')).toEqual({ index: 0, revealed: 0 });
    expect(step({ index: 1, revealed: 0 }, 'End')).toEqual({ index: 2, revealed: 0 });
  });

  it('C toggles the side-by-side look-alike, which stays on while stepping', () => {
    const on = step({ index: 0, revealed: 1 }, 'c');
    expect(on).toEqual({ index: 0, revealed: 1, compare: true });
    expect(step(on as { index: number; revealed: number }, 'ArrowRight')).toEqual({ index: 1, revealed: 0, compare: true });
    expect(step({ index: 0, revealed: 0, compare: true } as { index: number; revealed: number }, 'C')).toEqual({ index: 0, revealed: 0, compare: false });
  });

  it('leaves on Escape and ignores other keys', () => {
    expect(step({ index: 1, revealed: 0 }, 'Escape')).toBe('exit');
    expect(step({ index: 1, revealed: 0 }, 'x')).toBeNull();
  });
});
