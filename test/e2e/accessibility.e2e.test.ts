import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';
import { ROOT, saveReadmeShot, SCREENSHOTS, seriousViolations, storeSettings, withExtension } from './harness.ts';

/**
 * Accessibility of everything the extension shows: its own pages (popup, options, check, learn)
 * under axe-core in light and dark colour schemes, and the warning it draws into other people's
 * pages (badge, expanded panel, high-risk banner): axe inside its shadow root, keyboard use,
 * text contrast on light and dark page themes, and the page's layout left intact.
 */

const HOST = 'scam-job-radar-badge';
const PANEL = 'scam-job-radar-check';
const SCHEMES = ['light', 'dark'] as const;

// localhost stands in for a site outside the default list (see sites.ts E2E_ON_DEMAND_HOSTS): the
// content script runs there only on "Check this page", which gives a "before" to compare with.
const env = withExtension((origin) => [origin.replace('127.0.0.1', 'localhost')]);

interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

async function tabIdOf(page: Page): Promise<number> {
  const sw = await env.ext.serviceWorker();
  const id = await sw.evaluate(async (u) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({ url: u }))[0]?.id, page.url());
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

const extUrl = (file: string) => `chrome-extension://${env.ext.extensionId}/${file}`;

async function openPosting(path: string, expected = 1): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(`${env.server.origin}/${path}`);
  await waitForBadges(page, expected);
  return page;
}

async function waitForBadges(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => document.querySelectorAll('scam-job-radar-badge[data-scam-job-radar-risk]').length >= k, n, { timeout: 30_000 });
}

/**
 * Where axe, for a floating element of ours, said only "partially overlaps other elements": is
 * every line of its text really drawn by us, on a background of ours? For each target
 * ([host selector, selector in its shadow root]) the problems found (none: ours on every line).
 * axe gives up whenever the page elements beneath a fixed overlay differ from line to line,
 * even under an opaque panel (it cuts the stack only above floating elements, not below);
 * which page text lies beneath depends on the fonts installed. This check decides it instead:
 * at the middle of each line box the topmost element, through the shadow root, is the text's
 * own element, and its background layers reach an opaque one before leaving our shadow root.
 * The colours themselves are measured by badgeContrasts, which every such test also runs.
 */
async function notOurLayer(page: Page, targets: [string, string][]): Promise<string[]> {
  return page.evaluate((targets) => {
    const problems: string[] = [];
    for (const [hostSel, sel] of targets) {
      const host = document.querySelector(hostSel);
      const el = host?.shadowRoot?.querySelector(sel);
      if (!host || !el) {
        problems.push(`${hostSel} ${sel}: not found`);
        continue;
      }
      // A panel taller than its box scrolls: look at each text where the reader scrolls to it.
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (lines.length === 0) problems.push(`${sel}: no line box`);
      for (const r of lines) {
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        const top = document.elementFromPoint(x, y);
        const inner = host.shadowRoot?.elementFromPoint(x, y);
        if (top !== host || !inner || !(inner === el || el.contains(inner)))
          problems.push(
            `${sel}: at (${Math.round(x)}, ${Math.round(y)}) the top element is ${top?.tagName.toLowerCase()} / ${inner?.className || inner?.tagName.toLowerCase()}`,
          );
      }
      let opaque = false;
      for (let e: Element | null = el; e && e.getRootNode() === host.shadowRoot; e = e.parentElement) {
        const m = /rgba?\(([^)]+)\)/.exec(getComputedStyle(e).backgroundColor);
        const alpha = m ? Number((m[1] as string).split(/[\s,/]+/).filter(Boolean)[3] ?? 1) : 0;
        if (alpha >= 1) {
          opaque = true;
          break;
        }
      }
      if (!opaque) problems.push(`${sel}: no opaque background of ours beneath it`);
    }
    return problems;
  }, targets);
}

/** axe scoped to our elements (the badges by default), with proof that it looked inside their shadow roots. */
async function axeInBadges(page: Page, tag = HOST) {
  const result = await new AxeBuilder({ page }).include(tag).analyze();
  // A node inside a shadow root has a nested target: [[host selector, selector in the shadow root]].
  const inShadow = (nodes: { target: unknown[] }[]) => nodes.filter((n) => Array.isArray(n.target[0])).length;
  const contrastChecked = inShadow(result.passes.find((r) => r.id === 'color-contrast')?.nodes ?? []);
  const keys = (n: { any: { data?: unknown }[] }) => n.any.map((c) => (c.data as { messageKey?: string } | null)?.messageKey);
  const undecided = result.incomplete.find((r) => r.id === 'color-contrast')?.nodes ?? [];
  // "Partially overlaps other elements" alone is decided by notOurLayer (see there).
  const overlapOnly = undecided.filter((n) => Array.isArray(n.target[0]) && keys(n).every((k) => k === 'elmPartiallyObscuring'));
  const overlapProblems = await notOurLayer(
    page,
    overlapOnly.map((n) => n.target[0] as unknown as [string, string]),
  );
  // Undecided contrast is a failure too, except for symbols (✓ ⚠ ▾), which axe never judges.
  const contrastUnsure = undecided
    .filter((n) => !overlapOnly.includes(n) && !keys(n).every((k) => k === 'nonBmp'))
    .map((n) => `${JSON.stringify(n.target)} ${n.any.map((c) => c.message).join('; ')}`)
    .concat(overlapProblems);
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
  return { serious, contrastChecked, contrastUnsure };
}

/**
 * axe in the light and the dark colour scheme. `followsScheme`: the page must really change
 * (its background), so the dark run is not the light one again.
 */
async function checkAllSchemes(page: Page, what: string, followsScheme = true): Promise<void> {
  const backgrounds: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(await seriousViolations(page), `${what} (${scheme})`).toEqual([]);
  }
  if (followsScheme) expect(backgrounds, `${what}: body background in light and dark`).toEqual(['rgb(255, 255, 255)', 'rgb(32, 33, 36)']);
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Presses Tab until the focused element (looked up through open shadow roots) satisfies `is`, a
 * JavaScript expression over `el`; at most `max` presses.
 */
async function tabTo(page: Page, is: string, max = 30): Promise<void> {
  const probe = `(() => { let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement; return !!el && (${is}); })()`;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(probe)) return;
  }
  throw new Error(`Tab never reached ${is} (${max} presses)`);
}

/** What the focused element (through shadow roots) looks like: class, whether :focus-visible matches, and its outline. */
async function focusState(
  page: Page,
): Promise<{ cls: string; host: string; focusVisible: boolean; outlineStyle: string; outlineWidth: number; outlineColor: string; expanded: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const host = el?.tagName.toLowerCase() ?? '';
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) throw new Error('nothing focused');
    const cs = getComputedStyle(el);
    return {
      cls: el.className,
      host,
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
      outlineColor: cs.outlineColor,
      expanded: el.getAttribute('aria-expanded'),
    };
  });
}

interface TextContrast {
  text: string;
  cls: string;
  fg: string;
  bg: string;
  ratio: number;
  needed: number;
}

type RGBA = [number, number, number, number];

/**
 * WCAG colour arithmetic, run in the page (installed as globalThis.__sjrColour by useColourKit):
 * the effective background of an element is the blend of the background layers from it outwards,
 * walking out of shadow roots into the page, down to the first opaque one (white below all).
 */
function colourKit() {
  const parse = (c: string): RGBA => {
    const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
    if (!m) throw new Error(`unparsed colour ${c}`);
    const p = (m[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  };
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3];
    return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
  };
  const lum = (c: RGBA) => {
    const f = (v: number) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };
  const parentOf = (el: Element): Element | null => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
  const background = (el: Element): RGBA => {
    const layers: RGBA[] = [];
    for (let e: Element | null = el; e; e = parentOf(e)) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let bg: RGBA = [255, 255, 255, 1];
    for (const l of layers.reverse()) bg = over(l, bg);
    return bg;
  };
  const css = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
  return { parse, over, ratio, parentOf, background, css };
}
type ColourKit = ReturnType<typeof colourKit>;

async function useColourKit(page: Page): Promise<void> {
  await page.evaluate(`globalThis.__sjrColour = (${colourKit.toString()})()`);
}

/**
 * The WCAG contrast of every visible text inside our elements' shadow roots (the badges by
 * default), from the computed colours over the effective background. Independent of axe, so the
 * two can disagree.
 */
async function badgeContrasts(page: Page, tag = HOST): Promise<TextContrast[]> {
  await useColourKit(page);
  return page.evaluate((tag) => {
    const { parse, over, ratio, background, css } = (globalThis as unknown as { __sjrColour: ColourKit }).__sjrColour;
    const out: TextContrast[] = [];
    for (const host of document.querySelectorAll(tag)) {
      const root = host.shadowRoot;
      if (!root || !(host as HTMLElement).checkVisibility()) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.nodeValue ?? '').trim();
        const el = n.parentElement;
        if (!text || !el || el.tagName === 'STYLE' || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const cs = getComputedStyle(el);
        const bg = background(el);
        const fg = over(parse(cs.color), bg);
        const size = parseFloat(cs.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
        out.push({
          text: text.slice(0, 40),
          cls: el.className || el.tagName.toLowerCase(),
          fg: cs.color,
          bg: css(bg),
          ratio: ratio(fg, bg),
          needed: large ? 3 : 4.5,
        });
      }
    }
    return out;
  }, tag);
}

/**
 * The contrast of the evidence marked in the ad's own text (the ::highlight() the extension
 * paints over the page's text nodes): the highlight's text colour over its background, or over
 * the page's background where the highlight sets none, for every marked range.
 */
async function evidenceContrasts(page: Page): Promise<TextContrast[]> {
  await useColourKit(page);
  return page.evaluate(() => {
    const { parse, over, ratio, background, css } = (globalThis as unknown as { __sjrColour: ColourKit }).__sjrColour;
    const marks = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('scam-job-radar-evidence');
    return [...(marks ?? [])].map((r) => {
      const el = r.startContainer.parentElement as Element;
      const hl = getComputedStyle(el, '::highlight(scam-job-radar-evidence)');
      const bg = over(parse(hl.backgroundColor), background(el));
      const fg = over(parse(hl.color), bg);
      return { text: r.toString().slice(0, 40), cls: `${el.tagName.toLowerCase()}::highlight`, fg: hl.color, bg: css(bg), ratio: ratio(fg, bg), needed: 4.5 };
    });
  });
}

/** Contrast of the focused element's outline (its focus ring) against what it is drawn on, the background around the element. */
async function focusRingContrast(page: Page): Promise<number> {
  await useColourKit(page);
  return page.evaluate(() => {
    const { parse, over, ratio, parentOf, background } = (globalThis as unknown as { __sjrColour: ColourKit }).__sjrColour;
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const around = el && parentOf(el);
    if (!el || !around) throw new Error('nothing focused');
    const bg = background(around);
    return ratio(over(parse(getComputedStyle(el).outlineColor), bg), bg);
  });
}

/** Texts whose contrast is below WCAG AA (empty when every text passes). */
const lowContrast = (all: TextContrast[]) =>
  all.filter((c) => c.ratio < c.needed).map((c) => `${c.cls} "${c.text}": ${c.fg} on ${c.bg} = ${c.ratio} < ${c.needed}`);

/** Expands every badge that has a "why?" panel, by keyboard (focus + Enter). */
async function expandAll(page: Page): Promise<number> {
  const pills = page.locator(`${HOST} .sjr-pill[aria-expanded="false"]`);
  const n = await pills.count();
  for (let i = 0; i < n; i++) {
    const pill: Locator = page.locator(`${HOST} .sjr-pill[aria-expanded="false"]`).first();
    await pill.focus();
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => page.locator(`${HOST} .sjr-pill[aria-expanded="false"]`).count()).toBe(0);
  return n;
}

describe('accessibility of the extension pages (axe-core, light and dark colour scheme)', () => {
  afterEach(async () => {
    await storeSettings(env.ext);
  });

  it("popup: a tab's postings listed, then a pasted ad checked by keyboard alone", async () => {
    const page = await openPosting('pages/lure-jsonld.html');
    const popup = await env.ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`${extUrl('popup.html')}?tab=${await tabIdOf(page)}`);
    await popup.locator('.sjr-item').first().waitFor();
    expect(await popup.locator('.sjr-item').getAttribute('data-risk')).toBe('high');
    await checkAllSchemes(popup, 'popup with postings');

    // Keyboard only: Tab to the text box, type, Tab to its button, Enter.
    await tabTo(popup, "el.id === 'sjr-paste'");
    await popup.keyboard.type(
      'Urgent hiring typing job in Cambodia, salary $2000, free flight, visa, food and room. No experience. Contact Telegram @easyjob_kh',
    );
    await tabTo(popup, "el.tagName === 'BUTTON' && el.type === 'submit'", 3);
    expect((await focusState(popup)).focusVisible).toBe(true);
    await popup.keyboard.press('Enter');
    const result = popup.locator('.sjr-result');
    await result.waitFor();
    expect(await result.getAttribute('data-risk')).not.toBe('low');
    await checkAllSchemes(popup, 'popup with a checked ad');
    await popup.close();
    await page.close();
  });

  it('options page, with the trust lists and a switched-off site shown', async () => {
    await storeSettings(env.ext, {
      trustedSites: ['jobs.example.org'],
      trustedEmployers: ['bluewave contact solutions philippines'],
      disabledSites: ['facebook.com'],
    });
    const options = await env.ext.context.newPage();
    await options.goto(extUrl('options.html'));
    await options.locator('.sjr-trust-list[data-kind="employer"] li').waitFor();
    await checkAllSchemes(options, 'options');
    // Keyboard: a trust list's Remove button is reachable and shows its focus.
    await tabTo(options, "el.classList.contains('sjr-trust-remove')", 60);
    const focus = await focusState(options);
    expect(focus.focusVisible).toBe(true);
    expect(focus.outlineStyle).not.toBe('none');
    await options.close();
  });

  it('check page: empty, after a pasted ad, and after a file with broken lines (results table)', async () => {
    const page = await env.ext.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(extUrl('check.html'));
    await page.locator('#sjr-paste').waitFor();
    await checkAllSchemes(page, 'check page, empty');

    await tabTo(page, "el.id === 'sjr-paste'");
    await page.keyboard.type(
      'URGENT hiring customer service in Sihanoukville, Cambodia. Salary $3000/month, free visa, flight and accommodation, no experience needed. Contact Telegram @hr_fastjob',
    );
    await tabTo(page, "el.tagName === 'BUTTON' && el.type === 'submit'", 3);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-state="done"]', { timeout: 60_000 });
    expect(await page.locator('tr.sjr-row').getAttribute('data-risk')).toBe('high');
    await checkAllSchemes(page, 'check page, one pasted ad');

    await page.locator('#sjr-file').setInputFiles(join(ROOT, 'test/fixtures/cli/mixed.jsonl'));
    await page.waitForSelector('main[data-state="done"] tr.sjr-row >> nth=2', { timeout: 60_000 });
    expect(await page.locator('.sjr-problem').count()).toBe(4);
    // Sorting by keyboard: the column buttons are reachable and announce their order.
    await page.locator('button[data-sort="score"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button[data-sort="score"])').getAttribute('aria-sort')).toBe('descending');
    await checkAllSchemes(page, 'check page, results table and problems');
    await page.close();
  });

  it('learn page, with every example scored, and in presenter mode', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(extUrl('learn.html'));
    await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
    await checkAllSchemes(page, 'learn page');
    await page.goto(extUrl('learn.html#present'));
    await page.waitForSelector('main[data-ready="true"] .sjr-presenter', { timeout: 60_000 });
    await page.keyboard.press('r');
    await checkAllSchemes(page, 'learn page, presenter mode');
    await page.close();
  });
});

describe('the warning drawn into pages', () => {
  it('high-risk banner on a light page: axe in its shadow root, then Tab, Enter, Escape, Space', async () => {
    const page = await openPosting('pages/lure-jsonld.html');
    expect(await page.locator(HOST).getAttribute('data-scam-job-radar-risk')).toBe('high');
    await page.locator(`${HOST} .sjr-top-reasons li`).first().waitFor();

    const banner = await axeInBadges(page);
    expect(banner.serious).toEqual([]);
    // axe did look inside the (open) shadow root and could decide the contrast of the banner's texts.
    expect(banner.contrastChecked).toBeGreaterThanOrEqual(3);
    expect(banner.contrastUnsure).toEqual([]);
    expect(lowContrast(await badgeContrasts(page))).toEqual([]);

    // The page has no other focusable element: the first Tab lands on the badge's "why?" button.
    await page.keyboard.press('Tab');
    let focus = await focusState(page);
    expect(focus.host).toBe(HOST);
    expect(focus.cls).toBe('sjr-pill');
    expect(focus.expanded).toBe('false');
    expect(focus.focusVisible).toBe(true);
    expect(focus.outlineStyle).toBe('solid');
    expect(focus.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(await focusRingContrast(page)).toBeGreaterThanOrEqual(3);

    await page.keyboard.press('Enter');
    await page.locator(`${HOST} .sjr-panel`).waitFor();
    focus = await focusState(page);
    expect(focus.cls).toBe('sjr-pill');
    expect(focus.expanded).toBe('true');
    expect(await page.locator(`${HOST} .sjr-reasons li`).count()).toBeGreaterThanOrEqual(2);
    const panel = await axeInBadges(page);
    expect(panel.serious).toEqual([]);
    expect(panel.contrastChecked).toBeGreaterThan(banner.contrastChecked);
    expect(lowContrast(await badgeContrasts(page))).toEqual([]);

    // Tab goes on into the panel's buttons, each with a visible focus ring: "Get help / report" first.
    await page.keyboard.press('Tab');
    focus = await focusState(page);
    expect(focus.cls).toBe('sjr-help-btn');
    expect(focus.focusVisible).toBe(true);
    expect(focus.outlineStyle).toBe('solid');
    await page.keyboard.press('Tab');
    focus = await focusState(page);
    expect(focus.cls).toBe('sjr-report-btn');
    expect(focus.focusVisible).toBe(true);
    expect(focus.outlineStyle).toBe('solid');

    // Escape from inside the panel closes it and puts focus back on "why?".
    await page.keyboard.press('Escape');
    await page.locator(`${HOST} .sjr-panel`).waitFor({ state: 'detached' });
    focus = await focusState(page);
    expect(focus.cls).toBe('sjr-pill');
    expect(focus.expanded).toBe('false');
    expect(focus.focusVisible).toBe(true);
    // The banner with its top reasons is back.
    await page.locator(`${HOST} .sjr-top-reasons`).waitFor();

    // Space opens it too; Escape on the button itself closes it.
    await page.keyboard.press('Space');
    await page.locator(`${HOST} .sjr-panel`).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(`${HOST} .sjr-panel`).waitFor({ state: 'detached' });
    expect((await focusState(page)).cls).toBe('sjr-pill');
    await page.close();
  });

  it('medium badge: its panel by keyboard, axe inside, Escape closes it', async () => {
    const page = await openPosting('pages/borderline-jsonld.html');
    expect(await page.locator(HOST).getAttribute('data-scam-job-radar-risk')).toBe('medium');
    await page.keyboard.press('Tab');
    expect((await focusState(page)).cls).toBe('sjr-pill');
    await page.keyboard.press('Enter');
    await page.locator(`${HOST} .sjr-panel`).waitFor();
    const axe = await axeInBadges(page);
    expect(axe.serious).toEqual([]);
    expect(axe.contrastChecked).toBeGreaterThanOrEqual(3);
    expect(lowContrast(await badgeContrasts(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator(`${HOST} .sjr-panel`).waitFor({ state: 'detached' });
    expect((await focusState(page)).expanded).toBe('false');
    await page.close();
  });

  it('"Check this job ad" panel on a dark page: takes focus, axe inside, readable, Escape gives focus back', async () => {
    const page = await openPosting('pages/dark-theme.html', 3);
    await page.locator('a[href="#rules"]').focus();
    // The menu click itself cannot be driven headless; this sends what the background sends after it.
    const text = 'Free flight, visa, food and room! Customer service in Myawaddy, US$3000/month, no experience. Telegram @x only.';
    const verdict = await (await loadNodeEngine()).score({ text });
    const [tabId, sw] = [await tabIdOf(page), await env.ext.serviceWorker()];
    await sw.evaluate(
      ([id, v, t]) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, {
          sjr: 1,
          type: 'show-verdict',
          data: { verdict: v, text: t },
        }),
      [tabId, verdict, text] as const,
    );
    await page.locator(PANEL).waitFor();
    expect(await page.locator(PANEL).getAttribute('data-scam-job-radar-risk')).toBe('high');
    // Focus moved into the dialog the user asked for.
    let focus = await focusState(page);
    expect(focus.host).toBe(PANEL);
    expect(focus.cls).toContain('sjr-check-panel');

    const axe = await axeInBadges(page, PANEL);
    expect(axe.serious).toEqual([]);
    expect(axe.contrastChecked).toBeGreaterThanOrEqual(3);
    expect(axe.contrastUnsure).toEqual([]);
    const contrasts = await badgeContrasts(page, PANEL);
    expect(contrasts.length).toBeGreaterThanOrEqual(3);
    expect(lowContrast(contrasts)).toEqual([]);
    // Opaque and above everything, also above page content drawn later at the highest z-index
    // (a chat widget, a cookie wall): the panel is in the top layer.
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'page-overlay';
      cover.textContent = 'Page overlay text '.repeat(200);
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(200,0,0,.5);color:#fff;font-size:18px';
      document.body.append(cover);
    });
    const panelTexts: [string, string][] = ['.sjr-heading', '.sjr-excerpt', '.sjr-reasons li', '.sjr-advice'].map((sel) => [PANEL, sel]);
    expect(await notOurLayer(page, panelTexts)).toEqual([]);
    expect(lowContrast(await badgeContrasts(page, PANEL))).toEqual([]);
    await page.evaluate(() => document.getElementById('page-overlay')?.remove());

    // Tab reaches its close button at once, with a visible focus ring.
    await page.keyboard.press('Tab');
    focus = await focusState(page);
    expect(focus.cls).toBe('sjr-close');
    expect(focus.focusVisible).toBe(true);
    expect(focus.outlineStyle).toBe('solid');
    // Escape closes it; focus is back on the link the reader was on.
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#rules');
    await page.close();
  });

  for (const theme of [
    { name: 'dark', path: 'pages/dark-theme.html', scheme: 'dark' as const, badges: 3, shot: 'badge-dark.png' },
    { name: 'light', path: 'demo/index.html', scheme: 'light' as const, badges: 7, shot: 'badge-light.png' },
  ]) {
    it(`readable on a ${theme.name} page theme: AA contrast of every badge text (collapsed and expanded), of the marked evidence and of the focus rings`, async () => {
      const page = await env.ext.context.newPage();
      await page.emulateMedia({ colorScheme: theme.scheme });
      await page.setViewportSize({ width: 820, height: 1000 });
      await page.goto(`${env.server.origin}/${theme.path}`);
      await waitForBadges(page, theme.badges);
      const risks = await page.$$eval(HOST, (els) => els.map((e) => e.getAttribute('data-scam-job-radar-risk')));
      expect(new Set(risks)).toEqual(new Set(['high', 'medium', 'low'].filter((r) => risks.includes(r))));
      expect(risks).toContain('high');
      if (theme.name === 'dark') expect(risks).toEqual(['high', 'medium', 'low']);
      // The page really is dark (or light) where the badges sit.
      const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(pageBg).toBe(theme.name === 'dark' ? 'rgb(17, 17, 17)' : 'rgb(240, 242, 245)');

      const collapsed = await badgeContrasts(page);
      expect(collapsed.length).toBeGreaterThanOrEqual(theme.badges);
      expect(lowContrast(collapsed)).toEqual([]);
      // The evidence marked in the ads' own text stays readable on the page's colours too.
      const marked = await evidenceContrasts(page);
      expect(marked.length).toBeGreaterThanOrEqual(5);
      expect(lowContrast(marked)).toEqual([]);
      const axe = await axeInBadges(page);
      expect(axe.serious).toEqual([]);
      expect(axe.contrastChecked).toBeGreaterThanOrEqual(theme.badges);
      expect(axe.contrastUnsure).toEqual([]);

      // Screenshot for the README: the first three posts with their badges (high banner, then the others).
      mkdirSync(SCREENSHOTS, { recursive: true });
      const box = await page.evaluate(() => {
        const posts = [...document.querySelectorAll('main article')].slice(0, 3);
        const a = posts[0]!.getBoundingClientRect();
        const b = posts[posts.length - 1]!.getBoundingClientRect();
        return { x: a.x - 8, y: a.y - 8 + window.scrollY, width: a.width + 16, height: b.bottom - a.top + 16 };
      });
      await page.screenshot({ path: join(SCREENSHOTS, theme.shot), clip: box });
      saveReadmeShot(theme.shot);

      // Keyboard: Tab reaches every badge's button in page order, each with a visible focus ring
      // of at least 3:1 against what is around it (WCAG 1.4.11), on this page's own colours.
      const visited: number[] = [];
      const weakRings: string[] = [];
      for (let i = 0; i < theme.badges; i++) {
        await tabTo(page, "el.classList.contains('sjr-pill')");
        visited.push(await page.evaluate((tag) => [...document.querySelectorAll(tag)].indexOf(document.activeElement as Element), HOST));
        const focus = await focusState(page);
        const ring = await focusRingContrast(page);
        if (!focus.focusVisible || focus.outlineStyle === 'none' || ring < 3)
          weakRings.push(`badge ${i}: focus-visible ${focus.focusVisible}, outline ${focus.outlineStyle} ${focus.outlineColor}, contrast ${ring}`);
      }
      expect(visited).toEqual([...Array(theme.badges).keys()]);
      expect(weakRings).toEqual([]);

      const opened = await expandAll(page);
      expect(opened).toBeGreaterThanOrEqual(2);
      const expanded = await badgeContrasts(page);
      expect(expanded.length).toBeGreaterThan(collapsed.length);
      expect(lowContrast(expanded)).toEqual([]);
      const axeOpen = await axeInBadges(page);
      expect(axeOpen.serious).toEqual([]);
      expect(axeOpen.contrastChecked).toBeGreaterThan(axe.contrastChecked);
      await page.close();
    });
  }
});

describe('the page layout is left intact', () => {
  /** The boxes of the page's own elements (everything but our badges), in document order. */
  async function pageBoxes(page: Page): Promise<{ tag: string; x: number; y: number; width: number; height: number }[]> {
    return page.evaluate((tag) => {
      return [...document.body.querySelectorAll('*')]
        .filter((el) => !el.closest(tag) && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE')
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { tag: el.tagName.toLowerCase(), x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
        });
    }, HOST);
  }

  /** Bottom edges and outer heights (with margins) of the drawn badges. */
  async function badgeBoxes(page: Page): Promise<{ top: number; bottom: number; outer: number }[]> {
    return page.$$eval(HOST, (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, outer: r.height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom) };
      }),
    );
  }

  /** Horizontal overflow of the document and of anything inside the badges, at the current viewport. */
  async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; badgeOverhang: string[] }> {
    return page.evaluate((tag) => {
      const clientWidth = document.documentElement.clientWidth;
      const badgeOverhang: string[] = [];
      for (const host of document.querySelectorAll(tag)) {
        for (const el of [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > clientWidth + 0.5 || r.left < -0.5))
            badgeOverhang.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className}: ${Math.round(r.left)}–${Math.round(r.right)} of ${clientWidth}`);
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, clientWidth, badgeOverhang };
    }, HOST);
  }

  for (const { path, badges } of [
    { path: 'pages/dark-theme.html', badges: 3 },
    { path: 'demo/index.html', badges: 7 },
  ]) {
    it(`${path} at 360 px wide: badges only push content down, and nothing scrolls sideways`, async () => {
      // Served from localhost, where the extension reads the page only when asked: first the page alone.
      const page = await env.ext.context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${env.server.origin.replace('127.0.0.1', 'localhost')}/${path}`);
      await page.waitForTimeout(1000);
      expect(await page.locator(HOST).count()).toBe(0);
      const before = await pageBoxes(page);
      const alone = await overflow(page);
      expect(alone.scrollWidth).toBeLessThanOrEqual(alone.clientWidth);

      const popup = await env.ext.context.newPage();
      await popup.goto(`${extUrl('popup.html')}?tab=${await tabIdOf(page)}`);
      await popup.getByRole('button', { name: 'Check this page' }).click();
      await popup.locator('.sjr-item').first().waitFor();
      await popup.close();
      await waitForBadges(page, badges);
      await page.waitForTimeout(300);

      const after = await pageBoxes(page);
      const drawn = await badgeBoxes(page);
      expect(after.map((b) => b.tag)).toEqual(before.map((b) => b.tag)); // the page's own DOM is unchanged
      const problems: string[] = [];
      for (const [i, b] of before.entries()) {
        const a = after[i]!;
        // No horizontal reflow: same left edge and width for every element of the page.
        if (Math.abs(a.x - b.x) > 0.5 || Math.abs(a.width - b.width) > 0.5)
          problems.push(`${b.tag}#${i} moved sideways: x ${b.x}→${a.x}, width ${b.width}→${a.width}`);
        // Pushed down by at most the badges drawn above it (inside a block, its height grows by at most the badges inside it).
        const above = drawn.filter((d) => d.top < a.y + 0.5).reduce((s, d) => s + d.outer, 0);
        const shift = a.y - b.y;
        if (shift < -0.5 || shift > above + 0.5) problems.push(`${b.tag}#${i} moved down ${shift} px with ${above} px of badges above it`);
        const inside = drawn.filter((d) => d.top >= a.y - 0.5 && d.bottom <= a.y + a.height + 0.5).reduce((s, d) => s + d.outer, 0);
        const grew = a.height - b.height;
        if (grew < -0.5 || grew > inside + 0.5) problems.push(`${b.tag}#${i} grew ${grew} px with ${inside} px of badges inside it`);
      }
      expect(problems).toEqual([]);

      const drawnOverflow = await overflow(page);
      expect(drawnOverflow.badgeOverhang).toEqual([]);
      expect(drawnOverflow.scrollWidth).toBeLessThanOrEqual(drawnOverflow.clientWidth);
      // Every panel open: long evidence (handles, links) still wraps inside the viewport.
      await expandAll(page);
      const openOverflow = await overflow(page);
      expect(openOverflow.badgeOverhang).toEqual([]);
      expect(openOverflow.scrollWidth).toBeLessThanOrEqual(openOverflow.clientWidth);
      await page.close();
    });
  }

  it('a low-risk badge the user chose not to see takes no space at all', async () => {
    await storeSettings(env.ext, { showLowRiskBadges: false });
    try {
      const page = await openPosting('pages/genuine-jsonld.html');
      expect(await page.locator(HOST).getAttribute('data-scam-job-radar-risk')).toBe('low');
      const shown = await page
        .locator(HOST)
        .evaluate((el) => ({ display: getComputedStyle(el).display, height: el.getBoundingClientRect().height, visible: el.checkVisibility() }));
      expect(shown).toEqual({ display: 'none', height: 0, visible: false });
      await page.close();
    } finally {
      await storeSettings(env.ext);
    }
  });
});
