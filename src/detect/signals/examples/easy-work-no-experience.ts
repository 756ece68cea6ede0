import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.3,
  fires: {
    en: ['Easy work, high pay! No experience needed, no degree required.'],
    zh: ['工作轻松 学历经验不限 会打字即可'],
    'zh-Hant': ['工作輕鬆 學歷不限 無經驗可'],
    vi: ['Việc nhẹ lương cao, không cần kinh nghiệm'],
    id: ['Kerja santai gaji besar, tanpa ijazah'],
    th: ['งานสบาย รายได้ดี ไม่จำกัดวุฒิ'],
    tl: ['Madaling trabaho, malaking sahod, kahit walang experience'],
    ko: ['단순 채팅 업무, 경력·학력 무관'],
    ja: ['簡単な作業で高収入 未経験OK 学歴不問'],
  },
  quiet: {
    en: ['Requirements: Bachelor degree in Computer Science, 3+ years experience with React.'],
    zh: ['要求：本科及以上学历，3年以上开发经验'],
    vi: ['Yêu cầu: Tốt nghiệp đại học, 2 năm kinh nghiệm kế toán'],
    id: ['Kualifikasi: S1 Akuntansi, pengalaman minimal 2 tahun'],
    th: ['คุณสมบัติ: ปริญญาตรี ประสบการณ์ 2 ปีขึ้นไป'],
  },
} satisfies SignalExamples;
