/**
 * office_job_abroad: an office role (customer service, chat support, call centre, typing, data
 * entry, online marketing, digital sales, translator) offered to people abroad in Thailand,
 * Cambodia, Myanmar or Laos — the lure officials warn about by name ("customer service agent
 * jobs in Southeast Asia are usually bogus", Philippine DFA; "Digital Sales and Marketing
 * Executives" in Thailand, India's MEA; "sales and customer care jobs purported to be in
 * Thailand", Kenya's embassy). red-flags.md A1 + C7, which press reports of real lures often
 * reduce to a single sentence.
 *
 * Honest employers hire for these roles there too, so the ad must address people abroad
 * clearly: an "overseas" word, a script of another country, a Latin-script language other than
 * English (nobody in Thailand or Cambodia advertises there in Indonesian), pay in the reader's
 * own currency or their nationality named, or a flight paid to get there. An English or Chinese ad naming Phnom Penh
 * alone does not (both are everyday job-ad languages there), and an ad that says the job comes
 * with a work permit or work visa is left alone.
 */
import type { SignalHit } from '../../shared/types.ts';
import { ABROAD as OVERSEAS, namesLegalWork, scriptHomes } from './abroad.ts';
import { makeHit } from './cues.ts';
import { detectDestination } from './destination.ts';
import { GENERIC_ROLES } from './generic-role.ts';
import { FLIGHT } from './lure-bundle.ts';
import { anyOf, findAll, type Match, word } from './pattern.ts';
import { defineSignal } from './signal.ts';

const REGION = new Set(['TH', 'KH', 'MM', 'LA']);

/** Office roles the lures name besides the generic ones (digital sales, "IT job", a call centre). */
const MORE_ROLES = anyOf([
  word(
    '(?:digital |online )?sales (?:specialist|executive|and marketing|& marketing)|marketing (?:executive|job|and sales|& sales)|it jobs?|call cent(?:er|re)s?',
  ),
  word('digital marketing|bidang it|pekerjaan it'),
  'डिजिटल सेल्स|सेल्स एंड मार्केटिंग|मार्केटिंग और सेल्स|सेल्स प्रोफाइल|आईटी जॉब|आईटी की नौकरी|कॉल सेंटर',
  'ডিজিটাল সেলস|আইটি চাকরি|সেলস এক্সিকিউটিভ',
]);

/**
 * "In Southeast Asia" as the place of work: only someone writing from outside the region names it
 * so (the Philippine DFA: "customer service agent jobs in Southeast Asia are usually bogus").
 * A regional remit ("the Southeast Asia market", "customers in Southeast Asia") is not a place.
 */
const IN_SOUTHEAST_ASIA = anyOf([
  word(
    '(?<!(?:clients|customers|users|markets|partners|offices|brands|operations|players) )(?:in|to) south[- ]?east(?:ern)? asia(?! (?:market|region|clients|customers|accounts|team|territory|portfolio))',
  ),
  word(
    '(?:no|para o|ao) sudeste (?:asiático|da ásia)|(?:en el|al) sudeste asiático|(?:en|al) sureste asiático|(?:в|на) юго-восточн\\p{L}* ази\\p{L}*|kusini mashariki mwa asia',
  ),
  '(?:在|去|到|赴)(?:东南亚|東南亞)(?:工作|上班|做)|동남아(?:시아)?(?:에서|로)|東南アジア(?:で|へ)の?[^。\\n]{0,8}?(?:仕事|勤務|就労)',
  'दक्षिण[- ]?पूर्व एशिया (?:में|के)|দক্ষিণ[- ]?পূর্ব এশিয়া(?:য়|র)',
]);

/** Pay in a currency of the countries lures recruit from, or those readers named. */
const READER_ABROAD = anyOf([
  word(
    '(?:rs|inr|ksh|kes|rm|myr|php|idr|npr|lkr|bdt|vnd|ugx|etb)\\.?\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:lakhs?|juta|triệu|ksh|kes|rupees?|ringgit|pesos?|shillings?)',
  ),
  '[₹₱৳₫]\\s?\\d',
  word(
    'kenyans?|indians?|filipinos?|pinoys?|ofws?|sri lankans?|nepal(?:i|ese)|bangladeshis?|ugandans?|ethiopians?|indonesians?|malaysians?|vietnamese|pakistanis?|nigerians?|ghanaians?|migrant workers?',
  ),
]);

/** Function words of the Latin-script languages of the countries lures recruit from (not English). */
const OTHER_LATIN = anyOf([
  word('yang|untuk|dengan|sebagai|lowongan|pekerjaan|bekerja|jawatan|kerja|gaji|oleh|ditawarkan'),
  word('ang|mga|ng|sa|bilang|trabaho|sahod|sweldo|papuntang|libre|malaki'),
  word('trabajo|empleo|trabalho|emprego|vaga|como|uma|una|com|con|salario|salário|sueldo|convite'),
  word('kazi|kwa|mshahara|nchini|ajira|nafasi'),
  word('viec lam|tuyen|luong|lam viec|nhan vien'),
]);

/**
 * How an ad in Latin or Han script addresses people abroad: the cue to show, `true` for a
 * language no one there advertises in (nothing to quote), or null when it may as well be for locals.
 */
function addressedAbroad(text: string): Match | true | null {
  const cue = findAll(text, OVERSEAS, 1)[0] ?? findAll(text, READER_ABROAD, 1)[0] ?? findAll(text, FLIGHT, 1)[0];
  if (cue) return cue;
  // Two or more function words of another Latin-script language: not English.
  const other = findAll(text, OTHER_LATIN, 8);
  return new Set(other.map((m) => m.text.toLowerCase())).size >= 2 ? true : null;
}

function detectOfficeJobAbroad(text: string): SignalHit | null {
  const dest = detectDestination(text);
  if (!dest || !REGION.has(dest.country)) return inSoutheastAsia(text);
  const home = scriptHomes(text);
  if (home?.includes(dest.country)) return null;
  const role = findAll(text, GENERIC_ROLES, 1)[0] ?? findAll(text, MORE_ROLES, 1)[0];
  if (!role) return null;
  if (namesLegalWork(text)) return null;
  const abroad = home ? (findAll(text, OVERSEAS, 1)[0] ?? true) : addressedAbroad(text);
  if (!abroad) return null;
  return makeHit('office_job_abroad', 0.5, abroad === true ? [role, dest.first] : [role, dest.first, abroad]);
}

/** An office role "in Southeast Asia", with no country named: addressed from outside by its wording. */
function inSoutheastAsia(text: string): SignalHit | null {
  const region = findAll(text, IN_SOUTHEAST_ASIA, 1)[0];
  if (!region) return null;
  const role = findAll(text, GENERIC_ROLES, 1)[0] ?? findAll(text, MORE_ROLES, 1)[0];
  if (!role || namesLegalWork(text)) return null;
  return makeHit('office_job_abroad', 0.5, [role, region]);
}

export const officeJobAbroad = defineSignal({
  id: 'office_job_abroad',
  label: 'Office job abroad in Thailand, Cambodia, Myanmar or Laos',
  languages: ['en', 'zh', 'zh-Hant', 'vi', 'id', 'ms', 'tl', 'th', 'ja', 'ko', 'hi', 'bn', 'ne', 'si', 'es', 'pt', 'ru', 'sw', 'am'],
  detect: detectOfficeJobAbroad,
});
