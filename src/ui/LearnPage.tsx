import { useEffect, useState } from 'preact/hooks';
import examplesJson from '../../assets/learn/examples.json';
import quizJson from '../../assets/learn/quiz.json';
import signsJson from '../../assets/learn/signs.json';
import type { Engine } from '../detect/engine.ts';
import { SIGNAL_LABELS, type SignalId } from '../detect/signals/index.ts';
import type { LearnData, QuizData, WarningSign } from '../learn/learn-data.ts';
import { signalLabel, t, uiLang } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { HelpStyle } from './HelpPanel.tsx';
import { ExampleCard, SourceLinks } from './LearnExample.tsx';
import { LearnHelp } from './LearnHelp.tsx';
import { LearnPresenter } from './LearnPresenter.tsx';
import { LearnQuiz } from './LearnQuiz.tsx';

const DATA = examplesJson as LearnData;
const QUIZ = (quizJson as QuizData).questions;
const SIGNS = (signsJson as { signs: WarningSign[] }).signs;
const PRESENT_HASH = '#present';

/** A sign's explanation in the UI language when the content has it ("zh-CN" → zh_CN, then zh), else English. */
function explanationOf(sign: WarningSign): string {
  const lang = uiLang();
  const ex = sign.explanation;
  return ex[lang.replace('-', '_')] ?? ex[lang.split('-')[0] ?? ''] ?? ex.en ?? '';
}

/**
 * The Learn page for trainers and NGOs: the warning signs with their sources, lure/genuine
 * pairs side by side, more examples, presenter mode (learn.html#present) and a quiz. Every
 * verdict is computed here by the same engine as the CLI and the check page.
 */
export function LearnPage({ loadEngine }: { loadEngine: () => Promise<Engine> }) {
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, Verdict>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [presenting, setPresenting] = useState(location.hash === PRESENT_HASH);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const engine = await loadEngine();
        const out = new Map<string, Verdict>();
        for (const item of [...DATA.examples, ...QUIZ]) out.set(item.id, await engine.score({ text: item.text }));
        if (live) setVerdicts(out);
      } catch (err) {
        if (live) setError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const onHash = () => setPresenting(location.hash === PRESENT_HASH);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const byId = new Map(DATA.examples.map((e) => [e.id, e]));
  const paired = new Set(DATA.pairs.flatMap((p) => [p.lure, p.genuine]));
  const ready = verdicts.size > 0;

  if (presenting) {
    return (
      <main class="sjr-learn sjr-presenting" data-ready={ready}>
        <LearnPresenter
          examples={DATA.examples}
          pairs={DATA.pairs}
          verdicts={verdicts}
          onExit={() => {
            history.replaceState(null, '', location.pathname);
            setPresenting(false);
          }}
        />
      </main>
    );
  }

  return (
    <main class="sjr-learn" data-ready={ready}>
      <HelpStyle />
      <header class="sjr-learn-header">
        <h1>{t('learnTitle')}</h1>
        <p>{t('learnIntro')}</p>
        <a
          class="sjr-button sjr-primary"
          href={PRESENT_HASH}
          onClick={(e) => {
            e.preventDefault();
            history.pushState(null, '', PRESENT_HASH);
            setPresenting(true);
          }}
        >
          {t('learnPresent')}
        </a>
        {error ? (
          <p class="sjr-error" role="alert">
            {error}
          </p>
        ) : null}
        {!ready && !error ? (
          <p class="sjr-muted" role="status">
            {t('learnScoring')}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="sjr-signs">
        <h2 id="sjr-signs">{t('learnSignsHeading')}</h2>
        <p>{t('learnSignsIntro')}</p>
        <ul class="sjr-signs">
          {SIGNS.map((s) => (
            <li key={s.signal} data-signal={s.signal}>
              <h3>{signalLabel({ id: s.signal, label: SIGNAL_LABELS[s.signal as SignalId] ?? s.signal })}</h3>
              <p>{explanationOf(s)}</p>
              <p class="sjr-learn-source">
                {t('learnSources')}
                <SourceLinks urls={s.sourceUrls} />
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sjr-pairs">
        <h2 id="sjr-pairs">{t('learnPairsHeading')}</h2>
        <p>{t('learnPairsIntro')}</p>
        {DATA.pairs.map((p) => {
          const lure = byId.get(p.lure);
          const genuine = byId.get(p.genuine);
          if (!lure || !genuine) return null;
          return (
            <div key={`${p.lure}|${p.genuine}`} class="sjr-pair" data-pair={`${p.lure}|${p.genuine}`}>
              <ExampleCard example={lure} verdict={verdicts.get(lure.id)} />
              <ExampleCard example={genuine} verdict={verdicts.get(genuine.id)} />
            </div>
          );
        })}
      </section>

      <section aria-labelledby="sjr-more">
        <h2 id="sjr-more">{t('learnMoreHeading')}</h2>
        <div class="sjr-more">
          {DATA.examples
            .filter((e) => !paired.has(e.id))
            .map((e) => (
              <ExampleCard key={e.id} example={e} verdict={verdicts.get(e.id)} />
            ))}
        </div>
      </section>

      <section aria-labelledby="sjr-quiz">
        <h2 id="sjr-quiz">{t('learnQuizHeading')}</h2>
        <LearnQuiz questions={QUIZ} verdicts={verdicts} />
      </section>

      <LearnHelp />
    </main>
  );
}
