/**
 * Literal prefilter for the detector regexes.
 *
 * V8 has no literal prefilter for large alternations with lookbehind boundaries, so each
 * detector regex costs a full scan of the posting even when it cannot match. Here every
 * registered regex gets a set of literal strings of which every possible match must contain
 * at least one (derived from the regex source, see `requiredLiterals`). One Aho-Corasick pass
 * over the lower-cased text tells which sets occur; a regex whose set is absent cannot match
 * and is skipped. The outcome is exactly that of running the regex (it would find nothing).
 */

/** Literal strings (lower-cased) of which every match contains one; null when not derivable. */
export function requiredLiterals(src: string): string[] | null {
  try {
    const p = { s: src, i: 0 };
    const r = parseAlt(p).req;
    if (p.i !== src.length) return null;
    if (!r || r.length === 0 || r.some((x) => x.length === 0)) return null;
    return r;
  } catch {
    return null;
  }
}

interface P {
  s: string;
  i: number;
}

/**
 * What the parser knows of a (sub)pattern: `req`, literals of which every match contains one;
 * `exact`, every string it can match (lower-cased), when that is a small finite set. Exact sets
 * let a sequence like "(?:dm|pm) (?:me|us)" require "dm me", "pm us", … rather than just "pm"
 * (which "development" contains).
 */
interface Lits {
  req: string[] | null;
  exact: string[] | null;
}

const MAX_EXACT = 64;
const MAX_EXACT_CHARS = 32;
// Literals longer than this are hardly rarer in text, but grow the automaton.
const ENOUGH_CHARS = 16;

type Atom = { kind: 'char'; ch: string } | { kind: 'other'; exact: string[] | null } | { kind: 'assert' } | { kind: 'group'; lits: Lits };

function union(sets: ReadonlyArray<readonly string[] | null>): string[] | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const x of set) out.add(x);
  }
  return out.size <= MAX_EXACT ? [...out] : null;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > MAX_EXACT_CHARS) return null;
      out.add(x + y);
    }
  }
  return [...out];
}

function parseAlt(p: P): Lits {
  const alts: Lits[] = [parseSeq(p)];
  while (p.s[p.i] === '|') {
    p.i++;
    alts.push(parseSeq(p));
  }
  const req = alts.every((a) => a.req) ? [...new Set(alts.flatMap((a) => a.req!))] : null;
  return { req, exact: union(alts.map((a) => a.exact)) };
}

function score(set: readonly string[]): [number, number] {
  let min = Infinity;
  let total = 0;
  for (const x of set) {
    min = Math.min(min, x.length);
    total += x.length;
  }
  return [Math.min(min, ENOUGH_CHARS), -total];
}

/** Longer shortest literal first (rarer in text, up to ENOUGH_CHARS), then fewer characters. */
function better(a: [number, number], b: [number, number]): boolean {
  return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

function parseSeq(p: P): Lits {
  // Each item: the strings it can match (when known) and literals every match contains;
  // `run`: a run of plain characters, which the next plain character extends.
  const items: Array<Lits & { run?: boolean }> = [];
  while (p.i < p.s.length && p.s[p.i] !== '|' && p.s[p.i] !== ')') {
    const atom = parseAtom(p);
    const q = parseQuant(p);
    let exact: string[] | null;
    let req: string[] | null;
    if (atom.kind === 'char') [exact, req] = [[atom.ch], [atom.ch]];
    else if (atom.kind === 'other') [exact, req] = [atom.exact, atom.exact];
    else if (atom.kind === 'assert') [exact, req] = [[''], null];
    else [exact, req] = [atom.lits.exact, atom.lits.req];
    if (q.min === 1 && q.max === 1) {
      // Plain characters (and zero-width assertions between them) join the previous run.
      const prev = items[items.length - 1];
      const one = exact?.length === 1 ? exact[0]! : null;
      if (one !== null && prev?.exact?.length === 1 && prev.run) {
        const run = prev.exact[0]! + one;
        items[items.length - 1] = { exact: [run], req: run ? [run] : null, run: true };
      } else items.push({ exact, req, run: one !== null });
    } else if (q.min === 0 && q.max === 1) items.push({ exact: exact && union([exact, ['']]), req: null });
    else if (q.min >= 1) items.push({ exact: null, req });
    else items.push({ exact: null, req: null });
  }
  // Candidates: any item's own literals, and the exact strings of runs of consecutive items.
  const cands: string[][] = [];
  for (const it of items) if (it.req?.length && it.req.every((x) => x.length > 0)) cands.push(it.req);
  for (let i = 0; i < items.length; i++) {
    let acc: string[] | null = items[i]!.exact;
    let best: string[] | null = null;
    let bestScore: [number, number] = [0, 0];
    for (let j = i; acc !== null; ) {
      if (acc.length && !acc.includes('')) {
        const sc = score(acc);
        if (!best || better(sc, bestScore)) [best, bestScore] = [acc, sc];
        // Long enough: a longer window would only add characters.
        if (bestScore[0] >= ENOUGH_CHARS) break;
      }
      if (++j >= items.length) break;
      const next = items[j]!.exact;
      acc = next ? product(acc, next) : null;
    }
    if (best) cands.push(best);
  }
  let exact: string[] | null = [''];
  for (const it of items) {
    exact = exact && it.exact ? product(exact, it.exact) : null;
    if (!exact) break;
  }
  if (!cands.length) return { req: null, exact };
  let best = cands[0]!;
  let bestScore = score(best);
  for (let i = 1; i < cands.length; i++) {
    const sc = score(cands[i]!);
    if (better(sc, bestScore)) [best, bestScore] = [cands[i]!, sc];
  }
  return { req: best, exact };
}

function parseQuant(p: P): { min: number; max: number } {
  const c = p.s[p.i];
  let q: { min: number; max: number } | null = null;
  if (c === '?') q = { min: 0, max: 1 };
  else if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  if (q) p.i++;
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.s.slice(p.i));
    if (m) {
      p.i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
    }
  }
  if (!q) return { min: 1, max: 1 };
  if (p.s[p.i] === '?') p.i++; // lazy
  return q;
}

/**
 * The characters of a plain class body ("a4@", "ds", "\\.,") lower-cased, or null for anything
 * else (negation, ranges, escapes such as \\s or \\d, surrogates).
 */
function classMembers(body: string): string[] | null {
  if (!body || body.startsWith('^')) return null;
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let ch = body[i]!;
    if (ch === '\\') {
      ch = body[++i] ?? '';
      if (!ch || /[A-Za-z0-9]/.test(ch)) return null;
    } else if (ch === '-' && i > 0 && i < body.length - 1) return null;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    out.add(ch.toLowerCase());
  }
  return out.size <= MAX_EXACT ? [...out] : null;
}

function parseAtom(p: P): Atom {
  const s = p.s;
  const c = s[p.i]!;
  if (c === '(') {
    p.i++;
    let look = false;
    if (s.startsWith('?:', p.i)) p.i += 2;
    else if (s.startsWith('?=', p.i) || s.startsWith('?!', p.i)) {
      p.i += 2;
      look = true;
    } else if (s.startsWith('?<=', p.i) || s.startsWith('?<!', p.i)) {
      p.i += 3;
      look = true;
    } else if (s.startsWith('?<', p.i)) {
      const close = s.indexOf('>', p.i);
      if (close < 0) throw new Error('bad group');
      p.i = close + 1;
    } else if (s[p.i] === '?') throw new Error('unknown group');
    const lits = parseAlt(p);
    if (s[p.i] !== ')') throw new Error('unclosed group');
    p.i++;
    return look ? { kind: 'assert' } : { kind: 'group', lits };
  }
  if (c === '[') {
    p.i++;
    const start = p.i;
    if (s[p.i] === '^') p.i++;
    while (p.i < s.length && s[p.i] !== ']') p.i += s[p.i] === '\\' ? 2 : 1;
    if (s[p.i] !== ']') throw new Error('unclosed class');
    const body = s.slice(start, p.i);
    p.i++;
    return { kind: 'other', exact: classMembers(body) };
  }
  if (c === '\\') {
    const d = s[p.i + 1];
    if (d === undefined) throw new Error('trailing backslash');
    p.i += 2;
    if (d === 'b' || d === 'B') return { kind: 'assert' };
    if (d === 'p' || d === 'P' || d === 'u' || d === 'k') {
      if (s[p.i] === '{' || s[p.i] === '<') {
        const close = s.indexOf(s[p.i] === '{' ? '}' : '>', p.i);
        if (close < 0) throw new Error('bad escape');
        p.i = close + 1;
      } else if (d === 'u') p.i += 4;
      return { kind: 'other', exact: null };
    }
    if (d === 'x') {
      p.i += 2;
      return { kind: 'other', exact: null };
    }
    if (d === 'c') {
      p.i += 1;
      return { kind: 'other', exact: null };
    }
    if (/[A-Za-z0-9]/.test(d)) return { kind: 'other', exact: null };
    return { kind: 'char', ch: d.toLowerCase() };
  }
  if (c === '.') {
    p.i++;
    return { kind: 'other', exact: null };
  }
  if (c === '^' || c === '$') {
    p.i++;
    return { kind: 'assert' };
  }
  if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+') throw new Error('unexpected');
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff) {
    const lo = s.charCodeAt(p.i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      p.i += 2;
      // A quantifier may apply to the whole pair (`u`) or its low half: treat it as opaque.
      return { kind: 'other', exact: null };
    }
  }
  p.i++;
  return { kind: 'char', ch: c.toLowerCase() };
}

// --- registry and automaton -------------------------------------------------------------------

const literalSets: string[][] = [];
let builtFor = -1;

/**
 * Registers a regex source; returns an id for `mayMatch`, or -1 when no literal set could be
 * derived (the regex then always runs).
 */
export function registerSource(src: string): number {
  const known = literalTable?.get(src);
  const lits = known !== undefined ? known : requiredLiterals(src);
  recorded?.set(src, lits);
  return registerLiterals(lits);
}

/**
 * Literal sets of regex sources computed ahead, at build time (scripts/prefilter-table.ts): the
 * extension's service worker reads them from its package instead of parsing every source at each
 * start (about 100 ms of its cold start in Node). Keyed by the whole source, so a source the table
 * does not hold (or holds for another build) is parsed as before: the table changes no result.
 */
let literalTable: ReadonlyMap<string, string[] | null> | undefined;
let recorded: Map<string, string[] | null> | undefined;

/** Uses a table of [source, literals] entries for the sources registered from now on. */
export function useLiteralTable(entries: Iterable<readonly [string, string[] | null]>): void {
  literalTable = new Map(entries);
}

/** Records every source registered from now on with its literals (for building the table). */
export function recordLiteralTable(): Map<string, string[] | null> {
  recorded = new Map();
  return recorded;
}

/** Registers a literal set (null: none, the regex always runs); returns its id for `mayMatch`. */
export function registerLiterals(lits: readonly string[] | null): number {
  if (!lits || lits.length === 0 || lits.some((x) => x.length === 0)) return -1;
  literalSets.push([...lits]);
  return literalSets.length - 1;
}

/** The literal set registered under an id (null for -1). */
export function literalsOf(id: number): readonly string[] | null {
  return id < 0 ? null : (literalSets[id] ?? null);
}

const ids = new WeakMap<RegExp, number>();

/**
 * Work deferred from module load to the first use of any pattern: reading each regex's literals
 * and building the patterns' regexes. A content script carries every detector (the job-post gate
 * of the social sites needs them), and doing this at load cost 0.4 s of its 0.7–1 s start-up in
 * Chromium, on every page, also on job boards, which never run a detector there. Kept in
 * registration order, so the ids are those an eager registration gave.
 */
const pending: Array<() => void> = [];
let pendingNext = 0;

/** Defers `fn` until the first pattern is used (or `materialize` is called). */
export function deferred(fn: () => void): void {
  pending.push(fn);
}

/** Runs the deferred work: all of it, or the next `max` items. Returns whether any is left. */
export function materialize(max = Number.POSITIVE_INFINITY): boolean {
  for (let n = 0; pendingNext < pending.length && n < max; n++) {
    const fn = pending[pendingNext] as () => void;
    pending[pendingNext++] = noop;
    fn();
  }
  if (pendingNext >= pending.length) {
    pending.length = 0;
    pendingNext = 0;
    // Every pattern is registered at module load: the table has done its work.
    literalTable = undefined;
    return false;
  }
  return true;
}

const noop = () => {};

/** The deferred work in steps (one pattern each), then the automaton, for a warm-up in slices. */
export function* materializeSteps(): Generator<void, void, void> {
  while (materialize(1)) yield;
  if (builtFor !== literalSets.length) {
    build();
    yield;
  }
}

/** Registers a standalone regex (use at module load; its literals are read at first use) and returns it. */
export function lit<T extends RegExp>(re: T): T {
  deferred(() => ids.set(re, registerSource(re.source)));
  return re;
}

/** The prefilter id of a regex registered with `lit`, or -1. */
export function idOf(re: RegExp): number {
  if (pending.length) materialize();
  return ids.get(re) ?? -1;
}

// Characters whose case-insensitive regex matching is not mirrored by toLowerCase() (checked
// exhaustively against every literal character in prefilter tests); texts containing any of
// them skip the prefilter.
const UNSAFE_CASE = /[\u017F\u0130\u1C80-\u1C88\u1E9B\u1E9E\u1FBE\u2126\u212A\u212B]/;

let ascii = 0; // number of ASCII classes + 1
let cls: Uint16Array = new Uint16Array(0);
// Transitions on ASCII classes, [state * ascii + class]; 16-bit while the trie is small enough.
let dense: Uint16Array | Int32Array = new Uint16Array(0);
// Trie edges on other characters, keyed state * 65536 + char code (one map: a map per state
// made building the automaton slow).
let otherKids = new Map<number, number>();
let fail: Int32Array = new Int32Array(0);
let dict: Int32Array = new Int32Array(0); // nearest terminal via fail links (0 = none)
let term: Int32Array = new Int32Array(0); // the state itself if terminal, else dict (0 = none)
let outs: Array<number[] | undefined> = [];
// Literals longer than PREFIX_CHARS: the trie holds their first characters, and reaching that
// state checks the rest in the text. `longs[s]` lists them as indexes into longText/longIds;
// longTerm/longDict chain the states with such literals as term/dict do.
let longs: Array<number[] | undefined> = [];
let longTerm: Int32Array = new Int32Array(0);
let longDict: Int32Array = new Int32Array(0);
let longText: string[] = [];
let longIds: number[][] = [];
// 1 for the states where no literal (short or long) ends: most steps of a scan stop there.
let quiet: Uint8Array = new Uint8Array(0);

const PREFIX_CHARS = 8;

/** The trie state a word (inserted before) leads to from the root. */
function stateOf(w: string, goto: Int32Array, A: number): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    s = c < 128 ? goto[s * A + cls[c]!]! : otherKids.get(s * 65536 + c)!;
  }
  return s;
}

function build(): void {
  // Each distinct literal once, with the ids of the sets it belongs to; long ones by prefix.
  const owners = new Map<string, number[]>();
  const longOwners = new Map<string, number[]>();
  literalSets.forEach((set, id) => {
    for (const full of set) {
      // The trie holds at most PREFIX_CHARS of a literal, which keeps it a fraction of the size
      // (the scan is then cache-bound on far fewer states); the rest is checked in the text
      // where the prefix occurs. A prefix alone would pass every ad that says "experience"
      // for "experience is not required".
      const long = full.length > PREFIX_CHARS;
      const map = long ? longOwners : owners;
      const o = map.get(full);
      if (!o) map.set(full, [id]);
      else if (!o.includes(id)) o.push(id);
      if (long && !owners.has(full.slice(0, PREFIX_CHARS))) owners.set(full.slice(0, PREFIX_CHARS), []);
    }
  });
  longText = [...longOwners.keys()];
  longIds = [...longOwners.values()];
  // Alphabet classes: ASCII chars first (dense table), then the rest.
  let maxNodes = 1;
  const chars = new Set<number>();
  for (const w of owners.keys()) {
    maxNodes += w.length;
    for (let i = 0; i < w.length; i++) chars.add(w.charCodeAt(i));
  }
  const sorted = [...chars].sort((x, y) => x - y);
  cls = new Uint16Array(65536);
  let k = 1;
  for (const c of sorted) if (c < 128) cls[c] = k++;
  ascii = k;
  for (const c of sorted) if (c >= 128) cls[c] = k++;
  const A = ascii;

  // The trie: ASCII edges straight in the transition table, others in otherKids plus a
  // per-state list (first child, next sibling) for the breadth-first pass.
  const goto = new Int32Array(maxNodes * A);
  otherKids = new Map();
  const firstOther = new Int32Array(maxNodes).fill(-1);
  const nextOther = new Int32Array(maxNodes).fill(-1);
  const charOf = new Int32Array(maxNodes);
  outs = [undefined];
  let n = 1;
  for (const [w, ids] of owners) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c < 128) {
        const slot = s * A + cls[c]!;
        let nx = goto[slot]!;
        if (nx === 0) {
          nx = n++;
          goto[slot] = nx;
          outs.push(undefined);
        }
        s = nx;
      } else {
        const key = s * 65536 + c;
        let nx = otherKids.get(key);
        if (nx === undefined) {
          nx = n++;
          otherKids.set(key, nx);
          charOf[nx] = c;
          nextOther[nx] = firstOther[s]!;
          firstOther[s] = nx;
          outs.push(undefined);
        }
        s = nx;
      }
    }
    if (ids.length) {
      const o = (outs[s] ??= []);
      for (const id of ids) if (!o.includes(id)) o.push(id);
    }
  }
  longs = new Array(n);
  longText.forEach((full, k) => {
    const s = stateOf(full.slice(0, PREFIX_CHARS), goto, A);
    (longs[s] ??= []).push(k);
  });

  // Fail links and the full ASCII transition table, breadth first: a state's row is completed
  // from its fail state's row, which is done before it.
  fail = new Int32Array(n);
  dict = new Int32Array(n);
  longDict = new Int32Array(n);
  const queue = new Int32Array(n);
  let qn = 1;
  for (let qi = 0; qi < qn; qi++) {
    const s = queue[qi]!;
    const row = s * A;
    const frow = fail[s]! * A;
    for (let j = 1; j < A; j++) {
      const child = goto[row + j]!;
      if (child !== 0) {
        const f = s === 0 ? 0 : goto[frow + j]!;
        fail[child] = f;
        dict[child] = outs[f] ? f : dict[f]!;
        longDict[child] = longs[f] ? f : longDict[f]!;
        queue[qn++] = child;
      } else if (s !== 0) goto[row + j] = goto[frow + j]!;
    }
    for (let child = firstOther[s]!; child !== -1; child = nextOther[child]!) {
      const c = charOf[child]!;
      let f = 0;
      if (s !== 0) {
        for (let t = fail[s]!; ; t = fail[t]!) {
          const nx = otherKids.get(t * 65536 + c);
          if (nx !== undefined) {
            f = nx;
            break;
          }
          if (t === 0) break;
        }
      }
      fail[child] = f;
      dict[child] = outs[f] ? f : dict[f]!;
      longDict[child] = longs[f] ? f : longDict[f]!;
      queue[qn++] = child;
    }
  }
  dense = n <= 0xffff ? Uint16Array.from(goto.subarray(0, n * A)) : goto.slice(0, n * A);
  term = new Int32Array(n);
  for (let s = 0; s < n; s++) term[s] = outs[s] ? s : dict[s]!;
  longTerm = new Int32Array(n);
  for (let s = 0; s < n; s++) longTerm[s] = longs[s] ? s : longDict[s]!;
  quiet = new Uint8Array(n);
  for (let s = 0; s < n; s++) quiet[s] = term[s] === 0 && longTerm[s] === 0 ? 1 : 0;
  builtFor = literalSets.length;
}

const CACHE = 4;
const cacheKeys: Array<string | null> = new Array(CACHE).fill(null);
const cacheVals: Array<Uint8Array | null> = new Array(CACHE).fill(null);
let cacheNext = 0;
let stampArr = new Uint32Array(0);
let longFound = new Uint32Array(0);
let stamp = 0;

/** Flags (by id) of literal sets present in `text`; null = prefilter not usable on this text. */
function presence(text: string): Uint8Array | null {
  if (pending.length) materialize();
  for (let i = 0; i < CACHE; i++) if (cacheKeys[i] === text) return cacheVals[i]!;
  if (builtFor !== literalSets.length) {
    build();
    cacheKeys.fill(null);
  }
  let flags: Uint8Array | null = null;
  if (!UNSAFE_CASE.test(text)) {
    flags = new Uint8Array(literalSets.length);
    const lower = text.toLowerCase();
    if (stampArr.length !== term.length || longFound.length !== longText.length) {
      stampArr = new Uint32Array(term.length);
      longFound = new Uint32Array(longText.length);
      stamp = 0;
    }
    if (++stamp === 0xffffffff) {
      stampArr.fill(0);
      longFound.fill(0);
      stamp = 1;
    }
    const st = stamp;
    // The tables as locals: V8 reloads module variables on every step of the loop.
    const clsL = cls;
    const denseL = dense;
    const quietL = quiet;
    const A = ascii;
    let s = 0;
    for (let i = 0, n = lower.length; i < n; i++) {
      const c = lower.charCodeAt(i);
      const k = clsL[c]!;
      if (k === 0) {
        s = 0;
        continue;
      }
      if (k < A) s = denseL[s * A + k]!;
      else {
        for (;;) {
          const nx = otherKids.get(s * 65536 + c);
          if (nx !== undefined) {
            s = nx;
            break;
          }
          if (s === 0) break;
          s = fail[s]!;
        }
      }
      if (quietL[s] === 1) continue;
      let o = term[s]!;
      while (o !== 0 && stampArr[o] !== st) {
        stampArr[o] = st;
        for (const id of outs[o]!) flags[id] = 1;
        o = dict[o]!;
      }
      // A long literal's prefix ends here: is the rest of it in the text too?
      for (let l = longTerm[s]!; l !== 0; l = longDict[l]!) {
        for (const k of longs[l]!) {
          if (longFound[k] === st) continue;
          const full = longText[k]!;
          if (lower.startsWith(full, i + 1 - PREFIX_CHARS)) {
            longFound[k] = st;
            for (const id of longIds[k]!) flags[id] = 1;
          }
        }
      }
    }
  }
  cacheKeys[cacheNext] = text;
  cacheVals[cacheNext] = flags;
  cacheNext = (cacheNext + 1) % CACHE;
  return flags;
}

let enabled = true;

/** Tests only: with the prefilter off every regex runs, which must change no result. */
export function setPrefilterEnabled(on: boolean): void {
  enabled = on;
}

/** False only when the regex with this id cannot match anywhere in `text`. */
export function mayMatch(text: string, id: number): boolean {
  if (id < 0 || !enabled) return true;
  const f = presence(text);
  return f === null || f[id] === 1;
}
