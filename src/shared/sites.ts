/**
 * Sites where job-scam lures circulate: the content script runs here without a click.
 * Every other site runs on demand (toolbar → "Check this page", via activeTab) or after the
 * user grants the optional all-sites permission in the options page.
 */
export const DEFAULT_MATCHES = [
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://*.jobstreet.com/*',
  '*://*.jobstreet.co.id/*',
  '*://*.jobsdb.com/*',
  '*://*.glints.com/*',
  '*://*.kalibrr.com/*',
  '*://*.topcv.vn/*',
  '*://*.facebook.com/*',
  '*://web.telegram.org/*',
  '*://t.me/*',
  '*://x.com/*',
  '*://twitter.com/*',
];

/**
 * The job boards among the default sites: when a scan starts on one of them (checked with
 * `siteListed`), the content script asks the background to load the model at once, since its
 * pages nearly always hold postings. Social sites are left out: most of their pages hold no job
 * post, and there the model loads with the first one found.
 */
export const JOB_BOARD_HOSTS = ['linkedin.com', 'indeed.com', 'jobstreet.com', 'jobstreet.co.id', 'jobsdb.com', 'glints.com', 'kalibrr.com', 'topcv.vn'];

/** Test builds (`--mode e2e`) also run on pages served from the local test server. */
export const E2E_MATCHES = ['http://127.0.0.1/*'];

/**
 * Test builds may also inject into `localhost` pages, without running there by themselves:
 * it stands in for "a site outside the default list" whose user clicks "Check this page"
 * (a browser grants that through activeTab, which a test cannot click).
 */
export const E2E_ON_DEMAND_HOSTS = ['http://localhost/*'];

export const ALL_SITES_MATCHES = ['*://*/*'];
