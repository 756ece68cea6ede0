import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES_MATCHES, DEFAULT_MATCHES } from '../shared/sites.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { Reports } from './Reports.tsx';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '../shared/storage.ts';

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [note, setNote] = useState('');

  useEffect(() => {
    document.documentElement.lang = uiLang();
    document.title = t('optionsTitle');
    void getSettings().then(setSettings);
  }, []);

  async function save(next: Settings) {
    setSettings(next);
    await settingsItem.setValue(next);
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
    await save({ ...settings, allSites: on });
  }

  return (
    <main style="max-width: 720px">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>{t('optionsWhereHeading')}</h2>
        <p>{t('optionsSitesIntro')}</p>
        <ul>
          {DEFAULT_MATCHES.map((m) => (
            <li key={m}>
              <code>{m}</code>
            </li>
          ))}
        </ul>
        <p>{t('optionsOtherPages', t('popupCheckPage'))}</p>
        <label>
          <input type="checkbox" checked={settings.allSites} onChange={(e) => void toggleAllSites((e.target as HTMLInputElement).checked)} /> {t('optionsAllSites')}
        </label>
        {note ? <p role="status">{note}</p> : null}
      </section>
      <section>
        <h2>{t('optionsBadgesHeading')}</h2>
        <label>
          <input type="checkbox" checked={settings.showLowRiskBadges} onChange={(e) => void save({ ...settings, showLowRiskBadges: (e.target as HTMLInputElement).checked })} />{' '}
          {t('optionsShowLow', t('tierShortLow'))}
        </label>
      </section>
      <section>
        <h2>{t('optionsPrivacyHeading')}</h2>
        <p>{t('optionsPrivacyText')}</p>
        <p>{t('optionsPrivacyReports', t('optionsReportsHeading'))}</p>
      </section>
      <Reports />
    </main>
  );
}
