/**
 * Typical monthly pay, in USD, for a job in each destination country.
 *
 * `entry`: entry-level office / customer-service / admin / data-entry work, the roles scam
 * compounds advertise. `skilled`: a few years' experience in a skilled role (engineer,
 * developer, accountant, manager). Rough mid-points from public salary guides and statutory
 * minimum wages (2024–2026); deliberately generous so that only clearly inflated offers
 * stand out. They are not a salary benchmark.
 */
export type CountryCode = 'KH' | 'MM' | 'LA' | 'TH' | 'VN' | 'PH' | 'ID' | 'MY' | 'SG' | 'CN' | 'KR' | 'JP' | 'TW' | 'AE' | 'US';

export interface PayNorm {
  entry: number;
  skilled: number;
}

export const PAY_NORMS_USD_MONTH: Record<CountryCode, PayNorm> = {
  KH: { entry: 250, skilled: 800 },
  MM: { entry: 200, skilled: 600 },
  LA: { entry: 200, skilled: 600 },
  TH: { entry: 550, skilled: 1400 },
  VN: { entry: 400, skilled: 1200 },
  PH: { entry: 400, skilled: 1000 },
  ID: { entry: 350, skilled: 900 },
  MY: { entry: 600, skilled: 1500 },
  SG: { entry: 2500, skilled: 5000 },
  CN: { entry: 900, skilled: 2200 },
  KR: { entry: 2000, skilled: 3500 },
  JP: { entry: 1700, skilled: 3200 },
  TW: { entry: 1100, skilled: 2200 },
  AE: { entry: 1000, skilled: 3500 },
  US: { entry: 3200, skilled: 7500 },
};

export const COUNTRY_NAMES: Record<CountryCode, string> = {
  KH: 'Cambodia',
  MM: 'Myanmar',
  LA: 'Laos',
  TH: 'Thailand',
  VN: 'Vietnam',
  PH: 'the Philippines',
  ID: 'Indonesia',
  MY: 'Malaysia',
  SG: 'Singapore',
  CN: 'China',
  KR: 'South Korea',
  JP: 'Japan',
  TW: 'Taiwan',
  AE: 'the UAE',
  US: 'the US',
};

/** Home country of a currency, used when the ad names no destination. */
export const CURRENCY_COUNTRY: Partial<Record<string, CountryCode>> = {
  VND: 'VN',
  THB: 'TH',
  IDR: 'ID',
  PHP: 'PH',
  MYR: 'MY',
  SGD: 'SG',
  CNY: 'CN',
  KRW: 'KR',
  JPY: 'JP',
  TWD: 'TW',
  AED: 'AE',
  KHR: 'KH',
  MMK: 'MM',
  LAK: 'LA',
  USD: 'US',
};
