import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabResults } from '../shared/messages.ts';
import { send } from '../shared/messaging.ts';
import { CheckText } from './CheckText.tsx';
import { TIER_SHORT } from './labels.ts';

type Load = { state: 'loading' } | { state: 'ready'; tabId: number; results: TabResults | null } | { state: 'no-tab' };

export function Popup() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [scanError, setScanError] = useState('');

  async function refresh() {
    // popup.html?tab=<id> shows a given tab (the popup opened as a page, e.g. by tests).
    const asked = Number(new URLSearchParams(location.search).get('tab'));
    const tabId = Number.isInteger(asked) && asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return setLoad({ state: 'no-tab' });
    const { results } = await send('get-tab-results', { tabId });
    setLoad({ state: 'ready', tabId, results });
  }

  useEffect(() => {
    void refresh();
  }, []);

  async function scanThisPage(tabId: number) {
    setScanError('');
    const r = await send('scan-tab', { tabId });
    if (!r.ok) return setScanError(`This page cannot be checked (${r.error ?? 'unknown error'}).`);
    // The content script reports back asynchronously; poll briefly for its results.
    for (let i = 0; i < 20; i++) {
      await new Promise((res) => setTimeout(res, 250));
      const { results } = await send('get-tab-results', { tabId });
      if (results) return setLoad({ state: 'ready', tabId, results });
    }
    setScanError('No job postings found on this page.');
  }

  const reveal = (tabId: number, index: number) => void send('reveal-posting', { index }, tabId).catch(() => undefined);

  return (
    <main>
      <h1>Scam Job Radar</h1>
      {load.state === 'loading' ? <p>Loading…</p> : null}
      {load.state === 'no-tab' ? <p>No page to check here.</p> : null}
      {load.state === 'ready' ? (
        load.results ? (
          <section aria-label="Postings on this page">
            <p class="sjr-count">
              {load.results.scored.length} posting(s) on this page, <strong>{load.results.risky}</strong> with warning signs.
            </p>
            <ul class="sjr-list">
              {load.results.scored.map((s, i) => (
                <li key={i} class={`sjr-item sjr-${s.verdict.risk}`} data-risk={s.verdict.risk}>
                  <button type="button" class="sjr-link" onClick={() => reveal(load.tabId, i)} title="Show this posting on the page">
                    <span class={`sjr-tier sjr-tier-${s.verdict.risk}`}>{TIER_SHORT[s.verdict.risk]}</span> {s.posting.title?.trim() || s.posting.text.slice(0, 60)}
                  </button>
                  {s.verdict.risk !== 'low' && s.verdict.reasons.length > 0 ? (
                    <span class="sjr-top">{s.verdict.reasons.slice(0, 2).map((r) => r.label).join(' · ')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <section>
            <p>No postings checked on this page yet.</p>
            <button type="button" onClick={() => void scanThisPage(load.tabId)}>
              Check this page
            </button>
            {scanError ? <p class="sjr-error" role="alert">{scanError}</p> : null}
          </section>
        )
      ) : null}
      <CheckText check={async (text) => (await send('check-text', { text })).verdict} />
      <p class="sjr-privacy">Everything is checked on this device. Nothing is sent anywhere.</p>
    </main>
  );
}
