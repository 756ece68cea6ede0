/**
 * Typical monthly pay, in USD, for a job in each country: the destinations scam compounds name
 * (and the countries they pass through) and the countries their recruits come from.
 *
 * `entry`: entry-level office / customer-service / admin / data-entry work, the roles scam
 * compounds advertise. `skilled`: a few years' experience in a skilled role (engineer,
 * developer, accountant, manager). Rough mid-points from public salary guides and statutory
 * minimum wages (2024–2026); deliberately generous so that only clearly inflated offers
 * stand out. They are not a salary benchmark.
 */
export type CountryCode =
  | 'KH'
  | 'MM'
  | 'LA'
  | 'TH'
  | 'VN'
  | 'PH'
  | 'ID'
  | 'MY'
  | 'SG'
  | 'CN'
  | 'KR'
  | 'JP'
  | 'TW'
  | 'AE'
  | 'US'
  | 'IN'
  | 'BD'
  | 'NP'
  | 'LK'
  | 'BR'
  | 'RU'
  | 'KE'
  | 'UG'
  | 'TZ'
  | 'ET'
  | 'MX'
  | 'CO'
  | 'PE'
  | 'HK'
  | 'MO'
  | 'MV'
  | 'IL';

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
  // Source countries (2024–2026): entry office / BPO / sales pay and the statutory minimum.
  IN: { entry: 300, skilled: 1000 }, // ₹15–25k a month entry; ₹60–90k skilled
  BD: { entry: 180, skilled: 550 }, // ৳12–20k entry
  NP: { entry: 180, skilled: 550 }, // रू 17–25k entry (minimum wage ~रू 17,300)
  LK: { entry: 200, skilled: 650 }, // Rs 40–60k entry
  BR: { entry: 450, skilled: 1300 }, // R$ 1,600–2,500 entry (minimum wage ~R$ 1,500)
  RU: { entry: 700, skilled: 1800 }, // ₽ 40–60k entry outside Moscow, ₽ 150k+ skilled
  KE: { entry: 300, skilled: 900 }, // KSh 20–40k entry
  UG: { entry: 250, skilled: 700 }, // USh 0.5–1M entry
  TZ: { entry: 250, skilled: 700 }, // TSh 0.4–0.7M entry
  ET: { entry: 100, skilled: 350 }, // Br 5–12k entry after the 2024 float
  MX: { entry: 700, skilled: 1800 }, // MXN 9–14k entry (minimum wage ~MXN 8,400)
  CO: { entry: 550, skilled: 1400 }, // COP 1.6–2.5M entry (SMMLV ~COP 1.4M)
  PE: { entry: 550, skilled: 1300 }, // S/ 1,300–2,000 entry (RMV S/ 1,130)
  // Where licensed programmes send workers (genuine look-alikes of the lures).
  HK: { entry: 1900, skilled: 4000 }, // HK$ 14–18k entry (restaurant floor, clerk)
  MO: { entry: 1500, skilled: 3000 }, // MOP 11–14k entry
  MV: { entry: 550, skilled: 1400 }, // resort staff US$ 450–700 + service charge
  IL: { entry: 1800, skilled: 4000 }, // ₪ 6,200 minimum wage (2025)
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
  IN: 'India',
  BD: 'Bangladesh',
  NP: 'Nepal',
  LK: 'Sri Lanka',
  BR: 'Brazil',
  RU: 'Russia',
  KE: 'Kenya',
  UG: 'Uganda',
  TZ: 'Tanzania',
  ET: 'Ethiopia',
  MX: 'Mexico',
  CO: 'Colombia',
  PE: 'Peru',
  HK: 'Hong Kong',
  MO: 'Macau',
  MV: 'the Maldives',
  IL: 'Israel',
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
  HKD: 'HK',
  AED: 'AE',
  KHR: 'KH',
  MMK: 'MM',
  LAK: 'LA',
  USD: 'US',
  INR: 'IN',
  BDT: 'BD',
  NPR: 'NP',
  LKR: 'LK',
  BRL: 'BR',
  RUB: 'RU',
  KES: 'KE',
  UGX: 'UG',
  TZS: 'TZ',
  ETB: 'ET',
  MXN: 'MX',
  COP: 'CO',
  PEN: 'PE',
};
