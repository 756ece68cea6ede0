/**
 * Deterministic synthetic data (seeded): scam-compound recruitment lures in 11 languages, and
 * genuine look-alikes (BPO / customer-service / relocation / crypto-support jobs with named
 * employers, work permits and a normal hiring process) so the model does not learn "mentions
 * Cambodia = scam" or "customer service = scam".
 *
 * Forms: one-line blurbs, emoji-heavy social posts, chat messages, formal listings with fake
 * company names, and obfuscated contact handles. Each lure uses a random subset of cues
 * (2–7 of: pay, perks, travel, easy work, reassurance, urgency, referral, age, vague employer,
 * scam-hub place, a passport copy or fee asked for / travel money sent, messaging contact), so
 * the model sees partial as well as full bundles.
 * Genuine rows sometimes mention a scam-hub city, Telegram as a work tool, free housing as a
 * relocation perk, etc. (hard negatives).
 *
 * Every row has synthetic: true, source "synthetic_lure" (label 1) or "synthetic_genuine"
 * (label 0).
 */
import { postingText } from '../../src/detect/posting-text.ts';
import type { Row } from '../data/types.ts';
import { mulberry32 } from '../lr.ts';
import { BANKS, type GenuineBank, type LangBanks, type LureBank } from './banks.ts';

export interface SyntheticOptions {
  seed: number;
  /** Lures per language; the same number of genuine look-alikes is generated. */
  perLang: number;
}

type Rand = () => number;

function pick<T>(r: Rand, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function pickN<T>(r: Rand, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0] as T);
  return out;
}

function chance(r: Rand, p: number): boolean {
  return r() < p;
}

const HANDLE_A = [
  'hr',
  'job',
  'lisa',
  'amy',
  'kevin',
  'linda',
  'recruit',
  'asia',
  'win',
  'hiring',
  'mr_lee',
  'nana',
  'sunny',
  'boss',
  'cs',
  'vip',
  'tony',
  'joy',
];
const HANDLE_B = ['88', '666', '_2024', '_official', '168', '_asia', '99', '_hr', '_team', '777', '2025', '_job'];
const APPS = ['Telegram', 'WhatsApp', 'Line', 'WeChat', 'Signal', 'Viber'];
const PHONE_PREFIX = ['+855 ', '+95 9', '+66 8', '+63 9', '+856 20 ', '+84 9', '+60 1', '+971 5'];
const EMOJI_HEAD = ['🔥🔥', '✈️', '💰💰', '📢', '⚡', '🌟', '‼️', '🇰🇭', '🇹🇭'];
const EMOJI_LINE = ['✅', '💵', '✈️', '🏨', '🍱', '📱', '👉', '⭐', '💯', '🔥'];

function handle(r: Rand): string {
  return `${pick(r, HANDLE_A)}${pick(r, HANDLE_B)}`;
}

function phone(r: Rand): string {
  let d = '';
  for (let i = 0; i < 8; i++) d += Math.floor(r() * 10);
  return `${pick(r, PHONE_PREFIX)}${d.slice(0, 3)} ${d.slice(3)}`;
}

function fmt(n: number, lang: string): string {
  if (lang === 'vi' || lang === 'id' || lang === 'ja' || lang === 'ko') return String(n);
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

function num(r: Rand, [min, max, step]: [number, number, number]): number {
  const k = Math.floor((max - min) / step);
  return min + step * Math.floor(r() * (k + 1));
}

function fillPay(r: Rand, tpl: string, range: [number, number, number], lang: string): string {
  const a = num(r, range);
  const b = Math.max(a + range[2], num(r, range));
  return tpl.replace('{n2}', fmt(b, lang)).replace('{n}', fmt(a, lang));
}

/** Obfuscates a contact line the way lures dodge keyword filters. */
function obfuscate(r: Rand, s: string): string {
  const v = Math.floor(r() * 5);
  if (v === 0) return s.replace(/Telegram/g, 'T e l e g r a m').replace(/WhatsApp/g, 'W h a t s A p p');
  if (v === 1) return s.replace(/Telegram/g, 'Tele gram').replace(/WhatsApp/g, 'wh@tsapp');
  if (v === 2) return s.replace(/Telegram/g, 'TG').replace(/WhatsApp/g, 'W/A');
  if (v === 3) return s.replace(/@/g, '@ ');
  return s.replace(/Telegram/g, '✈️ Tele');
}

function contactLine(r: Rand, b: LureBank): string {
  const h = handle(r);
  const p = phone(r);
  let s = pick(r, b.contact)
    .replace('{h}', h)
    .replace('{p}', p)
    .replace('{pd}', p.replace(/\D/g, ''))
    .replace('{pn}', String(100000000 + Math.floor(r() * 899999999)))
    .replace('{app}', pick(r, APPS));
  if (chance(r, 0.3)) s = obfuscate(r, s);
  return s;
}

type CueKey = 'pay' | 'perks' | 'travel' | 'easy' | 'reassure' | 'urgent' | 'referral' | 'age' | 'vague' | 'place' | 'fee' | 'contact';

function lureCues(r: Rand, b: LureBank, lang: string): Map<CueKey, string> {
  const all: CueKey[] = ['pay', 'perks', 'travel', 'easy', 'reassure', 'urgent', 'referral', 'age', 'vague', 'place', 'fee', 'contact'];
  // Always some pay or perk or contact (a lure's hook), plus a random subset.
  const n = 2 + Math.floor(r() * 6);
  const keys = new Set<CueKey>(pickN(r, all, n));
  if (!keys.has('pay') && !keys.has('perks')) keys.add(chance(r, 0.5) ? 'pay' : 'perks');
  if (chance(r, 0.75)) keys.add('contact');
  const m = new Map<CueKey, string>();
  for (const k of all) {
    if (!keys.has(k)) continue;
    switch (k) {
      case 'pay':
        m.set(k, fillPay(r, pick(r, b.pay), b.payRange, lang));
        break;
      case 'perks':
        m.set(k, pickN(r, b.perks, 1 + Math.floor(r() * 3)).join(', '));
        break;
      case 'travel':
        m.set(k, pick(r, b.travel));
        break;
      case 'easy':
        m.set(k, pick(r, b.easy));
        break;
      case 'reassure':
        m.set(k, pick(r, b.reassure));
        break;
      case 'urgent':
        m.set(k, pick(r, b.urgent));
        break;
      case 'referral':
        m.set(k, pick(r, b.referral));
        break;
      case 'age':
        m.set(k, pick(r, b.age));
        break;
      case 'vague':
        m.set(k, pick(r, b.vagueCompany));
        break;
      case 'place':
        m.set(k, pick(r, b.places));
        break;
      case 'fee':
        m.set(k, pick(r, b.fee));
        break;
      case 'contact':
        m.set(k, contactLine(r, b));
        break;
    }
  }
  return m;
}

interface Posting {
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  text: string;
}

const SEP: Record<string, string> = { zh: '，', ja: '、', ko: ', ', th: ' ', km: ' ', my: ' ' };

function joinCues(lang: string, parts: string[]): string {
  return parts.join(SEP[lang] ?? ', ');
}

function makeLure(r: Rand, L: LangBanks): Posting {
  const b = L.lure;
  const lang = L.lang;
  const role = pick(r, b.roles);
  const cues = lureCues(r, b, lang);
  const form = Math.floor(r() * 4);
  const vals = [...cues.entries()].filter(([k]) => k !== 'contact').map(([, v]) => v);
  const contact = cues.get('contact');
  if (form === 0) {
    // One-line blurb.
    const head = chance(r, 0.5) ? `${pick(r, b.openers)} ${role}` : role;
    return { text: [head, ...vals, contact].filter(Boolean).join(chance(r, 0.5) ? '. ' : ' ') };
  }
  if (form === 1) {
    // Emoji-heavy social post.
    const lines = [`${pick(r, EMOJI_HEAD)} ${pick(r, b.openers).toUpperCase()} ${pick(r, EMOJI_HEAD)}`, `${pick(r, EMOJI_LINE)} ${role}`];
    for (const v of vals) lines.push(`${pick(r, EMOJI_LINE)} ${v}`);
    if (contact) lines.push(`📲 ${contact}`);
    if (chance(r, 0.3)) lines.push('#hiring #job #overseas');
    return { text: lines.join('\n') };
  }
  if (form === 2) {
    // Chat message from a "recruiter".
    const first = pick(r, b.chatOpeners);
    const body = joinCues(lang, [role, ...vals]);
    return { text: [first, body, contact ?? ''].filter(Boolean).join(chance(r, 0.5) ? '\n' : ' ') };
  }
  // Formal listing with a fake company.
  const l = b.labels;
  const company = cues.get('vague') ?? pick(r, b.vagueCompany);
  const place = cues.get('place') ?? (chance(r, 0.6) ? pick(r, b.places) : '');
  const pay = cues.get('pay') ?? '';
  const benefitLines = [cues.get('perks'), cues.get('travel'), cues.get('referral')].filter(Boolean) as string[];
  const reqLines = [cues.get('easy'), cues.get('age'), cues.get('fee')].filter(Boolean) as string[];
  const text = [
    cues.get('urgent') ?? '',
    `${l.position}: ${role}`,
    benefitLines.length ? `${l.benefits}:\n${benefitLines.map((x) => `- ${x}`).join('\n')}` : '',
    reqLines.length ? `${l.requirements}:\n${reqLines.map((x) => `- ${x}`).join('\n')}` : '',
    cues.get('reassure') ?? '',
    contact ? `${l.contact}: ${contact}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const p: Posting = { title: role, company, text };
  if (place) p.location = place;
  if (pay) p.salary = pay;
  return p;
}

/** Realistic monthly pay for entry customer-service roles by currency (genuine look-alikes). */
const CURRENCY_RANGES: Record<string, [number, number, number]> = {
  PHP: [16000, 32000, 500],
  MYR: [2200, 4000, 100],
  THB: [15000, 30000, 1000],
  USD: [300, 900, 50],
  AED: [3000, 6000, 250],
};

function makeGenuine(r: Rand, L: LangBanks): Posting {
  const g: GenuineBank = L.genuine;
  const lang = L.lang;
  const l = g.labels;
  const employer = pick(r, g.employers);
  const role = pick(r, g.roles);
  const [place = '', currency] = pick(r, g.places).split('|');
  const range = (currency && CURRENCY_RANGES[currency]) || g.payRange;
  const salary = chance(r, 0.75) ? fillPay(r, pick(r, g.pay), range, lang).replace('{c}', currency ?? '') : '';
  const benefits = pickN(r, g.benefits, 2 + Math.floor(r() * 3));
  const duties = pickN(r, g.duties, 2 + Math.floor(r() * 2));
  const reqs = pickN(r, g.requirements, 2 + Math.floor(r() * 2));
  // Hard negatives: borrow a lure-ish phrase that genuine ads also use.
  const extras: string[] = [];
  if (chance(r, 0.25)) extras.push(pick(r, L.lure.easy)); // "no experience needed" is common in real BPO ads
  if (lang === 'en' && chance(r, 0.2)) extras.push('Our support team uses Slack and Telegram to coordinate shifts.');
  if (lang === 'en' && chance(r, 0.15))
    extras.push('Accommodation is provided for the first month of relocation; work permit and employment visa are arranged by the company before you travel.');
  const form = Math.floor(r() * 3);
  if (form === 0) {
    // Short job-board card.
    const p: Posting = { title: role, company: employer, location: place, text: [pick(r, g.intro), duties[0], pick(r, g.apply)].join(' ') };
    if (salary) p.salary = salary;
    return p;
  }
  const text = [
    pick(r, g.intro),
    `${l.duties}:\n${duties.map((x) => `• ${x}`).join('\n')}`,
    `${l.requirements}:\n${[...reqs, ...extras].map((x) => `• ${x}`).join('\n')}`,
    `${l.benefits}:\n${benefits.map((x) => `• ${x}`).join('\n')}`,
    pick(r, g.process),
    pick(r, g.apply),
  ].join('\n');
  const p: Posting = { title: `${role}${form === 2 ? ` - ${employer}` : ''}`, company: employer, location: place, text };
  if (salary) p.salary = salary;
  return p;
}

function toRow(source: string, i: number, label: 0 | 1, lang: string, p: Posting): Row {
  const text = postingText(p);
  const row: Row = { id: `${source}:${lang}:${i}`, source, lang, label, text, synthetic: true, jobAd: label === 0 || p.title !== undefined };
  if (p.title) row.title = p.title;
  return row;
}

export function generateSynthetic(o: SyntheticOptions): Row[] {
  const out: Row[] = [];
  for (const L of BANKS) {
    const r = mulberry32((o.seed * 7919) ^ hashLang(L.lang));
    for (let i = 0; i < o.perLang; i++) out.push(toRow('synthetic_lure', i, 1, L.lang, makeLure(r, L)));
    for (let i = 0; i < o.perLang; i++) out.push(toRow('synthetic_genuine', i, 0, L.lang, makeGenuine(r, L)));
  }
  return out;
}

function hashLang(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
