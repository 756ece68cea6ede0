import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.5,
  fires: {
    en: ['Data entry clerk (no experience) in Phnom Penh, Cambodia. Salary US$3,500/month.'],
    zh: ['柬埔寨西港 招聘打字员 客服 月薪1.5万-3万 学历不限'],
    vi: ['Tuyển nhân viên CSKH làm việc tại Campuchia, lương 25-35 triệu/tháng, không cần kinh nghiệm'],
    id: ['Dicari admin media sosial untuk kantor di Kamboja, gaji Rp 16 juta per bulan, tanpa pengalaman'],
    th: ['รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า ทำงานที่กัมพูชา เงินเดือน 60,000 บาท'],
    ko: ['캄보디아 단순 컴퓨터 작업, 월 1000만원 고수익 보장'],
    ja: ['カンボジアでチャットオペレーター 月100万円以上'],
  },
  quiet: {
    en: ['Customer Service Representative - Concentrix Makati. Salary: PHP 18,000 - 22,000 monthly plus night differential.'],
    zh: ['北京 销售代表 底薪5000 月薪8000-12000元/月 五险一金'],
    vi: ['Nhân viên kinh doanh tại Hà Nội, lương 10-15 triệu, thưởng theo doanh số'],
    id: ['Admin Gudang - PT Maju Jaya, Bekasi. Gaji Rp 5.000.000 per bulan, BPJS.'],
    th: ['โปรแกรมเมอร์ บริษัท ไทยซอฟต์ จำกัด กรุงเทพมหานคร เงินเดือน 25,000 บาท'],
  },
} satisfies SignalExamples;
