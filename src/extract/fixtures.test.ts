/**
 * Extraction on the real saved job pages in ../shared/fixtures/pages (see PROVENANCE.md).
 * Counts are the job cards/links in each saved DOM.
 */
import { describe, expect, it } from 'vitest';
import { extractPostings } from './index.ts';
import { SHARED_CASES as CASES } from './fixture-cases.ts';
import { elementProblems, loadShared, titles } from './test-helpers.ts';

describe('shared fixture pages', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const doc = loadShared(c.file);

      it(`finds ${c.count} postings with the page URL`, () => {
        const postings = extractPostings(doc, c.url);
        expect(postings).toHaveLength(c.count);
        const got = titles(postings);
        for (const t of c.titles) expect(got).toContain(t);
        for (const p of postings) {
          expect(typeof p.text).toBe('string');
          expect(p.text.length).toBeGreaterThan(0);
          expect(p.title?.length ?? 0).toBeGreaterThan(0);
          if (c.site) expect(p.source).toBe(c.site);
        }
        if (c.checkElements !== false) expect(elementProblems(postings)).toEqual([]);
      });

      if (c.noUrl) {
        it('finds the same postings without a URL (site detected from the document)', () => {
          const withUrl = titles(extractPostings(doc, c.url));
          const without = titles(extractPostings(doc));
          expect(without).toEqual(withUrl);
        });
      }
    });
  }

  it('reads the fields of the LinkedIn guest job view (adapter merged with its JSON-LD)', () => {
    const [p] = extractPostings(loadShared('linkedin/view-guest-it-data-analyst-rai-jsonld-0mico.html'));
    expect(p?.company).toBe('Rai - Radiotelevisione Italiana');
    expect(p?.location).toBe('Rome');
    expect(p?.url).toBe('https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763');
    expect(p?.text).toContain('Requisiti obbligatori');
    expect(p?.element?.tagName).not.toBe('BODY');
  });

  it('reads the logged-in LinkedIn view: company, location, #job-details text', () => {
    const [p] = extractPostings(loadShared('linkedin/view-loggedin-es-dotnet-hays-diegoale23.html'), 'https://www.linkedin.com/jobs/view/4202850107/');
    expect(p?.company).toBe('Hays');
    expect(p?.location).toContain('Madrid');
    expect(p?.text).toContain('Senior Developer');
  });

  it('reads Indeed card fields and the pane description', () => {
    const postings = extractPostings(loadShared('indeed/search-with-pane-frontend-marwan562.html'), 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html');
    const first = postings[0];
    expect(first?.company).toBe('AceOne Technologies');
    expect(first?.url).toBe('https://www.indeed.com/viewjob?jk=b974b400e0228d67');
    const pane = postings[postings.length - 1];
    expect(pane?.title).toBe('PHP Developer – PHP, JavaScript, JSON');
    expect(pane?.text).toContain('Join the fastest-growing technology services company');
    expect(pane?.text.length).toBeGreaterThan(1000);
  });

  it('reads SEEK (JobStreet) card fields from data-automation anchors', () => {
    const [p] = extractPostings(loadShared('jobstreet/search-productmanager-jobjourney.html'), 'https://my.jobstreet.com/product-manager-jobs');
    expect(p?.company).toBe('Mochi Technologies');
    expect(p?.location).toBe('Kuala Lumpur');
    expect(p?.salary).toBe('RM 5,500 – RM 8,000 per month');
    expect(p?.url).toBe('https://my.jobstreet.com/job/84367877');
  });

  it('reads Glints card fields (company, location, salary)', () => {
    const postings = extractPostings(loadShared('glints/search-id-nov2024-pradanaadn.html'), 'https://glints.com/id/opportunities/jobs/explore');
    const p = postings.find((x) => x.title === 'Online Customer Sales B2C');
    expect(p?.company).toBe('Flokq');
    expect(p?.salary).toBe('Rp 4 jt-7 jt');
    expect(p?.location).toContain('Jakarta Selatan');
  });

  it('reads the Workday JSON-LD posting and points at its title heading', () => {
    const [p] = extractPostings(loadShared('workday/view-sr-services-exec-jsonld-saurabhkg03.html'));
    expect(p?.company).toBe('Canada Workday ULC');
    expect(p?.location).toContain('Montreal');
    expect(p?.element?.tagName).toBe('H2');
    expect(p?.text.length).toBeGreaterThan(5000);
  });

  it('extracts the 60-card LinkedIn list quickly', () => {
    const doc = loadShared('linkedin/search-guest-akichan.html');
    const t0 = performance.now();
    const postings = extractPostings(doc, 'https://id.linkedin.com/jobs/software-engineer-jobs');
    const ms = performance.now() - t0;
    console.log(`LinkedIn 60-card list: ${postings.length} postings in ${ms.toFixed(1)} ms`);
    expect(postings).toHaveLength(60);
    expect(ms).toBeLessThan(5000);
  });
});
