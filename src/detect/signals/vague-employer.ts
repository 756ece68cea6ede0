/**
 * vague_employer: no company name, "foreign company", "Chinese company/boss", "confidential".
 * Recruitment agencies also hide client names in genuine ads, so this stays moderate.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'chinese',
    weight: 0.5,
    re: anyOf([
      word('(?:a |an )?chinese(?:-owned| owned)? (?:company|companies|boss|employer|firm|investor|owner)|chinese boss'),
      '中资公司|中資公司|中国公司|中國公司|中国老板|中國老闆|华人公司|華人公司|华人老板|華人老闆|中资企业|中資企業',
      `(?<![\\p{L}])(?:công ty (?:của )?(?:người )?trung quốc|sếp trung quốc|chủ trung quốc|công ty tq|sếp tq)`,
      word('perusahaan (?:china|cina|tiongkok)|bos (?:china|cina)|syarikat cina'),
      'บริษัทจีน|นายจ้างจีน|เถ้าแก่จีน|เจ้านายจีน',
      '중국\\s?회사|중국인\\s?사장',
      '中国系企業|中国企業',
    ]),
  },
  {
    group: 'foreign',
    weight: 0.35,
    re: anyOf([
      word('(?:a |an )?(?:foreign|overseas|offshore) (?:company|companies|employer|firm|boss)|(?:big|large) (?:foreign|overseas) company'),
      '外国公司|外國公司|境外公司|海外公司|国外公司|國外公司|海外直招|境外直招|公司直招',
      `(?<![\\p{L}])(?:công ty nước ngoài|doanh nghiệp nước ngoài|sếp nước ngoài|công ty bên (?:campuchia|cam|lào|myanmar))`,
      word('perusahaan asing|perusahaan luar negeri|syarikat asing'),
      'บริษัทต่างชาติ|บริษัทต่างประเทศ|นายจ้างต่างชาติ',
      '해외\\s?회사|해외 업체',
      '海外企業|海外の会社',
      word('dayuhang kumpanya|foreign na kumpanya'),
    ]),
    // Genuine: "foreign-invested company" descriptions often name the company nearby.
    dampenNear: /(?:company name|công ty tnhh|pt\.? [A-Z]|co\.,? ?ltd|corporation|inc\.|gmbh|\bltd\b|有限公司|株式会社)/iu,
    dampen: 0.5,
  },
  {
    group: 'hidden',
    weight: 0.4,
    re: anyOf([
      word(
        "(?:company|employer|client)(?:'s)? (?:name )?(?:is |will be )?(?:confidential|undisclosed|withheld|not disclosed|disclosed (?:later|upon|after|during))|confidential (?:company|employer|client)|company name (?:withheld|hidden|confidential)|(?:company|employer): ?(?:confidential|undisclosed|n\\/a)",
      ),
      '公司名(?:称|稱)?(?:保密|面谈|面談|不便透露)|保密公司|某(?:大型)?公司',
      `(?<![\\p{L}])(?:tên công ty (?:sẽ )?(?:được )?(?:bảo mật|giấu|cung cấp sau|tiết lộ sau)|công ty (?:giấu tên|bảo mật))`,
      word('nama perusahaan (?:dirahasiakan|rahasia|akan diinformasikan)|perusahaan (?:dirahasiakan|rahasia)'),
      'ไม่เปิดเผยชื่อบริษัท|ชื่อบริษัท(?:ไม่เปิดเผย|แจ้งภายหลัง)',
      '회사명\\s?(?:비공개|추후 공개)',
      '社名(?:非公開|は面接時)',
    ]),
  },
];

function detectVagueEmployer(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('vague_employer', cueStrength(r), r.spans);
}

export const vagueEmployer = defineSignal({
  id: 'vague_employer',
  label: 'Employer not named ("foreign company", "confidential")',
  languages: ['en', 'zh', 'vi', 'id', 'th'],
  detect: detectVagueEmployer,
});
