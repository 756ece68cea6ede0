import { useState } from 'preact/hooks';
import { helpCountryCodes, helpGroups } from '../help/channels.ts';
import { readerCountry } from '../help/reader-country.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { HelpGroupView } from './HelpPanel.tsx';
import { regionName } from './labels.ts';

/**
 * The Learn page's "Where to report and get help": every country's hotlines from
 * assets/help/channels.json, the reader's own country first, for trainers to hand out.
 */
export function LearnHelp() {
  const lang = uiLang();
  const codes = helpCountryCodes()
    .map((c) => ({ code: c, name: regionName(c, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const [country, setCountry] = useState<string>(() => {
    const own = readerCountry();
    return own && codes.some((c) => c.code === own) ? own : (codes[0]?.code ?? '');
  });
  const group = helpGroups(country, null)[0];
  return (
    <section aria-labelledby="sjr-help-h" class="sjr-learn-help">
      <h2 id="sjr-help-h">{t('learnHelpHeading')}</h2>
      <p>{t('learnHelpIntro')}</p>
      <p>
        <label for="sjr-help-country">{t('learnHelpCountry')}</label>{' '}
        <select id="sjr-help-country" value={country} onChange={(e) => setCountry((e.target as HTMLSelectElement).value)}>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </p>
      {group ? (
        <div class="sjr-helpbox">
          <HelpGroupView group={group} heading={regionName(group.country, lang)} />
        </div>
      ) : null}
    </section>
  );
}
