import type { SignalExamples } from '../signal.ts';

// Fires: wording of red flag 9 (destination withheld or changed). Quiet: genuine ads that name the site.
export default {
  fires: {
    en: [
      'Customer service, salary $1500. Work location will be disclosed after arrival. Visa and ticket provided.',
      'Interview in Dubai, then you will be transferred to our Asia branch. Contact HR on Telegram.',
    ],
    zh: ['高薪招聘客服，工作地点到了再告知，包机票', '先到曼谷面试，再转到分公司工作，月薪一万五'],
    'zh-Hant': ['高薪招聘客服，具體地點保密，包機票', '先飛曼谷面試，然後轉到園區工作'],
    vi: ['Tuyển CSKH lương cao, địa điểm làm việc sẽ thông báo sau, bao vé máy bay', 'Sang Thái Lan rồi chuyển qua chi nhánh công ty bên kia làm việc'],
    id: [
      'Lowongan admin, lokasi kerja akan diinformasikan setelah tiba. Tiket gratis.',
      'Interview di Bangkok, kemudian dipindahkan ke cabang kami di negara lain.',
    ],
    th: ['รับสมัครแอดมิน สถานที่ทำงานจะแจ้งให้ทราบภายหลัง บินฟรี', 'ไปสัมภาษณ์ที่กรุงเทพฯ แล้วค่อยย้ายไปทำงานที่สาขา'],
    tl: [
      'Hiring CSR abroad, sasabihin na lang ang location pagdating mo.',
      'Training muna sa Bangkok tapos ililipat ka sa branch namin.',
      'May office staff sa Dubai na hiring pero ita-transfer sa Thailand after 1 month',
    ],
    ko: ['고수익 채팅 상담, 근무지는 입국 후 안내드립니다', '먼저 방콕에서 교육 후 지사로 이동합니다'],
    ja: ['高収入カスタマーサポート、勤務地は到着後にお知らせします', '研修後、その後海外の拠点へ移動していただきます'],
    es: [
      'Trabajo de atención al cliente, el lugar de trabajo se informará al llegar. Boleto gratis.',
      'Entrevista en Dubái y luego serás trasladado a nuestra sucursal en Asia.',
    ],
    pt: ['Vaga de atendimento, o local de trabalho será informado ao chegar. Passagem paga.', 'Depois você será transferido para nossa filial na Ásia.'],
    ru: [
      'Работа оператором, место работы сообщим по прибытии. Билет оплачиваем.',
      'Собеседование в Дубае, затем вас переведут в филиал в Азии.',
      'Работа в Дубае, собеседование там же. Потом могут перевести в Таиланд',
    ],
    ms: [
      'Kerja khidmat pelanggan, lokasi kerja akan dimaklumkan selepas tiba. Tiket percuma.',
      'Temuduga di Bangkok, kemudian akan dipindahkan ke cawangan kami di negara lain.',
    ],
    km: ['ការងារប្រាក់ខែខ្ពស់ ទីតាំងការងារនឹងប្រាប់ពេលមកដល់', 'បន្ទាប់មកនឹងផ្ទេរទៅសាខាផ្សេង'],
    my: ['လစာကောင်း အလုပ်နေရာကို ရောက်မှ ပြောပြမယ်', 'ဘန်ကောက်မှာ သင်တန်းပြီးရင် တခြားဆိုင်ခွဲကို ပို့မယ်', 'ဒူဘိုင်းမှာ interview ဖြေပြီးရင် ကုမ္ပဏီက ထိုင်းရုံးခွဲကို ပို့ပေးမှာ'],
    lo: ['ເງິນເດືອນສູງ ສະຖານທີ່ເຮັດວຽກຈະແຈ້ງໃຫ້ຮູ້ພາຍຫຼັງ', 'ຈາກນັ້ນຈະຍ້າຍໄປສາຂາອື່ນ'],
    bn: ['ভালো বেতনের চাকরি, কাজের জায়গা পৌঁছানোর পর জানানো হবে', 'দুবাইতে ইন্টারভিউ, তারপর অন্য দেশে পাঠানো হবে'],
    ne: ['राम्रो तलब, कामको ठाउँ पुगेपछि भनिनेछ', 'दुबईमा अन्तर्वार्ता, त्यसपछि अर्को देशमा पठाइनेछ'],
    si: ['ඉහළ වැටුප්, රැකියා ස්ථානය පැමිණි පසු දැනුම් දෙනු ලැබේ', 'ඩුබායිහි සම්මුඛ පරීක්ෂණය, ඉන්පසු වෙනත් රටකට යවනු ලැබේ'],
    sw: ['Kazi ya huduma kwa wateja, mahali pa kazi patatajwa ukifika. Tiketi bure.', 'Usaili Dubai, kisha utahamishiwa tawi letu nchi nyingine.'],
    am: ['ከፍተኛ ደሞዝ፣ የስራ ቦታው ሲደርሱ ይነገራል', 'ዱባይ ቃለ መጠይቅ፣ ከዚያም ወደ ሌላ ሀገር ይላካሉ', 'ቃለ መጠይቁ ዱባይ ነው፣ ካለፍክ ኩባንያው ወደ ታይላንድ ቅርንጫፍ ይልክሃል'],
    hi: ['कस्टमर सर्विस जॉब, काम की जगह पहुंचने पर बताई जाएगी, टिकट फ्री', 'दुबई में इंटरव्यू, फिर आपको दूसरी ब्रांच में भेजा जाएगा'],
  },
  quiet: {
    en: [
      'Customer Service Representative, Concentrix, Cebu IT Park. After training you will work at our Cebu site. PHP 22,000/month.',
      'Work location: Bonifacio Global City, Taguig. Relocation package for applicants from the provinces.',
    ],
    zh: ['工作地点：上海市浦东新区张江路88号，五险一金'],
    vi: ['Địa điểm làm việc: Tòa nhà Bitexco, Quận 1, TP.HCM'],
    id: ['Lokasi kerja: Jakarta Selatan, kantor pusat PT Maju Jaya'],
    th: ['สถานที่ทำงาน: อาคารสาทรซิตี้ทาวเวอร์ กรุงเทพฯ'],
    ko: ['근무지: 서울 강남구 테헤란로 152'],
    ja: ['勤務地：東京都港区六本木1-1-1'],
    es: ['Lugar de trabajo: oficina central en Bogotá, contrato indefinido'],
    pt: ['Local de trabalho: São Paulo, Av. Paulista 1000'],
    ru: ['Место работы: Москва, офис у метро Белорусская'],
    ms: ['Lokasi kerja: Menara KL, Kuala Lumpur. Gaji RM2,500.'],
    bn: ['কাজের স্থান: মতিঝিল, ঢাকা। বেতন ২৫,০০০ টাকা।'],
    hi: ['कार्यस्थल: नोएडा सेक्टर 62, वेतन 18,000 रुपये प्रति माह'],
    sw: ['Mahali pa kazi: Nairobi, Westlands. Mshahara KSh 35,000.'],
  },
} satisfies SignalExamples;
