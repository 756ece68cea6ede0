import { MODEL_META } from '../detect/model-meta.ts';
import { helpCountryCodes } from '../help/channels.ts';
import { guessCountryFromLocale } from '../help/reader-country.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { regionName } from './labels.ts';
import { thresholdsFor } from '../detect/sensitivity.ts';
import { DEFAULT_MATCHES } from '../shared/sites.ts';
import { patternSite } from '../shared/auto-sites.ts';
import { allowedOn, requestSite } from '../shared/site-permission.ts';
import { SENSITIVITIES, siteListed, UI_LOCALES, withItem, withSiteEnabled, type Sensitivity, type Settings, type UiLanguage } from '../shared/settings.ts';
import { LOCALE_NAMES } from '../shared/ui-language.ts';
import type { MessageKey } from '../shared/i18n.ts';

/** Applies a change to the stored settings (read-modify-write, see storage.ts updateSettings). */
export type ChangeSettings = (change: (s: Settings) => Settings) => Promise<unknown>;

const SENSITIVITY_TEXT: Record<Sensitivity, [MessageKey, MessageKey]> = {
  cautious: ['optionsSensitivityCautious', 'optionsSensitivityCautiousHelp'],
  balanced: ['optionsSensitivityBalanced', 'optionsSensitivityBalancedHelp'],
  relaxed: ['optionsSensitivityRelaxed', 'optionsSensitivityRelaxedHelp'],
};

const pct = (p: number) => p.toFixed(2);

/** Sensitivity: a radio group, each choice with what it does and its cut-offs (derived from the model's thresholds). */
export function SensitivitySection({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  return (
    <section class="sjr-sensitivity-section">
      <h2 id="sjr-sensitivity-heading">{t('optionsSensitivityHeading')}</h2>
      <fieldset class="sjr-sensitivity" aria-labelledby="sjr-sensitivity-heading">
        {SENSITIVITIES.map((s) => {
          const th = thresholdsFor(s, MODEL_META.thresholds);
          const [label, help] = SENSITIVITY_TEXT[s];
          return (
            <label key={s}>
              <input
                type="radio"
                name="sjr-sensitivity"
                value={s}
                checked={settings.sensitivity === s}
                onChange={() => void change((x) => ({ ...x, sensitivity: s }))}
              />
              <strong>{t(label)}</strong>
              <span class="sjr-help">{t(help, pct(th.medium), pct(th.high))}</span>
            </label>
          );
        })}
      </fieldset>
      <p class="sjr-note">{t('optionsSensitivityNote')}</p>
    </section>
  );
}

/**
 * The sites that run automatically, each with its own on/off; plus other sites switched off from
 * the popup. A site whose host permission the browser withholds (`granted`: the origins it grants,
 * null while unknown) shows unticked and marked, and ticking it asks the browser for it.
 */
export function SiteSwitches({ settings, change, granted }: { settings: Settings; change: ChangeSettings; granted: string[] | null }) {
  const defaults = [...new Set(DEFAULT_MATCHES.map(patternSite))];
  const others = settings.disabledSites.filter((s) => !defaults.includes(s));
  const anyWithheld = granted !== null && defaults.some((site) => !allowedOn(granted, `https://${site}/`));
  return (
    <>
      {anyWithheld ? <p class="sjr-note sjr-sites-withheld-note">{t('optionsSitesWithheldNote', t('optionsSiteWithheld'))}</p> : null}
      <ul class="sjr-sites">
        {defaults.map((site) => {
          const on = !siteListed(settings.disabledSites, `https://${site}/`);
          const allowed = granted === null || allowedOn(granted, `https://${site}/`);
          const pattern = DEFAULT_MATCHES.find((p) => patternSite(p) === site) ?? '';
          const onChange = (e: Event) => {
            const box = e.target as HTMLInputElement;
            const enable = () => void change((s) => ({ ...s, disabledSites: withSiteEnabled(s.disabledSites, site, box.checked) }));
            if (!box.checked || allowed) return enable();
            // Straight from the click, before any await: browsers only ask for a user gesture.
            void requestSite(pattern).then((ok) => {
              if (ok) enable();
              else box.checked = false;
            });
          };
          return (
            <li key={site} data-site={site} data-allowed={String(allowed)}>
              <label>
                <input type="checkbox" checked={on && allowed} onChange={onChange} /> <code>{site}</code>
                {allowed ? null : <span class="sjr-site-withheld"> ({t('optionsSiteWithheld')})</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <>
          <p>{t('optionsSitesOffOther')}</p>
          <ul class="sjr-sites sjr-sites-off">
            {others.map((site) => (
              <li key={site} data-site={site}>
                <code>{site}</code>
                <button
                  type="button"
                  class="sjr-site-on"
                  onClick={() => void change((s) => ({ ...s, disabledSites: withSiteEnabled(s.disabledSites, site, true) }))}
                >
                  {t('optionsTurnOn')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function TrustList({ kind, items, change }: { kind: 'site' | 'employer'; items: string[]; change: ChangeSettings }) {
  const field = kind === 'site' ? 'trustedSites' : 'trustedEmployers';
  return (
    <div>
      <h3>{kind === 'site' ? t('optionsTrustedSites') : t('optionsTrustedEmployers')}</h3>
      {items.length === 0 ? (
        <p class="sjr-note">{t('optionsTrustNone')}</p>
      ) : (
        <ul class="sjr-trust-list" data-kind={kind}>
          {items.map((item) => (
            <li key={item} data-value={item}>
              <span>{item}</span>
              <button
                type="button"
                class="sjr-trust-remove"
                aria-label={t('optionsRemoveLabel', item)}
                onClick={() => void change((s) => ({ ...s, [field]: withItem(s[field], item, false) }))}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Trusted sites and employers, each removable (the "undo" of a badge's trust buttons). */
export function TrustSection({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  return (
    <section class="sjr-trust-section">
      <h2>{t('optionsTrustHeading')}</h2>
      <p>{t('optionsTrustIntro', t('badgeTrusted'))}</p>
      <div class="sjr-trust-lists">
        <TrustList kind="site" items={settings.trustedSites} change={change} />
        <TrustList kind="employer" items={settings.trustedEmployers} change={change} />
      </div>
    </section>
  );
}

/** UI language: the browser's, or one of the shipped locales named in its own language. */
export function LanguageSection({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  return (
    <section class="sjr-language-section">
      <h2>{t('optionsLanguageHeading')}</h2>
      <label>
        {t('optionsLanguageLabel')}{' '}
        <select
          class="sjr-language"
          value={settings.uiLanguage}
          onChange={(e) => void change((s) => ({ ...s, uiLanguage: (e.target as HTMLSelectElement).value as UiLanguage }))}
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <p class="sjr-note">{t('optionsLanguageNote')}</p>
    </section>
  );
}

/**
 * The reader's country for the help contacts in every warning: 'auto' guesses it from the UI
 * language (showing the guess), else one of the countries the help data covers.
 */
export function HelpCountrySection({ settings, change }: { settings: Settings; change: ChangeSettings }) {
  const lang = uiLang();
  const guess = guessCountryFromLocale(lang);
  const codes = helpCountryCodes()
    .map((c) => ({ code: c, name: regionName(c, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <section class="sjr-help-country-section">
      <h2>{t('optionsHelpHeading')}</h2>
      <label>
        {t('optionsHelpCountry')}{' '}
        <select
          class="sjr-help-country"
          value={settings.helpCountry}
          onChange={(e) => void change((s) => ({ ...s, helpCountry: (e.target as HTMLSelectElement).value }))}
        >
          <option value="auto">
            {t('optionsHelpAuto')}
            {guess ? ` (${regionName(guess, lang)})` : ''}
          </option>
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <p class="sjr-note">{t('optionsHelpHint')}</p>
    </section>
  );
}
