/**
 * Phrase banks for the synthetic generator, one per language. Lure phrases follow the
 * indicators in ../shared/notes/red-flags.md (§3 A–E and the per-country quotes in §2);
 * genuine look-alike phrases describe real-world BPO / customer-service / relocation /
 * crypto-support hiring with a named employer, a work permit and a normal process.
 * Employer names in genuine rows are either well-known BPOs or invented ("… Co., Ltd.").
 */

export interface LureBank {
  roles: string[];
  vagueCompany: string[];
  places: string[];
  /** Pay phrases; `{n}` is replaced by a number from `payRange` (formatted), `{c}` by a currency. */
  pay: string[];
  payRange: [number, number, number]; // min, max, step
  perks: string[];
  travel: string[];
  easy: string[];
  reassure: string[];
  urgent: string[];
  referral: string[];
  /** Indicator 13 of red-flags.md: a passport copy asked for early, a fee or deposit, travel money sent. */
  fee: string[];
  age: string[];
  /** Contact lines; `{h}` = handle, `{p}` = phone, `{app}` = messaging app name. */
  contact: string[];
  openers: string[];
  chatOpeners: string[];
  labels: { position: string; salary: string; benefits: string; requirements: string; contact: string; location: string; company: string };
}

export interface GenuineBank {
  employers: string[];
  roles: string[];
  places: string[];
  pay: string[];
  payRange: [number, number, number];
  benefits: string[];
  duties: string[];
  requirements: string[];
  process: string[];
  apply: string[];
  intro: string[];
  labels: { position: string; salary: string; benefits: string; requirements: string; duties: string; location: string };
}

export interface LangBanks {
  lang: string;
  lure: LureBank;
  genuine: GenuineBank;
}

const EN: LangBanks = {
  lang: 'en',
  lure: {
    roles: ['Customer Service', 'Online Customer Service Representative', 'Chat Support', 'Data Entry Clerk', 'Typist', 'Digital Sales and Marketing Executive', 'Online Marketing Staff', 'Admin Assistant', 'Game Tester', 'Translator / Interpreter', 'Crypto Customer Support', 'Casino Receptionist', 'Social Media Admin', 'CSR (English speaker)'],
    vagueCompany: ['a foreign company', 'a big Chinese company', 'an international investment company', 'Company name: confidential', 'a licensed online company', 'a well-known e-commerce company', 'Golden Star Tech Group', 'Asia Win Network Co., Ltd.', 'Royal Bay Digital', 'Skyline Global Trading'],
    places: ['Cambodia', 'Sihanoukville, Cambodia', 'Phnom Penh', 'Bavet', 'Poipet', 'Myawaddy', 'Myanmar (near Thai border)', 'Golden Triangle SEZ, Laos', 'Bokeo, Laos', 'Thailand (Mae Sot)', 'Bangkok, Thailand', 'Dubai → Thailand', 'KK Park', 'Shwe Kokko', 'Tachileik'],
    pay: ['Salary: ${n} per month', 'USD {n}–{n2}/month + commission', 'earn up to ${n} monthly', 'Basic salary {n} USDT', 'Salary $ {n}++ per month', 'monthly income {n} USD guaranteed'],
    payRange: [1200, 4500, 100],
    perks: ['FREE flight ticket', 'free visa processing', 'free food and accommodation', 'free air ticket + visa + food + room', 'company pays your ticket and visa, you don\'t need to spend a single cent', 'free hotel accommodation with swimming pool', 'meals and lodging provided', 'return air ticket provided'],
    travel: ['travel on tourist visa, we will process working visa later', 'no visa needed, visa on arrival', 'you will enter as a tourist', 'fly to Bangkok first, our driver will pick you up and bring you across', 'pose as a tourist at immigration', 'we send you the ticket by Telegram one day before the flight', 'transit via Vietnam or Malaysia', 'just bring your passport'],
    easy: ['no experience needed', 'just need typing skills', 'easy job, just chatting with customers', 'no degree required', 'basic computer skills only', 'simple typing test only', 'light work, high salary'],
    reassure: ['100% legit', '100% legal company', 'safe and guaranteed', 'not a scam', 'trusted company, many Filipinos already working here', 'your safety is our priority'],
    urgent: ['URGENT HIRING', 'flight next week!', 'limited slots only', 'immediate deployment', 'start ASAP', 'interview today, fly tomorrow'],
    referral: ['refer a friend and get $200 bonus', 'bring your friends, referral fee paid', 'recruiters also wanted'],
    fee: ['send a copy of your passport first so we can start processing', 'processing fee $150 only, refunded after your first salary', 'pay the visa fee first, it will be deducted from your salary later', 'we will send you money for the ticket'],
    age: ['age 18-35 only', 'age 20 to 30', 'male/female 18-32 years old'],
    contact: ['Contact Telegram: @{h}', 'PM me on Telegram @{h}', 'WhatsApp: {p}', 'interested? message me on WhatsApp {p}', 'DM for details', 'Telegram: t.me/{h}', 'add me on {app}: {h}', 'T e l e g r a m: @{h}', 'apply via Tele @ {h}', 'wa.me/{pd}'],
    openers: ['We are hiring!', 'Job opportunity abroad!', 'HIRING NOW', 'Looking for', 'Overseas job offer', 'Good news for job seekers!'],
    chatOpeners: ['Hi dear, are you looking for a job?', 'Hello, I saw your profile. We have a job offer for you.', 'Good day sir/maam, are you still looking for work?', 'Hi! My boss is looking for staff, interested?'],
    labels: { position: 'Position', salary: 'Salary', benefits: 'Benefits', requirements: 'Requirements', contact: 'Contact', location: 'Location', company: 'Company' },
  },
  genuine: {
    employers: ['Concentrix', 'Teleperformance', 'TaskUs', 'Foundever', 'Alorica', 'TTEC', 'Accenture', 'Sutherland', 'VXI Global Solutions', 'Startek', 'Telus International', 'Coins.ph', 'Bitkub Online Co., Ltd.', 'Lumina Hotels & Resorts', 'Meridian Logistics Sdn Bhd', 'Siam Digital Services Co., Ltd.'],
    roles: ['Customer Service Representative', 'Technical Support Specialist', 'Chat Support Associate', 'Data Entry Specialist', 'Customer Support Agent (Crypto Exchange)', 'Content Moderator', 'Japanese-speaking Customer Service', 'Front Office Agent', 'Sales Associate', 'Operations Associate', 'Inbound Call Centre Agent', 'Korean Language Customer Support'],
    // "place|currency": the pay template and range follow the place's currency (see generate.ts).
    places: ['Taguig City, Metro Manila|PHP', 'Cebu IT Park, Cebu City|PHP', 'Quezon City|PHP', 'Makati City|PHP', 'Pasay City|PHP', 'Iloilo City|PHP', 'Kuala Lumpur, Malaysia|MYR', 'Cyberjaya, Selangor|MYR', 'Bangkok (Silom)|THB', 'Phnom Penh, Cambodia|USD', 'Siem Reap, Cambodia|USD', 'Dubai, UAE|AED', 'Ho Chi Minh City|USD'],
    pay: ['{c} {n} – {n2} per month', 'Salary range: {c} {n} to {n2} gross', '{c} {n} – {n2} monthly'],
    payRange: [17000, 32000, 500],
    benefits: ['HMO coverage from day 1', '13th month pay', 'paid leave and government-mandated benefits (SSS, PhilHealth, Pag-IBIG)', 'night differential', 'EPF and SOCSO contributions', 'performance bonus reviewed quarterly', 'transportation allowance', 'employment visa and work permit sponsored by the company', 'relocation package: one-way flight, 2 weeks serviced apartment, work permit handled by HR', 'medical insurance', 'annual salary review'],
    duties: ['handle inbound calls and emails from customers of our telecom client', 'resolve account and billing issues following the client\'s process', 'document every interaction in the CRM', 'troubleshoot basic internet connectivity issues', 'answer customer questions about deposits and withdrawals on our exchange platform (KYC-verified accounts only)', 'escalate complex cases to tier 2', 'meet quality and average handling time targets'],
    requirements: ['at least senior high school graduate or college level', 'good English communication skills', 'willing to work on shifting schedules', 'with or without BPO experience', 'amenable to work onsite', 'typing speed of at least 35 wpm', 'must be a citizen or hold a valid work pass', 'at least 1 year customer service experience'],
    process: ['Hiring process: online assessment, HR interview, operations interview, job offer', 'Shortlisted candidates will be contacted by our Talent Acquisition team via official company email', 'Training: 4 weeks paid product training before going live', 'We never ask applicants for any fee.', 'Successful candidates sign an employment contract before starting; work permit processed through the Ministry of Labour'],
    apply: ['Apply through our careers page.', 'Click Apply on JobStreet to submit your CV.', 'Send your CV through the Apply button; only shortlisted candidates will be notified.', 'Walk-in applicants are welcome Monday to Friday, 9 AM – 4 PM at our site.', 'Apply via LinkedIn Easy Apply.'],
    intro: ['We are a global customer experience company with sites in more than 30 countries.', 'Join a leading BPO in the Philippines and grow your career.', 'Our client is a regulated cryptocurrency exchange licensed by the central bank.', 'A five-star hotel group is hiring for its new property.', 'We are expanding our shared services centre.'],
    labels: { position: 'Position', salary: 'Salary', benefits: 'Benefits', requirements: 'Qualifications', duties: 'Responsibilities', location: 'Location' },
  },
};

const ZH: LangBanks = {
  lang: 'zh',
  lure: {
    roles: ['客服', '在线客服', '打字员', '网络推广', '文员', '行政助理', '翻译', '数据录入', '游戏测试', '电销', '业务员'],
    vagueCompany: ['正规大公司', '海外直招', '公司直招', '外资公司', '大型集团公司', '某科技公司'],
    places: ['柬埔寨', '柬埔寨西港', '金边', '缅甸妙瓦底', '缅北', '老挝金三角', '泰国', '迪拜', '菲律宾马尼拉'],
    pay: ['月薪{n}起', '底薪{n}+高提成', '月入过万', '月薪{n}-{n2}元', '保底{n}美金'],
    payRange: [12000, 40000, 1000],
    perks: ['包吃包住', '报销机票', '包机票', '免费办签证', '吃住全包', '酒店式住宿，带泳池'],
    travel: ['旅游签过去', '落地签即可', '先到泰国再安排过去', '不需要签证', '走小路过境', '护照自己准备好就行'],
    easy: ['轻松', '学历经验不限', '会打字就行', '零基础可做', '工作简单', '只需会聊天'],
    reassure: ['本公司绝对不是黑公司', '正规合法', '保证安全', '100%正规', '不是骗子'],
    urgent: ['急招', '名额有限', '下周就能出发', '随时可以上班', '今天面试明天出发'],
    referral: ['介绍朋友有奖励', '推荐一人奖励2000元', '同时招代理'],
    fee: ['先发护照照片过来办手续', '交押金2000元，发工资后退还', '签证费先自己交，到了从工资里扣', '路费先打给你'],
    age: ['年龄18-35岁', '限18至30岁', '男女不限，18-35岁'],
    contact: ['飞机联系 @{h}', '加微信：{h}', 'QQ：{pn}', 'Telegram：@{h}', '私聊', '电报 @{h}', '联系方式：纸飞机 {h}', 'WhatsApp {p}'],
    openers: ['高薪招聘', '海外高薪', '招聘', '急聘', '好消息'],
    chatOpeners: ['你好，在找工作吗？', '老铁，有个高薪工作介绍给你', '您好，看到你在找工作，我们这边缺人'],
    labels: { position: '岗位', salary: '薪资', benefits: '福利', requirements: '要求', contact: '联系方式', location: '工作地点', company: '公司' },
  },
  genuine: {
    employers: ['华为技术有限公司', '京东客服中心', '携程旅行网', '中国平安保险', '顺丰速运', '阿里巴巴', '金边希尔顿酒店', '腾讯科技'],
    roles: ['客服专员', '在线客服', '售后服务专员', '数据录入员', '行政文员', '前台接待', '技术支持工程师'],
    places: ['上海市浦东新区', '北京市朝阳区', '深圳市南山区', '广州市天河区', '成都市高新区', '金边'],
    pay: ['{n}-{n2}元/月', '月薪{n}-{n2}元，13薪', '{n}-{n2}元'],
    payRange: [4500, 12000, 500],
    benefits: ['五险一金', '带薪年假', '年终奖', '周末双休', '节日福利', '员工体检', '餐补', '公司提供工作签证和工作许可'],
    duties: ['负责处理客户来电及在线咨询', '记录并跟进客户问题', '维护客户关系', '完成部门安排的其他工作', '按公司流程处理退换货'],
    requirements: ['大专及以上学历', '普通话标准', '熟练使用办公软件', '有客服经验者优先', '能接受排班'],
    process: ['招聘流程：投递简历—笔试—面试—发放录用通知', '入职签订正式劳动合同', '公司不收取任何费用'],
    apply: ['请通过公司官网投递简历', '请在本平台投递简历', '简历请发送至公司招聘邮箱'],
    intro: ['公司成立于2005年，是行业领先企业', '我司为上市公司，业务覆盖全国', '集团总部位于上海'],
    labels: { position: '职位', salary: '薪资', benefits: '福利待遇', requirements: '任职要求', duties: '岗位职责', location: '工作地址' },
  },
};

const VI: LangBanks = {
  lang: 'vi',
  lure: {
    roles: ['nhân viên CSKH', 'nhân viên chăm sóc khách hàng online', 'nhân viên đánh máy', 'nhập liệu', 'marketing online', 'trực page', 'phiên dịch', 'nhân viên văn phòng'],
    vagueCompany: ['công ty nước ngoài', 'công ty lớn', 'tập đoàn đầu tư', 'công ty Trung Quốc'],
    places: ['Campuchia', 'Sihanoukville', 'Phnom Penh', 'Bavet', 'Myanmar', 'Thái Lan', 'Lào'],
    pay: ['lương {n} triệu/tháng', 'thu nhập {n}-{n2} triệu', 'lương cứng {n} triệu + hoa hồng', 'lương {n}$'],
    payRange: [20, 60, 5],
    perks: ['bao ăn ở', 'hỗ trợ vé máy bay', 'công ty lo visa', 'ứng trước chi phí đi lại', 'miễn phí ăn ở'],
    travel: ['đi theo diện du lịch', 'không cần visa', 'qua cửa khẩu sẽ có người đón', 'chỉ cần hộ chiếu'],
    easy: ['việc nhẹ lương cao', 'không cần kinh nghiệm', 'chỉ cần biết đánh máy', 'không yêu cầu bằng cấp', 'công việc đơn giản'],
    reassure: ['uy tín 100%', 'công ty hợp pháp', 'đảm bảo an toàn', 'không lừa đảo'],
    urgent: ['tuyển gấp', 'số lượng có hạn', 'đi ngay tuần sau', 'nhận việc ngay'],
    referral: ['giới thiệu bạn bè được thưởng', 'tuyển cộng tác viên giới thiệu'],
    fee: ['gửi ảnh hộ chiếu để làm hồ sơ', 'đóng phí làm hồ sơ 3 triệu, sẽ hoàn lại sau', 'đặt cọc 5 triệu để giữ chỗ', 'công ty chuyển trước tiền vé cho bạn'],
    age: ['tuổi từ 18-35', 'nam nữ 18-30 tuổi'],
    contact: ['liên hệ Zalo {p}', 'inbox Telegram @{h}', 'ib mình qua Zalo', 'liên hệ tele @{h}', 'WhatsApp {p}'],
    openers: ['TUYỂN GẤP', 'Việc làm Campuchia', 'Cơ hội việc làm nước ngoài', 'Tuyển dụng'],
    chatOpeners: ['Chào bạn, bạn đang tìm việc à?', 'Em ơi, bên anh đang cần người, em có muốn đi làm không?', 'Chào bạn, công ty mình đang tuyển nhân viên online'],
    labels: { position: 'Vị trí', salary: 'Lương', benefits: 'Quyền lợi', requirements: 'Yêu cầu', contact: 'Liên hệ', location: 'Địa điểm', company: 'Công ty' },
  },
  genuine: {
    employers: ['Công ty TNHH Concentrix Việt Nam', 'FPT Telecom', 'Viettel', 'Ngân hàng TMCP Á Châu (ACB)', 'Shopee Việt Nam', 'Tiki', 'Công ty CP Dịch vụ Di Động Trực Tuyến (MoMo)', 'Khách sạn Sofitel Phnom Penh'],
    roles: ['Nhân viên chăm sóc khách hàng', 'Nhân viên tổng đài', 'Chuyên viên hỗ trợ kỹ thuật', 'Nhân viên nhập liệu', 'Nhân viên lễ tân'],
    places: ['Quận 1, TP. Hồ Chí Minh', 'Cầu Giấy, Hà Nội', 'Đà Nẵng', 'Quận 7, TP. Hồ Chí Minh', 'Phnom Penh'],
    pay: ['{n} - {n2} triệu', 'Lương: {n} - {n2} triệu VND', 'Thỏa thuận ({n} - {n2} triệu)'],
    payRange: [7, 15, 1],
    benefits: ['Đóng BHXH, BHYT đầy đủ', 'Lương tháng 13', 'Nghỉ phép năm 12 ngày', 'Khám sức khỏe định kỳ', 'Được đào tạo nghiệp vụ', 'Công ty hỗ trợ giấy phép lao động'],
    duties: ['Tiếp nhận và xử lý cuộc gọi của khách hàng', 'Tư vấn sản phẩm, dịch vụ', 'Ghi nhận phản hồi vào hệ thống CRM', 'Phối hợp với các bộ phận liên quan'],
    requirements: ['Tốt nghiệp Cao đẳng trở lên', 'Giọng nói dễ nghe', 'Sử dụng thành thạo tin học văn phòng', 'Có thể làm việc theo ca'],
    process: ['Quy trình: nộp hồ sơ, phỏng vấn vòng 1 với HR, phỏng vấn chuyên môn, nhận offer', 'Ký hợp đồng lao động chính thức', 'Công ty không thu bất kỳ khoản phí nào'],
    apply: ['Ứng viên nộp hồ sơ trực tuyến bằng cách bấm Ứng tuyển ngay.', 'Gửi CV qua email tuyển dụng của công ty.'],
    intro: ['Công ty hoạt động trong lĩnh vực viễn thông từ năm 1997.', 'Chúng tôi là doanh nghiệp thương mại điện tử hàng đầu Việt Nam.'],
    labels: { position: 'Vị trí', salary: 'Mức lương', benefits: 'Quyền lợi', requirements: 'Yêu cầu ứng viên', duties: 'Mô tả công việc', location: 'Địa điểm làm việc' },
  },
};

const ID: LangBanks = {
  lang: 'id',
  lure: {
    roles: ['admin media sosial', 'operator data', 'customer service online', 'admin chat', 'marketing online', 'penerjemah', 'staf input data'],
    vagueCompany: ['perusahaan asing', 'perusahaan investasi internasional', 'perusahaan e-commerce besar', 'PT rahasia'],
    places: ['Kamboja', 'Phnom Penh', 'Sihanoukville', 'Myanmar', 'Thailand', 'Laos'],
    pay: ['gaji Rp {n} juta/bulan', 'gaji {n}-{n2} juta', 'gaji pokok Rp {n} juta + bonus', 'gaji USD {n}'],
    payRange: [8, 20, 1],
    perks: ['tiket pesawat gratis', 'mess dan makan ditanggung', 'visa diurus perusahaan', 'akomodasi gratis', 'kenaikan gaji secara berkala'],
    travel: ['berangkat pakai visa turis', 'tidak perlu visa kerja', 'transit lewat Thailand', 'cukup punya paspor'],
    easy: ['tanpa pengalaman', 'cukup bisa mengetik dan punya paspor', 'tidak perlu ijazah', 'kerja santai gaji besar'],
    reassure: ['100% aman', 'perusahaan resmi dan legal', 'dijamin bukan penipuan'],
    urgent: ['DIBUTUHKAN SEGERA', 'kuota terbatas', 'berangkat minggu depan'],
    referral: ['ajak teman dapat bonus', 'dicari juga perekrut'],
    fee: ['kirim foto paspor dulu untuk proses', 'biaya admin Rp 2 juta, dikembalikan setelah gajian', 'bayar deposit Rp 1 juta sebelum berangkat', 'kami transfer uang tiket dulu'],
    age: ['usia 18-35 tahun', 'pria/wanita usia 20-30'],
    contact: ['hubungi WA {p}', 'info lebih lanjut chat Telegram @{h}', 'DM saja', 'WA: {p}'],
    openers: ['LOWONGAN KERJA LUAR NEGERI', 'Lowongan kerja', 'Info loker', 'Dicari karyawan'],
    chatOpeners: ['Halo kak, lagi cari kerja?', 'Permisi, kami ada lowongan kerja untuk kakak', 'Hai, mau kerja di luar negeri gaji besar?'],
    labels: { position: 'Posisi', salary: 'Gaji', benefits: 'Fasilitas', requirements: 'Persyaratan', contact: 'Kontak', location: 'Lokasi', company: 'Perusahaan' },
  },
  genuine: {
    employers: ['PT Telkom Indonesia', 'PT Bank Central Asia Tbk', 'Tokopedia', 'PT Astra International', 'Shopee Indonesia', 'PT Concentrix Services Indonesia', 'PT Indodana'],
    roles: ['Customer Service Officer', 'Staf Administrasi', 'Admin Input Data', 'Call Center Agent', 'Technical Support'],
    places: ['Jakarta Selatan', 'Jakarta Barat', 'Bandung', 'Surabaya', 'Tangerang'],
    pay: ['Rp{n}.000.000 – Rp{n2}.000.000 per month', 'Gaji Rp {n} - {n2} juta'],
    payRange: [4, 9, 1],
    benefits: ['BPJS Kesehatan dan Ketenagakerjaan', 'THR', 'asuransi kesehatan', 'cuti tahunan', 'pelatihan berkala'],
    duties: ['menangani pertanyaan pelanggan melalui telepon dan email', 'mencatat keluhan pelanggan di sistem', 'berkoordinasi dengan tim terkait'],
    requirements: ['pendidikan minimal D3/S1', 'mampu berkomunikasi dengan baik', 'menguasai Microsoft Office', 'bersedia bekerja shift'],
    process: ['Proses rekrutmen: psikotes, interview HR, interview user, offering', 'Perusahaan tidak memungut biaya apa pun selama proses rekrutmen'],
    apply: ['Lamar melalui tombol Lamar di JobStreet.', 'Kirim CV melalui portal karier resmi perusahaan.'],
    intro: ['Kami adalah perusahaan teknologi terkemuka di Indonesia.', 'Perusahaan perbankan nasional dengan lebih dari 1.000 cabang.'],
    labels: { position: 'Posisi', salary: 'Gaji', benefits: 'Fasilitas', requirements: 'Kualifikasi', duties: 'Deskripsi Pekerjaan', location: 'Lokasi' },
  },
};

const MS: LangBanks = {
  lang: 'ms',
  lure: {
    roles: ['khidmat pelanggan', 'admin online', 'kerani data', 'pemasaran digital', 'penyambut tetamu kasino', 'penterjemah'],
    vagueCompany: ['syarikat luar negara', 'syarikat pelaburan antarabangsa', 'syarikat berlesen'],
    places: ['Kemboja', 'Phnom Penh', 'Sihanoukville', 'Myanmar', 'Thailand', 'Laos'],
    pay: ['gaji USD {n} sebulan', 'gaji RM {n} - RM {n2}', 'pendapatan sehingga USD {n}'],
    payRange: [2000, 4000, 100],
    perks: ['tiket kapal terbang percuma', 'penginapan dan makan percuma', 'visa diuruskan syarikat', 'tempat tinggal disediakan'],
    travel: ['masuk guna visa pelancong', 'tak perlu visa', 'transit di Bangkok dulu', 'bawa pasport sahaja'],
    easy: ['tiada pengalaman diperlukan', 'kerja senang gaji lumayan', 'hanya perlu pandai menaip'],
    reassure: ['100% sah', 'syarikat berdaftar dan selamat', 'bukan scam'],
    urgent: ['JAWATAN KOSONG SEGERA', 'tempat terhad', 'terbang minggu depan'],
    referral: ['bawa kawan dapat bonus', 'ejen juga dicari'],
    fee: ['send passport copy via WhatsApp dulu', 'bayar deposit RM300 dulu untuk tempah slot', 'processing fee RM200 sahaja', 'we will send you money for the ticket'],
    age: ['umur 18-35 tahun', 'lelaki/perempuan 20-30 tahun'],
    contact: ['hubungi WhatsApp {p}', 'PM Telegram @{h}', 'whatsapp sahaja {p}', 'DM untuk info'],
    openers: ['JAWATAN KOSONG LUAR NEGARA', 'Peluang kerja', 'Kerja kosong'],
    chatOpeners: ['Hai, awak tengah cari kerja ke?', 'Salam, syarikat kami perlukan staf, berminat?'],
    labels: { position: 'Jawatan', salary: 'Gaji', benefits: 'Kemudahan', requirements: 'Syarat', contact: 'Hubungi', location: 'Lokasi', company: 'Syarikat' },
  },
  genuine: {
    employers: ['Maybank', 'AirAsia', 'Petronas', 'Telekom Malaysia', 'Concentrix Malaysia', 'Shopee Malaysia', 'Grab Malaysia'],
    roles: ['Eksekutif Khidmat Pelanggan', 'Ejen Pusat Panggilan', 'Kerani Kemasukan Data', 'Sokongan Teknikal'],
    places: ['Kuala Lumpur', 'Petaling Jaya, Selangor', 'Cyberjaya', 'Pulau Pinang', 'Johor Bahru'],
    pay: ['RM {n} - RM {n2} sebulan', 'Gaji RM{n} – RM{n2}'],
    payRange: [2200, 4000, 100],
    benefits: ['caruman KWSP dan PERKESO', 'insurans perubatan', 'cuti tahunan', 'bonus prestasi', 'elaun pengangkutan'],
    duties: ['menjawab panggilan dan e-mel pelanggan', 'merekod aduan dalam sistem', 'menyelesaikan isu akaun pelanggan'],
    requirements: ['sekurang-kurangnya SPM atau Diploma', 'fasih Bahasa Malaysia dan Inggeris', 'boleh bekerja mengikut syif'],
    process: ['Proses pengambilan: ujian dalam talian, temu duga HR, tawaran kerja', 'Syarikat tidak mengenakan sebarang bayaran'],
    apply: ['Mohon melalui laman kerjaya rasmi kami.', 'Klik Mohon di JobStreet.'],
    intro: ['Kami adalah syarikat telekomunikasi terkemuka di Malaysia.', 'Syarikat penerbangan tambang rendah terbesar di Asia.'],
    labels: { position: 'Jawatan', salary: 'Gaji', benefits: 'Faedah', requirements: 'Kelayakan', duties: 'Tanggungjawab', location: 'Lokasi' },
  },
};

const FIL: LangBanks = {
  lang: 'fil',
  lure: {
    roles: ['CSR', 'Customer Service', 'Data Encoder', 'Chat Support', 'Typist', 'Online Marketing', 'Call Center Agent'],
    vagueCompany: ['isang foreign company', 'malaking kumpanya sa abroad', 'Chinese company'],
    places: ['Cambodia', 'Myanmar', 'Thailand', 'Laos', 'Dubai', 'Vietnam'],
    pay: ['sahod ${n} kada buwan', 'sweldo {n}-{n2} USD', 'kita ng ${n} monthly'],
    payRange: [1000, 3000, 100],
    perks: ['libreng ticket', 'libreng visa, pagkain at tirahan', 'sagot ng company ang ticket', 'may libreng bahay at pagkain', 'may sign-on bonus'],
    travel: ['tourist visa lang', 'magpanggap na turista sa airport', 'hindi kailangan ng working visa', 'dadaan muna sa Vietnam', 'passport lang ang kailangan'],
    easy: ['walang experience kailangan', 'kahit undergrad pwede', 'madaling trabaho, chat lang', 'typing lang'],
    reassure: ['100% legit', 'hindi scam', 'safe at legal'],
    urgent: ['URGENT HIRING', 'alis next week', 'limited slots lang'],
    referral: ['may bonus kapag nag-refer ng kaibigan', 'hanap din ng recruiter'],
    fee: ['ipadala ang kopya ng pasaporte', 'processing fee 5,000 lang, ibabalik pagkatapos ng unang sahod', 'bayad sa processing bago umalis', 'we will send you money for the ticket'],
    age: ['edad 18-35', '20 hanggang 30 taong gulang'],
    contact: ['PM lang sa Telegram @{h}', 'message sa WhatsApp {p}', 'chat mo ako sa Messenger', 'text {p}'],
    openers: ['HIRING ABROAD!', 'Trabaho abroad', 'Looking for CSR', 'Hiring na po!'],
    chatOpeners: ['Hi po, naghahanap po ba kayo ng trabaho?', 'Hello po ma\'am/sir, may job offer po kami sa abroad', 'Good day po! Interested ka ba sa trabaho sa abroad?'],
    labels: { position: 'Posisyon', salary: 'Sahod', benefits: 'Benepisyo', requirements: 'Kailangan', contact: 'Contact', location: 'Lugar', company: 'Kumpanya' },
  },
  genuine: {
    employers: ['Concentrix', 'Teleperformance Philippines', 'TaskUs', 'Alorica', 'Globe Telecom', 'Jollibee Foods Corporation', 'BDO Unibank'],
    roles: ['Customer Service Representative', 'Call Center Agent', 'Chat Support', 'Data Encoder', 'Technical Support Representative'],
    places: ['Makati City', 'Pasig City', 'Cebu City', 'Davao City', 'Quezon City'],
    pay: ['PHP {n} - {n2} kada buwan', 'Sahod: PHP {n} - {n2}'],
    payRange: [16000, 28000, 500],
    benefits: ['HMO mula day 1', '13th month pay', 'SSS, PhilHealth at Pag-IBIG', 'night differential', 'paid leaves'],
    duties: ['sasagot ng tawag at email ng mga customer', 'mag-aasikaso ng concerns sa billing', 'mag-encode ng records sa system'],
    requirements: ['kahit senior high school graduate', 'maayos mag-English', 'handang mag-shifting schedule'],
    process: ['Proseso: online assessment, HR interview, final interview, job offer', 'Walang babayaran sa buong application process'],
    apply: ['Mag-apply sa aming careers page.', 'Mag-walk in sa aming site Lunes hanggang Biyernes.'],
    intro: ['Isa kami sa pinakamalaking BPO sa Pilipinas.', 'Sumali sa aming lumalaking team!'],
    labels: { position: 'Posisyon', salary: 'Sahod', benefits: 'Benepisyo', requirements: 'Kwalipikasyon', duties: 'Trabaho', location: 'Lokasyon' },
  },
};

const TH: LangBanks = {
  lang: 'th',
  lure: {
    roles: ['แอดมินออนไลน์', 'พนักงานตอบแชทลูกค้า', 'พนักงานคีย์ข้อมูล', 'แอดมินเพจ', 'พนักงานต้อนรับคาสิโน', 'การตลาดออนไลน์', 'ล่ามแปลภาษา'],
    vagueCompany: ['บริษัทต่างชาติ', 'บริษัทจีน', 'บริษัทใหญ่ในต่างประเทศ'],
    places: ['กัมพูชา', 'ปอยเปต', 'สีหนุวิลล์', 'พนมเปญ', 'เมียวดี', 'ลาว สามเหลี่ยมทองคำ', 'แม่สอด'],
    pay: ['เงินเดือน {n} บาท', 'รายได้ {n}-{n2} บาทต่อเดือน', 'เงินเดือนเริ่มต้น {n}+'],
    payRange: [30000, 90000, 5000],
    perks: ['บินฟรี', 'ที่พักฟรี อาหารฟรี', 'ทำวีซ่าให้ฟรี', 'มีที่พักพร้อมอาหาร 3 มื้อ'],
    travel: ['เข้าประเทศด้วยวีซ่าท่องเที่ยว', 'ไม่ต้องใช้วีซ่า', 'มีคนพาข้ามแดน', 'ใช้แค่พาสปอร์ต'],
    easy: ['ไม่ต้องมีประสบการณ์', 'งานง่าย แค่ตอบแชท', 'พิมพ์ดีดได้ก็พอ', 'ไม่จำกัดวุฒิ'],
    reassure: ['ถูกกฎหมาย 100%', 'ปลอดภัยแน่นอน', 'ไม่ใช่แก๊งคอลเซ็นเตอร์'],
    urgent: ['ด่วน!', 'รับจำนวนจำกัด', 'บินได้ทันที'],
    referral: ['แนะนำเพื่อนได้ค่าคอม', 'รับสมัครนายหน้าด้วย'],
    fee: ['ส่งรูปพาสปอร์ตมาก่อน', 'ค่าดำเนินการ 3,000 บาท', 'จ่ายค่ามัดจำก่อนเดินทาง', 'บริษัทโอนค่าตั๋วให้ก่อน'],
    age: ['อายุ 18-35 ปี', 'ชาย/หญิง อายุ 20-30 ปี'],
    contact: ['ติดต่อไลน์ {h}', 'แอดไลน์ @{h}', 'ทักเทเลแกรม @{h}', 'สนใจทักแชท'],
    openers: ['รับสมัครด่วน', 'งานต่างประเทศ รายได้ดี', 'รับสมัครพนักงาน'],
    chatOpeners: ['สวัสดีค่ะ สนใจงานรายได้ดีไหมคะ', 'หวัดดีครับ กำลังหางานอยู่หรือเปล่า'],
    labels: { position: 'ตำแหน่ง', salary: 'เงินเดือน', benefits: 'สวัสดิการ', requirements: 'คุณสมบัติ', contact: 'ติดต่อ', location: 'สถานที่', company: 'บริษัท' },
  },
  genuine: {
    employers: ['บริษัท ทรู คอร์ปอเรชั่น จำกัด (มหาชน)', 'ธนาคารกสิกรไทย', 'บริษัท เซ็นทรัล รีเทล คอร์ปอเรชั่น จำกัด', 'Agoda Services Co., Ltd.', 'Bitkub Online Co., Ltd.', 'บริษัท ไลน์แมน วงใน จำกัด'],
    roles: ['เจ้าหน้าที่บริการลูกค้า', 'พนักงาน Call Center', 'เจ้าหน้าที่คีย์ข้อมูล', 'เจ้าหน้าที่สนับสนุนด้านเทคนิค'],
    places: ['เขตบางรัก กรุงเทพมหานคร', 'เขตจตุจักร กรุงเทพมหานคร', 'เชียงใหม่', 'นนทบุรี'],
    pay: ['{n} - {n2} บาท', 'เงินเดือน {n}-{n2} บาท', 'ตามโครงสร้างบริษัทฯ'],
    payRange: [15000, 28000, 1000],
    benefits: ['ประกันสังคม', 'ประกันสุขภาพกลุ่ม', 'โบนัสประจำปี', 'กองทุนสำรองเลี้ยงชีพ', 'วันหยุดพักร้อน'],
    duties: ['ให้บริการตอบคำถามลูกค้าทางโทรศัพท์และแชท', 'บันทึกข้อมูลลงระบบ', 'ประสานงานกับหน่วยงานที่เกี่ยวข้อง'],
    requirements: ['วุฒิปริญญาตรีทุกสาขา', 'มีใจรักงานบริการ', 'ใช้คอมพิวเตอร์ได้ดี', 'สามารถทำงานเป็นกะได้'],
    process: ['ขั้นตอน: สมัครออนไลน์ สัมภาษณ์กับ HR สัมภาษณ์กับหัวหน้างาน', 'บริษัทไม่มีการเรียกเก็บเงินใดๆ'],
    apply: ['สมัครผ่านเว็บไซต์ของบริษัท', 'สมัครผ่าน JobThai'],
    intro: ['บริษัทชั้นนำด้านโทรคมนาคม', 'ธนาคารพาณิชย์ชั้นนำของประเทศ'],
    labels: { position: 'ตำแหน่ง', salary: 'เงินเดือน', benefits: 'สวัสดิการ', requirements: 'คุณสมบัติ', duties: 'หน้าที่ความรับผิดชอบ', location: 'สถานที่ปฏิบัติงาน' },
  },
};

const KM: LangBanks = {
  lang: 'km',
  lure: {
    roles: ['បុគ្គលិកបម្រើអតិថិជន', 'បុគ្គលិកវាយអក្សរ', 'បុគ្គលិកឆាតអនឡាញ', 'បុគ្គលិកទីផ្សារអនឡាញ', 'អ្នកបកប្រែ'],
    vagueCompany: ['ក្រុមហ៊ុនបរទេស', 'ក្រុមហ៊ុនចិន', 'ក្រុមហ៊ុនធំ'],
    places: ['ប្រទេសថៃ', 'ក្រុងព្រះសីហនុ', 'បាវិត', 'ប៉ោយប៉ែត', 'មីយ៉ាន់ម៉ា', 'ឡាវ'],
    pay: ['ប្រាក់ខែ {n} ដុល្លារ', 'ប្រាក់ខែ ${n}-${n2}', 'ប្រាក់ខែ {n}$ ឡើង'],
    payRange: [800, 2500, 100],
    perks: ['ស្នាក់នៅ និង អាហារ ឥតគិតថ្លៃ', 'សំបុត្រយន្តហោះ ឥតគិតថ្លៃ', 'ក្រុមហ៊ុនធ្វើទិដ្ឋាការឲ្យ'],
    travel: ['ទៅដោយទិដ្ឋាការទេសចរណ៍', 'មិនត្រូវការទិដ្ឋាការ', 'មានអ្នកទទួលនៅព្រំដែន'],
    easy: ['មិនត្រូវការបទពិសោធន៍', 'ការងារស្រួល ប្រាក់ខែខ្ពស់', 'ចេះវាយអក្សរបានហើយ'],
    reassure: ['ធានា ១០០%', 'ស្របច្បាប់', 'មានសុវត្ថិភាព'],
    urgent: ['ត្រូវការបន្ទាន់', 'ចំនួនមានកំណត់', 'ចេញដំណើរសប្តាហ៍ក្រោយ'],
    referral: ['ណែនាំមិត្តភក្តិ ទទួលបានប្រាក់រង្វាន់'],
    fee: ['send passport copy on Telegram', 'processing fee $100', 'pay the visa fee first', 'we will send you money for the ticket'],
    age: ['អាយុ ១៨-៣៥ ឆ្នាំ', 'អាយុ 18-30'],
    contact: ['ទាក់ទង Telegram @{h}', 'ទំនាក់ទំនង {p}', 'ឆាតមក Telegram', 'WhatsApp {p}'],
    openers: ['ត្រូវការបុគ្គលិកបន្ទាន់', 'ការងារនៅបរទេស', 'ជ្រើសរើសបុគ្គលិក'],
    chatOpeners: ['សួស្តី បង កំពុងរកការងារមែនទេ?', 'សួស្តី យើងមានការងារល្អសម្រាប់អ្នក'],
    labels: { position: 'មុខតំណែង', salary: 'ប្រាក់ខែ', benefits: 'អត្ថប្រយោជន៍', requirements: 'លក្ខខណ្ឌ', contact: 'ទំនាក់ទំនង', location: 'ទីតាំង', company: 'ក្រុមហ៊ុន' },
  },
  genuine: {
    employers: ['ធនាគារ ABA', 'ធនាគារ ACLEDA', 'Smart Axiata Co., Ltd.', 'Cellcard', 'Wing Bank', 'សណ្ឋាគារ Sokha Phnom Penh'],
    roles: ['បុគ្គលិកបម្រើអតិថិជន', 'បុគ្គលិក Call Center', 'បុគ្គលិកបញ្ចូលទិន្នន័យ', 'បុគ្គលិកផ្នែកបច្ចេកទេស'],
    places: ['ភ្នំពេញ', 'សៀមរាប', 'បាត់ដំបង', 'ខណ្ឌចំការមន ភ្នំពេញ'],
    pay: ['ប្រាក់ខែ ${n}-${n2}', 'ប្រាក់ខែ {n}-{n2} ដុល្លារ', 'ចរចា'],
    payRange: [250, 600, 25],
    benefits: ['ប្រាក់ខែទី១៣', 'ប.ស.ស', 'ធានារ៉ាប់រងសុខភាព', 'ច្បាប់ឈប់សម្រាកប្រចាំឆ្នាំ'],
    duties: ['ឆ្លើយទូរស័ព្ទ និងសំណួររបស់អតិថិជន', 'កត់ត្រាព័ត៌មានក្នុងប្រព័ន្ធ', 'សហការជាមួយផ្នែកពាក់ព័ន្ធ'],
    requirements: ['បរិញ្ញាបត្រ ឬកំពុងសិក្សា', 'ចេះភាសាអង់គ្លេស', 'ចេះប្រើកុំព្យូទ័រ'],
    process: ['ដំណើរការ៖ ដាក់ពាក្យ សម្ភាសន៍ និងចុះកិច្ចសន្យាការងារ', 'ក្រុមហ៊ុនមិនយកថ្លៃណាមួយទេ'],
    apply: ['សូមដាក់ពាក្យតាមគេហទំព័រក្រុមហ៊ុន', 'សូមផ្ញើ CV មកអ៊ីមែលធនធានមនុស្ស'],
    intro: ['ធនាគារឈានមុខគេនៅកម្ពុជា', 'ក្រុមហ៊ុនទូរគមនាគមន៍ធំជាងគេ'],
    labels: { position: 'មុខតំណែង', salary: 'ប្រាក់ខែ', benefits: 'អត្ថប្រយោជន៍', requirements: 'លក្ខខណ្ឌ', duties: 'ភារកិច្ច', location: 'ទីតាំង' },
  },
};

const MY: LangBanks = {
  lang: 'my',
  lure: {
    roles: ['ဖောက်သည်ဝန်ဆောင်မှု ဝန်ထမ်း', 'စာရိုက် ဝန်ထမ်း', 'အွန်လိုင်း ချက်တင် ဝန်ထမ်း', 'ဘာသာပြန်', 'အွန်လိုင်း မားကတ်တင်း'],
    vagueCompany: ['နိုင်ငံခြား ကုမ္ပဏီ', 'တရုတ် ကုမ္ပဏီ', 'ကုမ္ပဏီကြီး'],
    places: ['ထိုင်း', 'မြဝတီ', 'ကမ္ဘောဒီးယား', 'လာအို', 'တာချီလိတ်', 'ရွှေကုက္ကို'],
    pay: ['လစာ ဒေါ်လာ {n}', 'လစာ {n}-{n2} ဒေါ်လာ', 'လစာ ${n} အထက်'],
    payRange: [800, 2500, 100],
    perks: ['နေစရာ စားစရာ အခမဲ့', 'လေယာဉ်လက်မှတ် အခမဲ့', 'ဗီဇာ ကုမ္ပဏီက စီစဉ်ပေး'],
    travel: ['ခရီးသွား ဗီဇာဖြင့် သွားရမည်', 'ဗီဇာ မလိုပါ', 'နယ်စပ်တွင် လာကြိုမည်'],
    easy: ['အတွေ့အကြုံ မလိုပါ', 'အလုပ်လွယ် လစာကောင်း', 'စာရိုက်တတ်ရုံဖြင့် ရပါသည်'],
    reassure: ['၁၀၀% တရားဝင်', 'လုံခြုံမှု အာမခံ'],
    urgent: ['အမြန် ခေါ်ယူမည်', 'နေရာ အကန့်အသတ်ရှိ', 'နောက်အပတ် ထွက်ခွာမည်'],
    referral: ['သူငယ်ချင်း ခေါ်လာရင် ဘောနပ်စ်'],
    fee: ['send passport copy on Telegram', 'processing fee $100', 'pay the visa fee first', 'we will send you money for the ticket'],
    age: ['အသက် ၁၈ မှ ၃၅ နှစ်', 'အသက် 18-30'],
    contact: ['ဆက်သွယ်ရန် Telegram @{h}', 'ဆက်သွယ်ရန် {p}', 'Viber {p}', 'စာတိုက်ရိုက် ပို့ပါ'],
    openers: ['ဝန်ထမ်း အမြန် ခေါ်ယူမည်', 'နိုင်ငံခြား အလုပ်', 'အလုပ်ခေါ်စာ'],
    chatOpeners: ['မင်္ဂလာပါ အလုပ်ရှာနေလား', 'မင်္ဂလာပါ လစာကောင်းတဲ့ အလုပ်ရှိတယ်'],
    labels: { position: 'ရာထူး', salary: 'လစာ', benefits: 'ခံစားခွင့်', requirements: 'လိုအပ်ချက်', contact: 'ဆက်သွယ်ရန်', location: 'နေရာ', company: 'ကုမ္ပဏီ' },
  },
  genuine: {
    employers: ['KBZ Bank', 'Ooredoo Myanmar', 'ATOM Myanmar', 'City Mart Holding Co., Ltd.', 'Wave Money', 'AYA Bank'],
    roles: ['ဖောက်သည်ဝန်ဆောင်မှု ဝန်ထမ်း', 'Call Center ဝန်ထမ်း', 'ဒေတာ ထည့်သွင်းသူ', 'နည်းပညာ အထောက်အကူ ဝန်ထမ်း'],
    places: ['ရန်ကုန်', 'မန္တလေး', 'နေပြည်တော်', 'ရန်ကုန် ဗဟန်းမြို့နယ်'],
    pay: ['လစာ {n},000 - {n2},000 ကျပ်', 'လစာ ညှိနှိုင်း'],
    payRange: [400, 900, 50],
    benefits: ['လူမှုဖူလုံရေး', 'ကျန်းမာရေး အာမခံ', 'နှစ်စဉ် ခွင့်', 'ဘောနပ်စ်'],
    duties: ['ဖောက်သည်များ၏ ဖုန်းခေါ်ဆိုမှုများကို ဖြေကြားရန်', 'စနစ်ထဲသို့ အချက်အလက် ထည့်သွင်းရန်'],
    requirements: ['ဘွဲ့ရ ဖြစ်ရမည်', 'အင်္ဂလိပ်စာ ကျွမ်းကျင်ရမည်', 'ကွန်ပျူတာ ကျွမ်းကျင်ရမည်'],
    process: ['လျှောက်လွှာ၊ အင်တာဗျူး၊ အလုပ်ခန့်စာ', 'ကုမ္ပဏီမှ မည်သည့်ကြေးမှ မကောက်ခံပါ'],
    apply: ['ကုမ္ပဏီ ဝက်ဘ်ဆိုဒ်မှ လျှောက်ထားပါ', 'CV ကို HR အီးမေးလ်သို့ ပို့ပါ'],
    intro: ['မြန်မာနိုင်ငံ၏ ထိပ်တန်း ဘဏ်', 'ဆက်သွယ်ရေး ကုမ္ပဏီကြီး'],
    labels: { position: 'ရာထူး', salary: 'လစာ', benefits: 'ခံစားခွင့်', requirements: 'လိုအပ်ချက်', duties: 'တာဝန်', location: 'နေရာ' },
  },
};

const JA: LangBanks = {
  lang: 'ja',
  lure: {
    roles: ['カスタマーサポート', 'チャットオペレーター', 'データ入力', 'タイピスト', 'ネットマーケティング', '通訳'],
    vagueCompany: ['海外企業', '大手外資系企業', '某IT企業'],
    places: ['カンボジア', 'プノンペン', 'シアヌークビル', 'タイ', 'ミャンマー', 'ドバイ'],
    pay: ['月収{n}万円以上', '月{n}万〜{n2}万円', '日給{n}万円可能', '月100万円以上も可能'],
    payRange: [50, 150, 10],
    perks: ['渡航費無料', '宿泊・食事無料', 'ビザ取得サポート', '航空券会社負担'],
    travel: ['観光ビザで入国', 'ビザ不要', '現地空港で迎えあり'],
    easy: ['未経験OK', '学歴不問', '簡単な作業のみ', '年齢や性別を問わない高額バイト'],
    reassure: ['徹底した個人情報保護と安全対策', '完全合法', '安心安全'],
    urgent: ['急募', '枠わずか', '来週出発'],
    referral: ['紹介料あり', '募集担当者も同時募集'],
    fee: ['パスポートの写真を送ってください', '登録料3万円が必要です', '保証金を先に振り込んでください', '渡航費を振り込みます'],
    age: ['18〜35歳', '20代歓迎'],
    contact: ['テレグラムでDM @{h}', 'Telegram: @{h}', 'DMください', 'シグナルで連絡'],
    openers: ['高収入の仕事あり', '海外高収入バイト', '【急募】'],
    chatOpeners: ['こんにちは、お仕事探していませんか？', '高収入のお仕事に興味ありますか？'],
    labels: { position: '職種', salary: '給与', benefits: '待遇', requirements: '応募資格', contact: '連絡先', location: '勤務地', company: '会社' },
  },
  genuine: {
    employers: ['株式会社ベルシステム24', 'トランスコスモス株式会社', '楽天グループ株式会社', 'ソフトバンク株式会社', '株式会社TMJ'],
    roles: ['カスタマーサポート', 'コールセンタースタッフ', 'データ入力スタッフ', 'テクニカルサポート'],
    places: ['東京都渋谷区', '大阪府大阪市', '福岡県福岡市', '札幌市中央区'],
    pay: ['月給{n}万円〜{n2}万円', '時給{n}00円〜'],
    payRange: [20, 30, 1],
    benefits: ['社会保険完備', '交通費支給', '有給休暇', '賞与年2回', '研修制度あり'],
    duties: ['お客様からのお問い合わせ対応', 'システムへの入力作業', '関係部署との連携'],
    requirements: ['高卒以上', '基本的なPC操作ができる方', 'シフト勤務が可能な方'],
    process: ['選考フロー：書類選考→面接（1〜2回）→内定', '応募・選考で費用がかかることはありません'],
    apply: ['当社採用サイトよりご応募ください', '応募ボタンからご応募ください'],
    intro: ['当社はコンタクトセンター業界のリーディングカンパニーです', '全国に拠点を展開しています'],
    labels: { position: '職種', salary: '給与', benefits: '待遇・福利厚生', requirements: '応募資格', duties: '仕事内容', location: '勤務地' },
  },
};

const KO: LangBanks = {
  lang: 'ko',
  lure: {
    roles: ['고객상담', '채팅 상담원', '단순 컴퓨터 작업', '번역', '데이터 입력', '온라인 마케팅'],
    vagueCompany: ['해외 기업', '대형 외국계 회사', '중국계 회사'],
    places: ['캄보디아', '프놈펜', '시아누크빌', '태국', '미얀마', '라오스'],
    pay: ['한 달에 {n}만 원', '월 {n}만 원 이상', '고수익 보장 월 {n}만 원'],
    payRange: [500, 1500, 50],
    perks: ['숙식제공', '항공권 지원', '비자 무료 처리', '숙소 제공'],
    travel: ['비자 없이 리조트 알바 가능', '관광비자로 입국', '현지 공항 픽업'],
    easy: ['경력·학력 무관', '단순 작업', '초보 가능', '타자만 가능하면 OK'],
    reassure: ['100% 합법', '안전 보장', '절대 사기 아님'],
    urgent: ['급구', '선착순 모집', '다음 주 출국'],
    referral: ['지인 소개 시 보너스', '모집책 동시 모집'],
    fee: ['여권 사본 보내주세요', '보증금을 먼저 입금해야 합니다', '수수료를 먼저 입금해 주세요', '항공 경비 먼저 송금해 드립니다'],
    age: ['20~35세', '나이 18세 이상 35세 이하'],
    contact: ['텔레그램 문의 @{h}', '텔레 @{h}', '카톡 {h}', 'DM 주세요'],
    openers: ['고수익 해외 알바', '해외 취업', '【급구】'],
    chatOpeners: ['안녕하세요, 일자리 찾고 계신가요?', '고수익 알바 관심 있으세요?'],
    labels: { position: '모집 직무', salary: '급여', benefits: '혜택', requirements: '자격요건', contact: '문의', location: '근무지', company: '회사' },
  },
  genuine: {
    employers: ['(주)카카오', '쿠팡', '토스', '현대자동차', '(주)효성ITX', 'LG유플러스'],
    roles: ['고객상담 매니저', 'CS 상담원', '데이터 입력 사무원', '기술지원 엔지니어'],
    places: ['서울 강남구', '서울 마포구', '경기 성남시 분당구', '부산 해운대구'],
    pay: ['연봉 {n}만 원~{n2}만 원', '회사 내규에 따름'],
    payRange: [2800, 4200, 100],
    benefits: ['4대 보험', '연차 및 반차', '인센티브', '건강검진 지원', '교육 지원'],
    duties: ['고객 문의 전화 및 채팅 응대', '상담 내용 시스템 기록', '유관 부서 협업'],
    requirements: ['고졸 이상', '원활한 커뮤니케이션 능력', '교대 근무 가능자'],
    process: ['전형 절차: 서류전형 → 면접 → 처우협의 → 최종합격', '채용 과정에서 비용을 요구하지 않습니다'],
    apply: ['회사 채용 페이지에서 지원해 주세요', '지원하기 버튼을 눌러 지원해 주세요'],
    intro: ['국내 최대 이커머스 기업입니다', '고객 경험을 혁신하는 회사입니다'],
    labels: { position: '모집 직무', salary: '급여', benefits: '혜택 및 복지', requirements: '자격요건', duties: '주요업무', location: '근무지역' },
  },
};

export const BANKS: LangBanks[] = [EN, ZH, VI, ID, TH, FIL, MS, KM, MY, JA, KO];
