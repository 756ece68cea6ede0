/**
 * passport_or_fee: asks for a passport copy/photo early, or a fee (processing, visa, training,
 * deposit); or the reverse, the recruiter sends travel money. "No placement fee" (required
 * wording in licensed PH agency ads) is a negation and ignored, and so is a fee named in an
 * anti-fraud notice ("we never charge fees", "以各种理由收取押金…均有骗子嫌疑") or as a benefit
 * ("교육비 지원", training costs reimbursed). Words that are also ordinary business terms
 * (deposit, Korean 수수료/보증금) count only when the applicant is asked to pay them.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const NEG =
  /(?:\bno|\bnot|\bzero|\bfree of|\bwithout|\bnever|\bwalang|không|ko|tanpa|tidak ada|bebas|ไม่มี|ไม่เสีย|ไม่เก็บ|免|无|無|不收|不需要?|없음|없이|なし|不要)\s?(?:any\s|charge\s|the\s)?$/iu;

/**
 * Genuine context around a fee word: an anti-fraud notice, "we do not charge", costs the
 * employer pays. Narrow on purpose: lures also say "not a scam" or "free visa" next to the fee
 * they ask for.
 */
const FEE_NOT_DEMANDED =
  /beware|fraudulent|scammers|fake recruiters|(?:never|not|n't|no one will) (?:ask(?:s)? (?:you )?for|charge|collect|request) (?:you )?(?:any |a )?(?:fees?|payments?|money|deposits?)|waive|reimburs|shouldered by|covered by (?:the )?(?:company|employer)|paid by (?:the )?(?:company|employer)|不收|無任何(?:費用|押金|收費)|无任何(?:费用|押金|收费)|骗子嫌疑|騙子嫌疑|谨防|謹防|以各种(?:名义|理由)|以各種(?:名義|理由)|报销|報銷|公司承担|公司承擔|không (?:thu|mất|đóng) (?:bất kỳ )?(?:phí|tiền)|cảnh giác|tidak (?:dipungut|memungut|dikenakan) (?:biaya|pungutan)|waspada|ditanggung (?:oleh )?perusahaan|มิจฉาชีพ|一切かかりません|会社負担/iu;

const CUES: Cue[] = [
  {
    group: 'passport_send',
    weight: 0.65,
    re: anyOf([
      word(
        'send (?:us |me )?(?:a )?(?:copy|photo|picture|scan) of (?:your )?passport|(?:send|submit|upload) (?:your )?passport(?: (?:copy|photo|picture|scan|details))?|passport (?:copy|photo|picture|scan) (?:via|on|to|through) (?:telegram|whatsapp|wechat|line|email|dm)',
      ),
      '(?:发|發|拍|提供|提交)(?:一下)?(?:你的)?护照(?:照片|复印件|首页|信息)?|(?:发|發|拍|提供|提交)(?:一下)?(?:你的)?護照(?:照片|影本|首頁|資料)?|护照(?:照片|复印件|首页)发|護照(?:照片|影本)發',
      `(?<![\\p{L}])(?:gửi (?:ảnh |bản sao |hình )?hộ chiếu|chụp (?:ảnh )?hộ chiếu)`,
      word('kirim(?:kan)? (?:foto |scan |salinan )?paspor|foto paspor'),
      'ส่ง(?:รูป|สำเนา)?(?:พาสปอร์ต|หนังสือเดินทาง)|ถ่ายรูป(?:พาสปอร์ต|หนังสือเดินทาง)',
      '여권\\s?(?:사본|사진)(?:을)?\\s?(?:보내|제출|전송)',
      'パスポート(?:の)?(?:写真|コピー|画像)(?:を)?(?:送|提出)',
      word('(?:ipadala|send) (?:ang |mo ang )?(?:kopya ng )?pasaporte'),
    ]),
  },
  {
    group: 'passport_have',
    weight: 0.25,
    re: anyOf([
      word('(?:must |should )?(?:have|has|with|holding|hold) (?:a )?(?:valid )?passport|(?:valid )?passport (?:is )?(?:required|a must|needed|ready)'),
      '有护照|有護照|护照(?:优先|必须)|護照(?:優先|必須)',
      `(?<![\\p{L}])(?:có (?:sẵn )?hộ chiếu|hộ chiếu còn hạn|đã có hộ chiếu)`,
      word('(?:memiliki|punya|mempunyai|sudah ada) paspor|paspor (?:aktif|masih berlaku)'),
      'มีพาสปอร์ต|มีหนังสือเดินทาง',
      '여권\\s?(?:소지|필수)',
      'パスポート(?:所持|必須|をお持ち)',
      word('(?:may |with )pasaporte'),
    ]),
  },
  {
    group: 'fee',
    weight: 0.5,
    re: anyOf([
      word(
        '(?:processing|placement|visa|training|registration|application|medical|admin(?:istration)?|booking|reservation|documentation|uniform|insurance) fees?|(?:security|refundable) deposit|(?:pay|send|transfer|make|requires?|need) (?:a |an |the )?(?:small |initial |refundable |security )?deposit|deposit (?:fee|of (?:rm|php|₱|\\$|usd|us\\$|rp|thb|฿)\\s?\\d)|pay (?:a|the) (?:small )?fee',
      ),
      '中介费|中介費|押金|手续费|手續費|培训费|培訓費|报名费|報名費|服装费|服裝費|体检费|體檢費|保证金|保證金|签证费|簽證費',
      `(?<![\\p{L}])(?:phí (?:làm hồ sơ|hồ sơ|visa|đào tạo|môi giới|xuất cảnh|đăng ký|giới thiệu)|đặt cọc|tiền cọc|phí cọc)`,
      word(
        'biaya (?:admin|administrasi|pendaftaran|visa|pelatihan|proses|pengurusan|keberangkatan)|uang (?:jaminan|pendaftaran)|(?:bayar|membayar|transfer) (?:uang )?deposit|deposit (?:sebesar|rp)',
      ),
      'ค่าดำเนินการ|ค่าสมัคร|ค่ามัดจำ|ค่าวีซ่า|ค่าเอกสาร|ค่าอบรม|ค่าหัว|ค่าประกัน',
      '(?:수수료|보증금|교육비|등록비)\\s?(?:을|를)?\\s?(?:먼저\\s?)?(?:선)?(?:입금|납부|지불|송금|내야|내셔야|결제)',
      '手数料|保証金|登録料|研修費',
      word('placement fee|bayad sa (?:processing|placement)|processing fee'),
    ]),
    negateBefore: NEG,
    skipNear: FEE_NOT_DEMANDED,
  },
  {
    group: 'money_sent',
    weight: 0.5,
    re: anyOf([
      word(
        '(?:we|company|employer|boss) (?:will )?(?:send|transfer|wire) (?:you )?(?:the )?(?:money|travel money|pocket money|funds|allowance) (?:for|to buy) (?:your |the )?(?:ticket|travel|flight)',
      ),
      '(?:先)?(?:打|转|轉|给|給)(?:你)?路费|路费先(?:打|转)|路費先(?:打|轉)',
      `(?<![\\p{L}])(?:chuyển (?:trước )?tiền (?:vé|đi lại|lộ phí)|gửi tiền (?:vé|đi đường))`,
      word('(?:kirim|transfer) (?:uang|ongkos) (?:tiket|perjalanan)'),
      'โอนค่า(?:ตั๋ว|เดินทาง)ให้',
      '(?:여행|항공)\\s?(?:경비|비용)\\s?(?:를\\s?)?(?:먼저\\s?)?(?:송금|보내)',
      '渡航費を(?:振り込|送金)',
    ]),
  },
];

function detectPassportOrFee(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('passport_or_fee', cueStrength(r), r.spans);
}

export const passportOrFee = defineSignal({
  id: 'passport_or_fee',
  label: 'Asks for your passport or a fee, or sends travel money',
  languages: ['en', 'zh', 'vi', 'id', 'th', 'ko', 'ja'],
  detect: detectPassportOrFee,
});
