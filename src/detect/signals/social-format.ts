/**
 * social_format: social-media style — many emoji (✈️💰🔥), ALL-CAPS "URGENT HIRING", lots of
 * short lines. Weak on its own.
 */
import type { SignalHit } from '../../shared/types.ts';
import { findAll, findEmoji, type Match } from './pattern.ts';
import { makeHit } from './cues.ts';
import { defineSignal } from './signal.ts';

const MONEY_EMOJI = /[💰💵💸🤑💲💴💶💷✈🛫🔥]/gu;
const CAPS_HIRING =
  /(?<![\p{L}])(?:URGENT(?:LY)? HIRING|HIRING NOW|WE ARE HIRING|WE'RE HIRING|HIRING!+|HIGH SALARY|BIG SALARY|FREE (?:FLIGHT|TICKET|VISA|FOOD|ACCOMMODATION)|APPLY NOW|DM NOW|NO EXPERIENCE)(?![\p{L}])/gu;

// Without the `u` flag and led by capitals, a scan V8 runs several times faster than CAPS_HIRING's.
const CAPS_CUE = /HIRING|SALARY|FREE |APPLY NOW|DM NOW|NO EXPERIENCE/;

function detectSocialFormat(text: string): SignalHit | null {
  const emoji = findEmoji(text, 200);
  // Money emoji are pictographs too; the caps phrases all hold one of CAPS_CUE's words.
  const money = emoji.length ? findAll(text, MONEY_EMOJI, 50) : [];
  const caps = CAPS_CUE.test(text) ? findAll(text, CAPS_HIRING, 5) : [];
  let s = 0;
  if (emoji.length >= 5) s += 0.1;
  if (emoji.length >= 12) s += 0.1;
  if (money.length >= 2) s += 0.1;
  if (caps.length) s += 0.15;
  // Many short lines: social-media posts break every phrase onto its own line.
  const lines = text.length < 50_000 ? text.split('\n') : [];
  if (lines.length >= 12) {
    const short = lines.filter((l) => l.trim().length > 0 && l.trim().length <= 40).length;
    if (short / lines.length > 0.7) s += 0.1;
  }
  if (s <= 0) return null;
  const spans: Match[] = [...caps.slice(0, 2), ...(money.length ? money.slice(0, 3) : emoji.slice(0, 3))];
  return makeHit('social_format', Math.min(0.5, s), spans);
}

export const socialFormat = defineSignal({
  id: 'social_format',
  label: 'Social-media style post (many emoji, all caps)',
  languages: ['en', 'zh', 'vi', 'id', 'th'],
  weak: true,
  detect: detectSocialFormat,
});
