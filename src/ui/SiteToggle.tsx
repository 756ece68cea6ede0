import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../shared/i18n.ts';
import { siteKey, siteListed, withSiteEnabled } from '../shared/settings.ts';
import { getSettings, updateSettings } from '../shared/storage.ts';
import { runsAutomatically } from '../shared/auto-sites.ts';
import { allowedOn, grantedOrigins, patternFor, requestSite } from '../shared/site-permission.ts';
import { chatSiteOf, DEFAULT_MATCHES, E2E_MATCHES } from '../shared/sites.ts';

/** The match patterns the content script is registered for in this build. */
const MATCHES = import.meta.env.MODE === 'e2e' ? [...DEFAULT_MATCHES, ...E2E_MATCHES] : DEFAULT_MATCHES;

/** The web site of a tab, or '' for pages that are not on the web (browser pages, files). */
export function webSite(url: string | undefined): string {
  return url && /^https?:\/\//i.test(url) ? siteKey(url) : '';
}

/**
 * "On for this site / Off for this site": one click switches automatic checks for the tab's site
 * (kept in settings.disabledSites). It takes effect when the page loads again. Not shown where
 * the extension only runs on request anyway. Where the browser withholds the site's host
 * permission (Firefox's Extensions panel, Chrome's site access), nothing runs there by itself
 * whatever the setting says: the popup says so and offers "Allow on this site" instead.
 */
export function SiteToggle({ tabId, pageUrl }: { tabId: number; pageUrl?: string }) {
  const [site, setSite] = useState('');
  const [off, setOff] = useState(false);
  const [changed, setChanged] = useState(false);
  /** The pattern to ask the browser for while the site is withheld; '' when allowed. */
  const [withheld, setWithheld] = useState('');
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void (async () => {
      // The tab's URL is visible for sites the extension runs on, or after a toolbar click (activeTab).
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const url = webSite(tab?.url) ? tab?.url : pageUrl;
      const host = webSite(url);
      const settings = await getSettings();
      // Only where the extension checks pages by itself does "off for this site" mean anything.
      // A chat site has its own switch (ChatSwitches.tsx), unless it lies in a default site (facebook.com/messages).
      const automatic =
        url !== undefined && runsAutomatically(url, MATCHES, settings.allSites) && (chatSiteOf(url) === undefined || runsAutomatically(url, MATCHES, false));
      const allowed = automatic && allowedOn(await grantedOrigins(), url);
      setWithheld(automatic && !allowed ? patternFor(url, settings.allSites ? [] : MATCHES) : '');
      setSite(automatic ? host : '');
      setOff(Boolean(host) && siteListed(settings.disabledSites, `http://${host}/`));
    })();
  }, [tabId, pageUrl]);

  if (!site) return null;

  if (withheld) {
    // Straight from the click, before any await: browsers only ask for a user gesture.
    const allow = () =>
      void requestSite(withheld).then((granted) => {
        setDenied(!granted);
        if (!granted) return;
        setWithheld('');
        setChanged(true);
      });
    return (
      <section class="sjr-site" data-site={site} data-allowed="false">
        <p class="sjr-site-row">
          <span class="sjr-site-state">{t('popupSiteWithheld')}</span> <span class="sjr-site-host">{site}</span>
        </p>
        <p class="sjr-site-note">{t('popupSiteWithheldNote')}</p>
        <button type="button" class="sjr-site-allow" onClick={allow}>
          {t('popupSiteAllow')}
        </button>
        {denied ? <p class="sjr-site-note">{t('popupSiteAllowDenied')}</p> : null}
      </section>
    );
  }

  async function toggle() {
    const next = await updateSettings((s) => ({ ...s, disabledSites: withSiteEnabled(s.disabledSites, site, off) }));
    setOff(siteListed(next.disabledSites, `http://${site}/`));
    setChanged(true);
  }

  return (
    <section class="sjr-site" data-site={site} data-allowed="true">
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
