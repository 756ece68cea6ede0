/**
 * passport_or_fee: asks for a passport copy/photo early, or a fee (processing, visa, training,
 * deposit); or the reverse, the recruiter sends travel money. "No placement fee" (required
 * wording in licensed PH agency ads) is a negation and ignored.
 */
import type { SignalHit } from '../../shared/types.ts';
import { makeHit, rx, runCues, cueStrength, w, type Cue } from './util.ts';

const NEG = /(?:\bno|\bnot|\bzero|\bfree of|\bwithout|\bnever|\bwalang|không|ko|tanpa|tidak ada|bebas|ไม่มี|ไม่เสีย|ไม่เก็บ|免|无|無|不收|不需要?|없음|없이|なし|不要)\s?(?:any\s|charge\s|the\s)?$/iu;

const CUES: Cue[] = [
  {
    group: 'passport_send',
    weight: 0.65,
    re: rx([
      w('send (?:us |me )?(?:a )?(?:copy|photo|picture|scan) of (?:your )?passport|(?:send|submit|upload) (?:your )?passport(?: (?:copy|photo|picture|scan|details))?|passport (?:copy|photo|picture|scan) (?:via|on|to|through) (?:telegram|whatsapp|wechat|line|email|dm)'),
      '(?:发|發|拍|提供|提交)(?:一下)?(?:你的)?护照(?:照片|复印件|首页|信息)?|(?:发|發|拍|提供|提交)(?:一下)?(?:你的)?護照(?:照片|影本|首頁|資料)?|护照(?:照片|复印件|首页)发|護照(?:照片|影本)發',
      `(?<![\\p{L}])(?:gửi (?:ảnh |bản sao |hình )?hộ chiếu|chụp (?:ảnh )?hộ chiếu)`,
      w('kirim(?:kan)? (?:foto |scan |salinan )?paspor|foto paspor'),
      'ส่ง(?:รูป|สำเนา)?(?:พาสปอร์ต|หนังสือเดินทาง)|ถ่ายรูป(?:พาสปอร์ต|หนังสือเดินทาง)',
      '여권\\s?(?:사본|사진)(?:을)?\\s?(?:보내|제출|전송)',
      'パスポート(?:の)?(?:写真|コピー|画像)(?:を)?(?:送|提出)',
      w('(?:ipadala|send) (?:ang |mo ang )?(?:kopya ng )?pasaporte'),
    ]),
  },
  {
    group: 'passport_have',
    weight: 0.25,
    re: rx([
      w('(?:must |should )?(?:have|has|with|holding|hold) (?:a )?(?:valid )?passport|(?:valid )?passport (?:is )?(?:required|a must|needed|ready)'),
      '有护照|有護照|护照(?:优先|必须)|護照(?:優先|必須)',
      `(?<![\\p{L}])(?:có (?:sẵn )?hộ chiếu|hộ chiếu còn hạn|đã có hộ chiếu)`,
      w('(?:memiliki|punya|mempunyai|sudah ada) paspor|paspor (?:aktif|masih berlaku)'),
      'มีพาสปอร์ต|มีหนังสือเดินทาง',
      '여권\\s?(?:소지|필수)',
      'パスポート(?:所持|必須|をお持ち)',
      w('(?:may |with )pasaporte'),
    ]),
  },
  {
    group: 'fee',
    weight: 0.5,
    re: rx([
      w('(?:processing|placement|visa|training|registration|application|medical|admin(?:istration)?|booking|reservation|documentation|uniform|insurance) fees?|(?:security |refundable )?deposit(?! (?:of )?(?:salary|your salary))|pay (?:a|the) (?:small )?fee'),
      '中介费|中介費|押金|手续费|手續費|培训费|培訓費|报名费|報名費|服装费|服裝費|体检费|體檢費|保证金|保證金|签证费|簽證費',
      `(?<![\\p{L}])(?:phí (?:làm hồ sơ|hồ sơ|visa|đào tạo|môi giới|xuất cảnh|đăng ký|giới thiệu)|đặt cọc|tiền cọc|phí cọc)`,
      w('biaya (?:admin|administrasi|pendaftaran|visa|pelatihan|proses|pengurusan|keberangkatan)|uang (?:jaminan|pendaftaran)|deposit'),
      'ค่าดำเนินการ|ค่าสมัคร|ค่ามัดจำ|ค่าวีซ่า|ค่าเอกสาร|ค่าอบรม|ค่าหัว|ค่าประกัน',
      '수수료|보증금|교육비|등록비',
      '手数料|保証金|登録料|研修費',
      w('placement fee|bayad sa (?:processing|placement)|processing fee'),
    ]),
    negateBefore: NEG,
  },
  {
    group: 'money_sent',
    weight: 0.5,
    re: rx([
      w('(?:we|company|employer|boss) (?:will )?(?:send|transfer|wire) (?:you )?(?:the )?(?:money|travel money|pocket money|funds|allowance) (?:for|to buy) (?:your )?(?:ticket|travel|flight)'),
      '(?:先)?(?:打|转|轉|给|給)(?:你)?路费|路費先(?:打|轉)',
      `(?<![\\p{L}])(?:chuyển (?:trước )?tiền (?:vé|đi lại|lộ phí)|gửi tiền (?:vé|đi đường))`,
      w('(?:kirim|transfer) (?:uang|ongkos) (?:tiket|perjalanan)'),
      'โอนค่า(?:ตั๋ว|เดินทาง)ให้',
      '(?:여행|항공)\\s?(?:경비|비용)\\s?(?:를\\s?)?(?:먼저\\s?)?(?:송금|보내)',
      '渡航費を(?:振り込|送金)',
    ]),
  },
];

export function detectPassportOrFee(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('passport_or_fee', cueStrength(r), r.spans);
}
