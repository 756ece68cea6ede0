import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording (pay far above the norm, in local units or US$, in
// digits, with unit words or in words). Quiet: realistic genuine ads with normal local pay.
export default {
  min: 0.5,
  fires: {
    en: [
      'Data entry clerk (no experience) in Phnom Penh, Cambodia. Salary US$3,500/month.',
      'Earn three thousand dollars a month as a chat support agent in Bangkok, Thailand. No experience, free visa.',
      'Customer care jobs in Thailand for Kenyans, salary KSh 350,000 per month, interviews in Nairobi, free visa.',
    ],
    zh: ['柬埔寨西港 招聘打字员 客服 月薪1.5万-3万 学历不限', '缅甸妙瓦底 招聘网络客服 月薪两万起 包吃包住 无需经验'],
    'zh-Hant': ['柬埔寨金邊 誠徵客服人員 月薪4萬 包吃包住 免經驗', '海外直招 泰國 打字員 月入十萬 包機票 工作輕鬆'],
    vi: [
      'Tuyển nhân viên CSKH làm việc tại Campuchia, lương 25-35 triệu/tháng, không cần kinh nghiệm',
      'Việc nhẹ ở Campuchia: lương 1500 đô/tháng, bao ăn ở, không cần kinh nghiệm',
      'Tuyển gấp nhân viên nhập liệu làm tại Campuchia, lương 30 củ/tháng, bao vé máy bay',
    ],
    id: [
      'Dicari admin media sosial untuk kantor di Kamboja, gaji Rp 16 juta per bulan, tanpa pengalaman',
      'Lowongan operator data di Kamboja, gaji dua puluh juta sebulan, tiket pesawat gratis',
    ],
    ms: [
      'Kerja kosong di Kemboja! Khidmat pelanggan, gaji RM8,000 sebulan, tiket kapal terbang dan visa ditanggung.',
      'Jawatan admin di Myanmar, gaji USD 2,500 sebulan, tanpa pengalaman, penginapan percuma',
    ],
    tl: [
      'Hiring CSR sa Cambodia! Sahod ₱150,000 kada buwan, libre ang pamasahe at tirahan, kahit walang experience.',
      'Trabaho sa Thailand bilang chat support, sahod $2,500 kada buwan, libreng tiket at visa',
    ],
    th: ['รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า ทำงานที่กัมพูชา เงินเดือน 60,000 บาท', 'งานแอดมินที่เมียวดี เงินเดือนหกหมื่นบาท มีที่พักฟรี ไม่ต้องมีประสบการณ์'],
    km: [
      'ជ្រើសរើសបុគ្គលិកវាយអក្សរ ធ្វើការនៅថៃ ប្រាក់ខែ ៣០០០ ដុល្លារ ក្នុងមួយខែ',
      'ការងារនៅមីយ៉ាន់ម៉ា ប្រាក់ខែ $1500 ផ្តល់ជូនកន្លែងស្នាក់នៅ និងអាហារ',
      'ធ្វើការនៅថៃ ប្រាក់ខែ ១២ លានរៀល មិនត្រូវការបទពិសោធន៍',
    ],
    my: ['ထိုင်းနိုင်ငံတွင် အွန်လိုင်းအလုပ် လစာ ဒေါ်လာ ၃၀၀၀ နေစရာ အခမဲ့', 'မြဝတီတွင် စာရိုက်အလုပ် လစာ သိန်း ၅၀ အတွေ့အကြုံမလိုပါ'],
    lo: ['ຮັບສະໝັກພະນັກງານພິມດີດ ເຮັດວຽກຢູ່ກຳປູເຈຍ ເງິນເດືອນ 2,000 ໂດລາ ຕໍ່ເດືອນ', 'ວຽກຢູ່ສາມຫຼ່ຽມຄຳ ເງິນເດືອນ 30 ລ້ານກີບ ມີບ່ອນພັກຟຣີ'],
    ja: ['カンボジアでチャットオペレーター 月100万円以上', 'タイで簡単なデータ入力、月給80万円、渡航費無料、未経験OK'],
    ko: ['캄보디아 단순 컴퓨터 작업, 월 1000만원 고수익 보장', '태국 리조트 알바, 월급 천만원 이상, 숙식제공, 경력 무관'],
    hi: [
      'थाईलैंड में डेटा एंट्री जॉब, वेतन ₹2,00,000 प्रति माह, फ्री वीज़ा और टिकट',
      'म्यांमार में कस्टमर सपोर्ट की नौकरी, सैलरी 1500 डॉलर महीना, अनुभव की आवश्यकता नहीं',
      'विदेश में डाटा एंट्री, ₹1 लाख महीना, सब फ्री!',
    ],
    bn: ['থাইল্যান্ডে অনলাইন চাকরি, মাসিক বেতন তিন লাখ টাকা, ভিসা ও টিকিট ফ্রি', 'কম্বোডিয়ায় ডাটা এন্ট্রি কাজ, বেতন ১৫০০ ডলার, অভিজ্ঞতা লাগবে না'],
    ne: ['म्यानमारमा अनलाइन काम, मासिक तलब रु. ३,००,००० सम्म, भिसा र टिकट निःशुल्क', 'थाइल्याण्डमा डाटा इन्ट्री, तलब महिनाको ३००० डलर'],
    si: ['කාම්බෝජයේ දත්ත ඇතුළත් කිරීමේ රැකියා, මාසික වැටුප ඩොලර් 1500', 'තායිලන්තයේ ඔන්ලයින් රැකියා, වැටුප රු. 800,000 මසකට, වීසා නොමිලේ'],
    es: [
      'Trabajo en Tailandia como atención al cliente, sueldo de $2,500 dólares al mes, boleto de avión y visa gratis, sin experiencia',
      'Empleo en Camboya: digitador, salario tres mil dólares mensuales, alojamiento y comida incluidos',
      'Trabajo en Tailandia desde México: atención a clientes, sueldo de 50 mil pesos mexicanos al mes',
    ],
    pt: [
      'Vaga na Tailândia para atendimento ao cliente, salário de R$ 15 mil por mês, passagem e visto pagos',
      'Trabalho no Camboja como digitador, salário de US$ 2.000 por mês, sem experiência',
    ],
    ru: [
      'Работа в Таиланде: оператор чата, зарплата от 3000 $ в месяц, перелёт и виза за счёт компании',
      'Вакансия в Камбодже, оператор поддержки без опыта, доход 250 000 рублей в месяц',
    ],
    sw: [
      'Kazi ya huduma kwa wateja nchini Thailand, mshahara dola 2,500 kwa mwezi, tiketi na viza bure',
      'Nafasi za kazi Cambodia: mshahara shilingi laki tatu kwa mwezi, hakuna uzoefu unaohitajika',
    ],
    am: ['በታይላንድ የደንበኞች አገልግሎት ሥራ፣ ደመወዝ በወር 2,500 ዶላር፣ ቪዛ እና ትኬት በነፃ', 'በካምቦዲያ የመረጃ ማስገቢያ ሥራ፣ ወርሃዊ ደመወዝ 300,000 ብር'],
  },
  quiet: {
    en: ['Customer Service Representative - Concentrix Makati. Salary: PHP 18,000 - 22,000 monthly plus night differential.'],
    zh: ['北京 销售代表 底薪5000 月薪8000-12000元/月 五险一金'],
    'zh-Hant': ['台北市 行政助理 月薪3萬2千元 勞健保 週休二日', '茶餐廳請樓面 2 名，月薪 $17,000，包一餐，有意請電/WhatsApp 6123 4587 搵陳生'],
    vi: [
      'Nhân viên kinh doanh tại Hà Nội, lương 10-15 triệu, thưởng theo doanh số',
      'Trưởng phòng truyền thông tại TP.HCM: yêu cầu trên 8 năm kinh nghiệm, lương 70 triệu đồng/tháng',
    ],
    id: ['Admin Gudang - PT Maju Jaya, Bekasi. Gaji Rp 5.000.000 per bulan, BPJS.'],
    ms: ['Kerani akaun di Shah Alam, Selangor. Gaji RM2,200 - RM2,800 sebulan, KWSP dan PERKESO.'],
    tl: ['Customer service representative sa Pasig, sahod ₱18,000 - ₱22,000 kada buwan, may HMO.'],
    th: ['โปรแกรมเมอร์ บริษัท ไทยซอฟต์ จำกัด กรุงเทพมหานคร เงินเดือน 25,000 บาท'],
    km: ['ក្រុមហ៊ុនធានារ៉ាប់រង នៅភ្នំពេញ ជ្រើសរើសបុគ្គលិកផ្នែកលក់ ប្រាក់ខែ $250-$350'],
    my: ['ရန်ကုန်မြို့ရှိ ကုမ္ပဏီတွင် အရောင်းဝန်ထမ်း လစာ ၃ သိန်း မှ ၄ သိန်း'],
    lo: ['ບໍລິສັດ ໃນນະຄອນຫຼວງວຽງຈັນ ຮັບສະໝັກພະນັກງານຂາຍ ເງິນເດືອນ 4,000,000 ກີບ'],
    ja: [
      '東京都 事務スタッフ 月給22万円〜25万円 交通費支給',
      '【現地採用】プノンペン 日本語カスタマーサポート 給与：US$1,500〜1,800／月 就労許可証（ワークパーミット）とEビザは会社が取得',
    ],
    ko: ['서울 강남 사무보조 채용 월급 250만원 4대보험', '베트남 하노이 한국계 전자회사 생산관리 사무원, 연봉 3500만~4000만원, 기숙사 제공'],
    hi: ['दिल्ली में डेटा एंट्री ऑपरेटर की आवश्यकता, वेतन 15,000 से 18,000 रुपये प्रति माह'],
    bn: ['ঢাকায় ডাটা এন্ট্রি অপারেটর নিয়োগ, বেতন ১৫,০০০ টাকা মাসিক'],
    ne: ['काठमाडौंमा रिसेप्सनिस्ट चाहियो, मासिक तलब रु. २०,००० देखि २५,०००'],
    si: ['කොළඹ ආයතනයක ලිපිකරු තනතුර, වැටුප රු. 60,000 මසකට'],
    es: ['Auxiliar administrativo en Guadalajara, Jalisco. Sueldo $9,500 mensuales más prestaciones de ley.'],
    pt: [
      'Assistente administrativo em São Paulo, salário de R$ 2.200 por mês + vale-transporte',
      'Salário compatível com o mercado. Atendemos mais de 100 mil clientes em São Paulo.',
    ],
    ru: ['Вакансия: оператор call-центра, Москва. Зарплата от 60 000 до 80 000 руб. в месяц, оформление по ТК РФ.'],
    sw: ['Nafasi ya kazi: karani wa ofisi, Nairobi. Mshahara KSh 35,000 kwa mwezi.'],
    am: ['በአዲስ አበባ የጸሐፊነት ሥራ፣ ወርሃዊ ደመወዝ 8,000 ብር'],
  },
} satisfies SignalExamples;
