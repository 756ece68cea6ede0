/**
 * messaging_contact: a chat app (Telegram above all) or "DM me" as the way to apply,
 * including obfuscated spellings. A bare mention of an app (e.g. "we use Slack and Telegram
 * for team chat") is weak; the app next to a handle, number or contact verb is stronger.
 */
import type { SignalHit } from '../../shared/types.ts';
import { WORD_START, WORD_END, word, anyOf, findAll, type Match } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const LINKS = anyOf([
  '(?:https?:\\/\\/)?(?:www\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog)\\/[+\\w]{3,64}',
  '(?:https?:\\/\\/)?(?:wa\\.me|api\\.whatsapp\\.com\\/send|chat\\.whatsapp\\.com|wa\\.link)\\/?[\\w?=+/-]{0,64}',
  '(?:https?:\\/\\/)?line\\.me\\/[\\w/~@.-]{2,64}|lin\\.ee\\/\\w{3,32}',
  '(?:https?:\\/\\/)?(?:u\\.wechat\\.com|weixin\\.qq\\.com)\\/[\\w/-]{2,64}',
]);

// Deliberately broken-up spellings: "tele gram", "T.G", "T G @", "纸飞机", "飞机号", "電報".
const OBFUSCATED = anyOf([
  word('tele[\\s._-]+gram|telegr[a4@]m|tel[e3]gr[a4@]m|t[e3]l[e3]gr[a4]m'),
  '(?<![\\p{L}])(?:T[.\\s]G|T\\.G\\.)(?:\\s?[:：@]|\\s?(?:id|ID|号))',
  word('what[\\s._-]+s[\\s._-]*app|whats ?ap(?!p)'),
  '纸飞机|紙飛機|(?:飞机|飛機)(?:号|號|ID|id|账号|帳號|联系|聯繫)|(?:加|联系|聯繫|私聊|私)(?:飞机|飛機)|(?:飞机|飛機)\\s?[:：@]',
  '电报|電報|TG号|TG號|tg号',
  '薇信|威信|V信|v信|徽信|(?:加|联系|聯繫)(?:vx|VX|V|v|wx|WX)(?![a-zA-Z])|(?<![a-zA-Z])(?:vx|VX|wx|WX)\\s?[:：]',
]);

const TELEGRAM = anyOf([word('telegram|tele|tgram'), 'เทเลแกรม|เทเลแกม|텔레그램|텔레|テレグラム|Телеграм|телеграм|តេឡេក្រាម'], 'giu');
// Case-sensitive abbreviations ("w/a" in lower case usually means "with a").
const WA_SLASH = /(?<![\p{L}\p{N}])W\/A(?![\p{L}\p{N}])/gu;
const TG_ABBR = /(?<![\p{L}\p{N}])TG(?![\p{L}\p{N}])\s?[:：@]?/gu;

const OTHER_APPS = anyOf([
  word('whats ?app|viber|signal(?= ?[:：@+])|wechat|weixin|kakao ?talk|skype|imo(?= ?[:：+])|zalo|messenger'),
  '(?<![\\p{L}])QQ(?:号|號|群)?',
  '微信|微信号|微信號|ไลน์|ไลน|카톡|카카오톡|위챗|ライン|ワッツアップ',
]);
const LINE_WA = /(?<![\p{L}\p{N}])(?:LINE|Line|WA|Wa)(?:\s?(?:ID|id|Id))?\s?[:：@]|(?<![\p{L}\p{N}])(?:LINE|WA)(?![\p{L}\p{N}])/gu;

const CONTACT_VERB_NEAR = new RegExp(
  [
    `${WORD_START}(?:contact|apply|applications?|message|msg|dm|pm|chat|add|text|reach|send|inquir\\w*|enquir\\w*|interested|details|cv|resume|hr|recruiter|hubungi|kirim|lamar|chat|liên hệ|nhắn|inbox|ib|ứng tuyển|gửi cv|kontak|mag-message|i-message|padala)${WORD_END}`,
    '联系|聯繫|聯絡|加我|私聊|私信|咨询|諮詢|报名|報名|投递|ติดต่อ|แอด|สมัคร|ทัก|연락|문의|지원|お問い合わせ|連絡|応募|[:：@]\\s?[@+\\w]',
  ].join('|'),
  'iu',
);

const DM = anyOf([
  word('(?:dm|pm|inbox|message|msg) (?:me|us|now|for (?:more )?(?:details|info))|send (?:me|us) a (?:dm|pm|message)|slide into (?:my|our) dms?'),
  word('(?:ib|inbox|nhắn tin|nt)(?: (?:riêng|trực tiếp))? (?:mình|em|anh|chị|ad|admin|page)'),
  word('(?:langsung )?(?:dm|japri|inbox) (?:aja|saja|kami|admin)'),
  '私信我|私聊我|私我|私信了解|私聊了解|ทักแชท|ทักไลน์|ทักมา|ทักได้เลย|DMください|DMで|DMにて|DM 주세요|디엠',
]);

const ONLY = anyOf([
  word(
    '(?:only|exclusively|strictly)(?: (?:contact|apply|reach us|message))? (?:via|on|through|thru|by) (?:telegram|whats ?app|wechat|line|signal)|(?:telegram|whats ?app) only|no (?:phone )?calls',
  ),
  '只(?:用|接受|通过|通過)(?:飞机|飛機|电报|電報|telegram|微信)',
  `(?<![\\p{L}])chỉ (?:liên hệ|nhận|làm việc) qua (?:telegram|tele|zalo|whatsapp)`,
  word('hanya (?:melalui|via|lewat) (?:telegram|whatsapp|wa)'),
]);

const HANDLE = /(?<![\p{L}\p{N}_@./])@[A-Za-z][A-Za-z0-9_]{4,31}(?![\p{L}\p{N}_@.])/gu;

function detectMessagingContact(text: string): SignalHit | null {
  const spans: Match[] = [];
  const tiers: number[] = [];
  const links = findAll(text, LINKS, 5);
  if (links.length) {
    const tg = links.some((l) => /t\.me|telegram/i.test(l.text));
    tiers.push(tg ? 0.9 : 0.6);
    spans.push(...links);
  }
  const obf = [...findAll(text, OBFUSCATED, 5), ...findAll(text, WA_SLASH, 2)];
  if (obf.length) {
    tiers.push(0.85);
    spans.push(...obf);
  }
  const tele = [
    ...findAll(text, TELEGRAM, 5),
    ...findAll(text, TG_ABBR, 5).filter(
      (m) => /[:：@]/.test(text.slice(m.start, m.end + 3)) || CONTACT_VERB_NEAR.test(text.slice(Math.max(0, m.start - 30), m.end + 30)),
    ),
  ];
  if (tele.length) {
    const ctx = tele.some((m) => CONTACT_VERB_NEAR.test(text.slice(Math.max(0, m.start - 30), m.end + 30)));
    tiers.push(ctx ? 0.7 : 0.4);
    spans.push(...tele);
  }
  const other = [...findAll(text, OTHER_APPS, 8), ...findAll(text, LINE_WA, 8)];
  if (other.length) {
    let best = 0.12;
    for (const m of other) {
      const near = text.slice(Math.max(0, m.start - 30), m.end + 30);
      if (CONTACT_VERB_NEAR.test(near)) {
        const local = /zalo|line|ไลน์|ไลน|카톡|카카오톡|kakao|ライン|messenger/i.test(m.text);
        best = Math.max(best, local ? 0.3 : 0.45);
      }
    }
    tiers.push(best);
    spans.push(...other);
  }
  const dm = findAll(text, DM, 5);
  if (dm.length) {
    tiers.push(0.4);
    spans.push(...dm);
  }
  const handles = findAll(text, HANDLE, 5);
  if (handles.length) {
    tiers.push(0.15);
    spans.push(...handles);
  }
  if (!tiers.length) return null;
  tiers.sort((a, b) => b - a);
  let s = (tiers[0] ?? 0) + 0.08 * (tiers.length - 1);
  const only = findAll(text, ONLY, 3);
  if (only.length) {
    s += 0.15;
    spans.push(...only);
  }
  return makeHit('messaging_contact', Math.min(1, s), spans);
}

export const messagingContact = defineSignal({
  id: 'messaging_contact',
  label: 'Apply only through Telegram, WhatsApp or a private chat',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'th', 'ko', 'ja'],
  detect: detectMessagingContact,
});
