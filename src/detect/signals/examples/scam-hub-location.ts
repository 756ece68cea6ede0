import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.6,
  fires: {
    en: ['Work location: Sihanoukville'],
    zh: ['工作地点：缅甸妙瓦底'],
    vi: ['Làm việc tại Bavet, giáp Mộc Bài'],
    id: ['Penempatan di Poipet'],
    th: ['ทำงานที่เมียวดี'],
    ko: ['근무지 시아누크빌'],
    ja: ['勤務地 シアヌークビル'],
  },
  quiet: {
    en: ['Work location: Makati City, Metro Manila'],
    zh: ['工作地点：北京朝阳望京'],
    vi: ['Địa điểm làm việc: Quận 1, TP.HCM'],
    id: ['Lokasi: Jakarta Selatan'],
    th: ['สถานที่ทำงาน: เขตบางรัก กรุงเทพมหานคร'],
  },
} satisfies SignalExamples;
