import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearnExample } from '../learn/learn-data.ts';
import { t } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { MarkedText, VerdictReasons } from './LearnExample.tsx';

/** Where presenter mode stands: which example, and how many of its reasons are shown. */
export interface PresenterState {
  index: number;
  revealed: number;
}

/** The presenter's keys. Pure, so the stepping rules are unit-tested. */
export function presenterStep(state: PresenterState, key: string, count: number, reasonsOf: (index: number) => number): PresenterState | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
      return state.index + 1 < count ? { index: state.index + 1, revealed: 0 } : state;
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
      return state.index > 0 ? { index: state.index - 1, revealed: 0 } : state;
    case 'r':
    case 'R':
    case 'Enter':
    case ' ':
      return { ...state, revealed: Math.min(state.revealed + 1, reasonsOf(state.index)) };
    case 'Home':
      return { index: 0, revealed: 0 };
    case 'End':
      return { index: count - 1, revealed: 0 };
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/**
 * Presenter mode: one example at a time in large type. The verdict starts hidden, so the
 * audience can guess first; each press of R / Enter reveals the next reason and marks its
 * evidence in the text.
 */
export function LearnPresenter({ examples, verdicts, onExit }: { examples: readonly LearnExample[]; verdicts: ReadonlyMap<string, Verdict>; onExit: () => void }) {
  const [state, setState] = useState<PresenterState>({ index: 0, revealed: 0 });
  const root = useRef<HTMLDivElement>(null);
  const example = examples[state.index];
  const verdict = example ? verdicts.get(example.id) : undefined;
  // One reveal per reason; an ad with none still takes one step, which shows its (calm) verdict.
  const steps = Math.max(1, verdict?.reasons.length ?? 0);

  useEffect(() => {
    root.current?.focus();
  }, []);

  const act = (key: string) => {
    const next = presenterStep(state, key, examples.length, (i) => Math.max(1, verdicts.get(examples[i]?.id ?? '')?.reasons.length ?? 0));
    if (next === 'exit') onExit();
    else if (next) setState(next);
    return next !== null;
  };

  if (!example) return null;
  return (
    <div
      ref={root}
      class={`sjr-presenter sjr-learn-${example.kind}`}
      role="region"
      aria-label={t('learnPresent')}
      tabIndex={-1}
      data-example-id={example.id}
      data-revealed={state.revealed}
      onKeyDown={(e) => {
        // Buttons keep their own Enter / Space.
        if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).tagName === 'BUTTON') return;
        if (act(e.key)) e.preventDefault();
      }}
    >
      <div class="sjr-presenter-bar">
        <span class="sjr-presenter-count">{t('learnCounter', state.index + 1, examples.length)}</span>
        <span class="sjr-muted">{t('learnKeys')}</span>
        <button type="button" onClick={onExit}>
          {t('learnExit')}
        </button>
      </div>
      <h2 lang={example.lang}>{example.title}</h2>
      <div lang={example.lang}>
        <MarkedText text={example.text} verdict={verdict} revealed={state.revealed} />
      </div>
      {state.revealed > 0 ? <VerdictReasons verdict={verdict} revealed={state.revealed} /> : null}
      <div class="sjr-presenter-controls">
        <button type="button" onClick={() => act('ArrowLeft')} disabled={state.index === 0}>
          {t('learnPrev')}
        </button>
        <button type="button" class="sjr-primary" onClick={() => act('r')} disabled={!verdict || state.revealed >= steps}>
          {verdict && state.revealed >= steps ? t('learnAllShown') : t('learnReveal')}
        </button>
        <button type="button" onClick={() => act('ArrowRight')} disabled={state.index + 1 >= examples.length}>
          {t('learnNext')}
        </button>
      </div>
    </div>
  );
}
