// Everyday ad wording for a job at home supports a warning but cannot carry one; the same words
// about a job abroad are red flags. Also the rules that keep genuine look-alikes quiet.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../normalise.ts';
import { detectSignals, type SignalId } from './index.ts';

function hit(text: string, id: SignalId) {
  return detectSignals(normaliseText(text)).find((h) => h.id === id);
}
/** 'red' (a red flag), 'context', or 'none'. */
function kind(text: string, id: SignalId): 'red' | 'context' | 'none' {
  const h = hit(text, id);
  return !h ? 'none' : h.context ? 'context' : 'red';
}

describe('everyday wording at home is context; abroad it is a red flag', () => {
  it('urgency: plain "urgent hiring" at home, pressure to fly anywhere', () => {
    expect(kind('URGENT HIRING! Cashier for our Makati branch, limited slots', 'urgency')).toBe('context');
    expect(kind('急招普工，名额有限，包吃住', 'urgency')).toBe('context');
    expect(kind('URGENT HIRING! Customer service in Cambodia, limited slots', 'urgency')).toBe('red');
    expect(kind('今晚就能走，明天到公司', 'urgency')).toBe('red');
  });

  it('commission on a support job: context at home, red flag abroad', () => {
    expect(kind('客服专员，底薪+提成，五险一金，北京朝阳', 'commission_bonus')).toBe('context');
    expect(kind('柬埔寨客服，底薪+高提成，包吃住', 'commission_bonus')).toBe('red');
  });

  it('a typing-speed requirement is context at home', () => {
    expect(kind('Data encoder, typing speed of at least 40 wpm, Pasig office', 'easy_work_no_experience')).toBe('context');
  });

  it('a chat app beside an email, the office or a phone call is context at home; the only way in is a red flag', () => {
    expect(kind('Apply via email hr@bluewave.ph or WhatsApp 0917 123 4567', 'messaging_contact')).toBe('context');
    expect(kind('Kedai makan perlukan pembantu dapur. Hubungi/WhatsApp Kak Ani atau telepon 019-377 5280', 'messaging_contact')).toBe('context');
    expect(kind('Пекарня ищет пекаря. Приходите поговорить или пишите в WhatsApp.', 'messaging_contact')).toBe('context');
    expect(kind('Interested? Contact us only on Telegram @hr_recruit', 'messaging_contact')).toBe('red');
    expect(kind('Customer service in Cambodia. Email hr@x.com or Telegram @hr_recruit', 'messaging_contact')).toBe('red');
  });

  it('the perk bundle from a named licence or government scheme is context', () => {
    expect(kind('DMW License No. DMW-081-LB-11042023-R Hiring for Dubai: free accommodation, visa & airfare shouldered by employer', 'lure_bundle')).toBe(
      'context',
    );
    expect(kind('Tokutei Ginou Jepang: tiket pesawat ditanggung, asrama disediakan', 'lure_bundle')).toBe('context');
    expect(kind('Free flight, free visa, free food and accommodation. Customer service in Bangkok', 'lure_bundle')).toBe('red');
  });
});

describe('genuine look-alikes abroad', () => {
  it('expatriate pay with a work permit named is not "far above normal"', () => {
    expect(kind('【現地採用】プノンペン 日本語カスタマーサポート 給与：US$1,500〜1,800／月 ワークパーミットとEビザは会社が取得', 'high_pay')).toBe('none');
    expect(kind('Khách sạn 4 sao tại Siem Reap tuyển lễ tân, lương 600–800 USD, có work permit', 'high_pay')).toBe('none');
    // "No work permit needed" is not a permit.
    expect(kind('Syarikat di Kemboja cari penterjemah, gaji USD 3,000, tak payah permit kerja', 'high_pay')).toBe('red');
    expect(kind('Syarikat di Kemboja cari penterjemah, tak payah permit kerja', 'tourist_visa_travel')).toBe('red');
  });

  it("an organisation's funding is not pay, whatever its period", () => {
    expect(kind('Research Scientist, Omaha. Our institute receives $7.1 million annually in research funding. Benefits: 401k', 'high_pay')).toBe('none');
  });

  it('pay abroad with no place named is judged without the domestic allowance', () => {
    expect(kind('विदेश में डाटा एंट्री, ₹1 लाख महीना, सब फ्री!', 'high_pay')).toBe('red');
    expect(kind('दिल्ली में डाटा एंट्री, ₹1 लाख महीना', 'high_pay')).toBe('none');
  });

  it('a first stop then a compound country is a destination change; a list of offices is not', () => {
    expect(kind('Работа в Дубае, собеседование там же. Потом могут перевести в Таиланд.', 'destination_change')).toBe('red');
    expect(kind('先飞迪拜面试，之后可能调到东南亚分部，待遇更高', 'destination_change')).toBe('red');
    expect(kind('We run hotels in Dubai, Singapore and Bangkok; transfers between branches are possible', 'destination_change')).toBe('none');
  });

  it('a passport kept by the company is a red flag; a promise never to keep it is not', () => {
    expect(kind('The company will keep your passport for safekeeping', 'passport_or_fee')).toBe('red');
    expect(kind('We never keep your passport. Apply on our careers page.', 'passport_or_fee')).toBe('none');
    expect(kind('以后还可以晋升为主管', 'passport_or_fee')).toBe('none');
  });
});
