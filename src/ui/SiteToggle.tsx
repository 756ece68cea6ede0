import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../shared/i18n.ts';
import { siteKey, siteListed, withSiteEnabled } from '../shared/settings.ts';
import { getSettings, updateSettings } from '../shared/storage.ts';
import { runsAutomatically } from '../shared/auto-sites.ts';
import { DEFAULT_MATCHES, E2E_MATCHES } from '../shared/sites.ts';

/** The match patterns the content script is registered for in this build. */
const MATCHES = import.meta.env.MODE === 'e2e' ? [...DEFAULT_MATCHES, ...E2E_MATCHES] : DEFAULT_MATCHES;

/** The web site of a tab, or '' for pages that are not on the web (browser pages, files). */
export function webSite(url: string | undefined): string {
  return url && /^https?:\/\//i.test(url) ? siteKey(url) : '';
}

/**
 * "On for this site / Off for this site": one click switches automatic checks for the tab's site
 * (kept in settings.disabledSites). It takes effect when the page loads again. Not shown where
 * the extension only runs on request anyway.
 */
export function SiteToggle({ tabId, pageUrl }: { tabId: number; pageUrl?: string }) {
  const [site, setSite] = useState('');
  const [off, setOff] = useState(false);
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    void (async () => {
      // The tab's URL is visible for sites the extension runs on, or after a toolbar click (activeTab).
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const url = webSite(tab?.url) ? tab?.url : pageUrl;
      const host = webSite(url);
      const settings = await getSettings();
      // Only where the extension checks pages by itself does "off for this site" mean anything.
      setSite(url && runsAutomatically(url, MATCHES, settings.allSites) ? host : '');
      setOff(Boolean(host) && siteListed(settings.disabledSites, `http://${host}/`));
    })();
  }, [tabId, pageUrl]);

  if (!site) return null;

  async function toggle() {
    const next = await updateSettings((s) => ({ ...s, disabledSites: withSiteEnabled(s.disabledSites, site, off) }));
    setOff(siteListed(next.disabledSites, `http://${site}/`));
    setChanged(true);
  }

  return (
    <section class="sjr-site" data-site={site}>
      <p class="sjr-site-row">
        <button
          type="button"
          role="switch"
          aria-checked={!off}
          class="sjr-site-toggle"
          data-state={off ? 'off' : 'on'}
          title={t('popupSiteToggleHint', site)}
          onClick={() => void toggle()}
        >
          <span class="sjr-switch" aria-hidden="true" /> {off ? t('popupSiteOff') : t('popupSiteOn')}
        </button>{' '}
        <span class="sjr-site-host">{site}</span>
      </p>
      {off ? <p class="sjr-site-note">{t('popupSiteOffNote', t('popupCheckPage'))}</p> : null}
      {changed ? (
        <button type="button" class="sjr-site-reload" onClick={() => void browser.tabs.reload(tabId).then(() => window.close())}>
          {t('popupSiteReload')}
        </button>
      ) : null}
    </section>
  );
}
