import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.5,
  fires: {
    en: ['This is 100% legal, not a scam!'],
    zh: ['本公司绝对不是黑公司，来去自由'],
    'zh-Hant': ['本公司絕對不是黑公司'],
    vi: ['Công ty cam kết không lừa đảo, 100% hợp pháp'],
    id: ['Bukan penipuan, 100% aman'],
    th: ['ไม่หลอก ปลอดภัย 100%'],
    tl: ['Hindi po ito scam, 100% legit'],
    ko: ['100% 합법, 사기 아닙니다'],
    ja: ['徹底した個人情報保護と安全対策'],
  },
  quiet: {
    en: ['We are an equal opportunity employer.'],
    zh: ['公司提供完善的培训体系'],
    vi: ['Môi trường làm việc chuyên nghiệp, năng động'],
    id: ['Lingkungan kerja yang nyaman dan profesional'],
    th: ['สภาพแวดล้อมการทำงานที่ดี'],
  },
} satisfies SignalExamples;
