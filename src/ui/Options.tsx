import { useEffect, useRef, useState } from 'preact/hooks';
import { browser, type PublicPath } from 'wxt/browser';
import { ALL_SITES_MATCHES } from '../shared/sites.ts';
import { allSitesGranted, grantedOrigins } from '../shared/site-permission.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { Reports } from './Reports.tsx';
import { DEFAULT_SETTINGS, getSettings, settingsItem, updateSettings, type Settings } from '../shared/storage.ts';
import { normaliseSettings, type UiLanguage } from '../shared/settings.ts';
import { applyUiLanguage } from '../shared/ui-language.ts';
import { HelpCountrySection, LanguageSection, SensitivitySection, SiteSwitches, TrustSection } from './SettingsSections.tsx';
import { ChatSection } from './ChatSwitches.tsx';
import './settings.css';

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [note, setNote] = useState('');
  /** The origins the browser grants (the user may withhold sites in its own settings); null until read. */
  const [granted, setGranted] = useState<string[] | null>(null);

  const appliedLanguage = useRef<UiLanguage | null>(null);

  /** Shows settings, first switching the page to their UI language if it changed. */
  async function show(next: Settings) {
    if (next.uiLanguage !== appliedLanguage.current) {
      appliedLanguage.current = next.uiLanguage;
      await applyUiLanguage(next.uiLanguage);
      document.documentElement.lang = uiLang();
    }
    document.title = t('optionsTitle');
    setSettings(next);
  }

  useEffect(() => {
    document.documentElement.lang = uiLang();
    document.title = t('optionsTitle');
    // A change heard before the first read has answered is newer than what that read returns: the
    // read is then dropped (else a setting changed at once, e.g. the language, was undone on screen).
    let changed = false;
    void getSettings().then((first) => {
      if (!changed) void show(first);
    });
    // Changes made elsewhere (a badge's trust buttons, the popup's site switch) show up here at once.
    return settingsItem.watch((next) => {
      changed = true;
      void show(normaliseSettings(next));
    });
  }, []);

  useEffect(() => {
    const read = () => void grantedOrigins().then(setGranted);
    read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);

  async function change(edit: (s: Settings) => Settings) {
    await show(await updateSettings(edit));
  }

  async function save(next: Partial<Settings>) {
    await change((s) => ({ ...s, ...next }));
  }

  async function toggleAllSites(on: boolean) {
    setNote('');
    if (on) {
      // Must run straight from the click: browsers only show the permission prompt for a user gesture.
      const granted = await browser.permissions.request({ origins: ALL_SITES_MATCHES });
      if (!granted) return setNote(t('optionsPermissionDenied'));
    } else {
      await browser.permissions.remove({ origins: ALL_SITES_MATCHES });
    }
    await save({ allSites: on });
  }

  return (
    <main style="max-width: 720px">
      <h1>{t('optionsTitle')}</h1>
      <p>
        {/* learn.html is built by its own entrypoint; WXT only types the pages it has already generated. */}
        <a class="sjr-learn-link" href={browser.runtime.getURL('/learn.html' as PublicPath)} target="_blank" rel="noopener">
          {t('optionsLearnLink')}
        </a>
      </p>
      <SensitivitySection settings={settings} change={change} />
      <section>
        <h2>{t('optionsWhereHeading')}</h2>
        <p>{t('optionsSitesIntro')}</p>
        <SiteSwitches settings={settings} change={change} granted={granted} />
        <p>{t('optionsOtherPages', t('popupCheckPage'))}</p>
        <label>
          <input
            type="checkbox"
            checked={settings.allSites && (granted === null || allSitesGranted(granted))}
            onChange={(e) => void toggleAllSites((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('optionsAllSites')}
        </label>
        {note ? <p role="status">{note}</p> : null}
      </section>
      <ChatSection settings={settings} change={change} granted={granted} />
      <TrustSection settings={settings} change={change} />
      <LanguageSection settings={settings} change={change} />
      <HelpCountrySection settings={settings} change={change} />
      <section>
        <h2>{t('optionsBadgesHeading')}</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.showLowRiskBadges}
            onChange={(e) => void save({ showLowRiskBadges: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optionsShowLow', t('tierShortLow'))}
        </label>
        <label>
          <input
            type="checkbox"
            class="sjr-expose-scores"
            checked={settings.exposeScores}
            aria-describedby="sjr-expose-scores-hint"
            onChange={(e) => void save({ exposeScores: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optionsExposeScores')}
        </label>
        <p id="sjr-expose-scores-hint" class="sjr-note">
          {t('optionsExposeScoresHint')}
        </p>
      </section>
      <section class="sjr-images-section">
        <h2>{t('optionsImagesHeading')}</h2>
        <label>
          <input
            type="checkbox"
            class="sjr-read-post-images"
            checked={settings.readPostImages}
            aria-describedby="sjr-read-post-images-hint"
            onChange={(e) => void save({ readPostImages: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('optionsReadPostImages')}
        </label>
        <p id="sjr-read-post-images-hint" class="sjr-note">
          {t('optionsReadPostImagesHint')}
        </p>
      </section>
      <section>
        <h2>{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
        <p>{t('optionsPrivacySettings')}</p>
        <p>{t('optionsPrivacyReports', t('optionsReportsHeading'))}</p>
      </section>
      <Reports />
    </main>
  );
}
