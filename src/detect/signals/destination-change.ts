/**
 * destination_change: the place of work is withheld until arrival, or the offer says the worker
 * will be moved on from where they land ("interview in Dubai, then our Asia branch", "work
 * location told after arrival"): red flag 9 of red-flags.md ("company in Malaysia" → Myanmar,
 * "restaurant in Thailand" → Cambodia). Genuine employers name the site; a transfer to a named
 * branch after training is common in genuine ads, so a transfer alone is weaker than a withheld
 * destination.
 */
import type { SignalHit } from '../../shared/types.ts';
import { type Cue, cueStrength, makeHit, runCues } from './cues.ts';
import type { CountryCode } from '../salary-norms.ts';
import { countryMentions } from './destination.ts';
import { anyOf, findAll, type Match, word } from './pattern.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'withheld',
    weight: 0.6,
    re: anyOf([
      word(
        '(?:(?:exact |actual |work(?:ing)? |job )?(?:location|destination|country|workplace|place of work)) (?:will be |is |to be )?(?:disclosed|revealed|told|given|informed|shared|announced|confirmed|advised) (?:to you )?(?:later|after (?:arrival|you arrive|arriving|landing|the interview)|upon arrival|on arrival|once you arrive|when you arrive)|(?:location|destination|country) (?:is )?(?:confidential|secret|not disclosed|undisclosed)|(?:we will|will) (?:tell|inform) you (?:the )?(?:location|country|destination) (?:later|when you arrive|after you arrive)',
      ),
      '工作地[点點](?:到了|到达|到達|入职|入職|抵达|抵達)?(?:以)?后?再?(?:告知|通知|说|說|安排)|(?:具体|具體)(?:工作)?地[点點](?:保密|面[议議]|入职后告知|入職後告知|到了再说|到了再說)|地[点點]保密|先(?:到|去|飞|飛)[\\p{Script=Han}]{1,6}(?:面试|面試|培训|培訓)?(?:，|,)?(?:再|然后|然後|之后|之後)(?:转|轉|去|送|飞|飛)(?:到|往)?[\\p{Script=Han}]{1,6}(?:分公司|公司|园区|園區|工作)',
      `(?<![\\p{L}])(?:địa điểm làm việc (?:sẽ )?(?:được )?(?:thông báo|báo|cho biết) (?:sau|khi (?:sang|đến|tới) nơi)|sang [\\p{L}]{2,12}(?: [\\p{L}]{2,12})? (?:rồi|sau đó) (?:chuyển|qua|đi) (?:sang|qua|tới) (?:chi nhánh|công ty))`,
      word('dia diem lam viec (?:se )?(?:thong bao|bao) sau'),
      word(
        'lokasi (?:kerja|penempatan) (?:akan )?(?:diinformasikan|diberitahu(?:kan)?|dikabari) (?:kemudian|nanti|setelah (?:tiba|sampai|interview))|(?:kemudian|lalu|setelah itu|nanti) (?:akan )?(?:dipindahkan|dikirim|diberangkatkan|dipindah) ke (?:cabang|kantor|perusahaan) (?:di|kami)',
      ),
      'สถานที่ทำงาน(?:จะ)?(?:แจ้ง|บอก)(?:ให้ทราบ)?(?:ภายหลัง|ทีหลัง|เมื่อไปถึง)|(?:แล้ว|จากนั้น)(?:ค่อย)?(?:ย้าย|ส่ง)(?:ตัว)?(?:ไป)?(?:ทำงาน)?(?:ที่)?สาขา',
      word(
        '(?:ililipat|ipapadala|dadalhin) (?:ka )?(?:sa|papunta sa) (?:branch|opisina|kumpanya)|(?:sasabihin|ibibigay) (?:na lang |namin )?(?:ang )?(?:location|lugar) (?:pagdating|pag dating|mamaya)',
      ),
      '근무지(?:는|가)?\\s?(?:입국|도착|출국)\\s?(?:후|뒤)(?:에)?\\s?(?:안내|공지|통보|알려)|(?:먼저|우선)\\s?[가-힣A-Za-z]{1,10}(?:에서|로)\\s?(?:면접|교육)\\s?(?:후|뒤|받고)\\s?[가-힣A-Za-z]{1,10}(?:로|으로)\\s?(?:이동|파견|발령)',
      '勤務地(?:は|が)?(?:到着後|現地|後日|入社後|渡航後)(?:に)?(?:お知らせ|連絡|案内|決定|伝え)|(?:その後|のち)(?:、)?[\\p{Script=Han}\\p{Script=Katakana}]{1,10}(?:の支社|の拠点|の事務所)?(?:へ|に)?(?:移動|異動|転勤|移籍)',
      word(
        '(?:la )?(?:ubicación|lugar de trabajo|destino|ciudad) (?:exact[oa] )?(?:se (?:te )?(?:informará|dará|comunicará|dirá)|será (?:informad[oa]|comunicad[oa]|revelad[oa])) (?:después|al llegar|más tarde|a tu llegada)|(?:luego|después) (?:serás|será|te) (?:trasladad[oa]|enviad[oa]|mandamos|llevamos) a (?:la |nuestra )?(?:sucursal|oficina|sede)',
      ),
      word(
        '(?:o )?(?:local de trabalho|destino|cidade) (?:exato )?(?:será )?(?:informado|divulgado|revelado|passado) (?:depois|ao chegar|mais tarde|na chegada)|(?:depois|em seguida) (?:você )?(?:será|vai ser) (?:transferid[oa]|enviad[oa]|levad[oa]) para (?:a |nossa )?(?:filial|unidade|escritório|sede)',
      ),
      word(
        'место работы (?:сообщим|будет сообщено|уточним|назовём|назовем) (?:позже|по прибытии|на месте)|(?:затем|потом|после этого) (?:вас )?(?:переведут|отправят|перевезут) в (?:филиал|офис|другую страну)',
      ),
      word('lokasi (?:kerja|tempat kerja) (?:akan )?(?:dimaklumkan|diberitahu) (?:kemudian|selepas (?:tiba|sampai)|bila sampai)'),
      'ទីតាំង(?:ការងារ|កន្លែងការងារ)\\s?(?:នឹង)?(?:ប្រាប់|ជូនដំណឹង)(?:នៅ)?(?:ពេលមកដល់|ក្រោយពេលមកដល់|ពេលក្រោយ)',
      'အလုပ်(?:လုပ်ရမယ့်)?\\s?နေရာ(?:ကို)?\\s?(?:ရောက်မှ|ရောက်ရင်|ရောက်ပြီးမှ)\\s?(?:ပြောပြ|အသိပေး)',
      'ສະຖານທີ່ເຮັດວຽກ(?:ຈະ)?(?:ແຈ້ງ|ບອກ)(?:ໃຫ້ຮູ້)?(?:ພາຍຫຼັງ|ເມື່ອໄປຮອດ)',
      word('কাজের (?:জায়গা|স্থান) (?:পৌঁছানোর|পৌঁছে|যাওয়ার) পর (?:জানানো|বলা) হবে'),
      word('कामको (?:ठाउँ|स्थान) (?:पुगेपछि|पुगेर) (?:भनिनेछ|थाहा दिइनेछ|बताइनेछ)'),
      'රැකියා\\s?ස්ථානය\\s(?:පැමිණි|ගිය|ළඟා වූ)\\sපසු\\s(?:දැනුම් දෙනු|කියනු)',
      word('mahali pa kazi (?:patatajwa|tutakuambia|utaambiwa) (?:ukifika|baadaye|utakapofika)'),
      'የ(?:ስራ|ሥራ) ቦታው? (?:ሲደርሱ|ከደረሱ በኋላ) (?:ይነገራል|ይገለጻል|እናሳውቃለን)',
      word(
        '(?:काम की जगह|कार्यस्थल|लोकेशन) (?:बाद में|पहुंचने पर|पहुँचने पर) (?:बताई|बताया) जाएग(?:ी|ा)|(?:फिर|उसके बाद) (?:आपको )?(?:दूसरी )?(?:ब्रांच|शाखा|कंपनी) (?:में )?(?:भेजा|ट्रांसफर किया) जाएग(?:ा|ी)',
      ),
    ]),
  },
  {
    group: 'moved_on',
    weight: 0.45,
    re: anyOf([
      word(
        '(?:interview|training|orientation) (?:is )?(?:in|at) [A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:and )?(?:then|after which|afterwards) (?:you will )?(?:be )?(?:transferred|moved|sent|brought|deployed|relocated) to|(?:first|initially) (?:to |in )?(?:dubai|bangkok|hong kong|kuala lumpur|ho chi minh|manila)[^.\\n]{0,40}(?:then|after that|later) (?:to |moved to |transferred to )?(?:our )?(?:asia|southeast asia|other|another|partner) (?:branch|office|company|country)',
      ),
      word(
        'kemudian (?:akan )?dipindahkan ke cawangan (?:kami )?(?:di )?(?:negara lain|luar negara)|kisha (?:utahamishiwa|utapelekwa) (?:kwenye )?tawi (?:letu|jingine)(?: nchi nyingine)?',
      ),
      word('(?:তারপর|এরপর) (?:আপনাকে )?অন্য (?:শাখায়|দেশে) পাঠানো হবে|(?:त्यसपछि|अनि) (?:तपाईंलाई )?अर्को (?:शाखामा|देशमा) पठाइनेछ'),
      'បន្ទាប់មក(?:នឹង)?(?:ផ្ទេរ|បញ្ជូន)(?:អ្នក)?ទៅ(?:សាខា|ក្រុមហ៊ុន)ផ្សេង',
      '(?:ပြီးရင်|ပြီးနောက်)\\s?(?:တခြား|အခြား)\\s?(?:ဆိုင်ခွဲ|ရုံးခွဲ|နိုင်ငံ)(?:ကို)?\\s?(?:ပြောင်း)?ပို့',
      'ຈາກນັ້ນ(?:ຈະ)?(?:ຍ້າຍ|ສົ່ງ)(?:ໄປ)?(?:ສາຂາ|ບໍລິສັດ)ອື່ນ',
      'ඉන්පසු\\s(?:වෙනත්|අනෙක්)\\s(?:ශාඛාවකට|රටකට)\\s(?:මාරු|යවනු)',
      'ከዚያም ወደ ሌላ (?:ቅርንጫፍ|ሀገር) (?:ይዛወራሉ|ትዛወራለህ|ይላካሉ)',
    ]),
  },
];

// Where recruiters first send people (the interview, the "office") before the compound.
const FIRST_STOPS: ReadonlySet<CountryCode> = new Set(['AE', 'MY', 'SG', 'VN', 'PH']);
const COMPOUND_REGION: ReadonlySet<CountryCode> = new Set(['KH', 'MM', 'LA', 'TH']);
// "Asia" named as the next stop by someone already abroad (Dubai → "our Asia branch").
const ASIA = anyOf([
  word('(?:south[- ]?east )?asia|ásia|asya|asia tenggara'),
  '东南亚|東南亞|亚洲|亞洲|東南アジア|アジア|동남아|아시아',
  '(?<![\\p{L}])(?:đông nam á|châu á|ази[яиюе]|юго-восточн\\p{L}* ази\\p{L}*)',
  'एशिया|এশিয়া|ආසියා|እስያ',
]);
// Being moved on: a transfer, a branch, being sent or taken on, in every language.
const MOVED = anyOf([
  word('transfer(?:red|s)?|moved? (?:on )?to|relocat\\w*|deploy(?:ed)?|branch(?:es)?|sen[dt] (?:you )?to|ita-?transfer|ililipat|lilipat'),
  '调|調|转|轉|分部|分公司|派往|派到|異動|転勤|支社|移動|이동|파견|발령|지사|지점',
  word(
    'chuyển|chi nhánh|dipindah\\p{L}*|ditempatkan|cabang|cawangan|ditransfer|traslad\\p{L}*|sucursal|filial|transferid[oa]|enviad[oa]|hamishi\\p{L}*|tawi|pelekwa',
  ),
  '(?<![\\p{L}])(?:перевод\\p{L}*|перевед\\p{L}*|перевест\\p{L}*|филиал\\p{L}*|отправ\\p{L}*)',
  'ย้าย|สาขา|ส่งตัว|ផ្ទេរ|បញ្ជូន|សាខា|ပို့|ရုံးခွဲ|ပြောင်း|ຍ້າຍ|ສາຂາ|ສົ່ງ',
  'भेज|ट्रांसफर|ब्रांच|शाखा|पठाइ|পাঠা|নিয়া যাবে|নিয়ে যাবে|শাখা|ট্রান্সফার|යව|මාරු|ශාඛා|ቅርንጫፍ|ይልክ|ይዛወ',
]);

const LIST_BETWEEN = /^\s?(?:[,、，;/&]|and |or |y |e |и )[^.!?。！？\n]{0,30}$/u;

/**
 * "Interview in Dubai, then the company sends you to its Thailand branch": a first stop named,
 * then a compound country (or "Asia") after it, and a word for being moved on. Read from the
 * countries the text names, so it holds in every language the destinations are known in.
 */
function firstStopThenCompound(text: string): Match[] | null {
  const { firsts } = countryMentions(text);
  let stop: Match | null = null;
  for (const c of FIRST_STOPS) {
    const m = firsts.get(c);
    if (m && (!stop || m.start < stop.start)) stop = m;
  }
  if (!stop) return null;
  const after = text.slice(stop.end);
  let next: Match | null = null;
  for (const c of COMPOUND_REGION) {
    const m = firsts.get(c);
    if (m && m.start > stop.start && (!next || m.start < next.start)) next = m;
  }
  if (!next) {
    const asia = findAll(after, ASIA, 1)[0];
    if (asia) next = { text: asia.text, start: asia.start + stop.end, end: asia.end + stop.end };
  }
  if (!next) return null;
  // "Offices in Dubai, Singapore and Bangkok": a list of places, not a journey.
  if (LIST_BETWEEN.test(text.slice(stop.end, next.start))) return null;
  const moved = findAll(after, MOVED, 1)[0];
  if (!moved) return null;
  return [stop, next, { text: moved.text, start: moved.start + stop.end, end: moved.end + stop.end }];
}

function detect(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  const chain = firstStopThenCompound(text);
  if (chain) {
    r.groups.set('moved_on', Math.max(r.groups.get('moved_on') ?? 0, 0.45));
    r.spans.push(...chain);
  }
  if (!r.spans.length) return null;
  return makeHit('destination_change', cueStrength(r), r.spans);
}

export const destinationChange = defineSignal({
  id: 'destination_change',
  label: 'Place of work withheld until arrival, or you are moved on from where you land',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect,
});
