/**
 * generic_role: customer service / typist / data entry / online marketing / game tester … Common in
 * genuine entry-level ads too, so it is weak alone (the pay comparison also asks whether the role is one).
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf, findAll } from './pattern.ts';
import { noisyOr, makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const ROLES = anyOf([
  word(
    'customer (?:service|support|care|relations?|success)(?: (?:representative|agent|officer|executive|staff|specialist))?|csr|chat (?:support|agent|operator|moderator)|live chat (?:agent|support|operator)|typist|data (?:entry|encoder|encoding)|encoder|online (?:marketing|sales|admin|customer service|support)|digital (?:sales|marketing)(?: (?:and|&) marketing)? executive|game tester|telemarketer|telemarketing|translator|interpreter|social media (?:admin|operator|specialist)|admin (?:online|staff|assistant)|call cent(?:er|re) agent|tech(?:nical)? support|crypto (?:customer|support|trader)|casino (?:receptionist|host)',
  ),
  '客服|在线客服|線上客服|打字员|打字員|录入员|錄入員|文员|文員|网络推广|網絡推廣|网络营销|網路行銷|翻译|翻譯|电销|電銷|话务员|話務員|推广专员|推廣專員|游戏测试|遊戲測試|运营专员|運營專員|业务员|業務員',
  `(?<![\\p{L}])(?:chăm sóc khách hàng|cskh|nhân viên (?:nhập liệu|đánh máy|chat|trực page|tư vấn online|telesales|văn phòng)|nhập liệu|phiên dịch|biên dịch|marketing online|sale online|trực page|chạy quảng cáo)`,
  word('layanan pelanggan|admin (?:online|media sosial|chat)|operator (?:data|komputer|chat)|entri data|penerjemah|marketing online|telemarketing'),
  'แอดมินออนไลน์|แอดมินเพจ|แอดมิน|ตอบแชท|พนักงานคีย์ข้อมูล|คีย์ข้อมูล|บริการลูกค้า|ล่าม|นักแปล|การตลาดออนไลน์|เทเลเซลล์',
  '상담원|고객센터|고객\\s?상담|채팅\\s?상담|번역|통역|타이핑|데이터 입력|온라인 마케팅',
  'カスタマーサポート|カスタマーサービス|チャットオペレーター|データ入力|翻訳|通訳|コールセンター|テレアポ',
  word('tagasalin|tagapagsalin'),
]);
const ONLINE_Q = /online|在线|線上|网络|網絡|trực tuyến|daring|ออนไลน์|온라인|オンライン|chat|聊天|แชท|채팅|チャット/iu;

function detectGenericRole(text: string): SignalHit | null {
  const ms = findAll(text, ROLES, 20);
  if (!ms.length) return null;
  const online = ms.some((m) => ONLINE_Q.test(m.text));
  const distinct = new Set(ms.map((m) => m.text.toLowerCase())).size;
  const s = noisyOr([0.25, online ? 0.12 : 0, distinct >= 3 ? 0.1 : 0]);
  return makeHit('generic_role', s, ms);
}

// Pay and bonus both ask about the same text: remember the last answer.
let lastRoleText: string | null = null;
let lastRoleAnswer = false;

/** True when the ad's role is one of the generic entry/office roles (used by pay & bonus). */
export function hasGenericRole(text: string): boolean {
  if (text === lastRoleText) return lastRoleAnswer;
  lastRoleAnswer = findAll(text, ROLES, 1).length > 0;
  lastRoleText = text;
  return lastRoleAnswer;
}

export const genericRole = defineSignal({
  id: 'generic_role',
  label: 'Vague role: customer service, typing, data entry, online marketing',
  languages: ['en', 'zh', 'vi', 'id', 'th', 'ko', 'ja'],
  weak: true,
  detect: detectGenericRole,
});
