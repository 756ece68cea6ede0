/**
 * referral_recruiters: referral/introducer payments and "recruiters also wanted".
 * Employee-referral bonuses in BPO ads are common, so that form is weak.
 */
import type { SignalHit } from '../../shared/types.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const CUES: Cue[] = [
  {
    group: 'recruiters',
    weight: 0.55,
    re: anyOf([
      word(
        "recruiters? (?:also )?(?:wanted|needed)|(?:agents?|recruiters?|introducers?) (?:also )?wanted|introducer(?:'s)? (?:fee|commission)|bring (?:your )?friends? (?:and|to) (?:earn|get)|earn (?:\\S+ )?(?:per|for each) (?:person|recruit|referral|head)|per head commission",
      ),
      '介绍费|介紹費|推荐费|推薦費|人头费|人頭費|拉人头|拉人頭|带人|帶人|招代理|诚招代理|誠招代理|介绍一人|介紹一人|推荐一人|推薦一人',
      `(?<![\\p{L}])(?:hoa hồng giới thiệu|giới thiệu (?:được|nhận) (?:\\d|tiền|hoa hồng)|tiền giới thiệu|giới thiệu (?:người|bạn bè) (?:đi|sang))`,
      word('(?:komisi|bonus|fee) (?:per )?(?:rekrut|perekrut|mengajak|ajak teman)|ajak teman (?:dapat|dapatkan|bonus)|dicari (?:juga )?perekrut'),
      'ค่าแนะนำ|ค่าหัวคิว|ค่านายหน้า|ชวนเพื่อน(?:ได้|รับ)',
      '소개비|추천\\s?수당|모집책|리크루터\\s?모집',
      '募集担当者|紹介料|紹介報酬|紹介ボーナス|紹介するだけで',
      word('may (?:bayad|komisyon) (?:sa|kada) (?:referral|ma-?recruit)'),
    ]),
  },
  {
    group: 'referral_bonus',
    weight: 0.15,
    re: anyOf([word('referral (?:fee|bonus|commission|incentive|reward)s?|refer a friend'), word('bonus referral|thưởng giới thiệu')]),
  },
];

function detectReferralRecruiters(text: string): SignalHit | null {
  const r = runCues(text, CUES);
  if (!r.spans.length) return null;
  return makeHit('referral_recruiters', cueStrength(r), r.spans);
}

export const referralRecruiters = defineSignal({
  id: 'referral_recruiters',
  label: 'Pays you to recruit friends or other people',
  languages: ['en', 'zh', 'vi', 'id', 'th', 'ko', 'ja'],
  detect: detectReferralRecruiters,
});
