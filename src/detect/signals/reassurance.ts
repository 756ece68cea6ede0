/**
 * reassurance: pre-emptive "100% legal", "not a scam", "not a black company", "safe, we
 * guarantee", "we don't keep your passport", "you can go home any time". Weak forms ("uy tín",
 * 正规公司 — reputable company) are common in small genuine ads and get low weight. Genuine ads
 * warn about scams ("beware of fraud") and talk about workplace safety (安全生产, an toàn lao
 * động); neither is a reassurance.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOfNormalised } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const WARNING_NOTICE =
  /beware|be careful|warning|avoid|cảnh giác|cảnh báo|coi chừng|谨防|謹防|警惕|提防|조심하세요|경고|注意喚起|ご注意|ระวัง|hati-hati|waspada|awas|осторожн|остерегайтесь/i;

/** "100%" in Latin, Khmer, Myanmar, Lao, Devanagari and Bengali digits. */
const P100 = '(?:100|១០០|၁၀၀|໑໐໐|१००|১০০)\\s?%';

const CUES: Cue[] = [
  {
    group: 'not_scam',
    weight: 0.55,
    re: anyOfNormalised([
      word(
        '(?:this is )?not (?:a )?(?:scam|scammer|fake|black company|illegal (?:job|work|company))|no scam|(?:100 ?%|hundred percent) (?:legal|legit|legitimate|safe|real|genuine|trusted)|legit (?:company|job|ito)|we are not (?:scammers?|a scam)|(?:your )?safety (?:is )?guaranteed|(?:we )?guarantee (?:your )?safety|safe and (?:legal|secure|legit)',
      ),
      word(
        "not (?:a )?(?:scam company|gambling|online gambling|call cent(?:er|re) scam)|we (?:do not|don't|never) (?:keep|hold|take) your passport|(?:you can|free to) (?:go home|leave|return home) (?:any ?time|whenever you want)",
      ),
      // zh, zh-Hant
      '绝对不是黑公司|絕對不是黑公司|不是黑公司|不是骗子|不是騙子|不是诈骗|不是詐騙|非诈骗|非詐騙|保证安全(?!生产|生產|运营|運營|操作|施工)|保證安全(?!生产|生產|运营|運營|操作|施工)|安全有保障|人身(?:安全|自由)(?:有保障|有保證|绝对有保障|絕對有保障|百分百)|绝对安全|絕對安全|百分百合法|100%合法|100%安全|不扣(?:押)?护照|不扣(?:押)?護照|来去自由|來去自由',
      '(?:工作|业务|業務|项目|項目)(?:绝对|絕對|完全|百分百)?合法(?!权益|權益|经营|經營|化|性|合规|合規)|不是骗局|不是騙局|不是传销|不是傳銷|非传销|非傳銷|不是电诈|不是電詐|不做(?:诈骗|詐騙|违法|違法|菠菜|博彩)|不是菠菜|不涉及(?:诈骗|詐騙|博彩|赌博|賭博|违法|違法)|绝对正规|絕對正規|绝对合法|絕對合法|可(?:以)?随时回国|可(?:以)?隨時回國|不限制人身自由|不是(?:做)?詐騙集團|不(?:扣|押|收)(?:证件|證件)|不(?:碰|涉|做)(?:黄赌毒|黃賭毒)|非(?:菠菜|博彩|赌博|賭博|电诈|電詐)',
      // vi
      `(?<![\\p{L}])(?:không (?:phải )?lừa đảo|không lừa đảo|100% (?:hợp pháp|an toàn|uy tín|thật)|cam kết (?:không lừa đảo|an toàn)|đảm bảo an toàn(?: 100%| tuyệt đối| cho (?:bạn|các bạn|anh chị))|không giữ hộ chiếu|đi về tự do)`,
      `(?<![\\p{L}])(?:không phải (?:việc )?(?:phi pháp|phạm pháp|cờ bạc|scam)|không bị giữ hộ chiếu|muốn về (?:lúc nào|khi nào) cũng được|tự do đi lại|không bán người)`,
      word('(?:khong|ko|k) (?:phai )?lua dao|100% (?:hop phap|an toan)|cam ket (?:khong lua dao|an toan)'),
      // id / ms
      word(
        'bukan penipuan|bukan (?:kerja )?(?:ilegal|scam|judi(?: online)?|judol|sindiket)|100 ?% (?:aman|resmi|legal|terpercaya|selamat)|dijamin (?:aman|selamat)|aman dan terpercaya|tidak menahan paspor',
      ),
      word('paspor tidak (?:ditahan|disimpan)|(?:bebas|bisa|boleh) pulang (?:kapan saja|bila-bila masa)|bukan kerja haram'),
      // th
      'ไม่หลอก|ไม่ใช่แก๊ง|ไม่ใช่งานผิดกฎหมาย|ปลอดภัย\\s?100|ถูกกฎหมาย\\s?100|ไม่ยึดพาสปอร์ต|ไม่ใช่คอลเซ็นเตอร์',
      'ไม่ใช่(?:งานหลอก|มิจฉาชีพ|งานสีเทา|พนัน|งานพนัน)|ไม่ยึดหนังสือเดินทาง|อยากกลับ(?:บ้าน)?(?:ก็)?กลับได้|กลับบ้านได้ตลอด',
      // km
      `មិន(?:មែន)?(?:ជា)?(?:ការ)?បោកប្រាស់|ស្របច្បាប់\\s?${P100}|សុវត្ថិភាព\\s?${P100}|ធានាសុវត្ថិភាព|មិន(?:រឹបអូស|យក|កាន់)លិខិតឆ្លងដែន|មិនមែនការងារខុសច្បាប់`,
      // my
      `လိမ်(?:လည်မှု|တာ)?\\s?မဟုတ်|မလိမ်(?:ပါ)?|တရားဝင်\\s?${P100}|လုံခြုံမှု\\s?(?:အာမခံ|${P100})|ပတ်စပို့\\s?မသိမ်း|ဥပဒေနှင့်\\s?မဆန့်ကျင်`,
      // lo
      `ບໍ່(?:ແມ່ນ)?(?:ການ)?ຫຼອກລວງ|ບໍ່(?:ແມ່ນ)?(?:ການ)?ຫລອກລວງ|ຖືກກົດໝາຍ\\s?${P100}|ປອດໄພ\\s?${P100}|ຮັບປະກັນຄວາມປອດໄພ|ບໍ່ຍຶດ(?:ໜັງສືຜ່ານແດນ|ພາສະປອດ)`,
      // ko / ja
      '100%\\s?(?:안전|합법)|불법 아님|사기 아님|사기 아닙니다|절대 안전',
      '불법\\s?(?:아닙니다|아님|아닌)|보이스\\s?피싱\\s?(?:아님|아닙니다|아닌)|신변\\s?(?:보장|안전\\s?보장)|여권\\s?(?:압수|보관)\\s?(?:없음|안\\s?함|하지\\s?않)|언제든(?:지)?\\s?귀국\\s?(?:가능|할\\s?수\\s?있)|강압적으로\\s?(?:일을\\s?)?시키(?:지|거나)|강제로\\s?(?:일을\\s?)?시키지\\s?않|위험한\\s?일\\s?(?:아닙니다|아님)|위험하지\\s?않(?:습니다|아요|은 곳)',
      '徹底した個人情報保護|安全対策(?:万全|徹底)|詐欺ではありません|怪しい仕事ではありません|100%合法|完全合法',
      '違法(?:では|じゃ)(?:ありません|ない)|闇バイト(?:では|じゃ)(?:ありません|ない)|詐欺(?:じゃ|では)ない|身の安全(?:は)?保証|パスポート(?:は)?(?:預かりません|取り上げません)|いつでも帰国(?:可能|できます|OK)|100%安全|違法性(?:は)?(?:なし|ありません|ゼロ)',
      // tl
      word('hindi (?:po )?(?:ito )?scam|100 ?% legit|legit po'),
      word(
        '(?:di|hindi) (?:po )?(?:ito )?(?:illegal|scam)|walang scam|totoong trabaho po|(?:pwede|puwede) (?:kang )?umuwi (?:anytime|kahit kailan)|hindi (?:kukunin|kinukuha) ang passport',
      ),
      // hi
      word(
        `(?:कोई )?(?:धोखा|धोखाधड़ी|फ्रॉड|फ़्रॉड|स्कैम) नहीं|${P100} (?:सुरक्षित|कानूनी|असली|लीगल|जेन्युइन)|पूरी तरह (?:सुरक्षित|कानूनी)|सुरक्षा की (?:गारंटी|पूरी गारंटी)|पासपोर्ट नहीं (?:रखेंगे|रखा जाएगा|लेंगे)`,
      ),
      word(
        '(?:koi |ye |yeh )?(?:fraud|scam|dhokha) nahi(?: hai)?|(?:100 ?%|pura) (?:safe|genuine|legal) (?:hai|job)|passport nahi (?:rakhenge|lenge|rakha jayega)',
      ),
      // bn
      word(`(?:কোনো )?(?:প্রতারণা|ফ্রড|স্ক্যাম|ধোঁকা) (?:নয়|নেই|না)|(?:${P100}|শতভাগ) (?:নিরাপদ|বৈধ|আসল)|নিরাপত্তার (?:গ্যারান্টি|নিশ্চয়তা)|পাসপোর্ট রাখা হবে না`),
      // ne
      word(`ठगी (?:होइन|गरिँदैन|गरिदैन|छैन)|कुनै ठगी छैन|(?:${P100}|पूर्ण) (?:सुरक्षित|कानुनी|कानूनी)|सुरक्षाको (?:ग्यारेन्टी|ग्यारेण्टी)|राहदानी (?:राखिँदैन|राखिदैन)`),
      // si
      `වංචා(?:වක්)?\\s?(?:නොවේ|නැත|නැහැ|නෑ)|${P100}\\s?(?:ආරක්ෂිත(?:යි)?|නීත්යානුකූල(?:යි)?)|ආරක්ෂාව\\s?(?:සහතිකයි|සහතික කරනවා)|(?:ගමන් බලපත්රය|පාස්පෝට්) තබා ගන්නේ නැත`,
      // es / pt
      word(
        'no (?:es|somos) (?:una )?estafa(?:dores)?|(?:100 ?%|cien por ciento) (?:legal|seguro|real|confiable)|seguridad garantizada|no retenemos (?:tu|su) pasaporte|puedes regresar cuando quieras|nada de estafas',
      ),
      word(
        'não (?:é|somos) (?:golpe|golpistas|pirâmide)|(?:100 ?%|cem por cento) (?:seguro|legal|confiável|real)|segurança garantida|não ficamos com (?:o )?seu passaporte|pode voltar quando quiser',
      ),
      // ru
      word(
        '(?:это )?не (?:развод|мошенничество|мошенники|лохотрон|скам|обман)|(?:100 ?%|полностью) (?:легально|безопасно|законно)|(?:безопасность гарантируем|гарантия безопасности|гарантируем безопасность)|паспорт не (?:забираем|отбираем)',
      ),
      // sw
      word(
        '(?:hii )?(?:si|sio|siyo) (?:utapeli|matapeli)|(?:kazi )?halali (?:100 ?%|kabisa)|salama (?:100 ?%|kabisa)|usalama (?:umehakikishwa|unahakikishwa)|hatuchukui pasipoti',
      ),
      // am
      `ማጭበርበር\\s?(?:አይደለም|የለም)|${P100}\\s?(?:ህጋዊ|ሕጋዊ|አስተማማኝ)|(?:ህገ ወጥ|ሕገ ወጥ|ህገወጥ|ሕገወጥ)\\s?አይደለም|ፓስፖርት(?:ዎን)?\\s?(?:አንይዝም|አንወስድም)|ደህንነትዎ\\s?(?:የተረጋገጠ|ዋስትና)`,
    ]),
  },
  {
    // The other side of the same move (red-flags.md #16): the recruiter admits the work is not
    // legal ("grey industry, up to you") and reassures about safety or pay instead.
    group: 'admits_illegal',
    weight: 0.55,
    re: anyOfNormalised([
      word(
        "(?:this|it) (?:is not|isn't|is not exactly|isn't exactly) (?:a )?legal (?:job|work)|(?:a )?grey (?:area|industry|zone) (?:job|work)|(?:job|work) (?:is|in) (?:a )?grey (?:area|industry|zone)|(?:it's|it is|its) illegal but",
      ),
      `(?<![\\p{L}])(?:không phải là (?:một )?(?:công việc|việc làm|việc) hợp pháp|(?:việc|công việc) (?:phạm pháp|phi pháp) nhưng)`,
      '(?<!不做|不是|非|不涉及|拒绝|拒絕|远离|遠離)(?:灰产|灰產)|(?<!不做|不是|非|不涉及|拒绝|拒絕|远离|遠離)灰色(?:产业|產業|行业|行業|项目|項目|工作)|捞偏门|撈偏門|(?:虽然|雖然)(?:不合法|违法|違法)|(?:不合法|违法|違法)(?:但是|但)(?:安全|钱多|錢多|工资高|工資高|收入高)',
      '불법(?:이지만|인\\s?건\\s?(?:아시|알)|인\\s?거\\s?(?:아시|알))|합법(?:은|적인\\s?일은)\\s?아니지만',
      'グレーな(?:仕事|業務|案件)|グレーゾーンの(?:仕事|業務|案件)|違法(?:だけど|ですが|だが)',
      '(?<!ไม่ใช่)งานสีเทา',
      word('(?:pekerjaan|kerja|kerjaan) (?:abu-abu|abu abu)|bukan (?:pekerjaan|kerja) (?:legal|resmi) tapi|kerja haram tapi'),
      word('(?:серая|серую) (?:работа|работу|схема|схему|тема|тему)|не совсем (?:легально|законно|легальная)|нелегально,? но'),
    ]),
    // A notice that warns readers off such work is not an admission.
    skipNear: WARNING_NOTICE,
  },
  {
    group: 'reputable',
    weight: 0.15,
    re: anyOfNormalised([
      word('legit(?:imate)?|trusted company|reputable company'),
      '正规公司|正規公司|正规企业|正規企業|正规平台|正規平台|合法经营|合法經營|灰色(?!产业|產業|行业|行業|项目|項目|工作)|正派經營',
      `(?<![\\p{L}])(?:uy tín|công ty uy tín|chính chủ|hợp pháp)`,
      word('terpercaya|resmi dan legal|perusahaan resmi|syarikat sah|syarikat berdaftar'),
      'บริษัทมั่นคง|ถูกกฎหมาย|งานสุจริต',
      'ក្រុមហ៊ុនស្របច្បាប់',
      'တရားဝင်\\s?ကုမ္ပဏီ',
      'ບໍລິສັດຖືກກົດໝາຍ',
      '합법|안전한\\s?(?:일|업무)',
      '安心・安全|安全な(?:お)?仕事|合法',
      word(
        '(?:विश्वसनीय|भरोसेमंद|रजिस्टर्ड) कंपनी|বিশ্বস্ত প্রতিষ্ঠান|भरपर्दो कम्पनी|empresa (?:seria|confiable|legal)|empresa séria|надёжная компания|надежная компания|kampuni halali',
      ),
    ]),
  },
];

function detectReassurance(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('reassurance', cueStrength(r), r.spans, r.groups.has('admits_illegal') ? 'It admits the work is not legal' : undefined);
}

export const reassurance = defineSignal({
  id: 'reassurance',
  label: 'Insists it is "100% legal" or "not a scam"',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectReassurance,
});
