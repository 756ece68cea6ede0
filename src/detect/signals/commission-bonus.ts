/**
 * commission_bonus: commission / KPI / sign-on bonus on a CS role, salary advance, debt payoff,
 * in every script. Commission on a sales role is normal, so it only counts on a generic role.
 */
import type { SignalHit } from '../../shared/types.ts';
import { pointsAbroad } from './abroad.ts';
import { hasGenericRole } from './generic-role.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const BONUS_CUES: Cue[] = [
  {
    // A salary advance (借支, "cash advance", kasbon, vale) is everyday in factory and shop ads at
    // home; a debt paid off for the recruit is the bondage lure wherever the job is.
    group: 'advance',
    weight: 0.65,
    re: anyOf([
      word('salary advance|advance (?:on )?(?:your )?salary|cash advance'),
      '可以先預支|可以先预支|预支工资|預支薪水|預支工資|可预支|可預支|借支',
      `(?<![\\p{L}])(?:ứng lương trước|ứng trước lương)`,
      word('ung luong truoc|ung truoc luong'),
      'เบิกเงินล่วงหน้า|เบิกล่วงหน้า',
      '가불|선불\\s?급여',
      '前借り|給料前借り',
      word('kasbon|gaji di muka|(?:gaji|wang) pendahuluan|pendahuluan gaji'),
      word('(?:pwede|puwede|pwedeng) (?:mag-?)?vale'),
    ]),
  },
  {
    group: 'debt_advance',
    weight: 0.65,
    re: anyOf([
      word('(?:we|company) (?:will )?(?:pay off|settle|clear) (?:your )?debts?|debt (?:payoff|settlement|relief)'),
      '代償債務|代偿债务|代还债务|代還債務|帮还网贷|幫還網貸',
      `(?<![\\p{L}])(?:hỗ trợ trả nợ|trả nợ giúp|xóa nợ)`,
      word('ho tro tra no|tra no giup'),
      'ช่วยใช้หนี้|ปลดหนี้',
      '빚\\s?(?:청산|대신)|채무\\s?(?:대납|해결)|대출\\s?(?:상환|대납)\\s?(?:지원|해\\s?드립니다|가능)',
      '借金(?:返済|肩代わり)',
      word('bayar(?:kan)? (?:hutang|utang)|lunasi (?:hutang|utang)|(?:bayar|langsaikan) hutang'),
      word('(?:babayaran|bayaran) (?:namin )?(?:ang )?(?:utang|utang mo)'),
      word(
        'adelanto de (?:sueldo|salario|n[oó]mina)|anticipo de (?:sueldo|salario|n[oó]mina)|(?:pagamos|saldamos|liquidamos) (?:tus |sus )?deudas|adiantamento (?:salarial|de sal[aá]rio)|(?:quitamos|pagamos) (?:suas |as suas )?d[ií]vidas',
      ),
      word(
        'аванс (?:в первый день|сразу|на дорогу|до первой зарплаты)|(?:погасим|закроем|оплатим) (?:ваши |твои )?(?:долги|кредиты)|погашение (?:долгов|кредитов)',
      ),
      word('mshahara wa (?:mapema|awali)|(?:tutalipa|tunalipa|kulipa) madeni|mkopo wa mshahara'),
      word('advance salary|(?:karz|karza|loan) (?:chuka(?:ne|yenge)|maaf)'),
      'एडवांस सैलरी|सैलरी एडवांस|अग्रिम वेतन|कर्ज चुकाने|ऋण तिर्न|पेश्की तलब|अग्रिम तलब|অগ্রিম বেতন|বেতন অগ্রিম|ঋণ পরিশোধে সহায়তা|වැටුප් අත්තිකාරම්|ණය ගෙවීමට|የደመወዝ ቅድመ ክፍያ|ቅድሚያ ደመወዝ|ዕዳዎን እንከፍላለን',
      'បើកប្រាក់ខែមុន|ខ្ចីប្រាក់ខែមុន|សងបំណុលជំនួស|လစာကြိုတင်|ကြိုတင်လစာ|အကြွေးဆပ်ပေး|ເບີກເງິນລ່ວງຫນ້າ|ເບີກລ່ວງຫນ້າ|ໃຊ້ຫນີ້ແທນ',
    ]),
  },
  {
    group: 'sign_on',
    weight: 0.3,
    re: anyOf([
      word('sign(?:ing|-on| on)? bonus|joining bonus|welcome bonus|hiring bonus'),
      '入职奖|入職獎|签约奖|簽約獎',
      word('thưởng (?:ký hợp đồng|gia nhập)|bonus (?:bergabung|tanda tangan)'),
      'โบนัสแรกเข้า',
      '입사\\s?축하금|사이닝\\s?보너스',
      '入社祝い金|支度金',
      '入职奖金|入職獎金|签约奖金|簽約獎金',
      word('bonus (?:tandatangan|kemasukan|sertai)|sign-?in bonus'),
      word('bono (?:de )?(?:bienvenida|contrataci[oó]n|ingreso|firma)|b[oô]nus de (?:contrata[cç][aã]o|boas-vindas|admiss[aã]o)'),
      word('(?:подъ[её]мные|приветственный бонус|бонус за (?:выход|трудоустройство))'),
      word('bonasi ya kujiunga|joining bonus'),
      'जॉइनिंग बोनस|ज्वाइनिंग बोनस|জয়েনিং বোনাস|ජොයිනින් බෝනස්|ជើងសារចូលធ្វើការ',
    ]),
  },
  {
    group: 'commission',
    weight: 0.12,
    re: anyOf([
      word('commissions?|kpi bonus|performance bonus|incentives?'),
      '提成|高提成|佣金|绩效奖金|績效獎金|底薪\\+',
      `(?<![\\p{L}])(?:hoa hồng|thưởng kpi|thưởng doanh số)`,
      word('hoa hong|thuong kpi|thuong doanh so'),
      word('komisi|insentif'),
      'คอมมิชชั่น|ค่าคอม|อินเซนทีฟ',
      '인센티브|커미션|수당|성과급',
      'インセンティブ|歩合|成果報酬',
      '奖金|獎金|分红|分紅|业绩奖|業績獎',
      word('komisen|komisyon|insentif'),
      word(
        'comisi[oó]n|comisiones|comiss[aã]o|comiss[oõ]es|bono por (?:desempe[nñ]o|metas|productividad)|incentivos?|b[oô]nus por (?:meta|desempenho)|premia[cç][aã]o',
      ),
      word('процент(?:ы)? от (?:продаж|сделок)|комиссионн\\p{L}*|бонус\\p{L}*|преми[ия]|премиальн\\p{L}*'),
      word('kamisheni|komisheni|bonasi|marupurupu'),
      'कमीशन|कमिशन|कमिसन|इंसेंटिव|इन्सेन्टिभ|बोनस|কমিশন|ইনসেনটিভ|ইনসেন্টিভ|বোনাস|කොමිස්|කොමිෂන්|දිරිදීමනා|බෝනස්|ኮሚሽን|ቦነስ|ማበረታቻ',
      'កម្រៃជើងសារ|ប្រាក់រង្វាន់|ប្រាក់បន្ថែម|ကော်မရှင်|ဘောနပ်စ်|ဆုကြေး|ຄ່າຄອມ|ຄອມມິດຊັ່ນ|ໂບນັດ|ເງິນລາງວັນ',
    ]),
  },
];

function detectCommissionBonus(text: string): SignalHit | null {
  const r = runCues(text, BONUS_CUES);
  if (!r.spans.length) return null;
  // Commission on a customer-service/typing role is the red flag; on a sales role it's normal.
  const cs = hasGenericRole(text);
  const g = r.groups;
  if (g.has('commission') && cs) g.set('commission', 0.3);
  if (g.has('sign_on') && cs) g.set('sign_on', 0.4);
  const hit = makeHit('commission_bonus', cueStrength(r), r.spans);
  // A plain "bonus" or "incentives" is in most sales ads: context, not a red flag. So are
  // commission on a phone or chat support job at home (客服+提成) and a salary advance at home
  // (普工可借支), and a sign-on bonus for a factory or trade job at home (普工入职奖励3000): red
  // flags only abroad. On the compound's own roles (support, typing) a sign-on bonus stays one.
  const everydayOnly = !g.has('debt_advance') && !(g.has('sign_on') && cs);
  if (hit && (hit.strength < 0.3 || (everydayOnly && !pointsAbroad(text)))) hit.context = true;
  return hit;
}

export const commissionBonus = defineSignal({
  id: 'commission_bonus',
  label: 'Bonus, commission, salary advance or debt payoff on a basic job',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectCommissionBonus,
});
