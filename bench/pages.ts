/** Generated pages for the benchmarks. */

/**
 * A 5 MB feed: posts with deep wrappers, one in seven a lure-like job post, the rest not
 * job ads. `head` goes into <head> (the browser benchmark adds a long-task observer there).
 */
export function bigFeedHtml(head = ''): { html: string; posts: number; jobPosts: number } {
  const post = (i: number) =>
    `<article><div><div><div><h3>${i % 7 === 0 ? `Customer service staff wanted ${i}` : `Weekend photos ${i}`}</h3><p>${
      i % 7 === 0
        ? 'Salary USD 1,500/month, free flight and visa, food and room. Apply on Telegram @hr'
        : 'Lovely trip to the mountains with friends and family, great food.'
    } ${'lorem ipsum dolor sit amet '.repeat(40)}</p></div></div></div></article>`;
  const parts: string[] = [];
  let size = 0;
  let jobPosts = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const p = post(i);
    if (i % 7 === 0) jobPosts++;
    parts.push(p);
    size += p.length;
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>5 MB feed (benchmark)</title>${head}</head><body><main role="feed">${parts.join('')}</main></body></html>`;
  return { html, posts: parts.length, jobPosts };
}
