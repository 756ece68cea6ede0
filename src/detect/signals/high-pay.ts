/**
 * high_pay: pay far above what the role needs in the destination country.
 */
import type { PayComparison, SignalHit } from '../../shared/types.ts';
import { parseSalaries, formatMoney, type SalaryMention } from '../salary.ts';
import { COUNTRY_NAMES, CURRENCY_COUNTRY, PAY_NORMS_USD_MONTH, type CountryCode } from '../salary-norms.ts';
import { namesLegalWork, pointsAbroad, scriptHomes } from './abroad.ts';
import { detectDestinationCountry } from './destination.ts';
import { namesHub } from './scam-hub-location.ts';
import { hasGenericRole } from './generic-role.ts';
import { word, anyOf, findAll, WORD_START, type Match, asNormalised } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const SKILLED = anyOf([
  word(
    'engineer(?:ing)?|developer|programmer|software|devops|designer|ux|ui|qa|tester|architect|data scientist|data analyst|machine learning|accountant|auditor|lawyer|attorney|doctor|physician|nurse|pharmacist|dentist|manager|director|head of|lead|senior|principal|specialist|consultant|analyst|scientist|pilot|teacher|lecturer|professor|surgeon|chef',
  ),
  `(?<![\\p{L}])(?:kỹ sư|lập trình|trưởng phòng|trưởng nhóm|giám đốc|quản lý|kế toán|kiểm toán|chuyên viên|chuyên gia|bác sĩ|dược sĩ|luật sư|giáo viên|giảng viên|senior|leader)`,
  word('insinyur|pengembang|programmer|akuntan|manajer|kepala|dokter|apoteker|pengacara|guru|dosen'),
  '工程师|工程師|开发|開發|程序员|程序員|架构师|架構師|会计|會計|经理|經理|总监|總監|主管|医生|醫生|律师|律師|教师|教師|研究员|分析师|分析師',
  'วิศวกร|โปรแกรมเมอร์|นักพัฒนา|ผู้จัดการ|นักบัญชี|แพทย์|ทนาย|ครู|อาจารย์|นักวิเคราะห์|หัวหน้า',
  '개발자|엔지니어|프로그래머|매니저|팀장|회계사|의사|변호사|연구원|부장|과장',
  'エンジニア|開発者|プログラマー|マネージャー|会計士|医師|弁護士|研究員|部長|課長',
  word(
    'middle|ingenier[oa]|desarrollador(?:a)?|programador(?:a)?|gerente|director(?:a)?|contador(?:a)?|abogad[oa]|médic[oa]|enfermer[oa]|analista|arquitect[oa]|especialista|consultor(?:a)?|docente|engenheir[oa]|desenvolvedor(?:a)?|diretor(?:a)?|advogad[oa]|enfermeir[oa]|arquitet[oa]|professor(?:a)?',
  ),
  word('jurutera|pengurus|inhinyero|guro|mhandisi|meneja|mhasibu|daktari|mwalimu|msanidi'),
  `${WORD_START}(?:инженер|разработчик|программист|менеджер|руководител|директор|бухгалтер|юрист|врач|аналитик|архитектор|тимлид|ведущ|старш)`,
  asNormalised(word('इंजीनियर|इन्जिनियर|डेवलपर|प्रबंधक|मैनेजर|म्यानेजर|लेखाकार|डॉक्टर|चिकित्सक|शिक्षक')),
  asNormalised(word('ইঞ্জিনিয়ার|ডেভেলপার|ম্যানেজার|হিসাবরক্ষক|ডাক্তার|শিক্ষক')),
  word('ඉංජිනේරු|කළමනාකරු|ගණකාධිකාරී|වෛද්ය|ගුරු'),
  'መሐንዲስ|ኢንጂነር|ሥራ አስኪያጅ|ሂሳብ ሹም|ዶክተር|መምህር',
  'វិស្វករ|អ្នកគ្រប់គ្រង|គណនេយ្យករ|វេជ្ជបណ្ឌិត|គ្រូបង្រៀន',
  'အင်ဂျင်နီယာ|မန်နေဂျာ|စာရင်းကိုင်|ဆရာဝန်|ဆရာမ',
  asNormalised('ວິສະວະກອນ|ຜູ້ຈັດການ|ນັກບັນຊີ|ທ່ານໝໍ|ຄູສອນ'),
]);

const HIGH_PAY_TEXT = anyOf([
  word('high (?:salary|pay|income)|lucrative|earn (?:big|up to|as much as)|high[- ]paying|big (?:money|salary)|thousands of (?:us )?(?:dollars|usd)'),
  '高薪|高收入|高工资|高工資|高待遇|日赚|日賺|月入过万|月入過萬|(?:数千|數千|几千|幾千|上千)(?:美元|美金)',
  `(?<![\\p{L}])(?:lương cao|thu nhập cao|thu nhập khủng|lương khủng|lương hấp dẫn|(?:hàng|vài) (?:nghìn|ngàn) (?:usd|đô))`,
  '수천만\\s?원|억대\\s?(?:연봉|수입)',
  word('gaji (?:tinggi|besar|menarik|fantastis)|penghasilan (?:tinggi|besar)'),
  'รายได้ดี|รายได้สูง|เงินดี|เงินเดือนสูง|(?:เงินเดือน|รายได้)หลักแสน',
  '고수익|고소득|고액\\s?알바|고액',
  '高収入|高額(?:バイト|報酬)|高時給|儲かる(?:仕事|バイト)|がっつり稼げる',
  word('malaking (?:sahod|sweldo|kita|pera)|mataas na (?:sahod|sweldo)|malaki ang (?:sahod|sweldo|kita)'),
  word(
    '(?:alto|altos) (?:salario|sueldo|ingresos|salário|salários|ganhos)|(?:salario|sueldo|salário) (?:muy )?alto|ganancias altas|ganhos altos|dinero fácil|dinheiro fácil',
  ),
  `${WORD_START}(?:высок(?:ая|ой|ую) (?:зарплат|оплат)|высокий доход|высокооплачиваем)`,
  word('mshahara mkubwa|malipo makubwa|kipato kikubwa'),
  word('उच्च वेतन|हाई सैलरी|मोटी कमाई|मोटी सैलरी'),
  asNormalised(word('উচ্চ বেতন|মোটা বেতন|হাই স্যালারি')),
  word('ඉහළ වැටුප්?'),
  'ከፍተኛ ደመወዝ|ከፍተኛ ክፍያ|ደመወዝ ጥሩ|ጥሩ ደመወዝ',
  'လစာကောင်း',
  'ប្រាក់ខែខ្ពស់|ប្រាក់ចំណូលខ្ពស់',
  'လစာမြင့်|ဝင်ငွေကောင်း',
  'ເງິນເດືອນສູງ|ລາຍໄດ້ສູງ',
]);

// "N times the pay" ("gaji 3x ganda", "mshahara mara tano ya hapa", "lương gấp 3", "工资翻三倍"):
// a promise against the reader's own pay, a red flag at home too.
const PAY_MULTIPLIER = anyOf([
  word(
    '(?:[2-9]|10|two|three|four|five|ten|double|triple)\\s?(?:x|times) (?:the |your |local |normal |usual |what you earn)?(?:salary|pay|income|wages?)|(?:salary|pay|income|wages?) (?:is )?(?:[2-9]|10|two|three|four|five|ten)\\s?(?:x|times)|(?:double|triple) (?:your |the )?(?:salary|pay|income)',
  ),
  word(
    'gaji (?:[2-9]|dua|tiga|empat|lima|sepuluh)\\s?(?:x|kali) (?:ganda|lipat)|gaji berlipat(?: ganda)?|mshahara mara (?:mbili|tatu|nne|tano|kumi|[2-9])|sahod na (?:doble|triple)|(?:doble|triple) ang sahod',
  ),
  `(?<![\\p{L}])(?:lương|thu nhập) gấp (?:[2-9]|đôi|ba|bốn|năm|mười)(?![\\p{L}])`,
  '(?:工资|工資|收入|薪水|薪资|薪資)(?:是国内的|是國內的|比国内|比國內)?(?:翻倍|翻[两兩三四五十]倍|高?[两兩三四五十2-9]倍)',
  word(
    '(?:gana|ganar|gane) (?:el )?(?:doble|triple)|(?:[2-9]|dos|tres|cinco|diez) veces (?:m[aá]s|tu sueldo|el sueldo)|(?:ganhe|ganhar) (?:o )?(?:dobro|triplo)|(?:[2-9]|duas|tr[eê]s|cinco|dez) vezes (?:mais|o sal[aá]rio)',
  ),
  `${WORD_START}(?:в (?:[2-9]|два|три|пять|десять) раза? (?:больше|выше))`,
  '(?:वेतन|सैलरी|तनख्वाह|कमाई) (?:[2-9]|दो|तीन|पांच|पाँच|दस) गुना|(?:[2-9]|দুই|তিন|পাঁচ) গুণ (?:বেতন|আয়)|(?:বেতন|আয়) (?:[2-9]|দুই|তিন|পাঁচ) গুণ|වැටුප (?:[2-9]|දෙ|තුන්|පස්) ගුණයක්|(?:월급|급여|연봉)\\s?(?:[2-9]|두|세|다섯)\\s?배|(?:給料|収入)(?:が)?(?:[2-9２-９]|二|三|五)倍',
]);

// Figures that are not pay: registered capital, revenue, users, loans, prices.
const NOT_PAY_BEFORE = new RegExp(
  asNormalised(
    '(?:capital|revenue|turnover|sales of|valued? at|funding|raised|investment|assets|clients|customers|users|price|cost of|loan|fund|ทุนจดทะเบียน|ยอดขาย|รายได้บริษัท|vốn điều lệ|vốn|doanh thu|doanh số|giá|modal|omzet|pendapatan perusahaan|harga|' +
      '注册资本|註冊資本|营业额|營業額|营收|營收|融资|融資|资产|資產|资金|資金|基金|支出|累计|累計|投资|投資|估值|市值|销售额|銷售額|产值|產值|交易额|交易額|成交|價格|价格|자본금|매출|資本金|売上|' +
      'ventas|facturación|usuarios|usuários|inversión|investimento|faturamento|precio|preço|préstamo|empréstimo|' +
      'капитал|выручк|оборот|пользовател|инвестиц|цена|кредит|mtaji|uwekezaji|mkopo|पूंजी|निवेश|कीमत|ऋण|লোন|মূলধন|বিনিয়োগ|দাম|ප්රාග්ධන|ካፒታል|ዋጋ|ብድር|' +
      'ដើមទុន|តម្លៃ|အရင်းအနှီး|ဈေးနှုန်း|ທຶນ|ລາຄາ)[^\\n]{0,30}$',
  ),
  'iu',
);
// Counts, not pay: "100 mil clientes", "5 тысяч сотрудников", "2 lakh customers".
const NOT_PAY_AFTER = new RegExp(
  asNormalised(
    '^\\s?\\+?\\s?(?:de\\s)?(?:clients?|customers?|users?|employees?|staff|people|members|followers|subscribers|downloads|views|units|students|workers|' +
      'clientes|usuarios|usuários|empleados|funcionários|funcionarios|colaboradores|personas|pessoas|seguidores|alumnos|alunos|trabajadores|trabalhadores|' +
      'клиент|пользовател|сотрудник|человек|подписчик|wateja|watu|wafanyakazi|pelanggan|karyawan|pengguna|orang|khách hàng|nhân viên|người|' +
      'ग्राहक|कर्मचारी|लोग|उपयोगकर्ता|গ্রাহক|কর্মী|জন|ගනුදෙනුකරු|සේවක|ደንበኞች|ሰራተኞች|ሰዎች|អតិថិជន|បុគ្គលិក|ဖောက်သည်|ဝန်ထမ်း|ລູກຄ້າ|ພະນັກງານ|' +
      'ลูกค้า|พนักงาน|คน|名|人|位|员工|員工|用户|用戶|客户|客戶|명|人員)',
  ),
  'iu',
);
// "$7.1 million annually in research funding": an organisation's money, whatever its period.
const FUNDS_AFTER = /^\s?(?:in|of) (?:\w+ ){0,2}(?:funding|grants?|revenue|sales|investments?|assets|donations|contracts)\b/i;
const PAY_KEYWORD_BEFORE = new RegExp(
  asNormalised(
    '(?:salary|pay|wage|income|earn|compensation|package|gaji|upah|penghasilan|pendapatan|lương|thu nhập|薪|工资|工資|待遇|收入|月入|เงินเดือน|ค่าจ้าง|รายได้|급여|월급|연봉|수입|給与|給料|月給|月収|時給|年収|報酬|sahod|suweldo|sweldo|' +
      'salario|sueldo|salário|remuneração|remuneración|ingresos?|ganancias|ganhos|gana|ganhe|зарплат|з/п|зп|оклад|доход|заработ|mshahara|malipo|ujira|kipato|' +
      'वेतन|तनख्वाह|तनख़्वाह|सैलरी|तलब|कमाई|पारिश्रमिक|বেতন|স্যালারি|আয়|পারিশ্রমিক|වැටුප|ආදායම|ደመወዝ|ደሞዝ|ክፍያ|ገቢ|ប្រាក់ខែ|ប្រាក់ឈ្នួល|ប្រាក់ចំណូល|လစာ|လခ|ဝင်ငွေ|ເງິນເດືອນ|ຄ່າຈ້າງ|ລາຍໄດ້)[^\\n]{0,40}$',
  ),
  'iu',
);
const UP_TO_BEFORE =
  /(?:up ?to|upto|max(?:imum)?|lên (?:đến|tới)|tới|đến|hingga|sampai|最高|高达|高達|最多|สูงสุด|ถึง|최대|最大|hasta|até|до|hadi|mpaka|hanggang|अधिकतम|সর্বোচ্চ|እስከ|រហូតដល់|ເຖິງ)\s?[:：]?\s?$/iu;

interface Scored {
  m: SalaryMention;
  usd: number;
  ratio: number;
  /** Whose pay it was compared with (the destination's, or the readers' own). */
  normCountry: CountryCode;
}

// A fee just before the figure ("手数料は1500ドル", "processing fee: $300", "phí 500 đô"): what
// the worker pays, not what the job pays (passport_or_fee reads fees).
const FEE_BEFORE = new RegExp(
  asNormalised(
    '(?:(?<![\\p{L}])(?:fees?|charges?|deposit|phí|lệ phí|biaya|yuran|bayad|bayarin|tarifa|taxa|cuota|взнос|сбор|ada ya)|手数料|费用|費用|服务费|服務費|中介费|中介費|押金|수수료|보증금|ค่าธรรมเนียม|ค่าหัว|ค่าดำเนินการ|शुल्क|फीस|(?<![\\u0980-\\u09FF])ফি(?![\\u0980-\\u09FF])|ගාස්තු|ክፍያ)([^\\n\\d]{0,12})$',
  ),
  'iu',
);
const PAY_WORD_IN_GAP = new RegExp(
  asNormalised('salary|pay|wage|lương|gaji|sahod|sweldo|給料|月給|工资|工資|薪|월급|급여|เงินเดือน|sueldo|salario|salário|зарплат|mshahara|वेतन|বেতন|වැටුප|ደመወዝ'),
  'iu',
);

const SALES_ROLE = new RegExp(
  asNormalised(
    'सेल्स|बिक्री|সেলস|বিক্রয়|销售|銷售|业务员|業務員|置业顾问|置業顧問|经纪人|經紀人|営業|영업|ฝ่ายขาย|พนักงานขาย|(?<![\\p{L}])(?:sales|penjualan|bán hàng|kinh doanh|ventas|vendas|продаж\\p{L}*|mauzo)(?![\\p{L}])',
  ),
  'iu',
);

function feeBefore(before: string): boolean {
  const m = FEE_BEFORE.exec(before);
  // "No fee, salary US$2,500": a pay word between the fee and the figure makes it pay again.
  return !!m && !PAY_WORD_IN_GAP.test(m[1] ?? '');
}

// Sales at home: a modest base salary with commission on top ("无责任底薪4800元 + 提成, 挑战年薪100万",
// "basic salary + commission, earn up to 80k"). The big figure is the upside of a sales job, not
// the offer; it supports other red flags but does not carry a warning alone.
const BASE_PAY_BEFORE = new RegExp(
  asNormalised(
    '(?:底薪|保底|基本工资|基本工資|基本薪资|基本薪資|固定工资|固定工資|基本給|기본급|(?<![\\p{L}])(?:basic (?:salary|pay)|base (?:salary|pay)|lương cứng|lương cơ bản|gaji (?:pokok|asas)|basic na sahod|salario base|sueldo base|salário base|оклад)|เงินเดือนพื้นฐาน|ฐานเงินเดือน)[^\\n\\d]{0,10}$',
  ),
  'iu',
);
const COMMISSION = new RegExp(
  asNormalised(
    '提成|佣金|分成|分红|分紅|业绩奖|業績獎|歩合|कमीशन|इंसेंटिव|কমিশন|ইনসেনটিভ|කොමිස්|인센티브|커미션|ค่าคอม|(?<![\\p{L}])(?:commissions?|hoa hồng|komisi|komisyon|comisi[oó]n|comiss[aã]o|комисси|процент от продаж)',
  ),
  'iu',
);

function repUsd(m: SalaryMention): number | null {
  const lo = m.usdPerMonthMin;
  const hi = m.usdPerMonthMax;
  if (lo === null || hi === null || lo <= 0 || hi <= 0) return null;
  return Math.sqrt(lo * hi);
}

// Roles and "no experience" for the detail text (first match wins; English words first).
const ROLE_RE = new RegExp(
  asNormalised(
    'data entry|customer service|typist|chat support|online marketing|admin|CSR|客服|打字|chăm sóc khách hàng|nhập liệu|layanan pelanggan|khidmat pelanggan|แอดมิน|상담원|カスタマー|atención al cliente|servicio al cliente|atendimento ao cliente|digitador|оператор|डेटा एंट्री|ग्राहक सेवा|ডাটা এন্ট্রি|গ্রাহক সেবা|huduma kwa wateja',
  ),
  'iu',
);
const NO_EXP_RE = new RegExp(
  asNormalised(
    'no (?:prior )?experience|without experience|经验不限|無經驗|không cần kinh nghiệm|tanpa pengalaman|ไม่ต้องมีประสบการณ์|경력\\s?무관|未経験|sin experiencia|sem experiência|без опыта|अनुभव की आवश्यकता नहीं|অভিজ্ঞতা লাগবে না|bila uzoefu|hindi kailangan ng karanasan',
  ),
  'iu',
);

// "3+ years of experience", "trên 10 năm kinh nghiệm", "3年以上工作经验", "경력 3년 이상": a role that
// asks for years of experience is paid as a skilled one, whatever its title.
const YEARS = '(?:years?|yrs?|năm|tahun|taon|年|년|ปี|años|anos|лет|года?|miaka|वर्ष|वर्षों|साल|বছর|වසර|ዓመት|ឆ្នាំ|နှစ်|ປີ)';
const EXPERIENCE =
  '(?:experience|kinh nghiệm|pengalaman|karanasan|经验|經驗|経験|실무|경력|ประสบการณ์|experiencia|experiência|опыт\\p{L}*|uzoefu|अनुभव|অভিজ্ঞতা|අත්දැකීම්|ልምድ|បទពិសោធន៍|အတွေ့အကြုံ|ປະສົບການ)';
const YEARS_OF_EXPERIENCE = new RegExp(
  asNormalised(
    `(?<![\\d.,])([2-9]|[1-3]\\d)\\s?\\+?\\s?(?:[-–~]\\s?\\d{1,2}\\s?)?${YEARS}[^\\n]{0,24}?${EXPERIENCE}|${EXPERIENCE}[^\\n\\d]{0,24}?(?<![\\d.,])([2-9]|[1-3]\\d)\\s?\\+?\\s?(?:[-–~]\\s?\\d{1,2}\\s?)?${YEARS}`,
  ),
  'iu',
);

// The same test in two steps (one pass over the text led by a digit, then short windows): the
// single regex above tries its experience words at every position of a long ad. Every match
// holds a "<number> <years>" anchor, with the experience word after it on the same line or
// just before it. YEARS_OF_EXPERIENCE stays as the reference (a test holds them equal).
const YEARS_ANCHOR = new RegExp(asNormalised(`(?<![\\d.,])(?:[2-9]|[1-3]\\d)\\s?\\+?\\s?(?:[-–~]\\s?\\d{1,2}\\s?)?${YEARS}`), 'giu');
const EXPERIENCE_AFTER = new RegExp(asNormalised(`^[^\\n]{0,24}?${EXPERIENCE}`), 'iu');
const EXPERIENCE_BEFORE = new RegExp(asNormalised(`${EXPERIENCE}[^\\n\\d]{0,24}?$`), 'iu');
const EXPERIENCE_WINDOW = 64;

export function asksForYearsOfExperience(text: string): boolean {
  YEARS_ANCHOR.lastIndex = 0;
  for (let m = YEARS_ANCHOR.exec(text), n = 0; m && n < 200; m = YEARS_ANCHOR.exec(text), n++) {
    const end = m.index + m[0].length;
    if (EXPERIENCE_AFTER.test(text.slice(end, end + 24 + EXPERIENCE_WINDOW))) return true;
    if (EXPERIENCE_BEFORE.test(text.slice(Math.max(0, m.index - 24 - EXPERIENCE_WINDOW), m.index))) return true;
  }
  return false;
}

/** The single-regex form of asksForYearsOfExperience (tests only). */
export function asksForYearsOfExperienceReference(text: string): boolean {
  return YEARS_OF_EXPERIENCE.test(text);
}

/** Skilled role? Decided by the title area first (the posting text starts with the title). */
function isSkilled(text: string): boolean {
  if (asksForYearsOfExperience(text)) return true;
  const head = text.slice(0, 160);
  const headSkilled = findAll(head, SKILLED, 1).length > 0;
  const headGeneric = hasGenericRole(head);
  if (headSkilled && !headGeneric) return true;
  if (headGeneric) return false;
  return findAll(text, SKILLED, 1).length > 0 && !hasGenericRole(text);
}

function describeRole(text: string, skilled: boolean): string {
  const roleMatch = ROLE_RE.exec(text);
  const noExp = NO_EXP_RE.test(text);
  if (roleMatch) return `${roleMatch[0]} work${noExp ? ' with no experience' : ''}`;
  return skilled ? 'a skilled role' : `an entry-level role${noExp ? ' with no experience' : ''}`;
}

/** 5.25 → 5.3, 12.4 → 12: the precision a reader needs. */
function roundRatio(r: number): number {
  return r >= 10 ? Math.round(r) : Math.round(r * 10) / 10;
}

function fmtMention(m: SalaryMention): string {
  const base = m.min === m.max ? formatMoney(m.min, m.currency) : `${formatMoney(m.min, m.currency)}–${formatMoney(m.max, m.currency).replace(/^US\$/, '')}`;
  const per = m.period ? `/${m.period}` : '';
  return `${base}${per}`;
}

/** The country of the text's script (its first home: Devanagari → India), or null for Latin/Han. */
function scriptCountry(text: string): CountryCode | null {
  return scriptHomes(text)?.[0] ?? null;
}

/**
 * Where pay in this currency is earned when no destination is named: the currency's country; for
 * US dollars and euros (quoted everywhere) the country of the text's script, else the US.
 */
function homeOfCurrency(currency: string, text: string): CountryCode | null {
  if (currency === 'USD' || currency === 'EUR') return scriptCountry(text) ?? CURRENCY_COUNTRY[currency] ?? null;
  return CURRENCY_COUNTRY[currency] ?? null;
}

/**
 * The reader's own country, where the text shows it: the currency of the pay when it is a local
 * one (not US dollars or euros), else a script used in one country only (Korean, Japanese kana).
 */
function readerCountry(text: string, currency: string): CountryCode | null {
  if (currency !== 'USD' && currency !== 'EUR') {
    const c = CURRENCY_COUNTRY[currency];
    if (c) return c;
  }
  if (/[\uAC00-\uD7AF]/u.test(text)) return 'KR';
  if (/[\u3040-\u30FF]/u.test(text)) return 'JP';
  return null;
}

/**
 * The pay a role normally gets in the destination; but an ad that offers readers from a much
 * richer country their own country's pay (Korean managers in Vietnam, Korean clerks in the UAE)
 * is judged against the readers' pay. Not for the countries where compounds recruit to or through
 * (Cambodia, Myanmar, Laos, Thailand, the Philippines): there an offer of several times the local
 * wage for entry-level work is the lure itself, whatever the reader earns at home.
 */
const COMPOUND_COUNTRIES: ReadonlySet<CountryCode> = new Set(['KH', 'MM', 'LA', 'TH', 'PH']);

function payNorm(dest: CountryCode, reader: CountryCode | null, skilled: boolean, legal: boolean): { usd: number; country: CountryCode } {
  const pick = (c: CountryCode) => (skilled ? PAY_NORMS_USD_MONTH[c].skilled : PAY_NORMS_USD_MONTH[c].entry);
  const d = pick(dest);
  // A job there with a work permit is an expatriate's job, paid as one.
  if (!reader || reader === dest || (COMPOUND_COUNTRIES.has(dest) && !legal)) return { usd: d, country: dest };
  const r = pick(reader);
  return r >= 2 * d ? { usd: r, country: reader } : { usd: d, country: dest };
}

function detectHighPay(text: string): SignalHit | null {
  const mentions = parseSalaries(text);
  const multiplier = findAll(text, PAY_MULTIPLIER, 2);
  const textCues = [...multiplier, ...findAll(text, HIGH_PAY_TEXT, 5)];
  let best: Scored | null = null;
  let dest: CountryCode | null = null;
  let skilled = false;
  let legal = false;
  let modestBase = false;
  let domestic = false;
  if (mentions.length) {
    dest = detectDestinationCountry(text);
    skilled = isSkilled(text);
    legal = namesLegalWork(text);
    for (const m of mentions) {
      const usd = repUsd(m);
      if (usd === null) continue;
      // Beyond any salary: a misread figure ("900016000" for 9000–16000), not pay.
      if (usd > 200_000) continue;
      const before = text.slice(Math.max(0, m.start - 50), m.start);
      if (NOT_PAY_BEFORE.test(before) || feeBefore(before)) continue;
      if (!m.period && NOT_PAY_AFTER.test(text.slice(m.end, m.end + 24))) continue;
      if (FUNDS_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      const country = dest ?? homeOfCurrency(m.currency, text);
      if (!country) continue;
      const norm = payNorm(country, readerCountry(text, m.currency), skilled, legal);
      const ratio = usd / norm.usd;
      if (ratio < 2.5 && BASE_PAY_BEFORE.test(before + m.raw.slice(0, Math.max(0, m.raw.search(/\d/))))) modestBase = true;
      if (!best || ratio > best.ratio) best = { m, usd, ratio, normCountry: norm.country };
    }
  }
  let s = 0;
  let detail: string | undefined;
  let pay: PayComparison | undefined;
  const spans: Match[] = [];
  if (best) {
    const country = best.normCountry;
    // Local-currency pay in the currency's own country (no foreign destination named): allow
    // for commission-based ranges in domestic sales ads. Not for a job the ad places abroad
    // without naming where ("विदेश में डाटा एंट्री, ₹1 लाख महीना").
    domestic = dest ? CURRENCY_COUNTRY[best.m.currency] === dest : !pointsAbroad(text);
    const before = text.slice(Math.max(0, best.m.start - 50), best.m.start);
    // The allowance is for sales and trades at home; for the compound's own roles (chat, typing,
    // data entry, customer service) with no commission, pay far above the norm is the lure itself.
    const lureRole = hasGenericRole(text) && !COMMISSION.test(text) && !SALES_ROLE.test(text);
    let ratio = domestic && !lureRole ? best.ratio / 1.6 : best.ratio;
    // Work permit or work visa named: expatriate pay is plausible, so the bar is higher; for a
    // skilled role (a school's teacher, a bank's branch manager abroad) an expatriate's package.
    if (legal) ratio /= skilled ? 2.5 : 1.5;
    if (UP_TO_BEFORE.test(before)) ratio *= 0.8;
    if (ratio >= 2.5) s = 0.3 + (ratio - 2.5) * 0.2;
    // A figure with neither a period nor a pay word next to it may not be pay at all: keep it
    // below the "strong" level and skip the absurd-figure rule.
    const payContext = !!best.m.period || PAY_KEYWORD_BEFORE.test(before);
    if (payContext && best.usd >= 15_000 && !skilled) s = Math.max(s, 0.9);
    if (!payContext) s = Math.min(s * 0.6, 0.45);
    if (s > 0) {
      spans.push({ text: best.m.raw, start: best.m.start, end: best.m.end });
      const usdTxt = best.m.currency === 'USD' ? '' : ` (about US$${Math.round(best.usd).toLocaleString('en-US')}/month)`;
      detail = `${fmtMention(best.m)}${usdTxt} for ${describeRole(text, skilled)}: about ${roundRatio(best.ratio)}× typical ${skilled ? 'skilled' : 'entry-level'} pay in ${COUNTRY_NAMES[country]}`;
      pay = { amount: fmtMention(best.m), ratio: roundRatio(best.ratio), country, skilled };
      if (best.m.currency !== 'USD') pay.usdMonth = Math.round(best.usd);
    }
  }
  if (textCues.length) {
    s = Math.max(s, 0.2) + (s > 0 ? 0.05 : 0);
    spans.push(...textCues.slice(0, 2));
  }
  if (s <= 0) return null;
  const hit = makeHit('high_pay', Math.min(1, s), spans, detail);
  // A bare "high salary" (高薪, lương cao) with no figure is an advertiser's adjective at home:
  // context, unless the job is abroad ("海外で儲かる仕事").
  if (hit && !pay && !multiplier.length && !pointsAbroad(text) && !namesHub(text)) hit.context = true;
  if (hit && pay) hit.pay = pay;
  // At home, a big figure in a commission job is the sales upside such ads advertise: context.
  // Over a modest base ("无责任底薪4800 + 提成, 挑战年薪100万") always; with no base named
  // ("年薪100万-300万" beside 提成) unless it is a pay multiplier or the place is a scam hub.
  if (hit && pay && domestic && COMMISSION.test(text) && !pointsAbroad(text) && (modestBase || (!multiplier.length && !namesHub(text)))) {
    hit.context = true;
  }
  return hit;
}

export const highPay = defineSignal({
  id: 'high_pay',
  label: 'Pay far above normal for this kind of job',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectHighPay,
});
