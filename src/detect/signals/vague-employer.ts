/**
 * vague_employer: no company name, "foreign company", "Chinese company/boss", "confidential".
 * Recruitment agencies also hide client names in genuine ads, so this stays moderate.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { pointsAbroad } from './abroad.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'chinese',
    weight: 0.5,
    re: anyOf([
      word('(?:a |an )?chinese(?:-owned| owned)? (?:company|companies|boss|employer|firm|investor|owner)|chinese boss'),
      '中资公司|中資公司|中国公司|中國公司|中国老板|中國老闆|华人公司|華人公司|华人老板|華人老闆|中资企业|中資企業|华人企业|華人企業|大型中资|大型中資',
      `(?<![\\p{L}])(?:công ty (?:của )?(?:người )?trung quốc|sếp trung quốc|chủ trung quốc|công ty tq|sếp tq)`,
      word('cong ty (?:cua )?(?:nguoi )?trung quoc|sep (?:trung quoc|tq)|cong ty tq'),
      word('perusahaan (?:china|cina|tiongkok)|bos (?:china|cina)|syarikat (?:cina|china)|bos cina'),
      word('chinese (?:na )?(?:kumpanya|amo)|intsik na amo'),
      word('(?:empresa|compa[nñ][ií]a) china|(?:jefe|patr[oó]n|due[nñ]o) chino|empresa chinesa|(?:patr[aã]o|chefe|dono) chin[eê]s'),
      word('китайск\\p{L}* (?:компани\\p{L}*|работодател\\p{L}*|руководств\\p{L}*|начальник\\p{L}*|босс\\p{L}*)'),
      word('kampuni ya (?:kichina|china|wachina)|bosi (?:wa )?(?:kichina|mchina)'),
      'चीनी कंपनी|चाइनीज़ कंपनी|चाइनीज कंपनी|चिनियाँ कम्पनी|चाइनिज कम्पनी|চীনা কোম্পানি|চাইনিজ কোম্পানি|චීන සමාගම|የቻይና ኩባንያ|የቻይና ድርጅት|ቻይናዊ አሰሪ',
      'ក្រុមហ៊ុនចិន|ថៅកែចិន|တရုတ်ကုမ္ပဏီ|တရုတ်သူဌေး|ບໍລິສັດຈີນ|ນາຍຈ້າງຈີນ|ເຖົ້າແກ່ຈີນ',
      'บริษัทจีน|นายจ้างจีน|เถ้าแก่จีน|เจ้านายจีน|บอสจีน|บริษัทคนจีน',
      '중국\\s?회사|중국계\\s?(?:회사|기업)|중국인\\s?(?:사장|대표)',
      '中国系企業|中国企業|中国人(?:社長|オーナー)',
    ]),
  },
  {
    // "公司直招" (hired by the company itself, no agency) is everyday wording in Chinese ads at
    // home; a job abroad that names no company but "the company" is vague.
    group: 'direct',
    weight: 0.35,
    re: anyOf(['公司直招|公司直聘']),
  },
  {
    group: 'foreign',
    weight: 0.35,
    re: anyOf([
      word('(?:a |an )?(?:foreign|overseas|offshore) (?:company|companies|employer|firm|boss)|(?:big|large) (?:foreign|overseas) company'),
      '外国公司|外國公司|境外公司|海外公司|国外公司|國外公司|海外直招|境外直招',
      `(?<![\\p{L}])(?:công ty nước ngoài|doanh nghiệp nước ngoài|sếp nước ngoài|công ty bên (?:campuchia|cam|lào|myanmar))`,
      word('perusahaan asing|perusahaan luar negeri|syarikat asing'),
      'บริษัทต่างชาติ|บริษัทต่างประเทศ|นายจ้างต่างชาติ',
      '해외\\s?회사|해외 업체',
      '海外企業|海外の会社',
      word('dayuhang kumpanya|foreign na kumpanya'),
      word('cong ty nuoc ngoai|sep nuoc ngoai'),
      word(
        'empresa (?:extranjera|estrangeira)|(?:компани\\p{L}*|работодател\\p{L}*) за рубежом|(?:иностранн|зарубежн)\\p{L}* (?:компани\\p{L}*|работодател\\p{L}*)',
      ),
      word('kampuni ya (?:kigeni|nje(?: ya nchi)?)|videshi company'),
      'विदेशी कंपनी|विदेशी कम्पनी|বিদেশি কোম্পানি|বিদেশী কোম্পানি|විදේශීය සමාගම|විදෙස් සමාගම|የውጭ (?:ሀገር )?ኩባንያ',
      'ក្រុមហ៊ុនបរទេស|နိုင်ငံခြားကုမ္ပဏီ|ບໍລິສັດຕ່າງປະເທດ|ບໍລິສັດຕ່າງຊາດ',
      '海外某公司|境外某公司|东南亚某公司|東南亞某公司|海外某集团|海外某集團',
    ]),
    // Genuine: "foreign-invested company" descriptions often name the company nearby.
    dampenNear:
      /(?:company name|công ty tnhh|pt\.? [A-Z]|co\.,? ?ltd|corporation|inc\.|gmbh|\bltd\b|有限公司|株式会社|\(주\)|주식회사|s\.a\.|ltda|(?<![\p{L}])(?:ООО|ЗАО|ПАО)(?![\p{L}])|plc)/iu,
    dampen: 0.5,
  },
  {
    group: 'hidden',
    weight: 0.4,
    re: anyOf([
      word(
        "(?:company|employer|client)(?:'s)? (?:name )?(?:is |will be )?(?:confidential|undisclosed|withheld|not disclosed|disclosed (?:later|upon|after|during))|confidential (?:company|employer|client)|company name (?:withheld|hidden|confidential)|(?:company|employer): ?(?:confidential|undisclosed|n\\/a)",
      ),
      '公司名(?:称|稱)?(?:保密|面谈|面談|不便透露)|保密公司|某(?:大型)?公司',
      `(?<![\\p{L}])(?:tên công ty (?:sẽ )?(?:được )?(?:bảo mật|giấu|cung cấp sau|tiết lộ sau)|công ty (?:giấu tên|bảo mật))`,
      word('nama perusahaan (?:dirahasiakan|rahasia|akan diinformasikan)|perusahaan (?:dirahasiakan|rahasia)'),
      'ไม่เปิดเผยชื่อบริษัท|ชื่อบริษัท(?:ไม่เปิดเผย|แจ้งภายหลัง)',
      '회사명\\s?(?:비공개|추후\\s?공개|면접\\s?시)|업체명\\s?(?:비공개|추후)|상호\\s?비공개',
      '社名(?:非公開|は面接時|は応募後)|企業名(?:非公開|は面接時)',
      '某知名(?:公司|企业|企業)|公司名(?:称|稱)?(?:面议|面議|保密)|(?:公司|企業|企业)(?:資料|资料)保密',
      word('ten cong ty (?:se )?(?:duoc )?(?:bao mat|cung cap sau)|cong ty (?:giau ten|bao mat)'),
      word('nama syarikat (?:dirahsiakan|rahsia|akan dimaklumkan)'),
      word(
        '(?:hindi (?:pa )?(?:pwedeng|puwedeng|pwede) (?:sabihin|i-?disclose)|confidential (?:ang|yung|pa ang)) (?:ang |yung )?(?:company|kumpanya|pangalan ng kumpanya)',
      ),
      word(
        'empresa (?:confidencial|sigilosa)|nombre de la empresa (?:confidencial|reservado|se (?:dar[aá]|informar[aá]))|nome da empresa (?:confidencial|em sigilo|ser[aá] (?:informado|divulgado))',
      ),
      word('название (?:компании )?(?:не разглашается|конфиденциально|сообщим (?:позже|на собеседовании))|компания не раскрывается'),
      word('jina la kampuni (?:ni siri|litatolewa baadaye|halitajwi)|company ka naam (?:baad mein|gupt|confidential)'),
      'कंपनी का नाम (?:गोपनीय|बाद में|गुप्त)|कम्पनीको नाम (?:गोप्य|पछि)|কোম্পানির নাম (?:গোপন|পরে জানানো)|සමාගමේ නම (?:රහසිගත|පසුව)|የድርጅቱ ስም (?:በሚስጥር|ሚስጥር)|የኩባንያው ስም (?:በሚስጥር|ሚስጥር)',
      'ឈ្មោះក្រុមហ៊ុន(?:សម្ងាត់|មិនបញ្ចេញ|នឹងប្រាប់ពេលក្រោយ)|ကုမ္ပဏီအမည်\\s?(?:မဖော်ပြ|လျှို့ဝှက်)|ບໍ່ເປີດເຜີຍຊື່ບໍລິສັດ|ຊື່ບໍລິສັດ(?:ບໍ່ເປີດເຜີຍ|ແຈ້ງພາຍຫຼັງ)',
    ]),
  },
];

function detectVagueEmployer(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  const hit = makeHit('vague_employer', cueStrength(r), r.spans);
  if (hit && r.groups.size === 1 && r.groups.has('direct') && !pointsAbroad(text)) hit.context = true;
  return hit;
}

export const vagueEmployer = defineSignal({
  id: 'vague_employer',
  label: 'Employer not named ("foreign company", "confidential")',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectVagueEmployer,
});
