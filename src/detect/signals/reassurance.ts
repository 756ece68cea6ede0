/**
 * reassurance: pre-emptive "100% legal", "not a scam", "not a black company", "safe, we
 * guarantee". Weak forms ("uy tín", 正规公司 — reputable company) are common in small genuine
 * ads and get low weight.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'not_scam',
    weight: 0.55,
    re: anyOf([
      word(
        '(?:this is )?not (?:a )?(?:scam|scammer|fake|black company|illegal (?:job|work|company))|no scam|(?:100 ?%|hundred percent) (?:legal|legit|legitimate|safe|real|genuine|trusted)|legit (?:company|job|ito)|we are not (?:scammers?|a scam)|(?:your )?safety (?:is )?guaranteed|(?:we )?guarantee (?:your )?safety|safe and (?:legal|secure|legit)',
      ),
      '绝对不是黑公司|絕對不是黑公司|不是黑公司|不是骗子|不是騙子|不是诈骗|不是詐騙|非诈骗|非詐騙|保证安全|保證安全|安全有保障|人身安全|绝对安全|絕對安全|百分百合法|100%合法|100%安全|不扣(?:押)?护照|不扣(?:押)?護照|来去自由|來去自由',
      `(?<![\\p{L}])(?:không (?:phải )?lừa đảo|không lừa đảo|100% (?:hợp pháp|an toàn|uy tín|thật)|cam kết (?:không lừa đảo|an toàn)|đảm bảo an toàn|không giữ hộ chiếu|đi về tự do)`,
      word('bukan penipuan|bukan (?:kerja )?(?:ilegal|scam|judi)|100 ?% (?:aman|resmi|legal|terpercaya)|dijamin aman|aman dan terpercaya|tidak menahan paspor'),
      'ไม่หลอก|ไม่ใช่แก๊ง|ไม่ใช่งานผิดกฎหมาย|ปลอดภัย\\s?100|ถูกกฎหมาย\\s?100|ไม่ยึดพาสปอร์ต|ไม่ใช่คอลเซ็นเตอร์',
      '100%\\s?(?:안전|합법)|불법 아님|사기 아님|사기 아닙니다|절대 안전',
      '徹底した個人情報保護|安全対策(?:万全|徹底)|詐欺ではありません|怪しい仕事ではありません|100%合法|完全合法',
      word('hindi (?:po )?(?:ito )?scam|100 ?% legit|legit po'),
    ]),
  },
  {
    group: 'reputable',
    weight: 0.15,
    re: anyOf([
      word('legit(?:imate)?|trusted company|reputable company'),
      '正规公司|正規公司|正规企业|正規企業|正规平台|正規平台|合法经营|合法經營|灰色|灰产|灰產',
      `(?<![\\p{L}])(?:uy tín|công ty uy tín|chính chủ|hợp pháp)`,
      word('terpercaya|resmi dan legal|perusahaan resmi'),
      'บริษัทมั่นคง|ถูกกฎหมาย|งานสุจริต',
      '합법|안전한\\s?(?:일|업무)',
      '安心・安全|安全な(?:お)?仕事|合法',
    ]),
  },
];

function detectReassurance(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('reassurance', cueStrength(r), r.spans);
}

export const reassurance = defineSignal({
  id: 'reassurance',
  label: 'Insists it is "100% legal" or "not a scam"',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'th', 'tl', 'ko', 'ja'],
  detect: detectReassurance,
});
