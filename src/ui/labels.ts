import { t } from '../shared/i18n.ts';
import type { RiskTier } from '../shared/types.ts';

/** The verdict as a sentence, in the UI language. */
export function tierText(risk: RiskTier): string {
  return risk === 'high' ? t('tierHigh') : risk === 'medium' ? t('tierMedium') : t('tierLow');
}

/** The verdict in a word or two (badge, popup list), in the UI language. */
export function tierShort(risk: RiskTier): string {
  return risk === 'high' ? t('tierShortHigh') : risk === 'medium' ? t('tierShortMedium') : t('tierShortLow');
}
