import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.4,
  fires: {
    en: ['Interested? Contact us on Telegram: @hr_recruit_kh'],
    zh: ['有意者联系飞机: @xg_hr888'],
    'zh-Hant': ['請加電報聯繫 @hr_tw'],
    vi: ['Ứng tuyển liên hệ tele @tuyendung_cam'],
    id: ['Minat? Hubungi Telegram @lokerkamboja'],
    th: ['สนใจทักเทเลแกรม @hr_job'],
    ko: ['지원은 텔레그램 @kh_job 으로 연락'],
    ja: ['応募はテレグラムまでDMください'],
  },
  quiet: {
    en: ['Apply through our careers page at careers.concentrix.com. Shortlisted candidates will be contacted by email.'],
    zh: ['请将简历投递至 hr@company.com.cn'],
    vi: ['Ứng viên nộp hồ sơ qua email tuyendung@fpt.com.vn'],
    id: ['Kirim lamaran ke email hrd@majujaya.co.id'],
    th: ['ส่งใบสมัครทางอีเมล hr@thaisoft.co.th'],
  },
} satisfies SignalExamples;
