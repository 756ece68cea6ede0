// Everyday ad wording for a job at home supports a warning but cannot carry one; the same words
// about a job abroad are red flags. Also the rules that keep genuine look-alikes quiet.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../normalise.ts';
import { detectSignals, type SignalId } from './index.ts';

function hit(text: string, id: SignalId) {
  return detectSignals(normaliseText(text)).find((h) => h.id === id);
}
/** 'red' (a red flag), 'context', or 'none'. */
function kind(text: string, id: SignalId): 'red' | 'context' | 'none' {
  const h = hit(text, id);
  return !h ? 'none' : h.context ? 'context' : 'red';
}

describe('everyday wording at home is context; abroad it is a red flag', () => {
  it('urgency: plain "urgent hiring" at home, pressure to fly anywhere', () => {
    expect(kind('URGENT HIRING! Cashier for our Makati branch, limited slots', 'urgency')).toBe('context');
    expect(kind('急招普工，名额有限，包吃住', 'urgency')).toBe('context');
    expect(kind('URGENT HIRING! Customer service in Cambodia, limited slots', 'urgency')).toBe('red');
    expect(kind('今晚就能走，明天到公司', 'urgency')).toBe('red');
  });

  it('commission on a support job: context at home, red flag abroad', () => {
    expect(kind('客服专员，底薪+提成，五险一金，北京朝阳', 'commission_bonus')).toBe('context');
    expect(kind('柬埔寨客服，底薪+高提成，包吃住', 'commission_bonus')).toBe('red');
  });

  it('a salary advance at home is context; abroad, or a debt paid off for you, it is a red flag', () => {
    expect(kind('招聘普工，包吃包住，可借支，工资月结，东莞长安', 'commission_bonus')).toBe('context');
    expect(kind('Kasir minimarket di Bekasi, bisa kasbon, gaji UMR', 'commission_bonus')).toBe('context');
    expect(kind('柬埔寨客服，可预支工资，包吃住', 'commission_bonus')).toBe('red');
    expect(kind('招聘打字员，公司帮还网贷', 'commission_bonus')).toBe('red');
  });

  it('Chinese factory ads: a fee they never charge, and "call to sign up", are not red flags', () => {
    expect(kind('凡在本公司工厂工作者,公司从不向员工收取任何押金、介绍费,不拖欠工资', 'referral_recruiters')).toBe('none');
    expect(kind('郑重声明:不收取所谓介绍费以及押金。免费包进厂', 'referral_recruiters')).toBe('none');
    expect(kind('报名可联系人事部韩小姐,可直接致电报名咨询', 'messaging_contact')).toBe('none');
    expect(kind('介绍一人入职奖励500元，介绍费当月发放', 'referral_recruiters')).toBe('red');
    expect(kind('加电报咨询：@hr888', 'messaging_contact')).not.toBe('none');
  });

  it('a sign-on bonus for a factory job at home is context; on a support job or abroad it is a red flag', () => {
    expect(kind('普工 5300-6500元/月 包吃住+入职奖励3000 五险一金', 'commission_bonus')).toBe('context');
    expect(kind('Production operator in Laguna, sign-on bonus PHP 5,000', 'commission_bonus')).toBe('context');
    expect(kind('Customer service, sign-on bonus PHP 10,000, work from home', 'commission_bonus')).toBe('red');
    expect(kind('Production operator in Cambodia, sign-on bonus USD 500, free flight', 'commission_bonus')).toBe('red');
  });

  it('"工作简单" in a factory ad at home is context; tied to the pay or abroad it is a red flag', () => {
    expect(kind('贴商标等等工作岗位,工作简单轻松,易学上手!学历不限 经验不限', 'easy_work_no_experience')).toBe('context');
    expect(kind('有站有坐,空调车间,工作轻松,每月7号发放工资。学历不限', 'easy_work_no_experience')).toBe('context');
    expect(kind('工作轻松，工资8000起', 'easy_work_no_experience')).toBe('red');
    expect(kind('工作简单，工资高，无需工作经验', 'easy_work_no_experience')).toBe('red');
    expect(kind('柬埔寨客服，工作简单，学历不限', 'easy_work_no_experience')).toBe('red');
  });

  it('a medical-check fee paid by the new hire is context at home; abroad it is a red flag', () => {
    expect(kind('3)体检费用50元自备,企业统一体检。', 'passport_or_fee')).toBe('context');
    expect(kind('柬埔寨客服，体检费用500元自备', 'passport_or_fee')).toBe('red');
    expect(kind('体检费用50元自备，另交押金200元', 'passport_or_fee')).toBe('red');
  });

  it('a typing-speed requirement is context at home', () => {
    expect(kind('Data encoder, typing speed of at least 40 wpm, Pasig office', 'easy_work_no_experience')).toBe('context');
  });

  it('a chat app beside an email, the office or a phone call is context at home; the only way in is a red flag', () => {
    expect(kind('Apply via email hr@bluewave.ph or WhatsApp 0917 123 4567', 'messaging_contact')).toBe('context');
    expect(kind('Kedai makan perlukan pembantu dapur. Hubungi/WhatsApp Kak Ani atau telepon 019-377 5280', 'messaging_contact')).toBe('context');
    expect(kind('Пекарня ищет пекаря. Приходите поговорить или пишите в WhatsApp.', 'messaging_contact')).toBe('context');
    expect(kind('Dicari penjaga toko sembako, area Depok Timur, gaji 2,5jt. Hub/WA 0813 8762 4410 Pak Rudi.', 'messaging_contact')).toBe('context');
    expect(kind('Hiring cashier sa milk tea shop namin sa Dasma! Minimum wage + commission. Chat lang sa page o walk-in kayo', 'easy_work_no_experience')).toBe(
      'none',
    );
    expect(kind('Chat lang ang trabaho, 30k a month, work from home', 'easy_work_no_experience')).toBe('red');
    expect(kind('Interested? Contact us only on Telegram @hr_recruit', 'messaging_contact')).toBe('red');
    expect(kind('Customer service in Cambodia. Email hr@x.com or Telegram @hr_recruit', 'messaging_contact')).toBe('red');
  });

  it('the perk bundle from a named licence or government scheme is context', () => {
    expect(kind('DMW License No. DMW-081-LB-11042023-R Hiring for Dubai: free accommodation, visa & airfare shouldered by employer', 'lure_bundle')).toBe(
      'context',
    );
    expect(kind('Tokutei Ginou Jepang: tiket pesawat ditanggung, asrama disediakan', 'lure_bundle')).toBe('context');
    expect(kind('Free flight, free visa, free food and accommodation. Customer service in Bangkok', 'lure_bundle')).toBe('red');
  });
  it('an overseas trip as a sales perk does not put the job abroad', () => {
    expect(kind('房产销售，学历不限，经验不限，底薪+提成，每半年一次精英国外游', 'easy_work_no_experience')).toBe('context');
    expect(kind('电话销售 经验不限 五险一金 周末双休 国外旅游', 'easy_work_no_experience')).toBe('context');
    expect(kind('Sales associate, no experience needed, incentive trips abroad for top sellers', 'easy_work_no_experience')).toBe('context');
    expect(kind('Nhân viên kinh doanh, không cần kinh nghiệm, thưởng du lịch nước ngoài hằng năm', 'easy_work_no_experience')).toBe('context');
    expect(kind('保险销售，经验不限，每年在国内国外不定期的旅游机会', 'easy_work_no_experience')).toBe('context');
    // Working abroad stays a red flag, also beside a trip.
    expect(kind('出国工作，经验不限，包吃住，国外游', 'easy_work_no_experience')).toBe('red');
    expect(kind('Work overseas, no experience needed, free flight', 'easy_work_no_experience')).toBe('red');
  });

  it('"annual income" marks a yearly figure (年收入不低于6万 is ¥5,000 a month)', () => {
    expect(kind('普工，月综合工资4500-6000，年收入不低于6万，学历不限', 'high_pay')).not.toBe('red');
    // 十万火急 is "most urgent", not ¥100,000.
    expect(kind('普工 5000-8000元/月\n十万火急+普工白班月6千 学历不限 包吃包住', 'high_pay')).not.toBe('red');
  });
});

describe('genuine look-alikes abroad', () => {
  it('expatriate pay with a work permit named is not "far above normal"', () => {
    expect(kind('【現地採用】プノンペン 日本語カスタマーサポート 給与：US$1,500〜1,800／月 ワークパーミットとEビザは会社が取得', 'high_pay')).toBe('none');
    expect(kind('Khách sạn 4 sao tại Siem Reap tuyển lễ tân, lương 600–800 USD, có work permit', 'high_pay')).toBe('none');
    // "No work permit needed" is not a permit.
    expect(kind('Syarikat di Kemboja cari penterjemah, gaji USD 3,000, tak payah permit kerja', 'high_pay')).toBe('red');
    expect(kind('Syarikat di Kemboja cari penterjemah, tak payah permit kerja', 'tourist_visa_travel')).toBe('red');
  });

  it("a skilled role abroad with a work permit is paid as an expatriate's, in every language", () => {
    expect(
      kind(
        'Escola internacional em Phnom Penh (Camboja) contrata professor(a) de Educação Física. US$ 2.200/mês, permissão de trabalho, seguro saúde. Licenciatura obrigatória.',
        'high_pay',
      ),
    ).toBe('none');
    expect(
      kind(
        'Bank di Phnom Penh memerlukan Pengurus Operasi Cawangan. Gaji USD 3,200, permit kerja Kemboja diuruskan oleh bank. Syarat: 8 tahun pengalaman perbankan.',
        'high_pay',
      ),
    ).toBe('none');
    // Entry-level work at that pay stays a red flag, permit or not.
    expect(kind('Customer service in Phnom Penh, USD 3,200 a month, work permit provided, no experience needed', 'high_pay')).toBe('red');
  });

  it("an organisation's funding is not pay, whatever its period", () => {
    expect(kind('Research Scientist, Omaha. Our institute receives $7.1 million annually in research funding. Benefits: 401k', 'high_pay')).toBe('none');
  });

  it('pay abroad with no place named is judged without the domestic allowance', () => {
    expect(kind('विदेश में डाटा एंट्री, ₹1 लाख महीना, सब फ्री!', 'high_pay')).toBe('red');
    // At home the allowance is for sales on commission; data entry at five times the norm is not sales.
    expect(kind('दिल्ली में सेल्स एक्जीक्यूटिव, ₹1 लाख महीना + कमीशन', 'high_pay')).toBe('none');
    expect(kind('दिल्ली में डाटा एंट्री, ₹1 लाख महीना', 'high_pay')).toBe('red');
  });

  it('a first stop then a compound country is a destination change; a list of offices is not', () => {
    expect(kind('Работа в Дубае, собеседование там же. Потом могут перевести в Таиланд.', 'destination_change')).toBe('red');
    expect(kind('先飞迪拜面试，之后可能调到东南亚分部，待遇更高', 'destination_change')).toBe('red');
    expect(kind('We run hotels in Dubai, Singapore and Bangkok; transfers between branches are possible', 'destination_change')).toBe('none');
  });

  it('a passport kept by the company is a red flag; a promise never to keep it is not', () => {
    expect(kind('The company will keep your passport for safekeeping', 'passport_or_fee')).toBe('red');
    expect(kind('We never keep your passport. Apply on our careers page.', 'passport_or_fee')).toBe('none');
    expect(kind('以后还可以晋升为主管', 'passport_or_fee')).toBe('none');
  });

  it("a compound country named as the workers' origin is not the place of work", () => {
    const macau = 'Casino hotel in Macau hiring Myanmar workers through licensed agencies: room attendants $600 a month';
    expect(kind(macau, 'scam_hub_location')).toBe('none');
    expect(kind(macau, 'high_pay')).toBe('none');
    expect(kind('ミャンマー政府の許可を持つ送出し機関を通じて、日本の介護施設で働きます', 'scam_hub_location')).toBe('none');
    expect(kind('Caregivers from Myanmar wanted for nursing homes in Osaka', 'scam_hub_location')).toBe('none');
    // The same country as the place of work stays a hub.
    expect(kind('Chat support in Myanmar for Thai speakers, $1,800 a month, free flight', 'scam_hub_location')).toBe('red');
    expect(kind('Myanmar workers wanted for customer service in Myawaddy', 'scam_hub_location')).toBe('red');
  });

  it('a fee before a figure is what the worker pays, not the pay', () => {
    expect(kind('Processing fee: US$ 2,500 before departure. Job in Cambodia.', 'high_pay')).toBe('none');
    expect(kind('Processing fee: US$ 2,500 before departure. Job in Cambodia.', 'passport_or_fee')).toBe('red');
    expect(kind('म्यानपावर शुल्क ४ लाख लाग्छ, टिकट सबै त्यसैमा पर्छ', 'passport_or_fee')).toBe('red');
    // A fee named earlier on the line with a pay word between still leaves the pay as pay.
    expect(kind('No fee, salary US$ 2,500 a month for typing in Cambodia', 'high_pay')).toBe('red');
  });

  it("a government scheme's own fee is context; with the passport asked for it is a red flag", () => {
    expect(kind('EPS Korea manufacturing round: exam application fee USD 24, apply at the EPS center', 'passport_or_fee')).toBe('context');
    expect(kind('特定技能の送出し機関に払う手数料は、法律で定められた上限までです', 'passport_or_fee')).toBe('context');
    expect(kind('EPS Korea job: pay the processing fee and send a copy of your passport on WhatsApp', 'passport_or_fee')).toBe('red');
    expect(kind('Pay the processing fee first, then we book your flight to Bangkok', 'passport_or_fee')).toBe('red');
  });

  it('sales at home: a big upside on top of a modest base is context; the same figure abroad is not', () => {
    expect(kind('房产经纪人，无责任底薪5000元+高提成，优秀者年薪可达80万，深圳南山', 'high_pay')).toBe('context');
    expect(kind('Property agent, basic salary PHP 18,000 + commission, top earners make PHP 500,000 a month, Makati', 'high_pay')).toBe('context');
    expect(kind('柬埔寨房产销售，底薪5000元+高提成，年薪可达80万', 'high_pay')).toBe('red');
    expect(kind('客服，月薪5万元，无需经验，包吃住', 'high_pay')).toBe('red');
    // With no base salary named either: the upside of a commission job at home.
    expect(kind('高薪诚聘置业顾问，提成+奖金，年薪100万-300万，学历不限，包住', 'high_pay')).toBe('context');
    expect(kind('保险业务员，高提成，月入10万不是梦，经验不限', 'high_pay')).toBe('context');
    expect(kind('缅甸果敢招聘业务员，高提成，月入10万', 'high_pay')).toBe('red');
  });

  it('talking to customers in the page inbox is the job, not a contact channel', () => {
    expect(kind('মডারেটরদের কাজ হবে পেজের ইনবক্সে কথা বলে অর্ডার নেয়া', 'messaging_contact')).toBe('none');
    expect(kind('কম্বোডিয়ায় চাকরি, বিস্তারিত জানতে ইনবক্সে মেসেজ দিন', 'messaging_contact')).toBe('red');
  });

  it('"轻松" alone describes ordinary jobs; tied to the pay it is the lure', () => {
    expect(kind('房产销售，工作环境轻松愉快，学历不限，深圳福田', 'easy_work_no_experience')).toBe('context');
    expect(kind('免經驗、高薪、輕鬆、包食宿機票', 'easy_work_no_experience')).toBe('red');
    expect(kind('那边活很轻松的，在电脑上跟客户聊聊天，一个月保底两万', 'easy_work_no_experience')).toBe('red');
  });

  it('one 包 covers the whole perk list, flight included; a ticket at your own cost is not a perk', () => {
    expect(hit('免經驗、高薪、輕鬆、包食宿機票', 'lure_bundle')?.perks?.items).toEqual(['flight', 'food', 'room']);
    expect(hit('招聘普工，包吃住，机票自理', 'lure_bundle')?.perks?.items).toEqual(['food', 'room']);
  });

  it('overseas clients do not make the job one abroad', () => {
    expect(kind('Graphic designer in Dhaka, office-based, projects for overseas clients. Apply by email.', 'job_abroad')).toBe('none');
    expect(kind('গ্রাফিক ডিজাইনার, ঢাকা অফিস, বিদেশি ক্লায়েন্টের প্রজেক্ট', 'job_abroad')).toBe('none');
    expect(kind('跨境电商运营，负责海外客户维护，深圳', 'job_abroad')).toBe('none');
    expect(kind('Work overseas as a chat agent, free flight', 'job_abroad')).toBe('context');
  });

  it('abroad, a chat app beside an email or the office is context only with a permit, licence or scheme named', () => {
    const permit = 'Front desk at a Siem Reap hotel, USD 600. Work permit processed by the hotel. Email hr@hotel.example or WhatsApp +855 12 345 678';
    expect(kind(permit, 'messaging_contact')).toBe('context');
    expect(kind('ทำงานญี่ปุ่น วีซ่าทักษะเฉพาะ ใบอนุญาตเลขที่ น.1111/2566 ติดต่อที่สำนักงาน หรือไลน์ของบริษัท', 'messaging_contact')).toBe('context');
    expect(
      kind(
        'Shule ya kimataifa huko Chiang Mai inatafuta mwalimu. Shule inashughulikia kibali cha kazi. Wasiliana kwa barua pepe, WhatsApp au Telegram.',
        'messaging_contact',
      ),
    ).toBe('context');
    expect(kind('Front desk in Cambodia, USD 1,500. Email hr@hotel.example or WhatsApp +855 12 345 678', 'messaging_contact')).toBe('red');
  });

  it('a work permit promised "on arrival" is the lure, not a permit', () => {
    const later = 'Sales agent in Bangkok, $1,500. Visit visa arranged by us, work permit done on arrival. Air ticket and meals covered.';
    expect(kind(later, 'lure_bundle')).toBe('red');
    expect(
      kind('Pergi dengan visa pelancong dahulu, permit kerja diuruskan selepas sampai. Jurubahasa di Sihanoukville, tiket dan makan percuma', 'lure_bundle'),
    ).toBe('red');
    // With the permit in hand, one or two perks are an expatriate's package.
    expect(kind('Translator for our Phnom Penh project office, work permit provided by the company, yearly home-leave air ticket', 'lure_bundle')).toBe(
      'context',
    );
  });

  it("an authority's warning against tourist-visa work is not an instruction", () => {
    expect(kind('Notice: travelling on a tourist visa for work is illegal. Register only with licensed agencies.', 'tourist_visa_travel')).toBe('context');
    expect(kind('በቱሪስት ቪዛ ለሥራ መጓዝ ህገወጥ ነው', 'tourist_visa_travel')).toBe('context');
    expect(kind('Go on a tourist visa first, it is not illegal, the company converts it', 'tourist_visa_travel')).toBe('red');
    expect(kind('Tourist visa muna, bawal sabihin na trabaho sa immigration', 'tourist_visa_travel')).toBe('red');
  });

  it('a licensed dispatch contract that advances the fare is context; a valid passport for a government scheme too', () => {
    expect(kind('Empreiteira com licença 派23-301234. Passagem adiantada conforme contrato e descontada em parcelas.', 'tourist_visa_travel')).toBe('context');
    expect(kind('Programa PTAT México–Canadá (SNE). Requisitos: experiencia agrícola, pasaporte vigente.', 'passport_or_fee')).toBe('context');
    expect(kind('Trabajo en Tailandia, requisitos: pasaporte vigente. Te adelantamos el pasaje.', 'passport_or_fee')).toBe('red');
  });

  it('"N times the pay" is a red flag anywhere; a bare "good salary" at a scam hub too', () => {
    expect(kind('Kerja kilang, gaji 5x ganda, terus mula minggu depan', 'high_pay')).toBe('red');
    expect(kind('Kazi ya hoteli, mshahara mara tatu ya hapa nyumbani', 'high_pay')).toBe('red');
    expect(kind('Tuyển nhân viên chat, lương gấp 3 ở quê', 'high_pay')).toBe('red');
    expect(kind('客服岗位，工资是国内的三倍', 'high_pay')).toBe('red');
    expect(kind('Earn triple your salary as a chat agent', 'high_pay')).toBe('red');
    expect(kind('မြဝတီတွင် စာရိုက်ဝန်ထမ်း လိုအပ်၊ လစာကောင်း', 'high_pay')).toBe('red');
    // At home, away from any hub, "good salary" stays an advertiser's adjective.
    expect(kind('ရန်ကုန်မြို့ စားသောက်ဆိုင် စားပွဲထိုး လိုအပ်၊ လစာကောင်း', 'high_pay')).toBe('context');
  });

  it('more ways to say "message me" and "no experience"', () => {
    expect(kind('Trabaho sa Dubai, 90k kada buwan. PM na!', 'messaging_contact')).toBe('red');
    expect(kind('Trabajo en Tailandia, todo pagado. ¡Escríbeme ya!', 'messaging_contact')).toBe('red');
    expect(kind('海外で月100万円以上。詳しくはまずはDMを', 'messaging_contact')).toBe('red');
    expect(kind('ඩුබායි රැකියා, inbox කරන්න', 'messaging_contact')).toBe('red');
    expect(kind('Kazi nchini Thailand, hakuna haja ya uzoefu', 'easy_work_no_experience')).toBe('red');
    expect(kind('Trabaho sa Dubai, 120k agad! 🔥 DM', 'messaging_contact')).toBe('red');
    expect(kind('Senior accountant, Makati. Send your CV to hr@abc.example. Interviews 9 AM to 5 PM', 'messaging_contact')).toBe('none');
  });

  it('travel money sent ahead (km, ko) and the Thai border as a hub', () => {
    expect(kind('ក្រុមហ៊ុនផ្ញើលុយ $100 សម្រាប់ថ្លៃធ្វើដំណើរ មកប៉ោយប៉ែត', 'passport_or_fee')).toBe('red');
    expect(kind('선불 200만원 먼저 보내드릴게요, 캄보디아 가서 갚으면 돼요', 'passport_or_fee')).toBe('red');
    expect(kind('Kerja online di kawasan sempadan Thai, gaji lumayan', 'scam_hub_location')).toBe('red');
  });

  it('Chinese ads at home: "公司直招" and "6000k+"; a misread figure is not pay', () => {
    expect(kind('公司直招，房产经纪人，深圳', 'vague_employer')).toBe('context');
    expect(kind('海外公司直招，柬埔寨客服', 'vague_employer')).toBe('red');
    expect(kind('普工 6000k+ 五险一金 包住', 'high_pay')).toBe('none');
    expect(kind('客服 月薪15万 包吃住', 'high_pay')).toBe('red');
    expect(kind('普工 900016000 包吃住 五险一金', 'high_pay')).toBe('none');
  });
});
