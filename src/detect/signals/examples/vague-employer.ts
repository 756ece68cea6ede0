import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.3,
  fires: {
    en: ['Hiring for a Chinese company in Cambodia, company name will be disclosed after interview.'],
    zh: ['中资公司 海外直招'],
    vi: ['Tuyển dụng cho công ty nước ngoài, sếp Trung Quốc'],
    id: ['Lowongan di perusahaan asing, nama perusahaan dirahasiakan'],
    th: ['บริษัทจีน รับสมัครพนักงาน'],
  },
  quiet: {
    en: ['Concentrix is a global technology and services leader.'],
    zh: ['北京麦田房地产经纪有限公司 招聘'],
    vi: ['Công ty Cổ phần MISA tuyển dụng'],
    id: ['PT Maju Jaya Sejahtera membuka lowongan'],
    th: ['บริษัท ไทยซอฟต์ จำกัด รับสมัครงาน'],
  },
} satisfies SignalExamples;
