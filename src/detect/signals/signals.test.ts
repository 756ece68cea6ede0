import { describe, expect, it } from 'vitest';
import { detectSignals, SIGNAL_IDS, SIGNAL_LABELS, signalVector, type SignalId } from './index.ts';
import { normaliseText } from '../normalise.ts';
import { detectDestinationCountry } from './location.ts';

type Lang = 'en' | 'zh' | 'zh_hant' | 'vi' | 'id' | 'th' | 'tl' | 'ko' | 'ja';
interface Case {
  pos: Partial<Record<Lang, string>>;
  neg: Partial<Record<Lang, string>>;
  /** Minimum strength for positives (default: any hit). */
  min?: number;
}

function run(text: string) {
  const t = normaliseText(text);
  return { t, hits: detectSignals(t) };
}
function strengthOf(text: string, id: SignalId): number {
  return run(text).hits.find((h) => h.id === id)?.strength ?? 0;
}

// Positives are written from red-flags.md wording; negatives are realistic genuine ads.
const CASES: Record<SignalId, Case> = {
  high_pay: {
    min: 0.5,
    pos: {
      en: 'Data entry clerk (no experience) in Phnom Penh, Cambodia. Salary US$3,500/month.',
      zh: '柬埔寨西港 招聘打字员 客服 月薪1.5万-3万 学历不限',
      vi: 'Tuyển nhân viên CSKH làm việc tại Campuchia, lương 25-35 triệu/tháng, không cần kinh nghiệm',
      id: 'Dicari admin media sosial untuk kantor di Kamboja, gaji Rp 16 juta per bulan, tanpa pengalaman',
      th: 'รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า ทำงานที่กัมพูชา เงินเดือน 60,000 บาท',
      ko: '캄보디아 단순 컴퓨터 작업, 월 1000만원 고수익 보장',
      ja: 'カンボジアでチャットオペレーター 月100万円以上',
    },
    neg: {
      en: 'Customer Service Representative - Concentrix Makati. Salary: PHP 18,000 - 22,000 monthly plus night differential.',
      zh: '北京 销售代表 底薪5000 月薪8000-12000元/月 五险一金',
      vi: 'Nhân viên kinh doanh tại Hà Nội, lương 10-15 triệu, thưởng theo doanh số',
      id: 'Admin Gudang - PT Maju Jaya, Bekasi. Gaji Rp 5.000.000 per bulan, BPJS.',
      th: 'โปรแกรมเมอร์ บริษัท ไทยซอฟต์ จำกัด กรุงเทพมหานคร เงินเดือน 25,000 บาท',
    },
  },
  lure_bundle: {
    min: 0.75,
    pos: {
      en: 'Benefits: free air ticket, free visa, free food and accommodation. No cost to you!',
      zh: '待遇：包吃包住，报销机票，公司办理签证',
      zh_hant: '包吃包住 機票報銷 簽證公司辦理',
      vi: 'Bao vé máy bay, bao ăn ở, hỗ trợ visa, không mất chi phí',
      id: 'Fasilitas: tiket pesawat gratis, makan dan mess gratis, visa ditanggung perusahaan',
      th: 'ฟรีตั๋วเครื่องบิน ทำวีซ่าให้ มีที่พักและอาหารฟรี',
      ko: '항공권 제공, 비자 지원, 숙식 제공',
    },
    neg: {
      en: 'Benefits: HMO from day 1, free shuttle, paid time off, performance bonus.',
      zh: '五险一金 带薪年假 节日福利 周末双休',
      vi: 'Phúc lợi: BHXH, thưởng tháng 13, du lịch hàng năm',
      id: 'Benefit: BPJS Kesehatan, tunjangan transport, THR',
      th: 'สวัสดิการ: ประกันสังคม โบนัสประจำปี ชุดยูนิฟอร์ม',
    },
  },
  messaging_contact: {
    min: 0.4,
    pos: {
      en: 'Interested? Contact us on Telegram: @hr_recruit_kh',
      zh: '有意者联系飞机: @xg_hr888',
      zh_hant: '請加電報聯繫 @hr_tw',
      vi: 'Ứng tuyển liên hệ tele @tuyendung_cam',
      id: 'Minat? Hubungi Telegram @lokerkamboja',
      th: 'สนใจทักเทเลแกรม @hr_job',
      ko: '지원은 텔레그램 @kh_job 으로 연락',
      ja: '応募はテレグラムまでDMください',
    },
    neg: {
      en: 'Apply through our careers page at careers.concentrix.com. Shortlisted candidates will be contacted by email.',
      zh: '请将简历投递至 hr@company.com.cn',
      vi: 'Ứng viên nộp hồ sơ qua email tuyendung@fpt.com.vn',
      id: 'Kirim lamaran ke email hrd@majujaya.co.id',
      th: 'ส่งใบสมัครทางอีเมล hr@thaisoft.co.th',
    },
  },
  tourist_visa_travel: {
    min: 0.8,
    pos: {
      en: 'You will travel on a tourist visa, then we convert it after arrival.',
      zh: '先办旅游签过去，到了有人接',
      zh_hant: '以旅遊名義出境 落地簽',
      vi: 'Đi theo diện du lịch, sang đó công ty lo giấy tờ',
      id: 'Berangkat pakai visa turis lewat Thailand',
      th: 'ใช้วีซ่าท่องเที่ยวเข้าไปก่อน',
      tl: 'Magpanggap na turista sa airport',
      ko: '비자 없이 리조트 알바 가능',
      ja: '観光ビザで渡航',
    },
    neg: {
      en: 'Visa Officer: we process tourist visa applications for our clients at our travel agency in Makati.',
      zh: '公司提供工作签证和年度探亲机票',
      vi: 'Được đi du lịch hàng năm cùng công ty',
      id: 'Tunjangan cuti dan wisata tahunan bersama perusahaan',
      th: 'ท่องเที่ยวประจำปีกับบริษัท',
    },
  },
  vague_employer: {
    min: 0.3,
    pos: {
      en: 'Hiring for a Chinese company in Cambodia, company name will be disclosed after interview.',
      zh: '中资公司 海外直招',
      vi: 'Tuyển dụng cho công ty nước ngoài, sếp Trung Quốc',
      id: 'Lowongan di perusahaan asing, nama perusahaan dirahasiakan',
      th: 'บริษัทจีน รับสมัครพนักงาน',
    },
    neg: {
      en: 'Concentrix is a global technology and services leader.',
      zh: '北京麦田房地产经纪有限公司 招聘',
      vi: 'Công ty Cổ phần MISA tuyển dụng',
      id: 'PT Maju Jaya Sejahtera membuka lowongan',
      th: 'บริษัท ไทยซอฟต์ จำกัด รับสมัครงาน',
    },
  },
  easy_work_no_experience: {
    min: 0.3,
    pos: {
      en: 'Easy work, high pay! No experience needed, no degree required.',
      zh: '工作轻松 学历经验不限 会打字即可',
      zh_hant: '工作輕鬆 學歷不限 無經驗可',
      vi: 'Việc nhẹ lương cao, không cần kinh nghiệm',
      id: 'Kerja santai gaji besar, tanpa ijazah',
      th: 'งานสบาย รายได้ดี ไม่จำกัดวุฒิ',
      tl: 'Madaling trabaho, malaking sahod, kahit walang experience',
      ko: '단순 채팅 업무, 경력·학력 무관',
      ja: '簡単な作業で高収入 未経験OK 学歴不問',
    },
    neg: {
      en: 'Requirements: Bachelor degree in Computer Science, 3+ years experience with React.',
      zh: '要求：本科及以上学历，3年以上开发经验',
      vi: 'Yêu cầu: Tốt nghiệp đại học, 2 năm kinh nghiệm kế toán',
      id: 'Kualifikasi: S1 Akuntansi, pengalaman minimal 2 tahun',
      th: 'คุณสมบัติ: ปริญญาตรี ประสบการณ์ 2 ปีขึ้นไป',
    },
  },
  scam_hub_location: {
    min: 0.6,
    pos: {
      en: 'Work location: Sihanoukville',
      zh: '工作地点：缅甸妙瓦底',
      vi: 'Làm việc tại Bavet, giáp Mộc Bài',
      id: 'Penempatan di Poipet',
      th: 'ทำงานที่เมียวดี',
      ko: '근무지 시아누크빌',
      ja: '勤務地 シアヌークビル',
    },
    neg: {
      en: 'Work location: Makati City, Metro Manila',
      zh: '工作地点：北京朝阳望京',
      vi: 'Địa điểm làm việc: Quận 1, TP.HCM',
      id: 'Lokasi: Jakarta Selatan',
      th: 'สถานที่ทำงาน: เขตบางรัก กรุงเทพมหานคร',
    },
  },
  urgency: {
    min: 0.2,
    pos: {
      en: 'URGENT HIRING! Fly next week, limited slots.',
      zh: '急招！名额有限，马上出发',
      vi: 'Tuyển gấp, bay ngay trong tuần',
      id: 'Dibutuhkan segera, berangkat minggu depan',
      th: 'รับด่วน จำนวนจำกัด บินทันที',
      ko: '급구 즉시 출국',
      ja: '急募 即日渡航',
    },
    neg: {
      en: 'We review applications on a rolling basis. Start date: March 2026.',
      zh: '欢迎投递简历，我们会在两周内回复',
      vi: 'Hạn nộp hồ sơ: 30/12/2025',
      id: 'Lamaran diterima sampai akhir bulan',
      th: 'ปิดรับสมัคร 31 ธันวาคม',
    },
  },
  age_range: {
    min: 0.2,
    pos: {
      en: 'Requirements: age 18-35, male or female',
      zh: '要求：年龄18-35岁',
      vi: 'Nam/nữ tuổi từ 18-30',
      id: 'Usia maksimal 18-35 tahun',
      th: 'อายุ 18-35 ปี',
      ko: '나이 20~35세',
      ja: '年齢 18歳〜35歳',
    },
    neg: {
      en: 'Team of 18-35 engineers across 3 offices',
      zh: '工作时间9:00-18:00',
      vi: 'Thời gian làm việc 8h-17h',
      id: 'Jam kerja 08.00-17.00',
      th: 'เวลาทำงาน 08.30-17.30',
    },
  },
  passport_or_fee: {
    min: 0.45,
    pos: {
      en: 'Please send a copy of your passport. A processing fee of $300 applies.',
      zh: '发护照照片给我，交押金后安排',
      vi: 'Gửi ảnh hộ chiếu, đóng phí làm hồ sơ',
      id: 'Kirim foto paspor dan biaya admin Rp 2 juta',
      th: 'ส่งรูปพาสปอร์ต และจ่ายค่าดำเนินการ',
      ko: '여권 사본 보내주세요',
      ja: 'パスポートの写真を送ってください',
    },
    neg: {
      en: 'NO PLACEMENT FEE. DMW licensed agency.',
      zh: '不收任何费用，无押金',
      vi: 'Không thu phí tuyển dụng',
      id: 'Tidak ada biaya apapun dalam proses rekrutmen',
      th: 'ไม่มีค่าใช้จ่ายในการสมัคร',
    },
  },
  reassurance: {
    min: 0.5,
    pos: {
      en: 'This is 100% legal, not a scam!',
      zh: '本公司绝对不是黑公司，来去自由',
      zh_hant: '本公司絕對不是黑公司',
      vi: 'Công ty cam kết không lừa đảo, 100% hợp pháp',
      id: 'Bukan penipuan, 100% aman',
      th: 'ไม่หลอก ปลอดภัย 100%',
      tl: 'Hindi po ito scam, 100% legit',
      ko: '100% 합법, 사기 아닙니다',
      ja: '徹底した個人情報保護と安全対策',
    },
    neg: {
      en: 'We are an equal opportunity employer.',
      zh: '公司提供完善的培训体系',
      vi: 'Môi trường làm việc chuyên nghiệp, năng động',
      id: 'Lingkungan kerja yang nyaman dan profesional',
      th: 'สภาพแวดล้อมการทำงานที่ดี',
    },
  },
  commission_bonus: {
    min: 0.25,
    pos: {
      en: 'Customer service agent: base salary + commission, sign-on bonus',
      zh: '客服 可以先預支，代償債務',
      vi: 'Nhân viên CSKH online, lương cứng + hoa hồng, hỗ trợ ứng lương trước',
      id: 'Customer service online, gaji pokok + komisi, bisa kasbon',
      th: 'แอดมินออนไลน์ เงินเดือน + ค่าคอม เบิกเงินล่วงหน้าได้',
    },
    neg: {
      en: 'Software engineer, competitive salary and stock options',
      zh: '软件工程师 五险一金 带薪年假',
      vi: 'Kỹ sư phần mềm, lương thỏa thuận',
      id: 'Programmer, gaji kompetitif',
      th: 'วิศวกรซอฟต์แวร์ เงินเดือนตามตกลง',
    },
  },
  generic_role: {
    min: 0.2,
    pos: {
      en: 'Position: Online Customer Service / Data Entry / Typist',
      zh: '招聘在线客服、打字员',
      vi: 'Tuyển nhân viên chăm sóc khách hàng, nhập liệu',
      id: 'Lowongan admin online dan operator data',
      th: 'รับสมัครแอดมินออนไลน์ ตอบแชท',
      ko: '채팅 상담원 모집',
      ja: 'チャットオペレーター募集',
    },
    neg: {
      en: 'Senior Backend Engineer (Go, Kubernetes)',
      zh: '高级Java开发工程师',
      vi: 'Kỹ sư cầu đường',
      id: 'Insinyur Sipil',
      th: 'วิศวกรไฟฟ้า',
    },
  },
  social_format: {
    min: 0.2,
    pos: {
      en: '🔥🔥 URGENT HIRING 🔥🔥\n💰 HIGH SALARY 💰\n✈️ FREE FLIGHT ✈️\n✅ apply now ✅',
      zh: '🔥🔥急招🔥🔥\n💰高薪💰\n✈️包机票✈️\n✅✅✅',
      vi: '🔥🔥 TUYỂN GẤP 🔥🔥\n💰 LƯƠNG CAO 💰\n✈️ BAO VÉ ✈️\n✅✅',
      id: '🔥🔥 LOKER 🔥🔥\n💰 GAJI BESAR 💰\n✈️ TIKET GRATIS ✈️\n✅✅',
      th: '🔥🔥 รับด่วน 🔥🔥\n💰 รายได้ดี 💰\n✈️ ฟรีตั๋ว ✈️\n✅✅',
    },
    neg: {
      en: 'We are looking for a detail-oriented analyst to join our finance team.',
      zh: '我们正在寻找一名细心的财务分析师。',
      vi: 'Chúng tôi đang tìm kiếm chuyên viên phân tích tài chính.',
      id: 'Kami mencari analis keuangan yang teliti.',
      th: 'เรากำลังมองหานักวิเคราะห์การเงิน',
    },
  },
  referral_recruiters: {
    min: 0.5,
    pos: {
      en: 'Recruiters also wanted! Earn $200 per recruit.',
      zh: '介绍一人奖励2000元，诚招代理',
      vi: 'Hoa hồng giới thiệu 5 triệu/người',
      id: 'Dicari juga perekrut, ajak teman dapat bonus',
      th: 'มีค่าแนะนำ ชวนเพื่อนได้เงิน',
      ko: '소개비 지급',
      ja: '募集担当者も同時募集 紹介報酬あり',
    },
    neg: {
      en: 'Join our analytics team in Singapore.',
      zh: '欢迎加入我们的数据团队',
      vi: 'Gia nhập đội ngũ phân tích dữ liệu',
      id: 'Bergabunglah dengan tim analitik kami',
      th: 'ร่วมงานกับทีมวิเคราะห์ข้อมูลของเรา',
    },
  },
};

describe('signal catalogue', () => {
  it('has labels for every id, snake_case and unique', () => {
    expect(new Set(SIGNAL_IDS).size).toBe(SIGNAL_IDS.length);
    for (const id of SIGNAL_IDS) {
      expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(SIGNAL_LABELS[id].length).toBeGreaterThan(5);
    }
    expect(Object.keys(CASES).sort()).toEqual([...SIGNAL_IDS].sort());
  });
  it('signalVector follows SIGNAL_IDS order', () => {
    const v = signalVector([{ id: 'lure_bundle', strength: 0.8, evidence: [] }]);
    expect(v).toHaveLength(SIGNAL_IDS.length);
    expect(v[SIGNAL_IDS.indexOf('lure_bundle')]).toBe(0.8);
  });
});

for (const id of SIGNAL_IDS) {
  const c = CASES[id];
  describe(id, () => {
    for (const [lang, text] of Object.entries(c.pos)) {
      it(`fires on ${lang} lure`, () => {
        const s = strengthOf(text, id);
        expect(s, text).toBeGreaterThanOrEqual(c.min ?? 0.01);
        expect(s).toBeLessThanOrEqual(1);
      });
    }
    for (const [lang, text] of Object.entries(c.neg)) {
      it(`stays silent on ${lang} genuine text`, () => {
        expect(strengthOf(text, id), text).toBe(0);
      });
    }
  });
}

describe('evidence spans', () => {
  const all = Object.values(CASES).flatMap((c) => Object.values(c.pos));
  it('are verbatim slices of the normalised input', () => {
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
    '• 교육비 지원 • 경조사비 지원 • 외부직무교육비지원(300-500만원 한도)',
    '해외 송금을 합리적인 수수료로 처리할 수 있게 하는 것 • 전월세 보증금 대출 이자 지원',
  ])('%s', (text) => expect(strength(text)).toBe(0));
  it.each([
    '100% legit, not a scam! Just pay the processing fee of 3,000 pesos before the flight.',
    'Free visa and flight. A refundable deposit of RM500 is required.',
    '免费提供食宿，入职前需交押金500元',
    '출국 전에 보증금을 먼저 입금해야 합니다',
    'Wajib bayar deposit Rp 1 juta sebelum berangkat',
    'ค่าดำเนินการ 3,000 บาท จ่ายค่ามัดจำก่อนเดินทาง',
    'We will send you money for the ticket.',
    '路费先打给你',
  ])('%s', (text) => expect(strength(text)).toBeGreaterThanOrEqual(0.45));
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
