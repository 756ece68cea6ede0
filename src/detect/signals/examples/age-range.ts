import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.2,
  fires: {
    en: ['Requirements: age 18-35, male or female'],
    zh: ['要求：年龄18-35岁'],
    vi: ['Nam/nữ tuổi từ 18-30'],
    id: ['Usia maksimal 18-35 tahun'],
    th: ['อายุ 18-35 ปี'],
    ko: ['나이 20~35세'],
    ja: ['年齢 18歳〜35歳'],
  },
  quiet: {
    en: ['Team of 18-35 engineers across 3 offices'],
    zh: ['工作时间9:00-18:00'],
    vi: ['Thời gian làm việc 8h-17h'],
    id: ['Jam kerja 08.00-17.00'],
    th: ['เวลาทำงาน 08.30-17.30'],
  },
} satisfies SignalExamples;
