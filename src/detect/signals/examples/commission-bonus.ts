import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.25,
  fires: {
    en: ['Customer service agent: base salary + commission, sign-on bonus'],
    zh: ['客服 可以先預支，代償債務'],
    vi: ['Nhân viên CSKH online, lương cứng + hoa hồng, hỗ trợ ứng lương trước'],
    id: ['Customer service online, gaji pokok + komisi, bisa kasbon'],
    th: ['แอดมินออนไลน์ เงินเดือน + ค่าคอม เบิกเงินล่วงหน้าได้'],
  },
  quiet: {
    en: ['Software engineer, competitive salary and stock options'],
    zh: ['软件工程师 五险一金 带薪年假'],
    vi: ['Kỹ sư phần mềm, lương thỏa thuận'],
    id: ['Programmer, gaji kompetitif'],
    th: ['วิศวกรซอฟต์แวร์ เงินเดือนตามตกลง'],
  },
} satisfies SignalExamples;
