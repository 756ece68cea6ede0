import { describe, expect, it } from 'vitest';
import { normaliseText } from '../normalise.ts';
import { pointsAbroad } from './abroad.ts';
import { detectSignals } from './index.ts';

const hit = (text: string, id: string) => detectSignals(normaliseText(text)).find((h) => h.id === id);

describe('pointsAbroad', () => {
  it.each([
    'Work overseas as a chat agent',
    '海外で儲かる仕事',
    '出国工作，月薪两万',
    '해외 고수익 알바',
    'Tuyển người đi làm nước ngoài',
    'Qua Cam làm, lương 30 củ',
    'Kerja di luar negeri',
    'งานต่างประเทศ รายได้ดี',
    'विदेशमा काम',
    'বিদেশে চাকরি',
    'Trabajo en el extranjero',
    'Работа за границей',
    'Kazi nje ya nchi',
    'Customer service in Sihanoukville',
    '동남아 코인 상담원 모집',
    '东南亚高薪客服',
    '東南アジアでチャットのお仕事',
  ])('%s', (text) => expect(pointsAbroad(normaliseText(text))).toBe(true));

  it.each(['Call center agent in Makati', '招聘销售，经验不限', 'Cam kết lương cao', 'bán cam sành giá rẻ', 'Lowongan kerja Jakarta'])('not: %s', (text) =>
    expect(pointsAbroad(normaliseText(text))).toBe(false),
  );
});

describe('entry-level wording and bare pay claims are context at home, red flags abroad', () => {
  it('no experience / any education at home is context', () => {
    expect(hit('招聘销售代表 经验不限 学历不限', 'easy_work_no_experience')?.context).toBe(true);
    expect(hit('Call center agent, no experience needed, Makati', 'easy_work_no_experience')?.context).toBe(true);
  });
  it('the same wording for a job abroad is a red flag', () => {
    expect(hit('出国工作 经验不限', 'easy_work_no_experience')?.context).toBeFalsy();
    expect(hit('Qua Cam làm, không cần kinh nghiệm, ib ngay', 'easy_work_no_experience')?.context).toBeFalsy();
  });
  it('an easy-work claim is a red flag anywhere', () => {
    expect(hit('Easy job, just chatting on your phone, no experience needed', 'easy_work_no_experience')?.context).toBeFalsy();
  });
  it('a bare "high salary" with no figure is context at home, a red flag abroad', () => {
    expect(hit('高薪诚聘 销售代表', 'high_pay')?.context).toBe(true);
    expect(hit('海外で儲かる仕事', 'high_pay')?.context).toBeFalsy();
  });
  it('a figure far above the norm stays a red flag', () => {
    expect(hit('Qua Cam làm, lương 30 củ', 'high_pay')?.context).toBeFalsy();
  });
});

describe('perks listed then granted, in more languages', () => {
  it.each([
    ['Tiket dan akomodasi gratis', ['flight', 'room']],
    ['टिकट, भिसा, खाना-बस्न फ्री', ['flight', 'visa', 'food', 'room']],
    ['ගුවන් ටිකට්, වීසා, කෑම, නවාතැන් නොමිලේ', ['flight', 'visa', 'food', 'room']],
    ['বিমান টিকিট, ভিসা ও খাবার ফ্রি', ['flight', 'visa', 'food']],
    ['비행기표 숙식 제공', ['flight', 'food', 'room']],
  ])('%s', (text, items) => {
    const h = hit(text, 'lure_bundle');
    expect(h?.perks?.items).toEqual(items);
    expect(h?.context).toBeFalsy();
  });
  it('food and room alone stay context', () => expect(hit('Makan dan mess gratis', 'lure_bundle')?.context).toBe(true));
});

describe('a named destination abroad for the script of the text', () => {
  it.each([
    ['ไปทำงานดูไบ ไม่ต้องมีประสบการณ์', true],
    ['태국 콜센터, 경력 무관', true],
    ['බැංකොක් වලදී අපේ අය මුණ ගැහෙයි', true],
    ['Viec lam tai Lao, khong can bang cap', true],
    ['งานกรุงเทพ ไม่ต้องมีประสบการณ์', false],
    ['서울 콜센터, 경력 무관', false],
    ['Customer service in Bangkok, English speakers', true],
    ['Customer service in Manila, no experience', false],
  ])('%s → %s', (text, abroad) => expect(pointsAbroad(normaliseText(text))).toBe(abroad));
  it('Thai six-figure pay and a free flight are read', () => {
    expect(hit('ไปทำงานดูไบ บินฟรี เงินเดือนหลักแสน', 'high_pay')?.context).toBeFalsy();
    expect(hit('ไปทำงานดูไบ บินฟรี เงินเดือนหลักแสน', 'lure_bundle')?.perks?.items).toEqual(['flight']);
  });
});

describe('words that only look like "abroad"', () => {
  it.each(['Exterior house painter wanted, Cebu', 'Vaga no exterior', 'Trabalho para o exterior'])('%s', (text) => {
    expect(pointsAbroad(normaliseText(text))).toBe(text.startsWith('Vaga') || text.startsWith('Trabalho'));
  });
});
