import type { RiskTier } from '../shared/types.ts';

export const TIER_TEXT: Record<RiskTier, string> = {
  high: 'High risk: possible scam-recruitment lure',
  medium: 'Some warning signs of a recruitment scam',
  low: 'No strong warning signs',
};

export const TIER_SHORT: Record<RiskTier, string> = { high: 'High risk', medium: 'Caution', low: 'Low risk' };
