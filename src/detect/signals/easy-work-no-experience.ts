/**
 * easy_work_no_experience: "easy/light work", "no experience", "no degree", "just typing".
 * Common in genuine entry-level ads, so single cues are weak; "light work, high pay"
 * framing (việc nhẹ lương cao, 轻松高薪, आसान काम ज़्यादा सैलरी) is the strong form.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOfNormalised } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { namesHub } from './scam-hub-location.ts';
import { defineSignal } from './signal.ts';
import { pointsAbroad } from './abroad.ts';

const EASY_CUES: Cue[] = [
  {
    group: 'easy_high_pay',
    weight: 0.75,
    re: anyOfNormalised([
      word(
        '(?:easy|light|simple) (?:work|job|tasks?)(?:,| and| but| with)? (?:high|big|good|huge) (?:pay|salary|income|earnings)|(?:high|big) (?:pay|salary|income),? (?:easy|light|simple) (?:work|job)|work less,? earn more',
      ),
      // zh, zh-Hant
      '(?:工资|工資|薪资|薪資|收入|待遇)(?:高|丰厚|豐厚)[、，,\\s]{0,2}(?:门槛|門檻)(?:低|很低)|(?:门槛|門檻)(?:低|很低)[、，,\\s]{0,2}(?:工资|工資|薪资|薪資|收入|待遇)(?:高|丰厚|豐厚)|高薪(?:低|零)(?:门槛|門檻)|(?:低|零)(?:门槛|門檻)高(?:薪|收入)|(?:无需|無需|不需要?)任何(?:技能|技术|技術|经验|經驗)[^。\\n]{0,12}(?:优厚|優厚|丰厚|豐厚|高额|高額)(?:的)?(?:报酬|報酬|薪酬|收入|待遇)|轻松高薪|輕鬆高薪|高薪轻松|高薪輕鬆|工作轻松(?:,)?(?:待遇|收入|工资|薪资)高|轻松(?:月入|日入|赚)|輕鬆(?:月入|日入|賺)',
      '(?:工作|活)(?:简单|簡單|轻松|輕鬆)(?:,)?(?:工资|工資|待遇|收入|薪资|薪資)(?:高|丰厚|豐厚|可观|可觀)|(?:简单|簡單)(?:工作)?(?:高薪|高收入|月入过万|月入過萬)|钱多事少|錢多事少|活少钱多|活少錢多',
      // vi
      `(?<![\\p{L}])(?:việc nhẹ,? lương (?:cao|khủng)|việc nhẹ,? thu nhập cao|lương cao,? việc nhẹ|việc nhàn,? lương cao|công việc nhẹ nhàng,? (?:lương|thu nhập) cao)`,
      word('viec nhe,? (?:luong|thu nhap) (?:cao|khung)|luong cao,? viec nhe'),
      // id / ms
      word(
        '(?:kerja|kerjaan) (?:santai|ringan|mudah|senang),? (?:gaji|penghasilan|pendapatan) (?:besar|tinggi|jutaan|lumayan|menggiurkan)|(?:gaji|penghasilan) (?:besar|tinggi|lumayan|menggiurkan),? (?:kerja|kerjaan) (?:santai|ringan|mudah|senang)',
      ),
      // tl
      word(
        'madaling trabaho,? malaking (?:sahod|sweldo|kita)|madali(?:ng)? (?:lang )?(?:ang )?trabaho,? (?:malaki|mataas) (?:ang )?(?:sahod|sweldo|kita)|(?:malaki|mataas) (?:ang )?(?:sahod|sweldo),? madali(?:ng)? (?:lang )?(?:ang )?trabaho',
      ),
      // th
      'งานสบาย\\s?(?:รายได้|เงินเดือน|เงิน)(?:ดี|สูง)|งานง่าย\\s?(?:รายได้|เงินเดือน|เงิน)(?:ดี|สูง)|งานเบา\\s?(?:เงิน|รายได้|เงินเดือน)(?:ดี|สูง)|งาน(?:ง่าย|สบาย)\\s?(?:ได้)?เงินเยอะ',
      // km, my, lo
      'ការងារ(?:ងាយ)?ស្រួល\\s?(?:ប្រាក់ខែ|ប្រាក់ចំណូល)(?:ខ្ពស់|ល្អ|ច្រើន)',
      'အလုပ်(?:လွယ်|သက်သာ)(?:ပြီး|၍)?\\s?(?:လစာ|ဝင်ငွေ)\\s?(?:ကောင်း|များ|မြင့်)',
      'ວຽກ(?:ງ່າຍ|ສະບາຍ|ເບົາ)\\s?(?:ເງິນເດືອນ|ລາຍໄດ້|ເງິນ)(?:ດີ|ສູງ|ຫຼາຍ|ຫລາຍ)',
      // ko / ja
      '(?:쉬운|단순한?|간단한)\\s?(?:일|업무|작업|알바)[,\\s]*(?:로|으로|인데)?\\s?(?:고수익|고소득|고액)|고수익[,\\s]*(?:쉬운|단순한?)\\s?(?:일|업무|작업)|꿀알바[,\\s]*고수익',
      '(?:簡単|楽)な?(?:仕事|作業|お仕事)(?:で|なのに)?(?:高収入|高報酬|高額|稼げる)|高収入(?:の)?(?:簡単|楽)な?(?:仕事|作業)',
      // hi
      word(
        'आसान (?:काम|जॉब),?\\s?(?:ज़्यादा|ज्यादा|अच्छी|मोटी|बढ़िया|ऊंची|ऊँची|हाई)\\s?(?:सैलरी|कमाई|तनख्वाह|वेतन|पैसा|इनकम)|कम काम,?\\s?(?:ज़्यादा|ज्यादा) (?:पैसा|कमाई|सैलरी)',
      ),
      word(
        '(?:easy|aasan|asan) (?:kaam|kam|job|work),? (?:zyada|jyada|achhi|acchi|moti|badhiya|high) (?:salary|kamai|paisa|income)|kam kaam,? (?:zyada|jyada) (?:paisa|kamai|salary)',
      ),
      // bn, ne, si
      word('সহজ কাজ,?\\s?(?:বেশি|ভালো|উচ্চ|মোটা)\\s?(?:বেতন|আয়|ইনকাম|টাকা)'),
      word('(?:sohoj|shohoj) (?:kaj|kaaj),? (?:beshi|valo|bhalo) (?:beton|income|taka)'),
      word('सजिलो काम,?\\s?(?:राम्रो|धेरै|उच्च|मोटो)\\s?(?:तलब|कमाइ|आम्दानी)'),
      '(?:පහසු|ලේසි|ලෙහෙසි)\\s?(?:රැකියාව|රැකියාවක්|වැඩ|වැඩක්),?\\s?(?:ඉහළ|හොඳ|වැඩි|ලොකු)\\s?(?:වැටුප|වැටුපක්|ආදායම|ආදායමක්|පඩිය|පඩියක්|පඩි)',
      // es / pt
      word(
        '(?:trabajo|empleo) (?:fácil|sencillo|ligero),? (?:(?:y|con) )?(?:bien pagado|buen sueldo|alto sueldo|altos ingresos|buena paga|mucho dinero)|gana(?:r)? mucho (?:trabajando poco|sin esfuerzo)',
      ),
      word(
        '(?:trabalho|serviço) (?:fácil|simples|leve),? (?:(?:e|com) )?(?:bem pago|bem remunerado|salário alto|ótimo salário|ganho alto|ganhos altos|muito dinheiro)|ganh(?:e|ar) muito trabalhando pouco',
      ),
      // ru
      word(
        '(?:л[её]гк[а-яё]{1,3}|прост[а-яё]{1,3}) работ[а-яё]{1,2},? (?:и |с )?(?:высок[а-яё]{1,3}|хорош[а-яё]{1,3}|больш[а-яё]{1,3}) (?:зарплат[а-яё]{1,2}|доход[а-яё]{0,2}|заработ[а-яё]{0,3})|(?:высок[а-яё]{1,3}|больш[а-яё]{1,3}) (?:зарплат[а-яё]{1,2}|доход[а-яё]{0,2}),? л[её]гк[а-яё]{1,3} работ[а-яё]{1,2}',
      ),
      // sw, am
      word(
        'kazi (?:rahisi|nyepesi),? (?:na |yenye )?(?:mshahara|malipo|kipato) (?:mkubwa|mzuri|makubwa|mazuri|wa juu)|(?:mshahara|malipo) (?:mkubwa|mzuri|makubwa|mazuri),? kazi (?:rahisi|nyepesi)',
      ),
      '(?:ቀላል)\\s?(?:ስራ|ሥራ)(?:ና|,|፣)?\\s?(?:ከፍተኛ|ጥሩ|ትልቅ)\\s?(?:ደመወዝ|ደሞዝ|ክፍያ|ገቢ)',
    ]),
  },
  {
    group: 'easy',
    weight: 0.3,
    re: anyOfNormalised([
      word(
        'easy (?:work|job|tasks?|money)|light (?:work|duties|job)|simple (?:work|tasks?|typing|computer work|job)|just (?:chat(?:ting)?|typ(?:e|ing)|copy and paste)|only (?:need(?:s)? to|have to) (?:chat|type)|work from (?:your )?phone|no (?:hard|heavy) work',
      ),
      word('no (?:special )?skills? (?:needed|required)|anyone can do (?:it|this)|(?:just|only) need (?:a )?(?:phone|smartphone|cellphone)'),
      // zh, zh-Hant
      '会打字|會打字|打字即可|只需打字|动动手指|動動手指',
      // The ease next to the pay: "免經驗、高薪、輕鬆", "活很轻松的…一个月保底两万" (not pay day:
      // "工作轻松,每月7号发放工资").
      '(?:轻松|輕鬆)[^。\\n]{0,20}(?:高薪|月入|日入|保底|(?<!发放|發放|发|發|结算|結算|拖欠)(?:工资|工資)|收入|赚|賺)|(?:高薪|月入|日入|保底)[^。\\n]{0,12}(?:轻松|輕鬆)',
      '(?:门槛|門檻)(?:低|很低|极低|極低)|(?:低|零|无|無)(?:门槛|門檻)|(?:无需|無需|不需要?|毋须|毋須)任何(?:技能|技术|技術|经验|經驗|学历|學歷)|有手就行|会电脑就行|會電腦就行|会玩手机就(?:行|能做)|會玩手機就(?:行|能做)|小白也能(?:做|上手)|一部手机就(?:能|可以)(?:做|赚)|一部手機就(?:能|可以)(?:做|賺)|躺赚|躺賺|会(?:打字|用电脑)就行|會(?:打字|用電腦)就行|只需(?:要)?会(?:打字|聊天)|只需(?:要)?會(?:打字|聊天)|聊聊天就能(?:赚|賺)',
      // vi
      `(?<![\\p{L}])(?:việc nhẹ|việc nhàn|công việc nhẹ nhàng|công việc đơn giản|ai cũng làm được|chỉ cần (?:biết )?(?:đánh máy|dùng máy tính|chat|nhắn tin|gõ phím|có điện thoại))`,
      word('viec nhe|cong viec (?:nhe nhang|don gian)|chi can (?:biet )?(?:danh may|chat|nhan tin|go phim|co dien thoai)|ai cung lam duoc'),
      // id / ms
      word(
        'kerja (?:santai|ringan|mudah|gampang|senang)|(?:pekerjaan|kerjaan) (?:mudah|ringan|santai|gampang)|cukup (?:bisa )?(?:mengetik|chat(?:ting)?)|hanya (?:perlu )?(?:mengetik|chatting|menaip)|cukup (?:modal )?(?:hp|handphone|smartphone)|cuma (?:chat(?:ting)?|ngetik|balas chat)|(?:siapa saja|sesiapa (?:sahaja|pun)) boleh',
      ),
      // tl
      word(
        'madaling trabaho|chat lang(?! sa (?:page|amin|messenger|fb))|type lang|madali lang ang trabaho|basta marunong (?:mag-?type|mag-?chat)|cellphone lang ang kailangan|kahit sino pwede',
      ),
      // th
      'งานง่าย|งานสบาย|งานเบา|แค่พิมพ์|พิมพ์อย่างเดียว|แค่ตอบแชท|ใครก็ทำได้|มีมือถือ(?:เครื่องเดียว)?ก็ทำได้|แค่มีมือถือ',
      // km, my, lo
      'ការងារ(?:ងាយ)?ស្រួល|គ្រាន់តែ(?:ចេះ)?(?:វាយអក្សរ|ឆាត|ប្រើទូរស័ព្ទ)|អ្នកណាក៏ធ្វើបាន',
      'အလုပ်(?:လွယ်|သက်သာ)|လွယ်ကူသော\\s?အလုပ်|(?:စာရိုက်|ချက်|ဖုန်းသုံး)(?:တတ်)?ရုံ(?:ဖြင့်|နဲ့|နှင့်)|ဘယ်သူမဆို\\s?လုပ်နိုင်',
      'ວຽກ(?:ງ່າຍ|ສະບາຍ|ເບົາ)|ພຽງແຕ່(?:ພິມ|ແຊັດ|ຕອບແຊັດ)|ໃຜກໍ່ເຮັດໄດ້',
      // ko / ja
      '단순\\s?(?:업무|작업|채팅|컴퓨터|타이핑|알바)|(?:간단한|단순한|쉬운)\\s?(?:전화\\s?(?:응대|상담)|채팅|상담)\\s?(?:업무|일)|쉬운 (?:일|업무|알바)|꿀알바|누구나\\s?가능|(?:핸드폰|휴대폰)만\\s?있으면|타자만\\s?(?:칠|치면)',
      '単純作業|簡単な(?:作業|仕事|お仕事)|誰でもできる|スマホ(?:だけ|1台|一台)で|楽な(?:仕事|作業|お仕事)|チャット(?:だけ|のみ)の(?:仕事|お仕事)|簡単な(?:PC|パソコン)(?:作業|入力)',
      // hi
      word('आसान (?:काम|जॉब)|(?:सिर्फ|केवल|बस) (?:टाइपिंग|चैट|चैटिंग)(?: करनी| करना)?|मोबाइल से (?:काम|कमाई)|कोई भी कर सकता'),
      word('(?:aasan|asan|easy) kaam|(?:sirf|bas|only) (?:typing|chat(?:ting)?) (?:karna|karni)|mobile se (?:kaam|kamai)|koi bhi kar sakta'),
      // bn, ne, si
      word('সহজ কাজ|শুধু (?:টাইপিং|চ্যাট|চ্যাটিং)|মোবাইল দিয়ে (?:কাজ|আয়)|যে কেউ করতে পারবে'),
      word('(?:sohoj|shohoj) (?:kaj|kaaj)|shudhu (?:typing|chat)'),
      word('सजिलो काम|(?:टाइपिङ|च्याट) मात्र|मोबाइलबाटै (?:काम|कमाइ)|जो कोहीले (?:गर्न सक्ने|सक्छ)'),
      '(?:පහසු|ලේසි|ලෙහෙසි)\\s?(?:රැකියාව|රැකියාවක්|රැකියා|වැඩ|වැඩක්)|(?:ටයිප්|චැට්) කිරීම පමණ(?:යි|ක්)',
      // es / pt
      word(
        'trabajo (?:fácil|sencillo)|solo (?:chatear|escribir|teclear|responder (?:mensajes|chats))|trabaja(?:r)? desde tu (?:celular|móvil)|dinero fácil|cualquiera puede hacerlo',
      ),
      word(
        '(?:trabalho|serviço) fácil|só (?:digitar|conversar|responder (?:mensagens|chats))|trabalh(?:e|ar|o) pelo (?:seu )?celular|dinheiro fácil|qualquer (?:um|pessoa) (?:pode|consegue)',
      ),
      // ru
      word(
        'л[её]гк[а-яё]{1,3} (?:работ[а-яё]{1,2}|заработ[а-яё]{0,3})|(?:только|просто) (?:переписк[а-яё]{1,2}|общение в чате|набор текста)|работа с телефона|справится любой',
      ),
      // sw, am
      word('kazi (?:rahisi|nyepesi)|(?:ni )?kuchat tu|kuandika tu|kwa simu yako tu|mtu yeyote anaweza'),
      '(?:ቀላል)\\s?(?:ስራ|ሥራ)|(?:መተየብ|ቻት ማድረግ)\\s?ብቻ|ማንም\\s?(?:ሰው\\s?)?(?:ሊሰራው|ሊሠራው)\\s?ይችላል',
    ]),
  },
  {
    group: 'no_experience',
    weight: 0.15,
    re: anyOfNormalised([
      word(
        'no (?:prior |previous |work )?experience(?: (?:is )?(?:needed|required|necessary))?|without (?:any )?experience|experience (?:is )?not (?:required|necessary|needed|a must)',
      ),
      '经验不限|經驗不限|无需经验|無需經驗|毋须经验|毋須經驗|唔使經驗|唔需要經驗|无经验|無經驗|不需经验|不需經驗|零基础|零基礎|小白可做|新手可做',
      '免经验|免經驗|不要求经验|不要求經驗|经验不拘|經驗不拘|没有经验也可以|沒有經驗也可以|无需工作经验|無需工作經驗',
      `(?<![\\p{L}])(?:không (?:cần|yêu cầu) kinh nghiệm|chưa có kinh nghiệm|không cần biết (?:việc|nghề)|(?:ko|k) cần kinh nghiệm|không cần KN)`,
      word('(?:khong|ko|k) (?:can|yeu cau) kinh nghiem'),
      word(
        'tanpa pengalaman|tidak (?:perlu|butuh|harus) (?:ber)?pengalaman|pengalaman tidak (?:diperlukan|wajib)|belum berpengalaman|(?:tdk|gak|ga|gk|tak) (?:perlu|butuh) (?:ber)?pengalaman|tiada pengalaman(?: (?:diperlukan|pun boleh))?',
      ),
      'ไม่ต้องมีประสบการณ์|ไม่จำเป็นต้องมีประสบการณ์|ไม่มีประสบการณ์ก็ได้|ไม่มีประสบการณ์(?:สามารถ)?(?:สมัคร|รับ)|ไม่ต้องใช้ประสบการณ์|ไม่เคยทำก็ได้',
      'មិន(?:ត្រូវការ|ទាមទារ|ចាំបាច់មាន)បទពិសោធន៍|(?:គ្មាន|អត់)បទពិសោធន៍(?:ក៏)?(?:បាន|អាច)',
      'အတွေ့အကြုံ\\s?(?:မလို(?:ပါ)?|မလိုအပ်(?:ပါ)?|မရှိလည်း(?:ရ|လုပ်နိုင်))',
      'ບໍ່(?:ຈຳເປັນ)?ຕ້ອງມີ\\s?ປະສົບການ|ບໍ່ມີປະສົບການກໍ່(?:ໄດ້|ສະໝັກໄດ້)',
      '경력\\s?(?:무관|불문)|초보\\s?가능|경험\\s?(?:무관|없어도)|무경험(?:자)?\\s?(?:가능|환영)|초보자(?:도)?\\s?(?:가능|환영)',
      '未経験(?:OK|可|歓迎|者歓迎)|経験不問|経験不要|未経験でも(?:OK|可|大丈夫)',
      word('(?:kahit )?walang (?:experience|karanasan)|no experience needed|(?:hindi|di) kailangan (?:ng |ang )?(?:experience|karanasan)'),
      word('अनुभव की (?:ज़रूरत|जरूरत|आवश्यकता) नहीं|कोई अनुभव नहीं चाहिए|बिना अनुभव(?: के)?|अनुभव (?:ज़रूरी|जरूरी) नहीं|फ्रेशर(?:्स)? भी'),
      word('experience ki (?:zarurat|jarurat|jaroorat) nahi|koi experience nahi chahiye|bina experience(?: ke)?|freshers bhi'),
      word('অভিজ্ঞতা (?:লাগবে না|প্রয়োজন নেই|ছাড়াই|না থাকলেও)|অভিজ্ঞতার প্রয়োজন নেই'),
      word('(?:experience|obhiggota) lagbe na'),
      word('अनुभव (?:आवश्यक छैन|चाहिँदैन|चाहिदैन|नचाहिने|नभए पनि हुन्छ)|अनुभव नभएकालाई पनि'),
      word('anubhav (?:chahidaina|nachahine)'),
      'පළපුරුද්ද(?:ක්)?\\s?(?:අවශ්ය නැත|අවශ්ය නොවේ|නැති අයටත්|නැතත්)',
      word('sin experiencia(?: previa)?|no (?:se )?(?:requiere|necesita|necesitas|pedimos) experiencia|experiencia no (?:necesaria|requerida)'),
      word('sem experiência(?: prévia)?|não (?:precisa|é necessári[oa]|exige|exigimos|requer) (?:de )?experiência|experiência não (?:é )?necessária'),
      word('без опыта(?: работы)?|опыт (?:работы )?не (?:нужен|требуется|обязателен|важен)'),
      word('bila uzoefu|hakuna (?:haja ya )?uzoefu(?: unaohitajika)?|uzoefu (?:hauhitajiki|si lazima)|hauhitaji uzoefu'),
      '(?:ልምድ|የሥራ ልምድ|የስራ ልምድ)\\s?(?:አያስፈልግም|አይጠየቅም)|ያለ\\s?(?:ሥራ |ስራ )?ልምድ',
    ]),
  },
  {
    group: 'no_degree',
    weight: 0.2,
    re: anyOfNormalised([
      word(
        'no (?:degree|diploma|education|college degree)(?: (?:is )?(?:needed|required|necessary))?|(?:degree|diploma|education) (?:is )?not (?:required|necessary|needed)|any (?:education|educational background)|no english (?:needed|required)|no (?:qualifications?|certificates?) (?:needed|required)',
      ),
      '学历不限|學歷不限|学历经验不限|學歷經驗不限|无需学历|無需學歷|不看学历|不看學歷|不限学历|不限學歷|学历不拘|學歷不拘|不要求学历|不要求學歷|无学历要求|無學歷要求',
      `(?<![\\p{L}])(?:không (?:cần|yêu cầu) bằng cấp|không cần (?:tiếng anh|ngoại ngữ)|không yêu cầu trình độ|(?:ko|k) cần bằng cấp)`,
      word('(?:khong|ko|k) can bang cap'),
      word(
        'tanpa ijazah|tidak (?:perlu|butuh|wajib) ijazah|tidak (?:memerlukan|perlu) ipk|ijazah tidak (?:diperlukan|wajib)|semua lulusan|(?:gak|ga|gk|tdk) (?:perlu|butuh) ijazah|tanpa syarat (?:ijazah|pendidikan)|tidak memandang (?:ijazah|pendidikan)|tiada kelayakan akademik|(?:tak|tidak) perlu (?:spm|sijil|kelayakan)',
      ),
      word(
        'kahit (?:hindi|di) (?:graduate|nakapagtapos|tapos)|(?:hindi|di) kailangan (?:ng )?(?:diploma|degree)|kahit undergrad|kahit (?:high school|hs|shs|senior high)(?: graduate| grad)?',
      ),
      'ไม่จำกัดวุฒิ|ไม่จำกัดวุฒิการศึกษา|ไม่ต้องมีวุฒิ|ไม่ต้องใช้วุฒิ|ไม่จำกัดการศึกษา',
      'មិន(?:ត្រូវការ|ទាមទារ)(?:សញ្ញាបត្រ|កម្រិតវប្បធម៌)|គ្មានសញ្ញាបត្រក៏បាន',
      'ပညာ(?:အရည်အချင်း)?\\s?(?:မလို|မလိုအပ်|မရွေး)',
      'ບໍ່ຈຳກັດ(?:ວຸດທິ|ວຸດທິການສຶກສາ)|ບໍ່ຕ້ອງມີວຸດທິ',
      '학력\\s?(?:무관|불문)|경력[·・ ]?학력\\s?무관',
      '学歴不問|学歴不要|資格不要',
      word('(?:डिग्री|पढ़ाई|शिक्षा|योग्यता) की (?:ज़रूरत|जरूरत|आवश्यकता) नहीं|कोई (?:डिग्री|योग्यता) नहीं चाहिए|पढ़ाई (?:ज़रूरी|जरूरी) नहीं'),
      word('(?:degree|padhai) ki (?:zarurat|jarurat|jaroorat) nahi|koi (?:degree|qualification) nahi chahiye'),
      word('(?:শিক্ষাগত যোগ্যতা|সার্টিফিকেট|ডিগ্রি) (?:লাগবে না|প্রয়োজন নেই)'),
      word('(?:शैक्षिक योग्यता|पढाइ|डिग्री) (?:आवश्यक छैन|चाहिँदैन|नचाहिने)'),
      '(?:අධ්යාපන\\s?)?(?:සුදුසුකම්|සහතික)\\s?(?:අවශ්ය නැත|අවශ්ය නොවේ)',
      word(
        'sin (?:estudios|título|titulo)|no (?:se )?(?:requiere|requieren|necesita|necesitas) (?:estudios|título|titulo)|estudios no (?:necesarios|requeridos)',
      ),
      word('sem (?:estudo|diploma|faculdade)|não (?:precisa|é necessário|exige) (?:de )?(?:estudo|diploma|faculdade|formação)'),
      word('образование не (?:важно|нужно|требуется|обязательно)|без образования'),
      word('(?:elimu|cheti|shahada) (?:yoyote|haihitajiki|si lazima)|bila (?:cheti|elimu)'),
      '(?:የትምህርት ደረጃ|ትምህርት|ዲግሪ)\\s?(?:አያስፈልግም|አይጠየቅም)',
    ]),
  },
  {
    // "轻松" / "单纯" / "工作简单" alone ("工作轻松", "轻松愉快的氛围", "人际关系单纯", a factory's
    // "工作简单，易学上手") describe countless ordinary jobs in Chinese ads; the lure's form ties the
    // ease to the pay (轻松高薪, 轻松月入, 工作简单工资高, above).
    group: 'easy_word',
    weight: 0.3,
    re: anyOfNormalised(['轻松|輕鬆|单纯|單純|简单工作|簡單工作|工作简单|工作簡單']),
  },
  {
    group: 'typing',
    weight: 0.2,
    re: anyOfNormalised([
      word('typing (?:speed|test|skills? only)|type (?:at least )?\\d{2} ?wpm'),
      word('\\d{2} ?wpm'),
      '打字速度|打字快|會打字即可|会打字即可',
      `(?<![\\p{L}])(?:tốc độ đánh máy|đánh máy nhanh|gõ phím nhanh)`,
      word('kecepatan mengetik|mengetik cepat|kelajuan menaip|menaip (?:laju|pantas)|mabilis mag-?type'),
      'พิมพ์(?:ดีด)?เร็ว|พิมพ์ได้\\s?\\d+\\s?คำ',
      'ល្បឿនវាយអក្សរ|វាយអក្សរលឿន',
      'စာရိုက်(?:နှုန်း|မြန်)',
      'ພິມໄວ|ພິມໄດ້ໄວ',
      '타자\\s?속도|타이핑\\s?속도',
      'タイピング(?:速度|スピード)',
      word('टाइपिंग (?:स्पीड|गति)|টাইপিং (?:স্পিড|গতি)|टाइपिङ (?:स्पीड|गति)'),
      'ටයිපින්\\s?(?:වේගය|වේගයෙන්)',
      word('velocidad de (?:escritura|tipeo|mecanografía)|escribir rápido|digitação rápida|velocidade de digitação|digitar rápido'),
      word('скорость печати|быстр(?:ая|о) печат[а-яё]{0,3}'),
      word('kasi ya (?:kuandika|kuchapa)|(?:kuandika|kuchapa) haraka'),
      'የመተየብ ፍጥነት|በፍጥነት መተየብ',
    ]),
  },
];

function detectEasyWork(text: string): SignalHit | null {
  const r = runCues(text, EASY_CUES);
  if (!r.spans.length) return null;
  const hit = makeHit('easy_work_no_experience', cueStrength(r), r.spans);
  // "No experience / any education" alone is in countless genuine entry-level ads at home (经验不限,
  // 学历不限) and so is a typing-speed requirement (40 wpm, 打字速度): context that adds to a red
  // flag, unless the job is abroad. Easy-work claims are red flags.
  const onlyEntryLevel = !r.groups.has('easy') && !r.groups.has('easy_high_pay');
  if (hit && onlyEntryLevel && !pointsAbroad(text) && !namesHub(text)) hit.context = true;
  return hit;
}

export const easyWorkNoExperience = defineSignal({
  id: 'easy_work_no_experience',
  label: 'Easy work, no experience or education needed',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectEasyWork,
});
