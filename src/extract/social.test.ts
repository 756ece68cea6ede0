/** Site adapters for pages with no saved capture: Facebook, X, Kalibrr, Telegram Web (hand-written pages). */
import { describe, expect, it } from 'vitest';
import type { ExtractedPosting } from '../shared/types.ts';
import { extractPostings, warmUpSteps } from './index.ts';
import { parseHtml } from './parse-html.ts';
import { adapterFor } from './sites/index.ts';
import { elementProblems, loadOwn, titles } from './test-helpers.ts';

function allText(postings: ExtractedPosting[]): string {
  return postings.map((p) => `${p.title ?? ''}\n${p.text}`).join('\n');
}

describe('Facebook page timeline (Comet markup)', () => {
  const doc = loadOwn('facebook-page-posts.html');
  it.each([['https://www.facebook.com/kopikitaloker'], [undefined]])('keeps the three job posts (url %s)', (url) => {
    const postings = extractPostings(doc, url);
    expect(postings).toHaveLength(3);
    expect(titles(postings)).toEqual([
      '📢 URGENT HIRING: Online Customer Service (English speaker) – Sihanoukville, Cambodia',
      'LOWONGAN KERJA ADMIN MEDIA SOSIAL – PERUSAHAAN ASING DI KAMBOJA',
      "Kopi Kita Kemang: we're hiring a Barista (part-time)",
    ]);
    expect(postings.every((p) => p.source === 'site:facebook')).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings.map((p) => p.url)).toEqual([
      'https://www.facebook.com/kopikitaloker/posts/pfbid02demoA1b2c3',
      'https://www.facebook.com/kopikitaloker/posts/pfbid02demoD4e5f6',
      'https://www.facebook.com/kopikitaloker/posts/pfbid02demoG7h8i9',
    ]);
    const [lure, lureId, genuine] = postings;
    expect(lure?.salary).toBe('USD 2,000 – 3,500 per month + sign-on bonus');
    expect(lure?.text).toContain('Contact Telegram @hr_goldenbay_demo');
    expect(lureId?.text).toContain('Cukup kecepatan mengetik dan mempunyai paspor');
    expect(genuine?.company).toBe('PT Kopi Kita Nusantara');
    expect(genuine?.location).toBe('Jl. Kemang Raya 12, Jakarta Selatan');
    expect(genuine?.salary).toBe('Rp 4.500.000 per month + BPJS');
    // the nested comment, the page chrome and the two non-job posts are left out
    const all = allText(postings);
    expect(all).not.toContain('Interested po');
    expect(all).not.toContain('Rina Demo');
    expect(all).not.toMatch(/Komentari|Suka|12 rb pengikut/);
    expect(all).not.toContain('Terima kasih untuk 12 ribu pengikut');
    expect(all).not.toContain('the office will be closed');
  });
  it('is recognised from the document alone', () => {
    expect(adapterFor(doc)?.name).toBe('facebook');
  });
});

describe('Facebook group on mbasic (server-rendered markup)', () => {
  const doc = loadOwn('facebook-mbasic-group.html');
  it.each([
    ['https://mbasic.facebook.com/groups/4444/', 'https://mbasic.facebook.com'],
    [undefined, 'https://www.facebook.com'],
  ])('keeps the two job posts (url %s)', (url, origin) => {
    const postings = extractPostings(doc, url);
    expect(postings).toHaveLength(2);
    expect(titles(postings)).toEqual(['🔥 CẦN TUYỂN GẤP 15 NHÂN VIÊN CSKH ONLINE TẠI CAMPUCHIA 🔥', 'Nhà hàng Biển Xanh tuyển nhân viên phục vụ ca tối']);
    expect(postings.every((p) => p.source === 'site:facebook' && p.element?.tagName === 'ARTICLE')).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings.map((p) => p.url)).toEqual([`${origin}/groups/4444/permalink/5550001/`, `${origin}/groups/4444/permalink/5550002/`]);
    const [lure, genuine] = postings;
    expect(lure?.text).toContain('Công ty ứng trước vé máy bay');
    expect(lure?.text).not.toContain('Tuyển Dụng Quốc Tế 247'); // author line is not ad text
    expect(genuine?.location).toBe('88 Võ Nguyên Giáp, Sơn Trà, Đà Nẵng');
    expect(genuine?.salary).toBe('6 - 7 triệu/tháng + tip, đóng bảo hiểm xã hội');
    const all = allText(postings);
    expect(all).not.toContain('bún chả cá');
    expect(all).not.toContain('Nội quy nhóm');
  });
  it('is recognised from the document alone', () => {
    expect(adapterFor(doc)?.name).toBe('facebook');
  });
});

describe('X search timeline', () => {
  const doc = loadOwn('x-search-timeline.html');
  it.each([['https://x.com/search?q=hiring&f=live'], ['https://twitter.com/search?q=hiring'], [undefined]])('keeps the three job tweets (url %s)', (url) => {
    const postings = extractPostings(doc, url);
    expect(postings).toHaveLength(3);
    expect(titles(postings)).toEqual([
      'HIRING NOW: Customer Service Agents for Thailand 🇹🇭',
      'Hiring po! Data encoder sa Cambodia, sahod 60k per month',
      "We're hiring a Junior QA Engineer in Cebu City (hybrid).",
    ]);
    expect(postings.every((p) => p.source === 'site:x' && p.element?.tagName === 'ARTICLE')).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings.map((p) => p.url)).toEqual([
      'https://x.com/careers_ph_demo/status/1850000000000000001',
      'https://x.com/trabaho_abroad_dm/status/1850000000000000002',
      'https://x.com/northwind_jobs/status/1850000000000000003',
    ]);
    expect(postings[0]?.text).toContain('Free ticket, free housing, no visa needed');
    expect(postings[2]?.company).toBe('Northwind Software Inc.');
    expect(postings[2]?.salary).toBe('PHP 35,000 – 45,000 per month, HMO from day one.');
    const all = allText(postings);
    expect(all).not.toContain('ramen');
    // the tweet quoting the lure is not a job ad itself (the quote is not its text)
    expect(all).not.toContain('Too good to be true');
    // author block and action bar are not tweet text
    expect(all).not.toContain('Global Careers PH');
  });
  it('is recognised from the document alone', () => {
    expect(adapterFor(doc)?.name).toBe('x');
  });
});

describe('Kalibrr job list', () => {
  const doc = loadOwn('kalibrr-job-list.html');
  it.each([['https://www.kalibrr.com/home/co/Philippines'], [undefined]])('reads the five job cards (url %s)', (url) => {
    const postings = extractPostings(doc, url);
    expect(postings).toHaveLength(5);
    expect(titles(postings)).toEqual([
      'Chinese Customer Service Representative (Cambodia)',
      'Digital Sales and Marketing Executive (Thailand)',
      'Branch Teller',
      'Warehouse Supervisor',
      'Travel Consultant',
    ]);
    expect(postings.every((p) => p.source === 'site:kalibrr')).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings.map((p) => p.company)).toEqual([
      'Golden Bay BPO Services',
      'Starlight Digital Marketing',
      'Maharlika Savings Bank',
      'Cebu Pacific Logistics Corp.',
      'Lakbay Travel and Tours',
    ]);
    expect(postings[0]?.url).toBe('https://www.kalibrr.com/c/golden-bay-bpo/jobs/248001/chinese-customer-service-representative-cambodia');
    expect(postings[4]?.url).toBe('https://www.kalibrr.com/c/lakbay-travel/jobs/248005/travel-consultant');
    expect(postings[0]?.text).toContain('包吃包住 报销机票');
    expect(postings[1]?.text).toContain('Travel on tourist visa');
    // one card per job: the card does not swallow its neighbours
    expect(postings[2]?.text).not.toContain('Warehouse Supervisor');
    const all = allText(postings);
    expect(all).not.toContain('Featured company');
    expect(all).not.toContain('5 tips for your first job interview');
    expect(all).not.toContain('Work at Kalibrr');
  });
  it('is recognised from the document alone, and not from a bare /c/<x>/jobs/<id> link elsewhere', () => {
    expect(adapterFor(doc)?.name).toBe('kalibrr');
    const other = parseHtml('<html><body><a href="/c/acme/jobs/1/x">Job</a></body></html>');
    expect(adapterFor(other)?.name).not.toBe('kalibrr');
  });
});

describe('Telegram Web', () => {
  it.each([['https://web.telegram.org/k/#@jobsabroadhub'], [undefined]])('WebK channel: keeps the three job posts (url %s)', (url) => {
    const postings = extractPostings(loadOwn('telegram-web-k-channel.html'), url);
    expect(postings).toHaveLength(3);
    expect(titles(postings)).toEqual([
      'WE ARE HIRING – CHAT SUPPORT (ENGLISH) IN MYAWADDY',
      'รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า',
      'Job vacancy: Registered Nurse, Royal Example Hospital (Riyadh)',
    ]);
    expect(postings.every((p) => p.source === 'site:telegram-web')).toBe(true);
    expect(postings.every((p) => p.element?.getAttribute('data-mid'))).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings[0]?.salary).toBe('Salary 35,000 THB per month + high commission');
    expect(postings[1]?.salary).toBe('เงินเดือน 40,000 บาท ที่พักและอาหารฟรี');
    expect(postings[2]?.company).toBe('Royal Example Hospital');
    expect(postings[2]?.location).toBe('Riyadh, Saudi Arabia');
    const all = allText(postings);
    expect(all).not.toMatch(/08:00|12\.4K|November 20/); // time, views, date bubble
    expect(all).not.toContain('Channel rules');
    expect(all).not.toContain('Admin note'); // the reply quoting the lure is skipped
  });
  it.each([['https://web.telegram.org/a/#-1001'], [undefined]])('WebA group: keeps the two job messages (url %s)', (url) => {
    const postings = extractPostings(loadOwn('telegram-web-a-group.html'), url);
    expect(postings).toHaveLength(2);
    expect(titles(postings)).toEqual(['LOKER OPERATOR DATA – PERUSAHAAN ASING DI KAMBOJA', 'Job vacancy: Welder (SMAW 3G) – Batam']);
    expect(postings.every((p) => p.source === 'site:telegram-web' && p.element?.getAttribute('data-message-id'))).toBe(true);
    expect(elementProblems(postings)).toEqual([]);
    expect(postings[1]?.company).toBe('PT Contoh Galangan Batam');
    const all = allText(postings);
    expect(all).not.toMatch(/09:12|10:02|Rekrut Cepat|HR Batam Shipyard/); // meta and sender names
    expect(all).not.toContain('bawa payung');
  });
  it('does not take over t.me previews', () => {
    const doc = loadOwn('telegram-job-channel.html');
    expect(adapterFor(doc)?.name).toBe('telegram');
    expect(adapterFor(doc, 'https://web.telegram.org/k/')?.name).toBe('telegram-web');
  });
});

describe('adapterFor: new social and job-board hosts', () => {
  const empty = parseHtml('<html><body></body></html>');
  it.each([
    ['https://www.facebook.com/groups/123/', 'facebook'],
    ['https://m.facebook.com/somepage', 'facebook'],
    ['https://mbasic.facebook.com/groups/123/', 'facebook'],
    ['https://x.com/search?q=hiring', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://mobile.twitter.com/someone', 'x'],
    ['https://www.kalibrr.com/c/acme/jobs/1/x', 'kalibrr'],
    ['https://www.kalibrr.id/id-ID/job-board', 'kalibrr'],
    ['https://web.telegram.org/k/', 'telegram-web'],
    ['https://web.telegram.org/a/', 'telegram-web'],
  ])('%s → %s', (url, name) => {
    expect(adapterFor(empty, url)?.name).toBe(name);
  });
  it('does not match look-alike hosts', () => {
    expect(adapterFor(empty, 'https://facebook.com.evil.example/')).toBeUndefined();
    expect(adapterFor(empty, 'https://notx.com/')).toBeUndefined();
    expect(adapterFor(empty, 'https://kalibrr.com.example/')).toBeUndefined();
  });
});

describe('LinkedIn feed posts (hand-written page mirroring the public markup)', () => {
  const url = 'https://www.linkedin.com/feed/';
  it.each([[url], [undefined]])('keeps the three job posts, drops the work-anniversary post (url %s)', (u) => {
    const postings = extractPostings(loadOwn('linkedin-feed.html'), u);
    expect(postings.map((p) => p.title)).toEqual([
      '🔥 URGENT HIRING 🔥 Customer Service (English speaker) – Bangkok, Thailand',
      "We're hiring Customer Service Representatives for our Cebu IT Park site!",
      'Lowongan: Junior Data Analyst – Jakarta Selatan',
    ]);
    expect(postings.every((p) => p.source === 'site:linkedin')).toBe(true);
    expect(postings.map((p) => p.url)).toEqual([
      'https://www.linkedin.com/feed/update/urn:li:activity:7301000000000000001/',
      'https://www.linkedin.com/feed/update/urn:li:activity:7301000000000000002/',
      'https://www.linkedin.com/feed/update/urn:li:activity:7301000000000000004/',
    ]);
  });

  it('reads only the post’s own words: no comments, no follower counts', () => {
    const [lure, , jakarta] = extractPostings(loadOwn('linkedin-feed.html'), url);
    expect(lure?.text).toContain('Telegram @gtl_hr_thai');
    expect(lure?.text).not.toContain('check my DM');
    expect(lure?.text).not.toContain('followers');
    expect(jakarta?.text).toContain('SQL dan Excel');
    expect(jakarta?.text).not.toContain('Semoga sukses');
    expect(lure?.element?.getAttribute('data-id')).toBe('urn:li:activity:7301000000000000001');
  });
});

describe('issue 14: job posts that carry no English or Latin-script cue', () => {
  it('Telegram channel preview: a Chinese and a Japanese lure and a Japanese BPO ad written as fields', () => {
    const doc = loadOwn('telegram-channel-cjk.html');
    for (const url of ['https://t.me/s/kaigai_shigoto_demo', undefined]) {
      const postings = extractPostings(doc, url);
      expect(titles(postings)).toEqual([
        '【海外高薪】柬埔寨西港 中文客服',
        'カンボジアで日本語チャットサポート🇰🇭',
        'マニラのBPO企業で日本語カスタマーサポート（正社員）',
      ]);
      expect(postings.map((p) => p.url)).toEqual([201, 202, 203].map((n) => `https://t.me/kaigai_shigoto_demo/${n}`));
      expect(postings.every((p) => p.source === 'site:telegram')).toBe(true);
      expect(elementProblems(postings)).toEqual([]);
      expect(postings[2]?.location).toBe('マカティ市');
      expect(allText(postings)).not.toContain('チャンネル登録');
    }
  });
  it('Facebook group feed: the lure and the genuine ad written only as labelled fields', () => {
    const doc = loadOwn('facebook-group-structured.html');
    const postings = extractPostings(doc, 'https://www.facebook.com/groups/777/');
    expect(postings).toHaveLength(2);
    expect(postings.map((p) => p.url)).toEqual(['https://www.facebook.com/groups/777/posts/8801/', 'https://www.facebook.com/groups/777/posts/8802/']);
    const [lure, genuine] = postings;
    expect(lure?.text).toContain('Telegram @bavet_hr_demo');
    expect(genuine?.title).toBe('Job Title: Payroll Officer');
    expect(genuine?.company).toBe('Harbourline Logistics Inc.');
    expect(genuine?.location).toBe('Pasig City');
    expect(allText(postings)).not.toContain('be kind to each other');
  });
});

describe('issue 14: previews and "See more"', () => {
  const doc = loadOwn('facebook-see-more.html');
  it('reads a post whole when the rest of its text is in the DOM but collapsed', () => {
    const postings = extractPostings(doc, 'https://www.facebook.com/groups/888/');
    expect(postings.map((p) => p.url)).toEqual(['https://www.facebook.com/groups/888/posts/9901/', 'https://www.facebook.com/groups/888/posts/9902/']);
    const [collapsed, preview] = postings;
    // [hidden] and display:none rest, in reading order
    expect(collapsed?.text).toMatch(/training provided, friendly team\. The office is in Shwe Kokko.*\n?.*Bring only your passport\. Telegram @kk_hr_demo/s);
    expect(preview?.text).not.toContain('Myawaddy');
  });
  it('reads the text the page adds when the post expands (the scanner re-reads the post)', () => {
    const expanded = loadOwn('facebook-see-more.html');
    const preview = expanded.getElementById('preview-2') as Element;
    preview.appendChild(expanded.createTextNode(' Update: the job is now in Myawaddy, USD 2,500 a month, free flight and room. Telegram @mw_hr_demo only.'));
    const after = extractPostings(expanded, 'https://www.facebook.com/groups/888/');
    expect(after[1]?.text).toContain('Telegram @mw_hr_demo only.');
  });
  it('still leaves out what aria-hidden hides (decoration, not text)', () => {
    const d = loadOwn('facebook-see-more.html');
    const span = d.createElement('span');
    span.setAttribute('aria-hidden', 'true');
    span.appendChild(d.createTextNode('DECORATIVE-DUPLICATE'));
    (d.getElementById('preview-2') as Element).appendChild(span);
    expect(extractPostings(d, 'https://www.facebook.com/groups/888/')[1]?.text).not.toContain('DECORATIVE-DUPLICATE');
  });
});

describe('warmUpSteps', () => {
  const count = (url?: string) => {
    let n = 0;
    for (const _ of warmUpSteps(url)) n++;
    return n;
  };
  it('warms the gate detectors up on feed sites only (a job board never runs them)', () => {
    const board = count('https://www.indeed.com/jobs?q=x');
    expect(count(undefined)).toBe(board);
    expect(count('https://t.me/s/demo')).toBeGreaterThan(board + 50);
    expect(count('https://www.facebook.com/groups/1/')).toBe(count('https://t.me/s/demo'));
  });

  it("skips the gate on LinkedIn's job pages (job cards, no feed posts) but not on its feed", () => {
    const board = count('https://www.indeed.com/jobs?q=x');
    expect(count('https://www.linkedin.com/jobs/search/?keywords=x')).toBe(board);
    expect(count('https://id.linkedin.com/jobs/view/123')).toBe(board);
    expect(count('https://www.linkedin.com/feed/')).toBe(count('https://t.me/s/demo'));
    expect(count('https://www.linkedin.com/jobsearch-tips/')).toBe(count('https://t.me/s/demo'));
  });
});

describe('posts whose images may hold the ad ("Read text in images of posts")', () => {
  const doc = loadOwn('facebook-image-posts.html');
  const url = 'https://www.facebook.com/groups/999/';
  const ids = (postings: ExtractedPosting[]) => postings.map((p) => `${p.element?.id}${p.awaitingImages ? ' (images)' : ''}`);

  it('are never returned unless asked for: the CLI and a page with the setting off see only the job post', () => {
    expect(ids(extractPostings(doc, url))).toEqual(['post-genuine']);
  });

  it('asked for: short captions with an image are returned marked, long non-job posts and image-less ones are not', () => {
    const postings = extractPostings(doc, url, { imagePosts: true });
    // post-avatar's only image is an avatar: the content script's size check leaves it (post-images.ts).
    expect(ids(postings)).toEqual(['post-flyer (images)', 'post-genuine', 'post-cdn (images)', 'post-avatar (images)']);
    expect(postings[0]?.text).toBe('Inbox me for details 👇👇');
    expect(postings.every((p) => p.source === 'site:facebook')).toBe(true);
  });
});

describe('a Telegram Web photo without a caption', () => {
  const html = `<html><body><div class="bubbles-inner">
    <div class="bubble" data-mid="1"><div class="bubble-content"><div class="attachment media-container"><img class="media-photo" src="blob:https://web.telegram.org/1"></div></div></div>
    <div class="bubble" data-mid="2"><div class="bubble-content"><div class="message"><span class="translatable-message">Channel rules: be respectful.</span></div></div></div>
    <div class="bubble service is-date"><div class="bubble-content"><div class="service-msg">November 21</div></div></div>
  </div></body></html>`;
  const url = 'https://web.telegram.org/k/#@jobs_demo';
  it('is returned only where images of posts are read, with no text of its own', () => {
    expect(extractPostings(parseHtml(html), url)).toEqual([]);
    const postings = extractPostings(parseHtml(html), url, { imagePosts: true });
    expect(postings.map((p) => [p.element?.getAttribute('data-mid'), p.text, p.awaitingImages])).toEqual([['1', '', true]]);
  });
});

describe('a WhatsApp Web photo message without a caption', () => {
  const html = `<html><body><div id="main">
    <div data-id="false_123@c.us_AAA111"><div><img src="blob:https://web.whatsapp.com/1" alt=""></div><div data-testid="msg-meta">10:02</div></div>
    <div data-id="false_123@c.us_BBB222"><div class="copyable-text" data-pre-plain-text="[10:03, 21/11/2026] Ana: "><span class="selectable-text">See you tomorrow at the office!</span></div></div>
  </div></body></html>`;
  const url = 'https://web.whatsapp.com/';
  it('is returned only where images of posts are read; a text message that is no job ad is not', () => {
    expect(extractPostings(parseHtml(html), url)).toEqual([]);
    const postings = extractPostings(parseHtml(html), url, { imagePosts: true });
    expect(postings.map((p) => [p.id, p.text, p.awaitingImages])).toEqual([['whatsapp:AAA111', '', true]]);
  });
});
