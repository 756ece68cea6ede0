import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabResults } from '../shared/messages.ts';
import { send } from '../shared/messaging.ts';
import { CheckText } from './CheckText.tsx';
import { signalLabel, t, uiLang } from '../shared/i18n.ts';
import { tierShort } from './labels.ts';
import { isWarning } from '../shared/trust.ts';
import { listedPostings } from '../shared/tab-results.ts';
import { HelpDisclosure, HelpStyle } from './HelpPanel.tsx';
import { PopupLinks } from './PopupLinks.tsx';
import { SiteToggle } from './SiteToggle.tsx';
import { ChatToggle } from './ChatSwitches.tsx';
import './settings.css';

/** Stands in for the bold risky count inside the translated summary sentence. */
const MARK = '\uE000';

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
    document.documentElement.lang = uiLang();
    void refresh();
  }, []);

  async function scanThisPage(tabId: number) {
    setScanError('');
    let r: Awaited<ReturnType<typeof send<'scan-tab'>>>;
    try {
      r = await send('scan-tab', { tabId });
    } catch (err) {
      r = { ok: false, error: err instanceof Error ? err.message : String(err), reason: 'failed' };
    }
    // Say what went wrong and what to do: some pages are off limits for good, others may work after a reload.
    if (!r.ok) return setScanError(r.reason === 'restricted' ? t('popupScanRestricted') : t('popupScanFailed', r.error || t('errorUnknown')));
    // The content script reports back asynchronously; poll briefly for its results.
    for (let i = 0; i < 20; i++) {
      await new Promise((res) => setTimeout(res, 250));
      const { results } = await send('get-tab-results', { tabId });
      if (results) return setLoad({ state: 'ready', tabId, results });
    }
    setScanError(t('popupNoPostings'));
  }

  const reveal = (tabId: number, key: string) => void send('reveal-posting', { key }, tabId).catch(() => undefined);

  return (
    <main>
      <HelpStyle />
      <h1>{t('extName')}</h1>
      {load.state === 'loading' ? <p>{t('popupLoading')}</p> : null}
      {load.state === 'no-tab' ? <p>{t('popupNoTab')}</p> : null}
      {load.state === 'ready' ? <ChatToggle tabId={load.tabId} pageUrl={load.results?.url} /> : null}
      {load.state === 'ready' ? <SiteToggle tabId={load.tabId} pageUrl={load.results?.url} /> : null}
      {load.state === 'ready' ? (
        load.results ? (
          <section aria-label={t('popupPostingsLabel')}>
            <Count total={load.results.total} risky={load.results.risky} />
            <ul class="sjr-list">
              {listedPostings(load.results).map((s, i) => (
                <li key={i} class={`sjr-item sjr-${s.verdict.risk}`} data-risk={s.verdict.risk} data-trusted={s.verdict.trusted}>
                  <button type="button" class="sjr-link" onClick={() => reveal(load.tabId, s.key)} title={t('popupShowPosting')}>
                    {s.verdict.trusted ? (
                      <span class="sjr-tier sjr-tier-trusted">{t('badgeTrusted')}</span>
                    ) : (
                      <span class={`sjr-tier sjr-tier-${s.verdict.risk}`}>{tierShort(s.verdict.risk)}</span>
                    )}{' '}
                    {s.posting.title?.trim() || s.posting.text.slice(0, 60)}
                  </button>
                  {isWarning(s.verdict) && s.verdict.reasons.length > 0 ? (
                    <span class="sjr-top">{s.verdict.reasons.slice(0, 2).map(signalLabel).join(' · ')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            <NotListed results={load.results} />
            <PageHelp results={load.results} />
          </section>
        ) : (
          <section>
            <p>{t('popupNotChecked')}</p>
            <button type="button" onClick={() => void scanThisPage(load.tabId)}>
              {t('popupCheckPage')}
            </button>
            {scanError ? (
              <p class="sjr-error" role="alert">
                {scanError}
              </p>
            ) : null}
          </section>
        )
      ) : null}
      <CheckText check={async (text) => (await send('check-text', { text })).verdict} />
      <p class="sjr-many">
        <button
          type="button"
          class="sjr-check-many"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/check.html') }).then(() => window.close())}
        >
          {t('popupCheckMany')}
        </button>
      </p>
      <PopupLinks />
      <p class="sjr-privacy">{t('popupPrivacy')}</p>
    </main>
  );
}

/** "{n} posting(s) on this page, {m} with warning signs." with {m} in bold, in any word order. */
function Count({ total, risky }: { total: number; risky: number }) {
  const [before = '', after = ''] = t('popupCount', total, MARK).split(MARK);
  return (
    <p class="sjr-count">
      {before}
      <strong>{risky}</strong>
      {after}
    </p>
  );
}

/**
 * "Get help / report" for the page's warnings: hotlines for the reader's country and for where
 * the riskiest warning points (the report draft is in each badge, which has the ad's text).
 */
function PageHelp({ results }: { results: TabResults }) {
  const top = listedPostings(results).find((s) => isWarning(s.verdict));
  return top ? <HelpDisclosure verdict={top.verdict} /> : null;
}

/** "N more postings, lower in risk, are not listed." when the tab keeps more than it lists. */
function NotListed({ results }: { results: TabResults }) {
  const more = results.total - listedPostings(results).length;
  return more > 0 ? <p class="sjr-more">{t('popupNotListed', more)}</p> : null;
}
