import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearnExample, LearnPair } from '../learn/learn-data.ts';
import { t } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { MarkedText, VerdictReasons } from './LearnExample.tsx';

/** Where presenter mode stands: which example, and how many of its reasons are shown. */
export interface PresenterState {
  index: number;
  revealed: number;
  /** Shows the example's partner from a lure/genuine pair beside it. */
  compare?: boolean;
}

/** The presenter's keys. Pure, so the stepping rules are unit-tested. */
export function presenterStep(state: PresenterState, key: string, count: number, reasonsOf: (index: number) => number): PresenterState | 'exit' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
      return state.index + 1 < count ? { ...state, index: state.index + 1, revealed: 0 } : state;
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
      return state.index > 0 ? { ...state, index: state.index - 1, revealed: 0 } : state;
    case 'r':
    case 'R':
    case 'Enter':
    case ' ':
      return { ...state, revealed: Math.min(state.revealed + 1, reasonsOf(state.index)) };
    case 'Home':
      return { ...state, index: 0, revealed: 0 };
    case 'End':
      return { ...state, index: count - 1, revealed: 0 };
    case 'c':
    case 'C':
      return { ...state, compare: !state.compare };
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
export function LearnPresenter({
  examples,
  pairs = [],
  verdicts,
  onExit,
}: {
  examples: readonly LearnExample[];
  pairs?: readonly LearnPair[];
  verdicts: ReadonlyMap<string, Verdict>;
  onExit: () => void;
}) {
  const [state, setState] = useState<PresenterState>({ index: 0, revealed: 0 });
  const root = useRef<HTMLElement>(null);
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
  const pair = pairs.find((p) => p.lure === example.id || p.genuine === example.id);
  const partner = pair ? examples.find((e) => e.id === (pair.lure === example.id ? pair.genuine : pair.lure)) : undefined;
  const comparing = Boolean(state.compare && partner);
  const current = (
    <div class="sjr-presenter-main">
      {comparing ? (
        <p class="sjr-learn-tags">
          <span class={`sjr-learn-kind sjr-learn-kind-${example.kind}`}>{example.kind === 'lure' ? t('learnKindLure') : t('learnKindGenuine')}</span>
        </p>
      ) : null}
      <h2 lang={example.lang}>{example.title}</h2>
      <div lang={example.lang}>
        <MarkedText text={example.text} verdict={verdict} revealed={state.revealed} />
      </div>
      {state.revealed > 0 ? <VerdictReasons verdict={verdict} revealed={state.revealed} /> : null}
    </div>
  );
  return (
    <section
      ref={root}
      class={`sjr-presenter sjr-learn-${example.kind}`}
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
      {comparing && partner ? (
        <div class="sjr-presenter-compare">
          {current}
          {/* The look-alike's verdict shows once the first sign of this example is revealed. */}
          <div class={`sjr-presenter-partner sjr-learn-${partner.kind}`} data-example-id={partner.id}>
            <p class="sjr-learn-tags">
              <span class={`sjr-learn-kind sjr-learn-kind-${partner.kind}`}>{partner.kind === 'lure' ? t('learnKindLure') : t('learnKindGenuine')}</span>
            </p>
            <h2 lang={partner.lang}>{partner.title}</h2>
            <div lang={partner.lang}>
              <MarkedText text={partner.text} verdict={verdicts.get(partner.id)} revealed={state.revealed > 0 ? undefined : 0} />
            </div>
            {state.revealed > 0 ? <VerdictReasons verdict={verdicts.get(partner.id)} /> : null}
          </div>
        </div>
      ) : (
        current
      )}
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
        {partner ? (
          <button type="button" class="sjr-compare" aria-pressed={comparing} onClick={() => act('c')}>
            {t('learnCompare')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
