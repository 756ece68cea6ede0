import { describe, expect, it } from 'vitest';
import { postingAroundLink } from './around-link.ts';
import { parseHtml } from './parse-html.ts';
import { loadShared, loadOwn } from './test-helpers.ts';

describe('postingAroundLink', () => {
  it('a card link on a real LinkedIn list page gives that card’s posting', () => {
    const url = 'https://id.linkedin.com/jobs/software-engineer-jobs';
    const doc = loadShared('linkedin/search-guest-akichan.html');
    const links = Array.from(doc.querySelectorAll('a[href*="/jobs/view/"]'));
    expect(links.length).toBeGreaterThan(10);
    const link = links[5] as Element;
    const p = postingAroundLink(doc, link.getAttribute('href') as string, url);
    expect(p?.source).toBe('site:linkedin');
    expect(p?.element?.contains(link)).toBe(true);
    expect(p?.title?.length).toBeGreaterThan(0);
  });

  it('a link inside a Facebook group post gives the post', () => {
    const doc = loadOwn('facebook-group-feed.html');
    const url = 'https://www.facebook.com/groups/123';
    const link = Array.from(doc.querySelectorAll('[role="article"] a[href]')).find((a) => (a.getAttribute('href') ?? '').length > 1) as Element;
    expect(link).toBeTruthy();
    const p = postingAroundLink(doc, link.getAttribute('href') as string, url);
    expect(p).toBeDefined();
    expect(p?.element?.contains(link)).toBe(true);
  });

  it('without a posting, the block around the link (a chat message with a link)', () => {
    const doc = parseHtml(`<html><body><div class="chat">
      <div class="msg"><span>hi</span></div>
      <div class="msg"><p>Easy job in Cambodia!! 3000$/month, free flight, visa, food and room.</p>
        <p>Only typing, no experience. Age 18-30. Details here: <a href="/j/123">see the offer</a></p></div>
      </div></body></html>`);
    const p = postingAroundLink(doc, 'https://chat.example.org/j/123', 'https://chat.example.org/room/9');
    expect(p?.text).toContain('Easy job in Cambodia');
    expect(p?.text).toContain('Age 18-30');
    expect(p?.text).not.toContain('hi\n');
    expect(p?.title).toBe('see the offer');
    expect(p?.url).toBe('https://chat.example.org/j/123');
  });

  it('a link that is not on the page gives nothing; bad URLs give nothing', () => {
    const doc = parseHtml('<html><body><p><a href="/a">a</a></p></body></html>');
    expect(postingAroundLink(doc, 'https://x.example/b', 'https://x.example/')).toBeUndefined();
    expect(postingAroundLink(doc, 'javascript:alert(1)', 'https://x.example/')).toBeUndefined();
  });
});
