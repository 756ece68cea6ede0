/**
 * A light language-id heuristic: dominant script first (Han→zh, Hangul→ko, kana→ja, Thai, Khmer,
 * Myanmar, Lao), then for Latin text Vietnamese diacritics and Indonesian / Malay / Filipino
 * stop-word counts, else English.
 */

const SCRIPTS: Array<[string, RegExp]> = [
  ['ko', /\p{sc=Hangul}/gu],
  ['ja', /[\p{sc=Hiragana}\p{sc=Katakana}]/gu],
  ['zh', /\p{sc=Han}/gu],
  ['th', /\p{sc=Thai}/gu],
  ['km', /\p{sc=Khmer}/gu],
  ['my', /\p{sc=Myanmar}/gu],
  ['lo', /\p{sc=Lao}/gu],
];

const VI_RE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

const STOP: Record<string, string[]> = {
  id: [
    'yang',
    'dan',
    'untuk',
    'dengan',
    'dari',
    'kami',
    'anda',
    'tidak',
    'atau',
    'dalam',
    'akan',
    'pengalaman',
    'kerja',
    'gaji',
    'minimal',
    'memiliki',
    'mampu',
    'bisa',
    'kantor',
    'perusahaan',
    'lowongan',
    'ini',
    'juga',
    'sudah',
    'harus',
  ],
  ms: [
    'yang',
    'dan',
    'untuk',
    'dengan',
    'dari',
    'kami',
    'anda',
    'tidak',
    'atau',
    'dalam',
    'akan',
    'boleh',
    'syarikat',
    'gaji',
    'kerja',
    'jawatan',
    'pengalaman',
    'bulan',
    'sila',
    'hubungi',
    'kosong',
    'percuma',
    'sahaja',
    'mahu',
    'ialah',
  ],
  fil: [
    'ang',
    'mga',
    'ng',
    'sa',
    'na',
    'ay',
    'ko',
    'mo',
    'po',
    'kayo',
    'kami',
    'trabaho',
    'sahod',
    'para',
    'lang',
    'ito',
    'hindi',
    'naman',
    'kung',
    'araw',
    'kita',
    'libre',
    'ikaw',
    'niyo',
    'natin',
  ],
  en: [
    'the',
    'and',
    'for',
    'with',
    'you',
    'are',
    'our',
    'will',
    'this',
    'that',
    'from',
    'have',
    'your',
    'work',
    'experience',
    'job',
    'team',
    'skills',
    'we',
    'to',
    'of',
    'in',
    'is',
    'be',
    'a',
  ],
};

// Words that tell Malay from Indonesian.
const MS_ONLY = new Set(['boleh', 'syarikat', 'jawatan', 'sila', 'percuma', 'sahaja', 'mahu', 'ialah', 'kosong', 'hubungi']);
const ID_ONLY = new Set(['tidak', 'perusahaan', 'lowongan', 'bisa', 'sudah', 'harus', 'memiliki', 'mampu', 'kantor', 'minimal']);

export function detectLang(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  let best = '';
  let bestN = 0;
  for (const [code, re] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n > bestN) {
      best = code;
      bestN = n;
    }
  }
  // Japanese text uses Han heavily; any kana share decides ja over zh.
  const kana = (sample.match(/[\p{sc=Hiragana}\p{sc=Katakana}]/gu) ?? []).length;
  if (kana >= 3 && kana / letters > 0.05) return 'ja';
  if (bestN / letters >= 0.2) return best;
  const vi = (sample.match(VI_RE) ?? []).length;
  if (vi / letters > 0.03) return 'vi';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts: Record<string, number> = { id: 0, ms: 0, fil: 0, en: 0 };
  let msOnly = 0;
  let idOnly = 0;
  for (const w of words) {
    for (const [code, list] of Object.entries(STOP)) if (list.includes(w)) counts[code] = (counts[code] ?? 0) + 1;
    if (MS_ONLY.has(w)) msOnly++;
    if (ID_ONLY.has(w)) idOnly++;
  }
  const en = counts.en ?? 0;
  const idc = counts.id ?? 0;
  const fil = counts.fil ?? 0;
  if (fil > en * 0.8 && fil > idc && fil >= 3) return 'fil';
  if (idc > en * 0.8 && idc >= 3) return msOnly > idOnly ? 'ms' : 'id';
  return 'en';
}
