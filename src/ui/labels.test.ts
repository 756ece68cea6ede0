import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { highPay } from '../detect/signals/high-pay.ts';
import { lureBundle } from '../detect/signals/lure-bundle.ts';
import { useCatalog, type Catalog } from '../shared/i18n.ts';
import { reasonDetail } from './labels.ts';

const catalog = (locale: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const LURE = 'Tuyển nhân viên CSKH làm việc tại Campuchia, lương 30-40 triệu/tháng, không cần kinh nghiệm.';

afterEach(() => useCatalog(null));

describe('reasonDetail', () => {
  const hit = highPay.detect(LURE);

  it('keeps the pay comparison as figures', () => {
    expect(hit?.pay).toMatchObject({ country: 'KH', skilled: false });
    expect(hit?.pay?.ratio).toBeGreaterThan(2.5);
    expect(hit?.pay?.usdMonth).toBeGreaterThan(1000);
  });

  it('says it in English by default, with the figures', () => {
    const text = reasonDetail(hit ?? {});
    expect(text).toMatch(
      /^30,000,000 VND–40,000,000 VND\/month \(about US\$1,\d{3} a month\) for an entry-level role: about \d+(\.\d)?× typical pay in Cambodia$/,
    );
  });

  it('says it in the UI language, country name and numbers included', () => {
    useCatalog(catalog('vi'));
    const text = reasonDetail(hit ?? {}) ?? '';
    expect(text).toContain('cho công việc phổ thông');
    expect(text).toContain('Campuchia');
    expect(text).toMatch(/khoảng US\$1\.\d{3} mỗi tháng/);
    useCatalog(catalog('zh_CN'));
    expect(reasonDetail(hit ?? {})).toContain('柬埔寨');
  });

  it('shows other details as they are', () => {
    expect(reasonDetail({ detail: 'something' })).toBe('something');
    expect(reasonDetail({})).toBeUndefined();
  });
});

describe('reasonDetail for a lure bundle', () => {
  const hit = lureBundle.detect('Free air ticket, visa, food and accommodation provided. No cost to you!');

  it('keeps the perks', () => {
    expect(hit?.perks).toEqual({ items: ['flight', 'visa', 'food', 'room'], noCost: true });
  });

  it('lists them in the UI language', () => {
    expect(reasonDetail(hit ?? {})).toBe('Offers the full lure bundle: flight, visa, food, accommodation, and “no cost to you”');
    useCatalog(catalog('vi'));
    expect(reasonDetail(hit ?? {})).toBe('Hứa hẹn trọn gói dụ dỗ: vé máy bay, visa, ăn uống, chỗ ở và “không mất chi phí”');
  });
});
