import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.5,
  fires: {
    en: ['Recruiters also wanted! Earn $200 per recruit.'],
    zh: ['介绍一人奖励2000元，诚招代理'],
    vi: ['Hoa hồng giới thiệu 5 triệu/người'],
    id: ['Dicari juga perekrut, ajak teman dapat bonus'],
    th: ['มีค่าแนะนำ ชวนเพื่อนได้เงิน'],
    ko: ['소개비 지급'],
    ja: ['募集担当者も同時募集 紹介報酬あり'],
  },
  quiet: {
    en: ['Join our analytics team in Singapore.'],
    zh: ['欢迎加入我们的数据团队'],
    vi: ['Gia nhập đội ngũ phân tích dữ liệu'],
    id: ['Bergabunglah dengan tim analitik kami'],
    th: ['ร่วมงานกับทีมวิเคราะห์ข้อมูลของเรา'],
  },
} satisfies SignalExamples;
