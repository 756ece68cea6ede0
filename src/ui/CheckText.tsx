import { useState } from 'preact/hooks';
import type { Verdict } from '../shared/types.ts';
import { t } from '../shared/i18n.ts';
import { tierText } from './labels.ts';
import { HelpDisclosure } from './HelpPanel.tsx';
import { ReasonList } from './ReasonList.tsx';

/** Paste an ad, get the same verdict the page badge and the CLI would give. */
export function CheckText({ check }: { check: (text: string) => Promise<Verdict> }) {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  /** The text the shown verdict is for (the box may have changed since). */
  const [checked, setChecked] = useState('');

  async function onSubmit(e: Event) {
    e.preventDefault();
    setError('');
    setVerdict(null);
    if (!text.trim()) {
      setError(t('checkEmpty'));
      return;
    }
    setBusy(true);
    try {
      setVerdict(await check(text));
      setChecked(text);
    } catch (err) {
      setError(t('checkFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="sjr-check" onSubmit={onSubmit}>
      <label for="sjr-paste">{t('checkLabel')}</label>
      <textarea id="sjr-paste" rows={5} placeholder={t('checkPlaceholder')} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="submit" disabled={busy}>
        {busy ? t('checkBusy') : t('checkSubmit')}
      </button>
      {error ? (
        <p class="sjr-error" role="alert">
          {error}
        </p>
      ) : null}
      {verdict ? (
        <div class={`sjr-result sjr-${verdict.risk}`} data-risk={verdict.risk} data-score={verdict.score.toFixed(4)} role="status">
          <p>
            <strong>{tierText(verdict.risk)}</strong>
          </p>
          <ReasonList reasons={verdict.reasons} />
          {verdict.risk !== 'low' ? <HelpDisclosure verdict={verdict} text={checked} /> : null}
        </div>
      ) : null}
    </form>
  );
}
