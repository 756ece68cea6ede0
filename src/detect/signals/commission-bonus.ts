/** commission_bonus: commission / KPI / sign-on bonus on a CS role, salary advance, debt payoff. */
import type { SignalHit } from '../../shared/types.ts';
import { hasGenericRole } from './generic-role.ts';
import { word, anyOf } from './pattern.ts';
import { makeHit, type Cue, runCues, cueStrength } from './cues.ts';
import { defineSignal } from './signal.ts';

const BONUS_CUES: Cue[] = [
  {
    group: 'debt_advance',
    weight: 0.65,
    re: anyOf([
      word(
        'salary advance|advance (?:on )?(?:your )?salary|cash advance|(?:we|company) (?:will )?(?:pay off|settle|clear) (?:your )?debts?|debt (?:payoff|settlement|relief)',
      ),
      '代償債務|代偿债务|代还债务|代還債務|可以先預支|可以先预支|预支工资|預支薪水|預支工資|可预支|可預支|借支|帮还网贷|幫還網貸',
      `(?<![\\p{L}])(?:ứng lương trước|ứng trước lương|hỗ trợ trả nợ|trả nợ giúp|xóa nợ)`,
      word('kasbon|gaji di muka|bayar(?:kan)? (?:hutang|utang)|lunasi (?:hutang|utang)'),
      'เบิกเงินล่วงหน้า|เบิกล่วงหน้า|ช่วยใช้หนี้|ปลดหนี้',
      '가불|선불\\s?급여|빚\\s?(?:청산|대신)|채무\\s?(?:대납|해결)',
      '前借り|借金(?:返済|肩代わり)',
    ]),
  },
  {
    group: 'sign_on',
    weight: 0.3,
    re: anyOf([
      word('sign(?:ing|-on| on)? bonus|joining bonus|welcome bonus|hiring bonus'),
      '入职奖|入職獎|签约奖|簽約獎',
      word('thưởng (?:ký hợp đồng|gia nhập)|bonus (?:bergabung|tanda tangan)'),
      'โบนัสแรกเข้า',
      '입사\\s?축하금|사이닝\\s?보너스',
      '入社祝い金',
    ]),
  },
  {
    group: 'commission',
    weight: 0.12,
    re: anyOf([
      word('commissions?|kpi bonus|performance bonus|incentives?'),
      '提成|高提成|佣金|绩效奖金|績效獎金|底薪\\+',
      `(?<![\\p{L}])(?:hoa hồng|thưởng kpi|thưởng doanh số)`,
      word('komisi|insentif'),
      'คอมมิชชั่น|ค่าคอม|อินเซนทีฟ',
      '인센티브|커미션|수당',
      'インセンティブ|歩合',
    ]),
  },
];

function detectCommissionBonus(text: string): SignalHit | null {
  const r = runCues(text, BONUS_CUES);
  if (!r.spans.length) return null;
  // Commission on a customer-service/typing role is the red flag; on a sales role it's normal.
  const cs = hasGenericRole(text);
  const g = r.groups;
  if (g.has('commission') && cs) g.set('commission', 0.3);
  if (g.has('sign_on') && cs) g.set('sign_on', 0.4);
  return makeHit('commission_bonus', cueStrength(r), r.spans);
}

export const commissionBonus = defineSignal({
  id: 'commission_bonus',
  label: 'Bonus, commission, salary advance or debt payoff on a basic job',
  languages: ['en', 'zh', 'vi', 'id', 'th'],
  detect: detectCommissionBonus,
});
