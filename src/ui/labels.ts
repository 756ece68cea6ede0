import { t, uiLang } from '../shared/i18n.ts';
import type { Reason, RiskTier } from '../shared/types.ts';

/** The verdict as a sentence, in the UI language. */
export function tierText(risk: RiskTier): string {
  return risk === 'high' ? t('tierHigh') : risk === 'medium' ? t('tierMedium') : t('tierLow');
}

/** The verdict in a word or two (badge, popup list), in the UI language. */
export function tierShort(risk: RiskTier): string {
  return risk === 'high' ? t('tierShortHigh') : risk === 'medium' ? t('tierShortMedium') : t('tierShortLow');
}

export function regionName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function formatNumber(n: number, lang: string): string {
  try {
    return new Intl.NumberFormat([lang, 'en'], { maximumFractionDigits: 1 }).format(n);
  } catch {
    return String(n);
  }
}

/**
 * A reason's detail in the UI language. A pay comparison is rebuilt from its figures (country
 * names and numbers from the browser's Intl data) and a lure bundle from its perks; other
 * details, and verdicts from before the figures were kept, show the detector's English text.
 */
export function reasonDetail(r: Pick<Reason, 'detail' | 'pay' | 'perks'>): string | undefined {
  if (r.perks) return perksDetail(r.perks);
  const p = r.pay;
  if (!p) return r.detail;
  const lang = uiLang();
  // The symbol goes in the value: a literal "$" next to a placeholder is read differently by Chrome's i18n.
  const usd = p.usdMonth !== undefined ? t('reasonPayUsd', `US$${formatNumber(p.usdMonth, lang)}`) : '';
  return t(p.skilled ? 'reasonPayDetailSkilled' : 'reasonPayDetailEntry', p.amount, usd, formatNumber(p.ratio, lang), regionName(p.country, lang));
}

const PERK_KEYS = { flight: 'perkFlight', visa: 'perkVisa', food: 'perkFood', room: 'perkRoom' } as const;

function perksDetail(p: NonNullable<Reason['perks']>): string {
  const lang = uiLang();
  const words: string[] = p.items.map((i) => t(PERK_KEYS[i]));
  if (p.noCost) words.push(t('perkNoCost'));
  let list = words.join(', ');
  try {
    list = new Intl.ListFormat([lang, 'en'], { style: 'long', type: 'conjunction' }).format(words);
  } catch {
    /* an engine without ListFormat: commas */
  }
  return t(p.items.length === 4 ? 'reasonPerksFull' : 'reasonPerks', list);
}
