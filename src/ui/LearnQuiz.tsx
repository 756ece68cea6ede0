import { useState } from 'preact/hooks';
import type { QuizQuestion } from '../learn/learn-data.ts';
import { t } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { SourceLinks, VerdictReasons } from './LearnExample.tsx';

type Answer = 'lure' | 'genuine';

/** The self-check: each ad asks "lure or genuine?"; the answer shows why, and what the detector says. */
export function LearnQuiz({ questions, verdicts }: { questions: readonly QuizQuestion[]; verdicts: ReadonlyMap<string, Verdict> }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const answered = questions.filter((q) => answers[q.id]);
  const right = answered.filter((q) => answers[q.id] === q.answer).length;
  return (
    <div class="sjr-quiz">
      <ol class="sjr-quiz-list">
        {questions.map((q) => {
          const given = answers[q.id];
          return (
            <li key={q.id} class="sjr-quiz-item" data-question-id={q.id}>
              <blockquote lang={q.lang}>{q.text}</blockquote>
              <fieldset disabled={Boolean(given)}>
                <legend>{t('learnQuizQuestion')}</legend>
                {(['lure', 'genuine'] as const).map((a) => (
                  <button
                    type="button"
                    key={a}
                    class={given === a ? 'sjr-chosen' : undefined}
                    aria-pressed={given === a}
                    onClick={() => setAnswers({ ...answers, [q.id]: a })}
                  >
                    {a === 'lure' ? t('learnQuizAnswerLure') : t('learnQuizAnswerGenuine')}
                  </button>
                ))}
              </fieldset>
              {given ? (
                <div class={`sjr-quiz-feedback ${given === q.answer ? 'sjr-right' : 'sjr-wrong'}`} role="status">
                  <p>
                    <strong>{given === q.answer ? t('learnQuizRight') : t('learnQuizWrong')}</strong> {q.explanation}
                    <SourceLinks urls={q.sourceUrls} />
                  </p>
                  <VerdictReasons verdict={verdicts.get(q.id)} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p class="sjr-quiz-score" aria-live="polite">
        {t('learnQuizScore', right, questions.length)}{' '}
        {answered.length > 0 ? (
          <button type="button" onClick={() => setAnswers({})}>
            {t('learnQuizRestart')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
