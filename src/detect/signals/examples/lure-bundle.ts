import type { SignalExamples } from '../signal.ts';

// Fires: written from red-flags.md wording and the way ads and recruiter chats put it in each
// language. Quiet: genuine ads that share the words (ticketing, visa, hotel, meals) but offer
// no perk.
export default {
  min: 0.75,
  fires: {
    en: [
      'Flights, visa and housing are company-paid for the first year. Meals and food are provided by the company.',
      'Benefits: free air ticket, free visa, free food and accommodation. No cost to you!',
      'We cover your round-trip airfare and work visa. Free meals and free dormitory housing.',
      'Air ticket is on the company, visa processing handled by us, food & accommodation provided.',
    ],
    zh: [
      '待遇：包吃包住，报销机票，公司办理签证',
      '机票签证公司出，吃住全包，月薪过万',
      '往返机票报销 提供食宿 落地即可上班',
      '海外客服 月薪1.5万 包吃住 机票落地报销',
    ],
    'zh-Hant': ['包吃包住 機票報銷 簽證公司辦理', '來回機票公司出，供食宿，簽證免費辦理'],
    vi: [
      'Bao vé máy bay, bao ăn ở, hỗ trợ visa, không mất chi phí',
      'Cty lo vé máy bay 2 chiều, bao ăn ở, làm visa miễn phí',
      'Bao ve may bay, bao an o, visa mien phi',
    ],
    id: [
      'Fasilitas: tiket pesawat gratis, makan dan mess gratis, visa ditanggung perusahaan',
      'Tiket pesawat PP ditanggung PT, visa kerja diurus, mess dan makan gratis',
      'Free tiket + visa, makan 3x sehari, tempat tinggal disediakan',
    ],
    ms: [
      'Kemudahan: tiket kapal terbang percuma, permit kerja diuruskan majikan, makan percuma dan penginapan disediakan.',
      'Syarikat tanggung tiket flight & visa. Hostel disediakan, makanan percuma.',
    ],
    tl: [
      'Libreng pamasahe, libreng visa, libreng pagkain at tirahan!',
      'Sagot ng kumpanya ang ticket at visa. Libre ang kain at may libreng tulugan.',
      'Libre ang pamasahe, visa, tirahan at pagkain.',
    ],
    th: ['ฟรีตั๋วเครื่องบิน ทำวีซ่าให้ มีที่พักและอาหารฟรี', 'บริษัทออกค่าตั๋วเครื่องบินไปกลับ วีซ่าบริษัทจัดการให้ กินอยู่ฟรี'],
    km: ['សំបុត្រយន្តហោះឥតគិតថ្លៃ ទិដ្ឋាការក្រុមហ៊ុនចេញថ្លៃ មានកន្លែងស្នាក់នៅ និងអាហារឥតគិតថ្លៃ', 'ក្រុមហ៊ុនធ្វើទិដ្ឋាការឱ្យ ហូបចុកឥតគិតថ្លៃ បន្ទប់ស្នាក់នៅឥតគិតថ្លៃ'],
    my: ['လေယာဉ်လက်မှတ် အခမဲ့၊ ဗီဇာ ကုမ္ပဏီမှ ကျခံ၊ စားစရာ နေစရာ အခမဲ့', 'အခမဲ့ လေယာဉ်လက်မှတ်၊ ထမင်းကျွေးမည်၊ အဆောင် အခမဲ့'],
    lo: ['ປີ້ຍົນຟຣີ ວີຊາບໍລິສັດອອກໃຫ້ ມີທີ່ພັກແລະອາຫານ', 'ຟຣີປີ້ຍົນໄປກັບ, ອາຫານ 3 ຄາບຟຣີ, ທີ່ພັກຟຣີ'],
    ja: ['往復航空券支給、ビザ取得費用は会社負担、寮完備・食事付き', '渡航費全額会社負担、三食付き、社宅無料'],
    ko: [
      '기숙사·항공권·비자·식사 등 제공, 월급 보장',
      '항공권 제공, 비자 지원, 숙식 제공',
      '왕복 항공권 100% 지원, 비자는 회사에서 해결, 숙소 무료, 식사 제공',
      '숙식 제공, 체류비 지원, 왕복 항공권 제공',
    ],
    hi: [
      'हवाई टिकट फ्री, वीजा कंपनी की तरफ से, रहना खाना फ्री',
      'Visa aur ticket free, rehna khana company ki taraf se',
      'मुफ़्त वीज़ा, मुफ़्त हवाई टिकट, खाना और रहना मुफ्त',
    ],
    bn: ['ভিসা ও টিকিট ফ্রি, থাকা-খাওয়া ফ্রি', 'বিমান টিকিট কোম্পানি বহন করবে, ফ্রি ভিসা, থাকার ব্যবস্থা ফ্রি, খাবার ফ্রি'],
    ne: ['फ्री भिसा फ्री टिकट, खाना बस्न कम्पनीले', 'हवाई टिकट कम्पनीले व्यहोर्ने, निःशुल्क खाना र बस्ने व्यवस्था'],
    si: ['ගුවන් ටිකට් නොමිලේ, වීසා සමාගමෙන්, කෑම සහ නවාතැන් නොමිලේ', 'නොමිලේ වීසා සහ ටිකට්, ආහාර හා නේවාසික පහසුකම් සමාගමෙන්'],
    es: [
      'Boleto de avión pagado por la empresa, visa gratis, alojamiento y comida incluidos.',
      'Te pagamos el pasaje y tramitamos tu visa. Comida gratis y hospedaje incluido.',
    ],
    pt: [
      'Passagem aérea paga pela empresa, visto por conta da empresa, moradia e alimentação inclusas.',
      'Nós pagamos sua passagem e tiramos seu visto. Alojamento grátis e refeições inclusas.',
    ],
    ru: [
      'Бесплатный авиабилет, визу оформляем за счёт компании, бесплатное проживание и питание.',
      'Перелёт оплачивается работодателем, рабочая виза бесплатно, жильё и питание предоставляются.',
    ],
    sw: [
      'Tiketi ya ndege bure, viza italipiwa na kampuni, chakula na malazi bure.',
      'Kampuni italipa tiketi na viza. Malazi ni bure na chakula kinatolewa na kampuni.',
    ],
    am: ['የአውሮፕላን ትኬት በነፃ፣ ቪዛ በድርጅቱ፣ ምግብና መኝታ በነፃ', 'ነፃ ትኬትና ቪዛ፣ ምግብ በነፃ፣ መኖሪያ ቤት በድርጅቱ'],
  },
  quiet: {
    en: [
      'Travel consultant: you will book flights, visas and hotels for our corporate clients.',
      'Benefits: HMO from day 1, free shuttle, paid time off, performance bonus.',
      'Airline ticketing agent needed at NAIA. Handles visa inquiries and hotel bookings for clients.',
    ],
    zh: ['五险一金 带薪年假 节日福利 周末双休', '机票代理销售，负责客户签证咨询，食宿自理'],
    'zh-Hant': ['旅行社徵票務人員，熟悉機票訂位與簽證申請流程'],
    vi: ['Phúc lợi: BHXH, thưởng tháng 13, du lịch hàng năm', 'Nhân viên bán vé máy bay tại phòng vé, tư vấn thủ tục visa cho khách'],
    id: [
      'Benefit: BPJS Kesehatan, tunjangan transport, THR',
      'Staf ticketing: melayani pemesanan tiket pesawat dan pengurusan dokumen perjalanan. Uang makan dan transport.',
    ],
    ms: ['Eksekutif tiket penerbangan di agensi pelancongan, urus tempahan hotel dan visa pelanggan.'],
    tl: ['Hiring Ticketing Staff sa travel agency sa Cubao. Mag-process ng visa at hotel booking ng clients.'],
    th: ['สวัสดิการ: ประกันสังคม โบนัสประจำปี ชุดยูนิฟอร์ม', 'พนักงานขายตั๋วเครื่องบิน ประจำเคาน์เตอร์ ดูแลเอกสารวีซ่าลูกค้า มีประกันสังคม'],
    km: ['ភ្នាក់ងារលក់សំបុត្រយន្តហោះ និងជួយរៀបចំឯកសារទិដ្ឋាការ សម្រាប់អតិថិជន'],
    my: ['လေယာဉ်လက်မှတ် အရောင်းဝန်ထမ်း ခေါ်ယူမည်၊ ဗီဇာ လျှောက်လွှာ ကူညီပေးရမည်'],
    lo: ['ຮັບສະໝັກພະນັກງານຂາຍປີ້ຍົນ ປະຈຳຫ້ອງການ ແລະ ຊ່ວຍເຫຼືອລູກຄ້າເລື່ອງວີຊາ'],
    ja: ['旅行会社のカウンター業務：航空券の手配、ビザ申請の代行、ホテル予約'],
    ko: ['항공사 발권 담당자 채용 (항공권 예약 및 비자 서류 안내)'],
    hi: ['ट्रैवल एजेंसी में टिकट बुकिंग और वीजा आवेदन का काम, वेतन 18000'],
    bn: ['ট্রাভেল এজেন্সিতে টিকিট বিক্রয় ও ভিসা প্রসেসিং অফিসার নিয়োগ'],
    ne: ['ट्राभल एजेन्सीका लागि टिकटिङ अफिसर आवश्यक, भिसा प्रक्रियाको अनुभव'],
    si: ['සංචාරක ආයතනයකට ගුවන් ටිකට් වෙන්කිරීමේ නිලධාරියෙක් අවශ්‍යයි. වීසා ලිපිලේඛන පිළිබඳ දැනුම'],
    es: ['Agente de viajes: venta de boletos de avión, asesoría en trámites de visa y reservas de hotel.'],
    pt: ['Agente de viagens: emissão de passagens aéreas, orientação sobre visto e reservas de hotel. Vale-refeição.'],
    ru: ['Менеджер по продаже авиабилетов и оформлению виз для клиентов турагентства.'],
    sw: ['Wakala wa usafiri anatafuta mhudumu wa kukata tiketi za ndege na kushughulikia viza za wateja.'],
    am: ['የጉዞ ወኪል የአውሮፕላን ትኬት ሽያጭ ሰራተኛ ይፈልጋል፤ የቪዛ ማመልከቻ ልምድ ያለው'],
  },
} satisfies SignalExamples;
