/**
 * The saved pages the extractors are held to: file (under ../shared/fixtures/pages or
 * test/fixtures/pages), the URL it was saved from, and what must be found. Used by the unit
 * tests (linkedom) and by the e2e test that loads each page at its own URL in Chromium with
 * the extension.
 */
export interface FixtureCase {
  file: string;
  url: string;
  count: number;
  titles: string[];
  /** Also run without a URL (site detected from the document). */
  noUrl?: boolean;
  checkElements?: boolean;
  site?: string;
}

export const SHARED_CASES: FixtureCase[] = [
  {
    file: 'linkedin/search-guest-akichan.html',
    url: 'https://id.linkedin.com/jobs/software-engineer-jobs',
    count: 60,
    titles: ['Web Developer', 'Full Stack Developer', 'Backend Engineer - Junior or Senior Consultant'],
    noUrl: true,
    site: 'site:linkedin',
  },
  {
    file: 'linkedin/search-guestapi-fragment-designarena.html',
    url: 'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=supply%20chain%20analyst&start=25',
    count: 10,
    titles: ['Supply chain analyst', 'Supply Chain Analyst-Aerospace'],
    noUrl: true,
    site: 'site:linkedin',
  },
  {
    file: 'linkedin/view-guest-it-data-analyst-rai-jsonld-0mico.html',
    url: 'https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763',
    count: 1,
    titles: ['DATA ANALYST'],
    noUrl: true,
    site: 'site:linkedin',
  },
  {
    file: 'linkedin/view-loggedin-es-amazon-marketing-urgent-diegoale23.html',
    url: 'https://www.linkedin.com/jobs/view/4207597775/',
    count: 1,
    titles: ['? Inicio Inmediato Amazon Marketing'],
    noUrl: true,
    site: 'site:linkedin',
  },
  {
    file: 'linkedin/view-loggedin-es-community-manager-24h-diegoale23.html',
    url: 'https://www.linkedin.com/jobs/view/4207901017/',
    count: 1,
    titles: ['? Solo Quedan 24H: Community Manager De Redes Sociales'],
    noUrl: true,
  },
  {
    file: 'linkedin/view-loggedin-es-dotnet-hays-diegoale23.html',
    url: 'https://www.linkedin.com/jobs/view/4202850107/',
    count: 1,
    titles: ['Desarrollador .NET'],
    noUrl: true,
  },
  {
    file: 'linkedin/view-loggedin-es-hr-recruiter-remote-diegoale23.html',
    url: 'https://www.linkedin.com/jobs/view/4209606159/',
    count: 1,
    titles: ['(Full Remote) HR Recruiter - Reclutador de Recursos Humanos'],
    noUrl: true,
  },
  {
    file: 'linkedin/view-loggedin-es-santander-junior-dev-diegoale23.html',
    url: 'https://www.linkedin.com/jobs/view/4206689593/',
    count: 1,
    titles: ['I_DLX Junior Software developer'],
    noUrl: true,
  },
  {
    file: 'indeed/search-usa-prettified-harineko0.html',
    url: 'https://www.indeed.com/q-usa-jobs.html',
    count: 15,
    titles: ['Auto Techs, $4,000 - $12,000/month, Paid Training!', 'Caregiver', 'Able Bodied Seaman'],
    noUrl: true,
    site: 'site:indeed',
  },
  {
    file: 'indeed/search-with-pane-frontend-marwan562.html',
    url: 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html',
    // 16 cards + the view-job pane as its own posting
    count: 17,
    titles: ['PHP Developer – PHP, JavaScript, JSON', 'Senior iOS Developer'],
    noUrl: true,
    site: 'site:indeed',
  },
  {
    file: 'jobstreet/search-productmanager-jobjourney.html',
    url: 'https://my.jobstreet.com/product-manager-jobs',
    count: 32,
    titles: ['Product Manager', 'Associate Product Manager - Employer Value Proposition (Hybrid Working)', 'Lead Product Manager'],
    noUrl: true,
    site: 'site:jobstreet',
  },
  {
    file: 'jobsdb/search-fragment-hk-android-louiscklaw.html',
    url: 'https://hk.jobsdb.com/hk/search-jobs/android/1',
    count: 30,
    titles: ['QA Engineer (Virtual Bank)', 'QA Officer'],
    noUrl: true,
    site: 'site:jobstreet',
  },
  {
    file: 'glints/search-id-nov2024-pradanaadn.html',
    url: 'https://glints.com/id/opportunities/jobs/explore?country=ID&locationName=All+Cities%2FProvinces',
    count: 30,
    titles: ['Desk Collection', 'Online Customer Sales B2C', 'Host Livestream'],
    noUrl: true,
    site: 'site:glints',
  },
  {
    file: 'telegram/channel-preview-nonjob-news-any2feed.html',
    url: 'https://t.me/s/topwar_official',
    count: 0,
    titles: [],
    noUrl: true,
  },
  {
    file: 'profesia/list-sk-itssafer.html',
    url: 'https://www.profesia.sk/praca/',
    count: 20,
    titles: ['Office Manažér', 'Brigádnik - študent (m/ž) - obchodný dom v Prešove (Bardejovská)'],
    noUrl: true,
    site: 'site:profesia',
  },
  {
    file: 'totaljobs/search-sponsorship-uk-birappa87.html',
    url: 'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3',
    count: 25,
    titles: ['Sales Office Manager', 'Junior Graphic Design Assistant'],
    noUrl: true,
    site: 'site:totaljobs',
  },
  {
    file: 'topcv/list-viec-lam-talentsync.html',
    url: 'https://www.topcv.vn/viec-lam',
    // only three job links are in the saved DOM (image banners; titles come from the URL slug)
    count: 3,
    titles: ['Chuyen vien quan tri website biet su dung haravan'],
    noUrl: true,
    checkElements: false,
    site: 'site:topcv',
  },
  {
    file: 'workday/view-sr-services-exec-jsonld-saurabhkg03.html',
    url: 'https://workday.wd5.myworkdayjobs.com/en-US/Workday/job/Canada,-QC,-Montreal/Sr-Services-Executive---Dirigeant-suprieur-des-services_JR-0104977',
    count: 1,
    titles: ['Sr Services Executive - Dirigeant supérieur des services'],
    noUrl: true,
    site: 'jsonld',
  },
];

/** Hand-written pages of sites with no saved page (they mirror the public markup; see each file). */
export const OWN_SITE_PAGES: ReadonlyArray<{ file: string; url: string }> = [
  { file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/' },
  { file: 'facebook-group-feed.html', url: 'https://www.facebook.com/groups/123/' },
  { file: 'facebook-page-posts.html', url: 'https://www.facebook.com/kopikitaloker' },
  { file: 'facebook-mbasic-group.html', url: 'https://mbasic.facebook.com/groups/4444/' },
  { file: 'x-search-timeline.html', url: 'https://x.com/search?q=hiring&f=live' },
  { file: 'kalibrr-job-list.html', url: 'https://www.kalibrr.com/home/co/Philippines' },
  { file: 'telegram-job-channel.html', url: 'https://t.me/s/loker_luarnegeri_demo' },
  { file: 'telegram-channel-cjk.html', url: 'https://t.me/s/kaigai_shigoto_demo' },
  { file: 'facebook-group-structured.html', url: 'https://www.facebook.com/groups/777/' },
  { file: 'telegram-web-k-channel.html', url: 'https://web.telegram.org/k/#@jobsabroadhub' },
  { file: 'telegram-web-a-group.html', url: 'https://web.telegram.org/a/#-1001' },
  { file: 'jobstreet-job-detail.html', url: 'https://my.jobstreet.com/job/81234567' },
  { file: 'indeed-viewjob.html', url: 'https://ph.indeed.com/viewjob?jk=0a1b2c3d4e5f6789&from=serp' },
  { file: 'tiktok-video.html', url: 'https://www.tiktok.com/@jobs.abroad.th/video/7441234567890123456' },
  { file: 'instagram-post.html', url: 'https://www.instagram.com/p/C9xAbCdEfGh/' },
  { file: 'instagram-feed.html', url: 'https://www.instagram.com/' },
  // Private chats (off by default) have their own e2e test: chats.e2e.test.ts.
  { file: 'whatsapp-web-group.html', url: 'https://web.whatsapp.com/' },
  { file: 'zalo-web-group.html', url: 'https://chat.zalo.me/' },
  { file: 'messenger-thread.html', url: 'https://www.messenger.com/t/100090000000001/' },
];
