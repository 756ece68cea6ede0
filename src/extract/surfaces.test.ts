/**
 * The chat and short-video surfaces (hand-written pages after each site's DOM): WhatsApp Web,
 * Zalo Web, Messenger (messenger.com and facebook.com/messages), TikTok, Instagram. Each
 * message, caption or comment is its own block; the shared job-post gate decides which are job
 * posts; quotes, names, times and chat lists are never read as a message's text.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedPosting } from '../shared/types.ts';
import { extractPostings } from './index.ts';
import { adapterFor } from './sites/index.ts';
import { isFacebookMessages } from './sites/messenger.ts';
import { whatsappMessageId } from './sites/whatsapp.ts';
import { elementProblems, loadOwn, titles } from './test-helpers.ts';

function allText(postings: ExtractedPosting[]): string {
  return postings.map((p) => `${p.title ?? ''}\n${p.text}`).join('\n');
}

describe('WhatsApp Web group chat', () => {
  const doc = loadOwn('whatsapp-web-group.html');
  const url = 'https://web.whatsapp.com/';

  it('keeps the forwarded lure and the genuine ad, with message ids', () => {
    const postings = extractPostings(doc, url);
    expect(titles(postings)).toEqual(['🔥 URGENT HIRING 🔥', 'Lowongan kerja: Kasir minimarket Toko Berkah di Bandung.']);
    expect(postings.map((p) => p.id)).toEqual(['whatsapp:3EB0A1B2C3D4E5F60002', 'whatsapp:3EB0A1B2C3D4E5F60004']);
    expect(postings.every((p) => p.source === 'site:whatsapp' && p.element?.hasAttribute('data-id'))).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    const [lure, genuine] = postings;
    expect(lure?.text).toContain('FREE flight ticket, visa, food & accommodation');
    expect(lure?.text).toContain('Telegram @kh_hr_team');
    expect(genuine?.text).toContain('Gaji Rp 2.800.000 per bulan');
  });

  it('reads neither the forwarded label, the times, the sender line, the quoted lure nor the chat list', () => {
    const postings = extractPostings(doc, url);
    const all = allText(postings);
    expect(all).not.toMatch(/Forwarded|09:20|\+62 898|Loker Luar Negeri|Hati-hati/);
    // The reply quotes the lure: the quote is not the reply's text, so the reply is no job post.
    expect(postings.some((p) => p.text.includes('Sepupu saya'))).toBe(false);
    expect(postings.filter((p) => p.text.includes('URGENT HIRING'))).toHaveLength(1);
  });

  it('is recognised from the document alone', () => {
    expect(adapterFor(doc)?.name).toBe('whatsapp');
    expect(extractPostings(doc)).toHaveLength(2);
  });

  it('keeps only the message part of a data-id (no phone numbers)', () => {
    expect(whatsappMessageId('false_120363041111111111@g.us_3EB0ABC_6281234567890@c.us')).toBe('whatsapp:3EB0ABC');
    expect(whatsappMessageId('true_6281234567890@c.us_3EB0DEF')).toBe('whatsapp:3EB0DEF');
    expect(whatsappMessageId('something-else')).toBeUndefined();
    expect(whatsappMessageId('false_x_<b>')).toBeUndefined();
  });

  it('reads a message whose text arrives after its bubble (incremental scan)', () => {
    const live = loadOwn('whatsapp-web-group.html');
    const bubble = live.querySelector('[data-id$="F60005_6281234567890@c.us"] .selectable-text');
    if (!bubble) throw new Error('fixture changed');
    const added = live.createElement('span');
    added.textContent = ' Juga dibutuhkan: staf gudang di Cikarang, gaji Rp 5.200.000 per bulan, syarat SMA, lamar via hrd@gudang.example';
    bubble.appendChild(added);
    const found = extractPostings(live, url, { roots: [added] });
    expect(found.map((p) => p.id)).toEqual(['whatsapp:3EB0A1B2C3D4E5F60005']);
  });
});

describe('Zalo Web group chat', () => {
  const doc = loadOwn('zalo-web-group.html');

  it('keeps the lure and the photo caption ad, with message ids', () => {
    const postings = extractPostings(doc, 'https://chat.zalo.me/');
    expect(titles(postings)).toEqual([
      '🔥 TUYỂN GẤP 20 NHÂN VIÊN CSKH làm việc tại Campuchia 🔥',
      'Quán cà phê Mộc tuyển nhân viên pha chế part-time tại Quận 3.',
    ]);
    expect(postings.map((p) => p.id)).toEqual(['zalo:1765012340002', 'zalo:1765012340004']);
    expect(postings.every((p) => p.source === 'site:zalo' && p.element?.id.startsWith('message_frame_'))).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings[0]?.text).toContain('Bao ăn ở, công ty hỗ trợ vé máy bay và làm visa.');
  });

  it('reads neither names, times, reactions, the quoted lure, the pinned bar nor the conversation list', () => {
    const postings = extractPostings(doc, 'https://chat.zalo.me/');
    const all = allText(postings);
    expect(all).not.toMatch(/Tuyển Dụng Quốc Tế|19:05|❤️|cẩn thận|Việc làm nước ngoài/);
    expect(postings.filter((p) => p.text.includes('TUYỂN GẤP'))).toHaveLength(1);
    expect(postings.some((p) => p.id === 'zalo:pinned_1')).toBe(false);
  });

  it('is recognised from the document alone', () => {
    expect(adapterFor(doc)?.name).toBe('zalo');
  });
});

describe('Messenger conversation', () => {
  const doc = loadOwn('messenger-thread.html');

  it.each([['https://www.messenger.com/t/100090000000001/'], ['https://www.facebook.com/messages/t/100090000000001/'], [undefined]])(
    'keeps the lure and the tutor ad (url %s)',
    (url) => {
      expect(adapterFor(doc, url)?.name).toBe('messenger');
      const postings = extractPostings(doc, url);
      expect(titles(postings)).toEqual([
        'Hi po! 😊 Hiring po kami ng Chat Support / Encoder sa Bavet, Cambodia.',
        "Good day! We're hiring part-time online English tutors.",
      ]);
      expect(postings.every((p) => p.source === 'site:messenger' && p.element?.getAttribute('role') === 'row')).toBe(true);
      expect(elementProblems(postings)).toEqual([]);
      const all = allText(postings);
      // names (headings), the reply's quote (a link), reactions and the chat list are not messages
      expect(all).not.toMatch(/Recruit Asia PH|Bright Minds Tutorial|You replied|☺|interesado|placement fee/);
      expect(postings.filter((p) => p.text.includes('Bavet'))).toHaveLength(1);
    },
  );

  it('gives each message an id from its thread and text, the same on every read', () => {
    const url = 'https://www.messenger.com/t/100090000000001/';
    const ids = extractPostings(doc, url).map((p) => p.id);
    expect(ids.every((id) => id?.startsWith('messenger:100090000000001:'))).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect(extractPostings(loadOwn('messenger-thread.html'), url).map((p) => p.id)).toEqual(ids);
  });

  it('takes only /messages on facebook.com for Messenger', () => {
    expect(isFacebookMessages(new URL('https://www.facebook.com/messages/t/1/'))).toBe(true);
    expect(isFacebookMessages(new URL('https://www.facebook.com/messages/e2ee/t/1'))).toBe(true);
    expect(isFacebookMessages(new URL('https://www.facebook.com/groups/1/'))).toBe(false);
    expect(isFacebookMessages(new URL('https://www.facebook.com/messagesfrom/'))).toBe(false);
    expect(adapterFor(loadOwn('facebook-group-feed.html'), 'https://www.facebook.com/groups/123/')?.name).toBe('facebook');
    expect(adapterFor(loadOwn('facebook-group-feed.html'))?.name).toBe('facebook');
  });
});

describe('TikTok video page', () => {
  const doc = loadOwn('tiktok-video.html');
  const url = 'https://www.tiktok.com/@jobs.abroad.th/video/7441234567890123456?is_from_webapp=1';

  it('keeps the caption lure, the lure comment and the genuine comment ad', () => {
    const postings = extractPostings(doc, url);
    expect(postings).toHaveLength(3);
    const [caption, lureComment, genuine] = postings;
    expect(caption?.text).toMatch(/^รับสมัครพนักงานแอดมินออนไลน์ ทำงานที่กัมพูชา/);
    expect(caption?.text).toContain('#หางาน');
    expect(caption?.url).toBe('https://www.tiktok.com/@jobs.abroad.th/video/7441234567890123456');
    expect(caption?.element?.getAttribute('data-e2e')).toBe('browse-video-desc');
    expect(lureComment?.text).toMatch(/^招聘客服，柬埔寨西港/);
    expect(genuine?.text).toContain('รับสมัครบาริสต้า');
    for (const c of [lureComment, genuine]) {
      expect(c?.element?.getAttribute('data-e2e')).toBe('comment-level-1');
      expect(c?.id).toMatch(/^tiktok:7441234567890123456:/);
      expect(c?.url).toBeUndefined();
    }
    expect(postings.every((p) => p.source === 'site:tiktok')).toBe(true);
  });

  it('reads no commenter names, times, chatter or replies that are not job posts', () => {
    const all = allText(extractPostings(doc, url));
    expect(all).not.toMatch(/xg\.hr88 |noon\.k|2d ago|Reply|สนใจค่ะ|อย่าไปนะครับ|เพลงนี้|original sound/);
  });

  it('is recognised from the document alone', () => {
    expect(adapterFor(doc)?.name).toBe('tiktok');
    expect(extractPostings(doc)).toHaveLength(3);
  });
});

describe('Instagram', () => {
  it('reads the caption of a post opened on its own page', () => {
    const doc = loadOwn('instagram-post.html');
    const postings = extractPostings(doc, 'https://www.instagram.com/p/C9xAbCdEfGh/?img_index=1');
    expect(titles(postings)).toEqual(['JAWATAN KOSONG! 📢 Admin Customer Service di Phnom Penh, Kemboja.']);
    expect(postings[0]?.url).toBe('https://www.instagram.com/p/C9xAbCdEfGh/');
    expect(postings[0]?.source).toBe('site:instagram');
    expect(postings[0]?.text).toContain('Tiket penerbangan, visa, makan & tempat tinggal PERCUMA');
    // comments, names, likes and the buttons are not the caption
    expect(allText(postings)).not.toMatch(/aina\.r|Ada yang pernah|1,024 likes|Follow|5d/);
    expect(adapterFor(doc)?.name).toBe('instagram');
  });

  it('reads each feed post by its caption and gives it its permalink', () => {
    const doc = loadOwn('instagram-feed.html');
    const postings = extractPostings(doc, 'https://www.instagram.com/');
    expect(postings.map((p) => p.url)).toEqual(['https://www.instagram.com/p/C2bbbbbbbbb/', 'https://www.instagram.com/reel/C3ccccccccc/']);
    expect(postings.every((p) => p.element?.tagName === 'ARTICLE' && p.source === 'site:instagram')).toBe(true);
    expect(postings[0]?.text).toMatch(/^LOWONGAN KERJA ke Kamboja/);
    expect(postings[1]?.text).toMatch(/^Kami membuka lowongan Barista/);
    expect(allText(postings)).not.toContain('Uluwatu');
    expect(elementProblems(postings)).toEqual([]);
  });
});
