import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.8,
  fires: {
    en: ['You will travel on a tourist visa, then we convert it after arrival.'],
    zh: ['先办旅游签过去，到了有人接'],
    'zh-Hant': ['以旅遊名義出境 落地簽'],
    vi: ['Đi theo diện du lịch, sang đó công ty lo giấy tờ'],
    id: ['Berangkat pakai visa turis lewat Thailand'],
    th: ['ใช้วีซ่าท่องเที่ยวเข้าไปก่อน'],
    tl: ['Magpanggap na turista sa airport'],
    ko: ['비자 없이 리조트 알바 가능'],
    ja: ['観光ビザで渡航'],
  },
  quiet: {
    en: ['Visa Officer: we process tourist visa applications for our clients at our travel agency in Makati.'],
    zh: ['公司提供工作签证和年度探亲机票'],
    vi: ['Được đi du lịch hàng năm cùng công ty'],
    id: ['Tunjangan cuti dan wisata tahunan bersama perusahaan'],
    th: ['ท่องเที่ยวประจำปีกับบริษัท'],
  },
} satisfies SignalExamples;
