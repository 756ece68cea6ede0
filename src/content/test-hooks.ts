/**
 * The local-test build's hooks (`npm run build:e2e` only; store builds never look): on a page
 * whose <html> carries TEST_HOOKS_ATTR, our Shadow DOMs are open (Playwright's locators pierce
 * open roots only) and badges carry the exact score. The e2e harness sets the attribute on every
 * page; a test of what the store build shows a page removes it.
 */
export const TEST_HOOKS_ATTR = 'data-scam-job-radar-test-hooks';

export function testHooksOn(doc: Document): boolean {
  return import.meta.env.MODE === 'e2e' && Boolean(doc.documentElement?.hasAttribute(TEST_HOOKS_ATTR));
}
