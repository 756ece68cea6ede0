/**
 * urgency: urgent hiring, immediate start, "fly next week", limited slots. Genuine ads say
 * "urgent hiring" too, so plain urgency is weak; urgency about departure is stronger.
 */
import type { SignalHit } from '../../shared/types.ts';
import { pointsAbroad } from './abroad.ts';
import { word, anyOfNormalised } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'depart',
    weight: 0.5,
    re: anyOfNormalised([
      word(
        '(?:fly|flight|depart(?:ure)?|leave|travel)(?:ing)? (?:out )?(?:next week|this week|tomorrow|immediately|asap|within (?:a |one |\\d+ )?(?:days?|weeks?))|(?:flight|ticket) (?:is )?(?:ready|booked) (?:for )?(?:next week|this week|tomorrow)|(?:ready to|can) fly (?:anytime|immediately|next week)',
      ),
      // zh, zh-Hant
      '(?:马上|馬上|随时|隨時|立即|即刻|本周|下周|下週|本週|当天|當天|明天|今晚|今天)(?:就)?(?:可以|可|能)?(?:出发|出發|出国|出國|飞|飛|走|安排(?:机票|機票))|包机票马上走|买票就走|買票就走|(?:今天|当天|當天)面试(?:明天|当天|當天)(?:出发|出發|飞|飛)|(?:今天|當天)面試(?:明天|當天)(?:出發|飛)',
      // vi
      `(?<![\\p{L}])(?:bay ngay|xuất cảnh ngay|đi ngay trong tuần|đi ngay|bay trong tuần|xuất cảnh trong tuần|bay liền|có vé bay (?:luôn|ngay))`,
      word('bay ngay|xuat canh ngay|di ngay trong tuan|bay trong tuan|bay lien'),
      // id / ms / tl
      word(
        '(?:langsung )?berangkat (?:minggu depan|secepatnya|minggu ini|besok|segera)|terbang (?:minggu depan|secepatnya)|proses cepat,? langsung berangkat|berlepas (?:segera|minggu depan)|terbang minggu hadapan',
      ),
      word('alis agad|lipad agad|fly agad|flight (?:agad|na) (?:next week|sa susunod na linggo)|makakaalis (?:agad|kaagad)'),
      // th
      'บินทันที|เดินทางทันที|บินได้เลย|ออกเดินทางสัปดาห์หน้า|บินได้ทันที|เดินทางได้ทันที|พร้อมบินทันที|บินอาทิตย์หน้า',
      // km, my, lo
      'ចេញដំណើរ(?:ភ្លាមៗ|ភ្លាម|សប្តាហ៍ក្រោយ|សប្ដាហ៍ក្រោយ)|ហោះហើរ(?:ភ្លាមៗ|សប្តាហ៍ក្រោយ|សប្ដាហ៍ក្រោយ)',
      '(?:ချက်ချင်း|အမြန်)\\s?(?:ထွက်ခွာ|ထွက်|ပျံ)|နောက်အပတ်\\s?(?:ထွက်ခွာ|ထွက်မည်|ပျံ)',
      'ເດີນທາງ(?:ທັນທີ|ອາທິດໜ້າ)|ບິນ(?:ທັນທີ|ອາທິດໜ້າ)',
      // ko / ja
      '즉시\\s?출국|바로\\s?출국|(?:다음|이번)\\s?주\\s?출국|(?:당일|내일)\\s?출국|빠른\\s?출국|항공권\\s?(?:바로|즉시)\\s?발권',
      '即日渡航|すぐに渡航|来週(?:出発|渡航)|即渡航|すぐに出発|即日出発|最短(?:\\d日|翌日)で(?:渡航|出発)',
      // hi, bn, ne, si
      word('(?:अगले|इसी) (?:हफ्ते|हफ़्ते|सप्ताह) (?:फ्लाइट|उड़ान|रवाना)|तुरंत (?:फ्लाइट|उड़ान|विदेश)'),
      word('(?:agle|isi) hafte (?:flight|udaan)|turant flight'),
      word('(?:দ্রুত|তাড়াতাড়ি) ফ্লাইট|আগামী সপ্তাহে (?:ফ্লাইট|যাত্রা)'),
      word('(?:छिटो|तुरुन्त|तुरुन्तै) (?:उडान|फ्लाइट)|अर्को हप्ता (?:उडान|फ्लाइट)'),
      '(?:ඉක්මනින්|වහාම)\\s?(?:ගුවන් ගමන්|පිටත්|පිටවීම)|ලබන සතියේ\\s?(?:පිටත්|ගුවන් ගමන්)',
      // es, pt, ru, sw, am
      word('(?:viaje|salida|vuelo) inmediat[oa]|viajas? (?:la próxima semana|esta semana|mañana)|sales? (?:la próxima semana|esta semana)'),
      word('(?:embarque|viagem) imediat[oa]|embarque (?:na próxima semana|esta semana|amanhã)|viaja(?:r)? (?:na próxima semana|semana que vem)'),
      word('вылет (?:на следующей неделе|на этой неделе|завтра|сразу|в ближайшие дни)|(?:немедленный|срочный) (?:вылет|выезд)|выезд сразу'),
      word('(?:kusafiri|safari) (?:mara moja|wiki ijayo|wiki hii|kesho)|(?:utasafiri|mtasafiri) (?:mara moja|wiki ijayo)'),
      '(?:በሚቀጥለው ሳምንት|ወዲያውኑ|በአስቸኳይ)\\s?(?:በረራ|ትበራላችሁ|ትበራለህ|ትጓዛላችሁ|ጉዞ)',
    ]),
  },
  {
    group: 'urgent',
    weight: 0.2,
    re: anyOfNormalised([
      word(
        'urgent(?:ly)? (?:hiring|needed|need|required|recruitment|vacanc(?:y|ies))|hiring urgently|immediate(?:ly)? (?:hiring|start|joiner|joining|hire|deployment)|start (?:immediately|asap|tomorrow)|asap',
      ),
      // zh, zh-Hant
      '急招|急聘|急需|急缺|高薪急聘|马上上班|馬上上班|即刻上岗|即刻上崗|当天上岗|當天上崗|急徵|急徴|紧急招聘|緊急招聘|即刻上工|缺人急|来了就(?:能)?上班|來了就(?:能)?上班|随到随上|隨到隨上',
      // vi
      `(?<![\\p{L}])(?:tuyển gấp|cần gấp|tuyển dụng gấp|gấp gấp|đi làm ngay|nhận việc ngay)`,
      word('tuyen gap|can gap|di lam ngay|nhan viec ngay'),
      // id / ms / tl
      word(
        'dibutuhkan segera|dicari segera|segera dibutuhkan|butuh cepat|mulai kerja segera|lowongan mendesak|diperlukan segera|kekosongan segera|mula bekerja serta-?merta|buruan daftar',
      ),
      word('hiring agad|kailangan agad|urgent hiring po|agarang (?:hiring|alis)|madaliang hiring'),
      // th
      'รับด่วน|ด่วนมาก|ด่วน!|ต้องการด่วน|เริ่มงานทันที|เริ่มงานได้ทันที|รับสมัครด่วน|ด่วนที่สุด',
      // km, my, lo
      '(?:ត្រូវការ|ជ្រើសរើស)(?:បុគ្គលិក)?(?:ជា)?បន្ទាន់|ធ្វើការភ្លាមៗ',
      '(?:အမြန်|အရေးပေါ်)\\s?(?:ခေါ်|လိုအပ်)|ချက်ချင်း\\s?အလုပ်ဆင်း',
      'ຮັບດ່ວນ|ຕ້ອງການດ່ວນ|ດ່ວນ!|ເລີ່ມວຽກທັນທີ',
      // ko / ja
      '급구|급모집|긴급\\s?(?:채용|모집)|즉시\\s?(?:근무|출근)|급하게\\s?(?:구함|구합니다)',
      '急募|即日(?:勤務|スタート)|大至急',
      // hi, bn, ne, si
      word('(?:तुरंत|तत्काल|अर्जेंट) (?:भर्ती|आवश्यकता|ज़रूरत|जरूरत|जॉइनिंग|ज्वाइनिंग)|जल्दी करें'),
      word('(?:turant|urgent) (?:bharti|joining|requirement)|jaldi (?:karo|karein|apply)'),
      word('জরুরি (?:নিয়োগ|ভিত্তিতে|প্রয়োজন)|তাড়াতাড়ি (?:যোগাযোগ|আবেদন)'),
      word('(?:तुरुन्त|अत्यावश्यक|अर्जेन्ट) (?:आवश्यकता|माग|भर्ना)'),
      '(?:හදිසියේ|වහාම)\\s?(?:අවශ්යයි|අවශ්ය|බඳවා ගැනේ|බඳවා ගනී)',
      // es, pt, ru, sw, am
      word('(?:se (?:necesita|busca|solicita)n? )?urgente|contratación inmediata|incorporación inmediata|vaga urgente|contratação imediata|início imediato'),
      word('срочно (?:требу[ею]тся|нуж(?:ен|на|ны)|ищем)|срочный набор'),
      word('(?:nafasi|kazi) za haraka|(?:wanahitajika|zinahitajika|anahitajika) haraka'),
      '(?:አስቸኳይ|በአስቸኳይ)\\s?(?:ቅጥር|ይፈለጋሉ|ይፈለጋል|የሥራ|የስራ)',
    ]),
  },
  {
    group: 'scarcity',
    weight: 0.25,
    re: anyOfNormalised([
      word(
        'limited (?:slots?|seats?|positions?|spots?|vacancies)|only \\d{1,2} (?:slots?|seats?|spots?) (?:left|remaining|available)|(?:few|last) (?:slots?|spots?) left|first come,? first served|slots are filling (?:up )?fast',
      ),
      '名额有限|名額有限|仅剩|僅剩|先到先得|名额不多|名額不多|人数有限|人數有限|招满即止|招滿即止|额满为止|額滿為止',
      `(?<![\\p{L}])(?:số lượng có hạn|chỉ còn \\d+ (?:suất|chỗ)|số lượng giới hạn|nhanh tay (?:đăng ký|ứng tuyển|inbox))`,
      word('so luong co han|chi con \\d+ (?:suat|cho)'),
      word(
        'kuota terbatas|slot terbatas|tempat terbatas|tempat terhad|kuota terhad|limited slots? lang|konti na lang ang slots?|bago maubos ang (?:slots?|pwesto)|habang may (?:slots?|bakante) pa',
      ),
      'จำนวนจำกัด|รับจำนวนจำกัด|มีจำนวนจำกัด|รับไม่กี่ตำแหน่ง|เต็มแล้วปิดรับ',
      'ចំនួន(?:មាន)?កំណត់|កន្លែងមានកំណត់',
      'နေရာ\\s?(?:အကန့်အသတ်|အနည်းငယ်သာ)|လူဦးရေ\\s?အကန့်အသတ်',
      'ຈຳນວນຈຳກັດ|ມີຈຳນວນຈຳກັດ',
      '선착순|인원\\s?마감\\s?임박|마감\\s?임박|\\d{1,2}\\s?명\\s?한정',
      '先着|残りわずか|人数限定|募集枠わずか',
      word('(?:सीटें|सीट) सीमित|सीमित (?:सीटें|सीट|पद)|limited seats'),
      word('(?:সীমিত|অল্প) (?:আসন|সিট)|(?:আসন|সিট) সীমিত'),
      word('(?:सिट|कोटा) सीमित|सीमित (?:सिट|कोटा)'),
      '(?:සීමිත|ඉතා සුළු)\\s?(?:පුරප්පාඩු|අවස්ථා)',
      word('(?:cupos|plazas|vagas) limitad[oa]s|(?:últimos|pocos|quedan pocos) cupos|(?:últimas|poucas) vagas'),
      word('(?:количество )?мест[а]? ограничен[оы]?|осталось (?:\\d+|несколько|мало) мест'),
      word('nafasi (?:ni )?chache|nafasi (?:zina|zenye) kikomo'),
      '(?:ውስን|የተወሰነ)\\s?(?:ቦታ|ቦታዎች)|ቦታው\\s?ውስን\\s?ነው',
    ]),
  },
];

function detectUrgency(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  const hit = makeHit('urgency', cueStrength(r), r.spans);
  // "Urgent hiring" and "limited slots" head countless genuine ads at home (急招, URGENT HIRING
  // in Manila): context that adds to a red flag, unless the job is abroad. Pressure to fly is a
  // red flag wherever it is.
  if (hit && !r.groups.has('depart') && !pointsAbroad(text)) hit.context = true;
  return hit;
}

export const urgency = defineSignal({
  id: 'urgency',
  label: 'Pressure to decide or travel quickly',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'km', 'my', 'lo', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectUrgency,
});
