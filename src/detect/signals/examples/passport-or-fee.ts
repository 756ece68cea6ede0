import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.45,
  fires: {
    en: ['Please send a copy of your passport. A processing fee of $300 applies.'],
    zh: ['发护照照片给我，交押金后安排'],
    vi: ['Gửi ảnh hộ chiếu, đóng phí làm hồ sơ'],
    id: ['Kirim foto paspor dan biaya admin Rp 2 juta'],
    th: ['ส่งรูปพาสปอร์ต และจ่ายค่าดำเนินการ'],
    ko: ['여권 사본 보내주세요'],
    ja: ['パスポートの写真を送ってください'],
  },
  quiet: {
    en: ['NO PLACEMENT FEE. DMW licensed agency.'],
    zh: ['不收任何费用，无押金'],
    vi: ['Không thu phí tuyển dụng'],
    id: ['Tidak ada biaya apapun dalam proses rekrutmen'],
    th: ['ไม่มีค่าใช้จ่ายในการสมัคร'],
  },
} satisfies SignalExamples;
