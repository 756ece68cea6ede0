import { describe, expect, it } from 'vitest';
import { loadSignalExamples } from '../../../test/helpers/signal-examples.ts';
import { detectSignals, SIGNAL_IDS, SIGNAL_LABELS, SIGNALS, signalVector, type SignalId } from './index.ts';
import { normaliseText } from '../normalise.ts';
import { detectDestinationCountry } from './destination.ts';

function run(text: string) {
  const t = normaliseText(text);
  return { t, hits: detectSignals(t) };
}
function strengthOf(text: string, id: SignalId): number {
  return run(text).hits.find((h) => h.id === id)?.strength ?? 0;
}

const EXAMPLES = await loadSignalExamples();

describe('signal catalogue', () => {
  it('ids are snake_case and unique, labels say something', () => {
    expect(new Set(SIGNAL_IDS).size).toBe(SIGNAL_IDS.length);
    for (const id of SIGNAL_IDS) {
      expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(SIGNAL_LABELS[id].length).toBeGreaterThan(5);
    }
  });
  it('signalVector follows SIGNAL_IDS order', () => {
    const v = signalVector([{ id: 'lure_bundle', strength: 0.8, evidence: [] }]);
    expect(v).toHaveLength(SIGNAL_IDS.length);
    expect(v[SIGNAL_IDS.indexOf('lure_bundle')]).toBe(0.8);
  });
});

for (const { id } of SIGNALS) {
  const ex = EXAMPLES.get(id);
  if (!ex) continue; // the registry test fails for it
  describe(id, () => {
    for (const [lang, texts] of Object.entries(ex.fires)) {
      for (const text of texts ?? []) {
        it(`fires on ${lang}: ${text.slice(0, 50)}`, () => {
          const s = strengthOf(text, id);
          expect(s, text).toBeGreaterThanOrEqual(ex.min ?? 0.01);
          expect(s).toBeLessThanOrEqual(1);
        });
      }
    }
    for (const [lang, texts] of Object.entries(ex.quiet)) {
      for (const text of texts ?? []) {
        it(`stays silent on ${lang}: ${text.slice(0, 50)}`, () => {
          expect(strengthOf(text, id), text).toBe(0);
        });
      }
    }
  });
}

describe('evidence spans', () => {
  const all = [...EXAMPLES.values()].flatMap((ex) => Object.values(ex.fires).flatMap((t) => t ?? []));
  it('are verbatim slices of the normalised input', () => {
    expect(all.length).toBeGreaterThan(50);
    for (const raw of all) {
      const { t, hits } = run(raw);
      for (const h of hits) {
        expect(h.evidence.length, `${h.id} on ${raw}`).toBeGreaterThan(0);
        for (const e of h.evidence) {
          expect(t.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeLessThan(e.end);
        }
      }
    }
  });
});

describe('genuine packages stay weak', () => {
  it.each([
    'Software Engineer at Grab Singapore. Relocation package: visa sponsorship and relocation allowance, flights for you and your family.',
    'Concentrix Makati is hiring CSRs! No experience required. Salary PHP 18,000 - 22,000 monthly. HMO, free shuttle. NO PLACEMENT FEE. Apply at careers.concentrix.com',
    'Nhà máy Samsung Bắc Ninh tuyển công nhân, bao ăn ở, lương 8-10 triệu/tháng',
    '工厂普工 包吃包住 月薪6000-8000元 深圳',
  ])('%s', (text) => {
    const { hits } = run(text);
    const by = (id: string) => hits.find((h) => h.id === id)?.strength ?? 0;
    expect(by('lure_bundle')).toBeLessThan(0.5);
    expect(by('high_pay')).toBeLessThan(0.5);
    expect(by('tourist_visa_travel')).toBe(0);
    expect(by('passport_or_fee')).toBe(0);
  });
});

describe('passport_or_fee: a fee the applicant is asked to pay, not one a genuine ad warns about', () => {
  const strength = (text: string) => run(text).hits.find((h) => h.id === 'passport_or_fee')?.strength ?? 0;
  // Wording from genuine ads in the corpora that used to fire.
  it.each([
    'Beware of fraudulent programs that ask for registration fees or other payments.',
    'We will never ask you for any payment. Applicants shall waive all rights to claim placement fees.',
    'Analyzes and reconciles official receipts for the deposit made by clients; grows the deposit portfolio.',
    '公司郑重提示:以各种理由收取非正规费用(押金、服装费、报名费、体检费)均有骗子嫌疑',
    '厂家招聘、承诺不收取任何押金、保证金、资料费或者介绍费等一切不合理费用。',
    '保安公司直招保安,无须交纳押金,入职后免费提供食宿、被褥和工服。',
    '凡在本公司工厂工作者,公司从不向员工收取任何押金、介绍费,不拖欠工资',
    '包吃住,要求体检,不用自己出体检费。',
    '• 교육비 지원 • 경조사비 지원 • 외부직무교육비지원(300-500만원 한도)',
    '해외 송금을 합리적인 수수료로 처리할 수 있게 하는 것 • 전월세 보증금 대출 이자 지원',
  ])('%s', (text) => expect(strength(text)).toBe(0));
  it.each([
    '100% legit, not a scam! Just pay the processing fee of 3,000 pesos before the flight.',
    'Free visa and flight. A refundable deposit of RM500 is required.',
    '免费提供食宿，入职前需交押金500元',
    '출국 전에 보증금을 먼저 입금해야 합니다',
    '비자 수수료 150만 원만 먼저 입금해주시면 바로 발권해 드릴게요.',
    'Wajib bayar deposit Rp 1 juta sebelum berangkat',
    'ค่าดำเนินการ 3,000 บาท จ่ายค่ามัดจำก่อนเดินทาง',
    'We will send you money for the ticket.',
    '路费先打给你',
  ])('%s', (text) => expect(strength(text)).toBeGreaterThanOrEqual(0.45));
});

describe('reassurance: an admission that the work is not legal', () => {
  const hitOf = (text: string) => run(text).hits.find((h) => h.id === 'reassurance');
  it('counts as a strong cue and says so in the detail', () => {
    // real_target_dev rtd-lure-002 (a recruiter's chat, quoted by the press)
    const h = hitOf('Có lẽ bạn đã đoán được rồi, đây không phải là công việc hợp pháp. Tuy nhiên, an ninh và an toàn vẫn là những ưu tiên hàng đầu');
    expect(h?.strength).toBeGreaterThanOrEqual(0.5);
    expect(h?.detail).toBe('It admits the work is not legal');
    expect(h?.evidence.map((e) => e.text)).toContain('không phải là công việc hợp pháp');
  });
  it('is not an admission when refused or warned about', () => {
    for (const t of ['本公司不做灰产，正规经营', '警惕灰产招聘，高薪要谨慎', 'Beware: a grey area job abroad with big pay is a trap', '不是灰色产业'])
      expect(hitOf(t)?.detail, t).toBeUndefined();
  });
  it('a plain reassurance has no such detail', () => {
    expect(hitOf('This is 100% legal, not a scam!')?.detail).toBeUndefined();
  });
});

describe('real_target_dev rtd-lure-131: no skills, generous pay, "the work is legal"', () => {
  const text = '無需任何技能便可獲優厚報酬且工作合法;以日薪報酬的方式招聘。';
  it('ties the ease to the pay and counts the insistence on legality', () => {
    expect(strengthOf(text, 'easy_work_no_experience')).toBeGreaterThanOrEqual(0.7);
    expect(strengthOf(text, 'reassurance')).toBeGreaterThanOrEqual(0.5);
  });
  it("a company protecting its staff's legal rights is not an insistence", () => {
    expect(strengthOf('保障员工工作合法权益，依法缴纳社保', 'reassurance')).toBeLessThan(0.5);
  });
});

describe('zh: high pay beside a low bar is ease tied to pay', () => {
  it.each(['工资高、门槛低 的海外高薪招聘', '门槛低，收入高', '零门槛高收入'])('%s', (text) => {
    expect(strengthOf(text, 'easy_work_no_experience')).toBeGreaterThanOrEqual(0.7);
  });
  it('a low bar alone stays weaker', () => {
    expect(strengthOf('门槛低，欢迎应届生', 'easy_work_no_experience')).toBeLessThan(0.7);
  });
});

describe('short Korean and Japanese lures: pay in 만원 without the unit, call centre and chat work', () => {
  it.each([
    ['태국 콜센터 월 800 숙소 제공', ['high_pay', 'office_job_abroad']],
    ['東南アジアでチャットのお仕事 月100万 渡航費無料', ['high_pay', 'office_job_abroad']],
  ] as const)('%s', (text, ids) => {
    for (const id of ids) expect(strengthOf(text, id), id).toBeGreaterThan(0.25);
  });
  it('pay in 만원 at home, at an ordinary level, is no red flag', () => {
    expect(strengthOf('서울 물류센터 월 300 주5일', 'high_pay')).toBe(0);
  });
});

describe('high_pay detail', () => {
  it('gives figures and the multiple', () => {
    const { hits } = run('Data entry, no experience. Location: Phnom Penh, Cambodia. Salary: US$3,500/month');
    const h = hits.find((x) => x.id === 'high_pay');
    expect(h?.detail).toMatch(/US\$3,500\/month/);
    expect(h?.detail).toMatch(/\d+(?:\.\d)?× typical entry-level pay in Cambodia/);
  });
});

describe('lure wording found in the demo feed', () => {
  it('a recruiter processing the tourist visa is a travel red flag', () => {
    const hits = detectSignals(normaliseText('Age 18–35. We process your tourist visa, you fly next week.'));
    expect(hits.find((h) => h.id === 'tourist_visa_travel')?.evidence[0]?.text).toBe('We process your tourist visa');
  });
  it('a list after "FREE" counts every perk in it', () => {
    const hit = detectSignals(normaliseText('FREE flight ticket, visa, food and accommodation provided.')).find((h) => h.id === 'lure_bundle');
    expect(hit?.detail).toContain('visa');
    expect(hit?.strength).toBeGreaterThanOrEqual(0.9);
  });
});

describe('destination country', () => {
  it('finds place names as whole words only, in any case and script', () => {
    const cases: Array<[string, string | null]> = [
      ['Customer service in Manila', 'PH'],
      ['job in xmanila now', null],
      ['earn a thousand pesos', null], // "thousand" contains "usa"
      ['Sr. Engineer, Los Angeles, CA, remote (US)', 'US'],
      ['Văn phòng tại Đà Nẵng', 'VN'],
      ['在manila工作', 'PH'],
      ['Lào Cai', null],
      ['Sihanoukville, Cambodia — then Bangkok', 'KH'],
      ['서울 강남구 테헤란로', 'KR'],
    ];
    for (const [text, want] of cases) expect([text, detectDestinationCountry(normaliseText(text))]).toEqual([text, want]);
  });
});
