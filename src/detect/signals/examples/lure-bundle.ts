import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.75,
  fires: {
    en: ['Benefits: free air ticket, free visa, free food and accommodation. No cost to you!'],
    zh: ['待遇：包吃包住，报销机票，公司办理签证'],
    'zh-Hant': ['包吃包住 機票報銷 簽證公司辦理'],
    vi: ['Bao vé máy bay, bao ăn ở, hỗ trợ visa, không mất chi phí'],
    id: ['Fasilitas: tiket pesawat gratis, makan dan mess gratis, visa ditanggung perusahaan'],
    th: ['ฟรีตั๋วเครื่องบิน ทำวีซ่าให้ มีที่พักและอาหารฟรี'],
    ko: ['항공권 제공, 비자 지원, 숙식 제공'],
  },
  quiet: {
    en: ['Benefits: HMO from day 1, free shuttle, paid time off, performance bonus.'],
    zh: ['五险一金 带薪年假 节日福利 周末双休'],
    vi: ['Phúc lợi: BHXH, thưởng tháng 13, du lịch hàng năm'],
    id: ['Benefit: BPJS Kesehatan, tunjangan transport, THR'],
    th: ['สวัสดิการ: ประกันสังคม โบนัสประจำปี ชุดยูนิฟอร์ม'],
  },
} satisfies SignalExamples;
