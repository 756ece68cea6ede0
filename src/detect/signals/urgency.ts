/**
 * urgency: urgent hiring, immediate start, "fly next week", limited slots. Genuine ads say
 * "urgent hiring" too, so plain urgency is weak; urgency about departure is stronger.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'depart',
    weight: 0.5,
    re: anyOf([
      word(
        '(?:fly|flight|depart(?:ure)?|leave|travel)(?:ing)? (?:out )?(?:next week|this week|tomorrow|immediately|asap|within (?:a |one |\\d+ )?(?:days?|week))|(?:flight|ticket) (?:is )?(?:ready|booked) (?:for )?(?:next week|this week|tomorrow)',
      ),
      '(?:马上|馬上|随时|隨時|立即|即刻|本周|下周|下週)(?:出发|出發|出国|出國|飞|飛|走)|包机票马上走|买票就走|買票就走',
      `(?<![\\p{L}])(?:bay ngay|xuất cảnh ngay|đi ngay trong tuần|đi ngay|bay trong tuần|xuất cảnh trong tuần)`,
      word('(?:langsung )?berangkat (?:minggu depan|secepatnya|minggu ini|besok|segera)|terbang (?:minggu depan|secepatnya)'),
      'บินทันที|เดินทางทันที|บินได้เลย|ออกเดินทางสัปดาห์หน้า',
      '즉시\\s?출국|바로\\s?출국|다음\\s?주\\s?출국',
      '即日渡航|すぐに渡航|来週(?:出発|渡航)',
      word('alis agad|lipad agad|fly agad'),
    ]),
  },
  {
    group: 'urgent',
    weight: 0.2,
    re: anyOf([
      word(
        'urgent(?:ly)? (?:hiring|needed|need|required|recruitment|vacanc(?:y|ies))|hiring urgently|immediate(?:ly)? (?:hiring|start|joiner|joining|hire)|start (?:immediately|asap|tomorrow)|asap',
      ),
      '急招|急聘|急需|急缺|高薪急聘|马上上班|馬上上班|即刻上岗|即刻上崗|当天上岗|當天上崗',
      `(?<![\\p{L}])(?:tuyển gấp|cần gấp|tuyển dụng gấp|gấp gấp|đi làm ngay|nhận việc ngay)`,
      word('dibutuhkan segera|dicari segera|segera dibutuhkan|butuh cepat|mulai kerja segera|lowongan mendesak'),
      'รับด่วน|ด่วนมาก|ด่วน!|ต้องการด่วน|เริ่มงานทันที|เริ่มงานได้ทันที',
      '급구|급모집|긴급\\s?채용|즉시\\s?(?:근무|출근)',
      '急募|即日(?:勤務|スタート)',
      word('hiring agad|kailangan agad|urgent hiring po'),
    ]),
  },
  {
    group: 'scarcity',
    weight: 0.25,
    re: anyOf([
      word(
        'limited (?:slots?|seats?|positions?|spots?|vacancies)|only \\d{1,2} (?:slots?|seats?|spots?) (?:left|remaining|available)|(?:few|last) (?:slots?|spots?) left|first come,? first served',
      ),
      '名额有限|名額有限|仅剩|僅剩|先到先得',
      `(?<![\\p{L}])(?:số lượng có hạn|chỉ còn \\d+ (?:suất|chỗ)|số lượng giới hạn)`,
      word('kuota terbatas|slot terbatas|tempat terbatas'),
      'จำนวนจำกัด|รับจำนวนจำกัด|มีจำนวนจำกัด',
      '선착순|인원\\s?마감\\s?임박',
      '先着|残りわずか',
    ]),
  },
];

function detectUrgency(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('urgency', cueStrength(r), r.spans);
}

export const urgency = defineSignal({
  id: 'urgency',
  label: 'Pressure to decide or travel quickly',
  languages: ['en', 'zh', 'vi', 'id', 'th', 'ko', 'ja'],
  detect: detectUrgency,
});
