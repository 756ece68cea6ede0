import { describe, expect, it } from 'vitest';
import { handleBadgeAction, type SendToBackground } from './badge-actions.ts';
import type { Verdict } from '../shared/types.ts';

const verdict: Verdict = { score: 0.91, risk: 'high', reasons: [{ id: 'messaging_contact', label: 'x', evidence: [] }], model: 'm' };
const posting = { title: 'Chat agent', company: 'Golden Star Co., Ltd.', text: 'Apply on Telegram' };
const PAGE = 'https://jobs.example.org/1';

/** Records what would be sent to the background and answers like it. */
function recorder() {
  const sent: Array<{ type: string; data: unknown }> = [];
  const send = (async (type: string, data: unknown) => {
    sent.push({ type, data });
    return type === 'trust' ? { ok: true } : { ok: true, count: 1 };
  }) as SendToBackground;
  return { sent, send };
}

describe('badge actions', () => {
  it('trusts the page URL for "Trust this site" and the posting company for "Trust this employer"', async () => {
    const r = recorder();
    await handleBadgeAction(r.send, 'trust-site', posting, verdict, PAGE);
    await handleBadgeAction(r.send, 'trust-employer', posting, verdict, PAGE);
    expect(r.sent).toEqual([
      { type: 'trust', data: { kind: 'site', value: PAGE } },
      { type: 'trust', data: { kind: 'employer', value: 'Golden Star Co., Ltd.' } },
    ]);
  });

  it('refuses to trust an employer the posting does not name', async () => {
    const r = recorder();
    await expect(handleBadgeAction(r.send, 'trust-employer', { ...posting, company: '  ' }, verdict, PAGE)).rejects.toThrow(/no employer/);
    expect(r.sent).toEqual([]);
  });

  it('saves a report for "Not a scam"', async () => {
    const r = recorder();
    await handleBadgeAction(r.send, 'false-positive', posting, verdict, PAGE);
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0]).toMatchObject({
      type: 'save-report',
      data: { report: { kind: 'false-positive', pageUrl: PAGE, title: 'Chat agent', risk: 'high', reasonIds: ['messaging_contact'] } },
    });
  });
});
