/**
 * The help panel as rendered (Preact into a linkedom document): channels for the reader and the
 * destination, "no checked contact yet" where the data has none, and the ad's text only ever as
 * text: markup in an ad never becomes elements.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseReaderCountry } from '../help/reader-country.ts';
import type { Verdict } from '../shared/types.ts';
import { HelpPanel } from './HelpPanel.tsx';

const g = globalThis as unknown as Record<string, unknown>;
const saved: Record<string, unknown> = {};
let document: Document;

beforeAll(() => {
  const win = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  document = win.document as unknown as Document;
  for (const k of ['document', 'window', 'Node', 'Element', 'HTMLElement', 'Event']) {
    saved[k] = g[k];
    g[k] = (win as unknown as Record<string, unknown>)[k];
  }
});

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) g[k] = v;
  chooseReaderCountry(undefined);
});

const VERDICT: Verdict = {
  score: 0.9,
  risk: 'high',
  model: 't',
  destination: 'MM',
  reasons: [{ id: 'messaging_contact', label: 'x', evidence: ['<img src=x onerror=alert(1)>'] }],
};

function mount(country: string | null, text?: string): Element {
  const app = document.getElementById('app')!;
  render(<HelpPanel verdict={VERDICT} text={text} pageUrl="https://jobs.example/1" country={country} />, app);
  return app;
}

describe('HelpPanel', () => {
  it("lists the reader's channels with tel: and source links, then says the destination has none yet", () => {
    const app = mount('PH');
    const groups = [...app.querySelectorAll('.sjr-help-group')].map((e) => `${e.getAttribute('data-country')}:${e.getAttribute('data-role')}`);
    expect(groups).toEqual(['PH:reader', 'MM:destination']);
    const iarc = app.querySelector('li[data-channel="ph-iarc-1326"]')!;
    expect(iarc.querySelector('a[data-phone="1326"]')?.getAttribute('href')).toBe('tel:1326');
    const source = iarc.querySelector('a.sjr-ch-source')!;
    expect(source.getAttribute('href')).toMatch(/^https:\/\//);
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');
    expect(app.querySelector('[data-unsourced="MM"]')?.textContent).toMatch(/no checked contact for/i);
  });

  it('asks for a country when it cannot guess one', () => {
    const app = mount(null);
    expect(app.querySelector('.sjr-help-none')?.textContent).toMatch(/Choose your country/);
    expect(app.querySelectorAll('.sjr-help-group')).toHaveLength(1); // the destination only
  });

  it("never turns the ad's markup into elements", () => {
    const app = mount('VN', 'Apply now <img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(app.querySelector('img, script')).toBeNull();
    // The draft (with the ad's text) exists only once asked for, and only as a textarea's value.
    expect(app.querySelector('textarea')).toBeNull();
    expect(app.querySelector('button[data-action="show-draft"]')).not.toBeNull();
  });
});
