import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording. Quiet: realistic genuine ads.
export default {
  min: 0.2,
  fires: {
    en: ['Position: Online Customer Service / Data Entry / Typist'],
    zh: ['招聘在线客服、打字员'],
    vi: ['Tuyển nhân viên chăm sóc khách hàng, nhập liệu'],
    id: ['Lowongan admin online dan operator data'],
    th: ['รับสมัครแอดมินออนไลน์ ตอบแชท'],
    ko: ['채팅 상담원 모집'],
    ja: ['チャットオペレーター募集'],
  },
  quiet: {
    en: ['Senior Backend Engineer (Go, Kubernetes)'],
    zh: ['高级Java开发工程师'],
    vi: ['Kỹ sư cầu đường'],
    id: ['Insinyur Sipil'],
    th: ['วิศวกรไฟฟ้า'],
  },
} satisfies SignalExamples;
