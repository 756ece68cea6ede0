import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES_MATCHES, DEFAULT_MATCHES } from '../shared/sites.ts';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '../shared/storage.ts';

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [note, setNote] = useState('');

  useEffect(() => {
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
      if (!granted) return setNote('Permission not granted: Scam Job Radar keeps to the listed sites and pages you check yourself.');
    } else {
      await browser.permissions.remove({ origins: ALL_SITES_MATCHES });
    }
    await save({ ...settings, allSites: on });
  }

  return (
    <main style="max-width: 720px">
      <h1>Scam Job Radar — options</h1>
      <section>
        <h2>Where it runs</h2>
        <p>Automatically on these sites, where recruitment lures circulate:</p>
        <ul>
          {DEFAULT_MATCHES.map((m) => (
            <li key={m}>
              <code>{m}</code>
            </li>
          ))}
        </ul>
        <p>On any other page, click the toolbar button and choose “Check this page”.</p>
        <label>
          <input type="checkbox" checked={settings.allSites} onChange={(e) => void toggleAllSites((e.target as HTMLInputElement).checked)} /> Check job ads on
          every site automatically (asks for permission to read all sites)
        </label>
        {note ? <p role="status">{note}</p> : null}
      </section>
      <section>
        <h2>Badges</h2>
        <label>
          <input type="checkbox" checked={settings.showLowRiskBadges} onChange={(e) => void save({ ...settings, showLowRiskBadges: (e.target as HTMLInputElement).checked })} /> Show a
          small “low risk” badge on postings without warning signs
        </label>
      </section>
      <section>
        <h2>Privacy</h2>
        <p>
          Scam Job Radar checks postings on this device with a model that ships inside the extension. It sends nothing anywhere: no page
          text, no results, no statistics. It stores only your settings here and, while a tab is open, that tab's results in memory.
        </p>
      </section>
    </main>
  );
}
