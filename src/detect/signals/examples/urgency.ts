import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.2,
  fires: {
    en: ['URGENT HIRING! Fly next week, limited slots.'],
    zh: ['急招！名额有限，马上出发'],
    vi: ['Tuyển gấp, bay ngay trong tuần'],
    id: ['Dibutuhkan segera, berangkat minggu depan'],
    th: ['รับด่วน จำนวนจำกัด บินทันที'],
    ko: ['급구 즉시 출국'],
    ja: ['急募 即日渡航'],
  },
  quiet: {
    en: ['We review applications on a rolling basis. Start date: March 2026.'],
    zh: ['欢迎投递简历，我们会在两周内回复'],
    vi: ['Hạn nộp hồ sơ: 30/12/2025'],
    id: ['Lamaran diterima sampai akhir bulan'],
    th: ['ปิดรับสมัคร 31 ธันวาคม'],
  },
} satisfies SignalExamples;
