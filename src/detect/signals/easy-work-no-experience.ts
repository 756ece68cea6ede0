/**
 * easy_work_no_experience: "easy/light work", "no experience", "no degree", "just typing".
 * Common in genuine entry-level ads, so single cues are weak; "light work, high pay"
 * framing (việc nhẹ lương cao, 轻松高薪) is the strong form.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const EASY_CUES: Cue[] = [
  {
    group: 'easy_high_pay',
    weight: 0.75,
    re: anyOf([
      word(
        '(?:easy|light|simple) (?:work|job|tasks?),? (?:high|big|good) (?:pay|salary|income)|(?:high|big) (?:pay|salary|income),? (?:easy|light|simple) (?:work|job)',
      ),
      '轻松高薪|輕鬆高薪|高薪轻松|高薪輕鬆|工作轻松(?:，|,)?(?:待遇|收入|工资|薪资)高|轻松(?:月入|日入|赚)|輕鬆(?:月入|日入|賺)',
      `(?<![\\p{L}])(?:việc nhẹ,? lương cao|việc nhẹ,? thu nhập cao|lương cao,? việc nhẹ|công việc nhẹ nhàng,? (?:lương|thu nhập) cao)`,
      word('kerja (?:santai|ringan),? gaji (?:besar|tinggi|tinggi)|gaji (?:besar|tinggi),? kerja (?:santai|ringan)'),
      'งานสบาย\\s?(?:รายได้|เงินเดือน|เงิน)(?:ดี|สูง)|งานง่าย\\s?(?:รายได้|เงินเดือน|เงิน)(?:ดี|สูง)|งานเบา\\s?เงินดี',
      '(?:쉬운|단순한?)\\s?(?:일|업무|작업)[,\\s]*고수익|고수익[,\\s]*(?:쉬운|단순한?)\\s?(?:일|업무|작업)',
      '(?:簡単|楽)な?(?:仕事|作業)で?高収入|高収入(?:の)?(?:簡単|楽)な?(?:仕事|作業)',
      word('madaling trabaho,? malaking (?:sahod|sweldo|kita)'),
    ]),
  },
  {
    group: 'easy',
    weight: 0.3,
    re: anyOf([
      word(
        'easy (?:work|job|tasks?|money)|light (?:work|duties|job)|simple (?:work|tasks?|typing|computer work|job)|just (?:chat(?:ting)?|typ(?:e|ing)|copy and paste)|only (?:need(?:s)? to|have to) (?:chat|type)|work from (?:your )?phone|no (?:hard|heavy) work',
      ),
      '轻松|輕鬆|简单工作|簡單工作|工作简单|工作簡單|单纯|單純|会打字|會打字|打字即可|只需打字|动动手指|動動手指',
      `(?<![\\p{L}])(?:việc nhẹ|công việc nhẹ nhàng|công việc đơn giản|chỉ cần (?:biết )?(?:đánh máy|dùng máy tính|chat|nhắn tin|gõ phím))`,
      word('kerja (?:santai|ringan|mudah)|pekerjaan (?:mudah|ringan|santai)|cukup (?:bisa )?(?:mengetik|chat(?:ting)?)|hanya (?:perlu )?(?:mengetik|chatting)'),
      'งานง่าย|งานสบาย|งานเบา|แค่พิมพ์|พิมพ์อย่างเดียว|แค่ตอบแชท',
      '단순\\s?(?:업무|작업|채팅|컴퓨터|타이핑|알바)|쉬운 (?:일|업무|알바)',
      '単純作業|簡単な(?:作業|仕事|お仕事)|誰でもできる|スマホ(?:だけ|1台)で',
      word('madaling trabaho|chat lang|type lang'),
    ]),
  },
  {
    group: 'no_experience',
    weight: 0.15,
    re: anyOf([
      word(
        'no (?:prior |previous |work )?experience(?: (?:is )?(?:needed|required|necessary))?|without (?:any )?experience|experience (?:is )?not (?:required|necessary|needed)|fresh graduates? (?:are )?welcome',
      ),
      '经验不限|經驗不限|无需经验|無需經驗|无经验|無經驗|不需经验|不需經驗|零基础|零基礎|小白可做|新手可做',
      `(?<![\\p{L}])(?:không (?:cần|yêu cầu) kinh nghiệm|chưa có kinh nghiệm|không cần biết (?:việc|nghề))`,
      word('tanpa pengalaman|tidak (?:perlu|butuh|harus) (?:ber)?pengalaman|pengalaman tidak (?:diperlukan|wajib)|belum berpengalaman'),
      'ไม่ต้องมีประสบการณ์|ไม่จำเป็นต้องมีประสบการณ์|ไม่มีประสบการณ์ก็ได้|ไม่มีประสบการณ์(?:สามารถ)?(?:สมัคร|รับ)',
      '경력\\s?(?:무관|불문)|초보\\s?가능|경험\\s?(?:무관|없어도)',
      '未経験(?:OK|可|歓迎|者歓迎)|経験不問',
      word('(?:kahit )?walang (?:experience|karanasan)|no experience needed'),
    ]),
  },
  {
    group: 'no_degree',
    weight: 0.2,
    re: anyOf([
      word(
        'no (?:degree|diploma|education|college degree)(?: (?:is )?(?:needed|required|necessary))?|(?:degree|diploma|education) (?:is )?not (?:required|necessary|needed)|any (?:education|educational background)|no english (?:needed|required)',
      ),
      '学历不限|學歷不限|学历经验不限|學歷經驗不限|无需学历|無需學歷|不看学历|不看學歷',
      `(?<![\\p{L}])(?:không (?:cần|yêu cầu) bằng cấp|không cần (?:tiếng anh|ngoại ngữ)|không yêu cầu trình độ)`,
      word('tanpa ijazah|tidak (?:perlu|butuh|wajib) ijazah|tidak (?:memerlukan|perlu) ipk|ijazah tidak (?:diperlukan|wajib)|semua lulusan'),
      'ไม่จำกัดวุฒิ|ไม่จำกัดวุฒิการศึกษา|ไม่ต้องมีวุฒิ',
      '학력\\s?(?:무관|불문)|경력[·・ ]?학력\\s?무관',
      '学歴不問|学歴不要',
    ]),
  },
  {
    group: 'typing',
    weight: 0.2,
    re: anyOf([
      word('typing (?:speed|test|skills? only)|type (?:at least )?\\d{2} ?wpm|\\d{2} ?wpm'),
      '打字速度|打字快|會打字即可|会打字即可',
      `(?<![\\p{L}])(?:tốc độ đánh máy|đánh máy nhanh|gõ phím nhanh)`,
      word('kecepatan mengetik|mengetik cepat'),
      'พิมพ์(?:ดีด)?เร็ว|พิมพ์ได้\\s?\\d+\\s?คำ',
      '타자\\s?속도|타이핑\\s?속도',
      'タイピング(?:速度|スピード)',
    ]),
  },
];

function detectEasyWork(text: string): SignalHit | null {
  const r = runCues(text, EASY_CUES);
  if (!r.spans.length) return null;
  return makeHit('easy_work_no_experience', cueStrength(r), r.spans);
}

export const easyWorkNoExperience = defineSignal({
  id: 'easy_work_no_experience',
  label: 'Easy work, no experience or education needed',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'th', 'tl', 'ko', 'ja'],
  detect: detectEasyWork,
});
