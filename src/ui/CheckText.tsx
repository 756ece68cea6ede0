import { useState } from 'preact/hooks';
import type { Verdict } from '../shared/types.ts';
import { TIER_TEXT } from './labels.ts';
import { ReasonList } from './ReasonList.tsx';

/** Paste an ad, get the same verdict the page badge and the CLI would give. */
export function CheckText({ check }: { check: (text: string) => Promise<Verdict> }) {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: Event) {
    e.preventDefault();
    setError('');
    setVerdict(null);
    if (!text.trim()) {
      setError('Paste the text of a job ad first.');
      return;
    }
    setBusy(true);
    try {
      setVerdict(await check(text));
    } catch (err) {
      setError(`Could not check this text: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="sjr-check" onSubmit={onSubmit}>
      <label for="sjr-paste">Check a job ad</label>
      <textarea id="sjr-paste" rows={5} placeholder="Paste the text of a job ad or message…" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="submit" disabled={busy}>
        {busy ? 'Checking…' : 'Check'}
      </button>
      {error ? <p class="sjr-error" role="alert">{error}</p> : null}
      {verdict ? (
        <div class={`sjr-result sjr-${verdict.risk}`} data-risk={verdict.risk} data-score={verdict.score.toFixed(4)} role="status">
          <p>
            <strong>{TIER_TEXT[verdict.risk]}</strong>
          </p>
          <ReasonList reasons={verdict.reasons} />
        </div>
      ) : null}
    </form>
  );
}
