/**
 * Short job-ad texts for the OCR evaluation (`npm run eval:ocr`), written for it: one lure
 * (scam-compound recruitment pattern) and one ordinary ad per language, in every script the OCR
 * reads. Not training data, and not taken from any data set.
 */
export interface EvalText {
  lang: string;
  script: string;
  kind: 'lure' | 'genuine';
  text: string;
}

const T: [string, string, string, string][] = [
  [
    'en',
    'Latin',
    'URGENT HIRING\nCustomer service staff for Cambodia\nSalary 2000 USD per month\nFree flight ticket, food and accommodation\nNo experience needed, age 18-35\nContact Telegram @hr_job888',
    "Junior Accountant, Manila office\nBachelor's degree in accounting required\nTwo years of experience with audits\nGovernment-mandated benefits and HMO\nApply with your CV at careers@example.com",
  ],
  [
    'vi',
    'Latin',
    'TUYỂN GẤP\nNhân viên chăm sóc khách hàng làm việc tại Campuchia\nLương 2000 USD/tháng\nBao vé máy bay, bao ăn ở\nKhông cần kinh nghiệm, tuổi 18-35\nLiên hệ Telegram @hr_job888',
    'Tuyển kế toán viên tại văn phòng Hà Nội\nYêu cầu tốt nghiệp đại học chuyên ngành kế toán\nCó 2 năm kinh nghiệm\nĐóng bảo hiểm xã hội đầy đủ\nGửi CV qua email careers@example.com',
  ],
  [
    'id',
    'Latin',
    'DIBUTUHKAN SEGERA\nStaf layanan pelanggan untuk Kamboja\nGaji 2000 USD per bulan\nTiket pesawat gratis, makan dan mess disediakan\nTanpa pengalaman, usia 18-35\nHubungi Telegram @hr_job888',
    'Lowongan Akuntan di kantor Jakarta\nPendidikan S1 Akuntansi\nPengalaman minimal 2 tahun\nBPJS Kesehatan dan Ketenagakerjaan\nKirim CV ke careers@example.com',
  ],
  [
    'fil',
    'Latin',
    'HIRING AGAD\nCustomer service sa Cambodia\nSahod 2000 USD kada buwan\nLibreng ticket sa eroplano, pagkain at tirahan\nKahit walang karanasan, edad 18-35\nMag-message sa Telegram @hr_job888',
    'Kailangan ng Accountant sa aming opisina sa Makati\nNagtapos ng BS Accountancy\nMay dalawang taong karanasan\nMay SSS, PhilHealth at Pag-IBIG\nIpadala ang CV sa careers@example.com',
  ],
  [
    'zh-CN',
    'Han (simplified)',
    '急聘\n柬埔寨客服专员\n月薪2000美元\n包机票，包吃住\n无需经验，年龄18-35岁\n联系Telegram @hr_job888',
    '招聘会计\n工作地点：上海办公室\n会计专业本科学历\n两年以上工作经验\n五险一金\n简历请发送至 careers@example.com',
  ],
  [
    'zh-TW',
    'Han (traditional)',
    '急徵\n柬埔寨客服專員\n月薪2000美元\n包機票，包吃住\n無需經驗，年齡18-35歲\n聯繫Telegram @hr_job888',
    '誠徵會計人員\n工作地點：台北辦公室\n會計相關科系畢業\n兩年以上工作經驗\n享勞健保\n履歷請寄至 careers@example.com',
  ],
  [
    'ja',
    'Japanese',
    '急募\nカンボジアでのカスタマーサービス\n月給2000ドル\n航空券無料、食事・宿泊付き\n未経験OK、18〜35歳\nTelegram @hr_job888 まで連絡',
    '経理スタッフ募集\n勤務地：東京本社\n簿記2級以上\n実務経験2年以上\n社会保険完備\n履歴書は careers@example.com へ',
  ],
  [
    'ko',
    'Hangul',
    '긴급 채용\n캄보디아 고객 상담원\n월급 2000달러\n항공권 무료, 숙식 제공\n경험 없어도 가능, 18-35세\n텔레그램 @hr_job888 으로 연락',
    '회계 담당자 채용\n근무지: 서울 본사\n회계학 학사 학위\n경력 2년 이상\n4대 보험 가입\n이력서는 careers@example.com 으로',
  ],
  [
    'th',
    'Thai',
    'รับสมัครด่วน\nพนักงานบริการลูกค้าที่กัมพูชา\nเงินเดือน 2000 ดอลลาร์\nฟรีตั๋วเครื่องบิน ที่พัก อาหาร\nไม่ต้องมีประสบการณ์ อายุ 18-35 ปี\nติดต่อ Telegram @hr_job888',
    'รับสมัครพนักงานบัญชี\nสำนักงานกรุงเทพฯ\nจบปริญญาตรีสาขาบัญชี\nมีประสบการณ์ 2 ปี\nมีประกันสังคม\nส่งประวัติมาที่ careers@example.com',
  ],
  [
    'km',
    'Khmer',
    'ត្រូវការបន្ទាន់\nបុគ្គលិកបម្រើអតិថិជននៅប្រទេសមីយ៉ាន់ម៉ា\nប្រាក់ខែ 2000 ដុល្លារ\nសំបុត្រយន្តហោះ អាហារ និងកន្លែងស្នាក់នៅឥតគិតថ្លៃ\nមិនត្រូវការបទពិសោធន៍\nទំនាក់ទំនង Telegram @hr_job888',
    'ជ្រើសរើសគណនេយ្យករ\nការិយាល័យភ្នំពេញ\nបរិញ្ញាបត្រផ្នែកគណនេយ្យ\nបទពិសោធន៍ 2 ឆ្នាំ\nផ្ញើ CV មក careers@example.com',
  ],
  [
    'my',
    'Myanmar',
    'အမြန်ခေါ်ယူမည်\nကမ္ဘောဒီးယားတွင် ဖောက်သည်ဝန်ဆောင်မှုဝန်ထမ်း\nလစာ 2000 ဒေါ်လာ\nလေယာဉ်လက်မှတ်၊ စားသောက်နေထိုင်မှု အခမဲ့\nအတွေ့အကြုံမလိုပါ\nTelegram @hr_job888 သို့ ဆက်သွယ်ပါ',
    'စာရင်းကိုင် ခေါ်ယူမည်\nရန်ကုန်ရုံး\nစာရင်းကိုင်ဘွဲ့ ရရှိထားသူ\nလုပ်ငန်းအတွေ့အကြုံ ၂ နှစ်\nCV ကို careers@example.com သို့ ပို့ပါ',
  ],
  [
    'lo',
    'Lao',
    'ຮັບສະໝັກດ່ວນ\nພະນັກງານບໍລິການລູກຄ້າຢູ່ກຳປູເຈຍ\nເງິນເດືອນ 2000 ໂດລາ\nຟຣີປີ້ຍົນ ທີ່ພັກ ແລະ ອາຫານ\nບໍ່ຕ້ອງມີປະສົບການ\nຕິດຕໍ່ Telegram @hr_job888',
    'ຮັບສະໝັກພະນັກງານບັນຊີ\nຫ້ອງການນະຄອນຫຼວງວຽງຈັນ\nຈົບປະລິນຍາຕີສາຂາບັນຊີ\nມີປະສົບການ 2 ປີ\nສົ່ງ CV ມາທີ່ careers@example.com',
  ],
  [
    'hi',
    'Devanagari',
    'तुरंत भर्ती\nकंबोडिया में ग्राहक सेवा कर्मचारी\nवेतन 2000 डॉलर प्रति माह\nमुफ्त हवाई टिकट, खाना और रहना\nकोई अनुभव जरूरी नहीं\nTelegram @hr_job888 पर संपर्क करें',
    'लेखाकार की आवश्यकता\nदिल्ली कार्यालय\nवाणिज्य में स्नातक\nदो वर्ष का अनुभव\nअपना सीवी careers@example.com पर भेजें',
  ],
  [
    'bn',
    'Bengali',
    'জরুরি নিয়োগ\nকম্বোডিয়ায় গ্রাহক সেবা কর্মী\nবেতন মাসে ২০০০ ডলার\nফ্রি বিমান টিকিট, থাকা ও খাওয়া\nকোনো অভিজ্ঞতা লাগবে না\nযোগাযোগ Telegram @hr_job888',
    'হিসাবরক্ষক নিয়োগ\nঢাকা অফিস\nহিসাববিজ্ঞানে স্নাতক\nদুই বছরের অভিজ্ঞতা\nসিভি পাঠান careers@example.com',
  ],
  [
    'si',
    'Sinhala',
    'හදිසි බඳවා ගැනීම\nකාම්බෝජයේ පාරිභෝගික සේවා නිලධාරී\nමාසික වැටුප ඩොලර් 2000\nනොමිලේ ගුවන් ටිකට්, ආහාර සහ නවාතැන්\nපළපුරුද්ද අවශ්‍ය නැත\nTelegram @hr_job888 අමතන්න',
    'ගණකාධිකාරී පුරප්පාඩුව\nකොළඹ කාර්යාලය\nගිණුම්කරණ උපාධිය\nවසර දෙකක පළපුරුද්ද\nCV එක careers@example.com වෙත එවන්න',
  ],
  [
    'ru',
    'Cyrillic',
    'СРОЧНО ТРЕБУЮТСЯ\nОператоры службы поддержки в Камбодже\nЗарплата 2000 долларов в месяц\nБесплатный авиабилет, питание и проживание\nОпыт не нужен, возраст 18-35\nПишите в Telegram @hr_job888',
    'Требуется бухгалтер\nОфис в Москве\nВысшее экономическое образование\nОпыт работы от двух лет\nРезюме: careers@example.com',
  ],
];

export const EVAL_TEXTS: EvalText[] = T.flatMap(([lang, script, lure, genuine]) => [
  { lang, script, kind: 'lure' as const, text: lure },
  { lang, script, kind: 'genuine' as const, text: genuine },
]);
