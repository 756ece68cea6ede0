/**
 * schema.org JobPosting from <script type="application/ld+json"> blocks.
 * Handles single objects, arrays, @graph, nesting (ItemList.itemListElement[].item,
 * mainEntity, …), @type as string or array, and malformed blocks (a tolerant repair; a
 * block that still fails is skipped on its own). Never evaluates anything.
 */
import type { ExtractedPosting } from '../shared/types.ts';
import { findTitleElement } from './dom.ts';
import { realDocument } from './scope.ts';
import { runToEnd, type Steps } from './steps.ts';
import { absoluteUrl, documentBaseUrl, htmlToText, MAX_POSTING_TEXT, oneLine } from './text.ts';

const MAX_BLOCK_CHARS = 5_000_000;
const MAX_WALK_NODES = 20_000;
const MAX_WALK_DEPTH = 64;

type Json = unknown;
type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Strip wrappers that pages put around JSON-LD: HTML comments, CDATA, JS comments. */
function unwrap(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/<!--|-->/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[/, '')
    .replace(/\/\/\s*\]\]>\s*$/, '')
    .replace(/<!\[CDATA\[|\]\]>/g, '')
    .trim();
}

/**
 * Repair common breakage without changing string contents: escape raw control characters
 * inside strings, drop trailing commas, drop JS comments outside strings.
 */
export function repairJson(src: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (inString) {
      if (escaped) {
        escaped = false;
        out += ch;
      } else if (ch === '\\') {
        escaped = true;
        out += ch;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (ch < ' ') out += ' ';
      else out += ch;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    if (ch === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 1;
      continue;
    }
    if (ch === ',') {
      // Trailing comma: next non-space char closes the container.
      let j = i + 1;
      while (j < src.length && /\s/.test(src[j] as string)) j++;
      if (src[j] === '}' || src[j] === ']') continue;
    }
    out += ch;
  }
  return out;
}

/** Split several top-level JSON values written back to back ("{…}{…}" or "{…}\n{…}"). */
function splitConcatenated(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        parts.push(src.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) depth = 0;
    }
  }
  return parts;
}

/** Parse one JSON-LD block tolerantly; undefined when it cannot be salvaged. */
export function parseJsonLdBlock(raw: string): Json | undefined {
  if (!raw || raw.length > MAX_BLOCK_CHARS) return undefined;
  const text = unwrap(raw);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    /* try repairs below */
  }
  const repaired = repairJson(text);
  try {
    return JSON.parse(repaired) as Json;
  } catch {
    /* maybe several objects concatenated */
  }
  const parts = splitConcatenated(repaired);
  const values: Json[] = [];
  for (const part of parts) {
    try {
      values.push(JSON.parse(part) as Json);
    } catch {
      /* skip this part only */
    }
  }
  return values.length > 0 ? values : undefined;
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'] ?? obj['type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** Every JobPosting object inside a parsed JSON-LD value (bounded walk). */
export function findJobPostingObjects(root: Json): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: Array<[Json, number]> = [[root, 0]];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_WALK_NODES) {
    const item = stack.pop();
    if (!item) break;
    const [value, depth] = item;
    if (depth > MAX_WALK_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
      continue;
    }
    if (!isObject(value)) continue;
    if (typesOf(value).some((t) => t.toLowerCase() === 'jobposting')) {
      found.push(value);
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (key === '@context') continue;
      const child = value[key];
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return found;
}

// ---------- field helpers (shared with microdata) ----------

function first<T>(v: T | T[] | undefined): T | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A plain string from a schema.org value: string, number, {name}, {@value}, [..]. */
export function schemaString(v: unknown, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  if (typeof v === 'string') return oneLine(v) || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = schemaString(x, depth + 1);
      if (s) return s;
    }
    return undefined;
  }
  if (isObject(v)) return schemaString(v['name'] ?? v['@value'] ?? v['value'], depth + 1);
  return undefined;
}

function addressText(addr: unknown): string | undefined {
  if (typeof addr === 'string') return oneLine(addr) || undefined;
  if (!isObject(addr)) return undefined;
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const key of ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']) {
    const value = schemaString(addr[key]);
    if (!value) continue;
    for (const piece of value.split(',')) {
      const p = piece.trim();
      if (p && !seen.has(p.toLowerCase())) {
        seen.add(p.toLowerCase());
        parts.push(p);
      }
    }
  }
  return parts.length > 0 ? parts.join(', ') : schemaString(addr['name']);
}

/** jobLocation (Place | Place[] | string) → "Locality, Region, Country; …". */
export function locationText(obj: JsonObject): string | undefined {
  const places: string[] = [];
  for (const place of asArray(obj['jobLocation']).slice(0, 20)) {
    let text: string | undefined;
    if (typeof place === 'string') text = oneLine(place);
    else if (isObject(place)) {
      text = addressText(first(place['address'] as unknown)) ?? schemaString(place['name']);
    }
    if (text && !places.includes(text)) places.push(text);
  }
  const remote = asArray(obj['jobLocationType']).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  if (places.length === 0) {
    const req = schemaString(obj['applicantLocationRequirements']);
    if (remote) return req ? `Remote (${req})` : 'Remote';
    return undefined;
  }
  return places.join('; ') + (remote ? ' (remote)' : '');
}

function formatAmount(v: unknown): string | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (Number.isFinite(n)) return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (typeof v === 'string') return oneLine(v, 60) || undefined;
  return undefined;
}

/** baseSalary (MonetaryAmount | number | string) → "USD 3,000–4,000 per MONTH". */
export function salaryText(v: unknown, depth = 0): string | undefined {
  if (v === undefined || v === null || depth > 3) return undefined;
  if (typeof v === 'number' || typeof v === 'string') return formatAmount(v);
  if (Array.isArray(v)) return salaryText(v[0], depth + 1);
  if (!isObject(v)) return undefined;
  const currency = schemaString(v['currency']) ?? schemaString(v['salaryCurrency']);
  let unit = schemaString(v['unitText']);
  let min: string | undefined;
  let max: string | undefined;
  let single: string | undefined;
  const value = first(v['value'] as unknown);
  if (isObject(value)) {
    min = formatAmount(value['minValue']);
    max = formatAmount(value['maxValue']);
    single = formatAmount(value['value']);
    unit = schemaString(value['unitText']) ?? unit;
  } else if (value !== undefined) {
    single = formatAmount(value);
  } else {
    min = formatAmount(v['minValue']);
    max = formatAmount(v['maxValue']);
  }
  let amount: string | undefined;
  if (min && max) amount = min === max ? min : `${min}–${max}`;
  else amount = single ?? min ?? max;
  if (!amount) return undefined;
  return [currency, amount].filter(Boolean).join(' ') + (unit ? ` per ${unit}` : '');
}

function textField(v: unknown, doc?: Document): string {
  const parts: string[] = [];
  for (const item of asArray(v).slice(0, 50)) {
    if (typeof item === 'string') parts.push(htmlToText(item, doc));
    else if (isObject(item)) {
      const s = schemaString(item['description']) ?? schemaString(item['name']);
      if (s) parts.push(htmlToText(s, doc));
    }
  }
  return parts.filter(Boolean).join('\n');
}

/** A schema.org JobPosting object (from JSON-LD or microdata) → posting fields. */
export function postingFromSchema(obj: JsonObject, doc?: Document, baseUrl?: string): ExtractedPosting {
  const title = schemaString(obj['title']) ?? schemaString(obj['name']);
  const org = obj['hiringOrganization'];
  const company = typeof org === 'string' ? oneLine(org) || undefined : schemaString(org);
  const blocks = [textField(obj['description'], doc)];
  for (const key of [
    'responsibilities',
    'qualifications',
    'skills',
    'experienceRequirements',
    'educationRequirements',
    'jobBenefits',
    'incentiveCompensation',
  ]) {
    const t = textField(obj[key], doc);
    if (t) blocks.push(t);
  }
  let text = blocks.filter(Boolean).join('\n');
  if (text.length > MAX_POSTING_TEXT) text = text.slice(0, MAX_POSTING_TEXT);
  const posting: ExtractedPosting = { text };
  if (title) posting.title = title;
  if (company) posting.company = company;
  const location = locationText(obj);
  if (location) posting.location = location;
  const salary = salaryText(obj['baseSalary']) ?? salaryText(obj['estimatedSalary']);
  if (salary) posting.salary = salary;
  const url = absoluteUrl(schemaString(obj['url']) ?? (typeof obj['@id'] === 'string' && /^https?:/.test(obj['@id']) ? obj['@id'] : undefined), baseUrl);
  if (url) posting.url = url;
  return posting;
}

/** All JobPostings described by JSON-LD blocks in the document. */
export function extractJsonLd(doc: Document, url?: string): ExtractedPosting[] {
  return runToEnd(extractJsonLdSteps(doc, url));
}

/** extractJsonLd as steps: one per script block. */
export function* extractJsonLdSteps(doc: Document, url?: string): Steps<ExtractedPosting[]> {
  const base = documentBaseUrl(doc, url);
  // The title's element is looked up in the whole page, even in a scoped scan.
  const page = realDocument(doc);
  const results: ExtractedPosting[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type]')).filter((s) => /^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? ''));
  for (const script of scripts.slice(0, 200)) {
    yield;
    try {
      const parsed = parseJsonLdBlock(script.textContent ?? '');
      if (parsed === undefined) continue;
      for (const obj of findJobPostingObjects(parsed)) {
        const posting = postingFromSchema(obj, page, base);
        if (!posting.title && !posting.text) continue;
        posting.source = 'jsonld';
        posting.element = findTitleElement(page, posting.title) ?? page.body ?? undefined;
        results.push(posting);
        if (results.length >= 500) return results;
      }
    } catch {
      /* a broken block never stops the others */
    }
  }
  return results;
}
