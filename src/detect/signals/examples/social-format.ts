import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.2,
  fires: {
    en: ['🔥🔥 URGENT HIRING 🔥🔥\n💰 HIGH SALARY 💰\n✈️ FREE FLIGHT ✈️\n✅ apply now ✅'],
    zh: ['🔥🔥急招🔥🔥\n💰高薪💰\n✈️包机票✈️\n✅✅✅'],
    vi: ['🔥🔥 TUYỂN GẤP 🔥🔥\n💰 LƯƠNG CAO 💰\n✈️ BAO VÉ ✈️\n✅✅'],
    id: ['🔥🔥 LOKER 🔥🔥\n💰 GAJI BESAR 💰\n✈️ TIKET GRATIS ✈️\n✅✅'],
    th: ['🔥🔥 รับด่วน 🔥🔥\n💰 รายได้ดี 💰\n✈️ ฟรีตั๋ว ✈️\n✅✅'],
  },
  quiet: {
    en: ['We are looking for a detail-oriented analyst to join our finance team.'],
    zh: ['我们正在寻找一名细心的财务分析师。'],
    vi: ['Chúng tôi đang tìm kiếm chuyên viên phân tích tài chính.'],
    id: ['Kami mencari analis keuangan yang teliti.'],
    th: ['เรากำลังมองหานักวิเคราะห์การเงิน'],
  },
} satisfies SignalExamples;
