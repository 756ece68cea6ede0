/**
 * referral_recruiters: referral/introducer payments and "recruiters also wanted".
 * Employee-referral bonuses in BPO and factory ads are common (介绍老乡入职奖励, refer a friend),
 * so that form is weak; so is a brokerage commission in a sales job (ค่านายหน้า), and an
 * agency's "no introduction fee" (소개비 없음, 紹介料無料) is not a payment at all.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOfNormalised } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { ZH_FEE_DENIED } from './passport-or-fee.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'recruiters',
    weight: 0.55,
    re: anyOfNormalised([
      // en ("agents wanted" alone is a genuine call-centre title, so only recruiting agents count)
      word(
        "recruiters? (?:also )?(?:wanted|needed)|(?:recruitment agents?|sub-?agents?|referral agents?|introducers?) (?:also )?(?:wanted|needed)|agents? also wanted|introducer(?:'s)? (?:fee|commission)|bring (?:your )?friends? (?:and|to) (?:earn|get)|earn (?:\\S+ )?(?:per|for each) (?:person|recruit|referral|head)|per head commission",
      ),
      word(
        '(?:get paid|earn|commission) for (?:every|each) (?:person|friend|recruit) (?:you )?(?:bring|refer|recruit|invite)|invite (?:your )?friends (?:and|to) (?:earn|get paid)',
      ),
      // zh, zh-Hant (the fee words "介绍费", "人头费" are a cue of their own below)
      '带人(?:过来|出国|来)(?:奖励|有奖|提成|给)|帶人(?:過來|出國|來)(?:獎勵|有獎|提成|給)|人头奖励|人頭獎勵|拉人(?:奖励|獎勵|提成)|每(?:拉|带|帶)一(?:人|个|個)|带人有(?:提成|奖励)|帶人有(?:提成|獎勵)',
      // vi
      `(?<![\\p{L}])(?:hoa hồng giới thiệu|giới thiệu (?:được|nhận) (?:\\d|tiền|hoa hồng)|tiền giới thiệu|giới thiệu (?:người|bạn bè) (?:đi|sang)|rủ (?:bạn|người) (?:đi|sang) (?:cùng )?(?:được|nhận) (?:thưởng|tiền|\\d)|giới thiệu 1 người (?:được|nhận))`,
      word('hoa hong gioi thieu|gioi thieu (?:duoc|nhan) (?:\\d|tien|hoa hong)|tien gioi thieu'),
      // id / ms
      word(
        '(?:komisi|bonus|fee) (?:per )?(?:rekrut|perekrut|mengajak|ajak teman)|ajak teman (?:dapat|dapatkan|bonus)|dicari (?:juga )?perekrut|(?:bawa|ajak) (?:teman|kawan|orang) (?:dapat|dapet|dibayar|bonus|komisi)|(?:komisi|fee) (?:per|setiap|tiap|untuk setiap) (?:orang|kepala|rekrut)|ejen pengambilan (?:dikehendaki|diperlukan)',
      ),
      // tl
      word(
        'may (?:bayad|komisyon) (?:sa|kada) (?:referral|ma-?recruit)|(?:may )?(?:komisyon|bayad|bonus) (?:sa bawat|kada|per) (?:ma-?refer|ma-?recruit|isasama|madadala|tao|ulo)|(?:magdala|isama|mag-?invite) (?:ng )?(?:kaibigan|kakilala|tao),? (?:may|at) (?:bonus|komisyon|bayad)',
      ),
      // th
      'ค่าแนะนำ|ค่าหัวคิว|ค่านายหน้า(?:หาคน|\\s?(?:หัวละ|ต่อหัว|คนละ))|ชวนเพื่อน(?:มาทำงาน)?(?:ได้|รับ)|แนะนำเพื่อน(?:มาทำงาน)?(?:ได้เงิน|รับเงิน|ได้ค่า)|หาคนมาทำงาน(?:ได้|รับ)|(?:ได้|จ่าย)หัวละ',
      // km, my, lo
      'កម្រៃ(?:ជើងសា)?\\s?(?:ក្នុង|សម្រាប់)\\s?(?:ម្នាក់|មនុស្សម្នាក់)|ណែនាំ(?:មិត្តភក្តិ|មិត្ត|គេ|មនុស្ស)(?:មកធ្វើការ)?\\s?(?:ទទួលបាន|បាន)(?:ប្រាក់|លុយ|កម្រៃ)|កម្រៃណែនាំ',
      'လူ(?:ခေါ်|ရှာ)(?:ပေး)?(?:ရင်|လျှင်)\\s?(?:ပွဲခ|ကော်မရှင်|ဘောနပ်စ်|ငွေ)|လူညွှန်းခ|ပွဲခ\\s?(?:ပေးမည်|ရမည်)|(?:သူငယ်ချင်း|မိတ်ဆွေ)\\s?(?:ခေါ်လာ|ညွှန်း)(?:ရင်|လျှင်)|တစ်ယောက်(?:ကို|လျှင်)\\s?(?:ကော်မရှင်|ပွဲခ)',
      'ຄ່ານາຍໜ້າ(?:ຫາຄົນ|\\s?(?:ຫົວລະ|ຕໍ່ຫົວ|ຄົນລະ))|(?:ແນະນຳ|ຊວນ)ໝູ່(?:ມາເຮັດວຽກ)?(?:ໄດ້|ຮັບ)(?:ເງິນ|ຄ່າ)|ຄ່າແນະນຳ|ໄດ້ຫົວລະ',
      // ko / ja
      '소개비(?!\\s?(?:없|무료|X|x|안\\s?받|받지|0원|일체))|추천\\s?수당|모집책|리크루터\\s?모집|(?:지인|친구|사람)\\s?(?:데려오|데리고\\s?오|모아오)면|1\\s?명당\\s?(?:\\d|수당|소개비)|모집\\s?수당|모집인\\s?(?:구함|모집)',
      '募集担当者|紹介料(?!は?(?:一切)?(?:無料|不要|かかりません|いただきません|なし|0円))|紹介報酬|紹介ボーナス|紹介するだけで|リクルーター募集|紹介者(?:に|へ)?(?:報酬|謝礼)|紹介(?:1人|一人)につき|友(?:達|人)を紹介(?:して|したら|すると|するだけで)(?:報酬|\\d|万円)|紹介して(?:くれたら|いただければ)(?:報酬|\\d)',
      // hi
      word(
        '(?:हर|प्रति) (?:व्यक्ति|आदमी|जॉइनिंग|ज्वाइनिंग|भर्ती) (?:पर )?कमीशन|कमीशन (?:हर|प्रति) (?:व्यक्ति|जॉइनिंग)|(?:दोस्तों|लोगों) को (?:लाओ|लाएं|जोड़ो|जोड़ें) (?:और )?(?:कमाओ|कमाएं|पैसे)|भर्ती करने वाले (?:भी )?चाहिए',
      ),
      word(
        '(?:har|per) (?:joining|banda|person|aadmi) (?:pe |par )?commission|commission (?:per|har) joining|(?:dost|doston|logon) ko (?:lao|jodo) (?:aur )?(?:kamao|paise)',
      ),
      // bn, ne, si
      word('(?:প্রতি জনে|প্রতিজন|প্রতি লোকে) কমিশন|লোক (?:দিলে|আনলে) (?:কমিশন|টাকা|বোনাস)|বন্ধু (?:আনলে|নিয়ে আসলে) (?:বোনাস|কমিশন|টাকা)'),
      word('(?:मान्छे|साथी) (?:ल्याए|ल्याउनुभए|ल्याएमा) (?:कमिसन|कमिशन|पैसा|बोनस)|प्रति व्यक्ति (?:कमिसन|कमिशन)'),
      '(?:යාළුවන්|මිතුරන්)\\s?(?:ගෙනාවොත්|ගෙන ආවොත්|හඳුන්වා දුන්නොත්)|(?:කෙනෙකුට|එක් අයෙකුට)\\s?(?:කොමිස්|කොමිෂන්)|හඳුන්වා දීමේ (?:ගාස්තු|කොමිස්)',
      // es / pt / ru
      word(
        'gana(?:s|r)? (?:\\S+ ){0,3}por cada (?:persona|amigo|referido)|comisión por (?:cada )?(?:persona|referido|recluta)|trae a tus amigos y gana|se buscan reclutadores|buscamos reclutadores',
      ),
      word(
        'ganh(?:e|a|ar) (?:\\S+ ){0,3}por cada (?:pessoa|amigo|indicado)|comissão por (?:cada )?(?:pessoa|indicado|recrutado)|traga (?:seus )?amigos e ganhe|procuramos recrutadores',
      ),
      word(
        '(?:приведи|пригласи) (?:друга|друзей|знакомых) и (?:получи|заработай)|(?:оплата|бонус|вознаграждение|процент|платим) за каждого (?:приведённого|приведенного|приглашённого|приглашенного|нового человека)',
      ),
      // sw, am
      word(
        '(?:lete|leta) (?:rafiki|marafiki|watu) (?:upate|ulipwe|na upate)|kamisheni (?:kwa )?kila mtu|kwa kila mtu (?:utakayemleta|unayemleta)|ukileta (?:watu|marafiki)|tunatafuta mawakala wa kuajiri',
      ),
      '(?:ሰው|ጓደኛ)\\s?(?:ካመጡ|ካመጣህ|ካመጣሽ|ይዘው ቢመጡ|ብታመጡ)|(?:ለእያንዳንዱ|በእያንዳንዱ)\\s?ሰው\\s?(?:ኮሚሽን|ክፍያ)|ደላሎች\\s?(?:ይፈለጋሉ|እንፈልጋለን)',
    ]),
  },
  {
    // zh, zh-Hant: not where the ad says it charges no such fee ("从不收取任何押金、介绍费").
    group: 'recruiters',
    weight: 0.55,
    re: anyOfNormalised(['介绍费|介紹費|推荐费|推薦費|人头费|人頭費|拉人头|拉人頭|招代理|诚招代理|誠招代理|介绍一人|介紹一人|推荐一人|推薦一人']),
    skipNear: ZH_FEE_DENIED,
  },
  {
    // Paid per person brought in: "一人につき10万円", "ganha US$ 300 por cada um que embarcar".
    group: 'recruiters',
    weight: 0.5,
    re: anyOfNormalised([
      word('(?:for|per) (?:each|every) (?:person|friend|recruit|worker|one) (?:you )?(?:bring|refer|recruit|send)|per (?:head|recruit)'),
      word(
        '(?:indicar|indica|indique) (?:um |uns |os |teus |seus )?amig[oa]s?[^.!?\\n]{0,40}(?:ganha|recebe|paga)|por cada (?:um|uma|pessoa|amig[oa]) que (?:embarcar|for|entrar|viajar)|por cada (?:persona|amig[oa]) que (?:traigas|lleves|recomiendes)',
      ),
      '(?:友達|友人|知り合い)(?:を)?紹介(?:してくれたら|すれば|したら)|一人(?:につき|あたり)\\s?\\d',
      'එක්කෙනෙක් දැම්මොත්|යාළුවෙක්ව (?:හරි )?(?:දාන්න|එක්කන් එන්න)',
      'တစ်ယောက်\\s?ခေါ်ပေးရင်|လူ\\s?ခေါ်ပေးရင်',
    ]),
  },
  {
    group: 'referral_bonus',
    weight: 0.15,
    re: anyOfNormalised([
      word('referral (?:fee|bonus|commission|incentive|reward)s?|refer a friend|refer (?:and|&) earn'),
      word('bonus referral|thưởng giới thiệu|bonus (?:ajak|rekomendasi) teman|bono por referido|bônus por indicação|indique (?:um )?amigos?'),
      '(?:介绍|介紹|推荐|推薦)(?:朋友|老乡|老鄉|亲戚|親戚)(?:入职|入職|过来|過來|来|來)?(?:有)?(?:奖励|獎勵|有奖|有獎)|内推奖励|內推獎金|推薦獎金',
      '(?:지인|친구)\\s?(?:추천|소개)\\s?시\\s?(?:수당|보너스|인센티브)|추천\\s?보너스',
      word('реферальн[а-яё]{2,3} (?:программ[а-яё]{1,2}|бонус[а-яё]{0,2})'),
    ]),
  },
];

function detectReferralRecruiters(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('referral_recruiters', cueStrength(r), r.spans);
}

export const referralRecruiters = defineSignal({
  id: 'referral_recruiters',
  label: 'Pays you to recruit friends or other people',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectReferralRecruiters,
});
