import { testHooksOn } from './test-hooks.ts';

/**
 * Our Shadow DOMs are closed: a page cannot reach into a badge or the check panel (read its
 * reasons, press its buttons). Our own code keeps each root here. Only the local-test build
 * opens them, for the e2e tests (test-hooks.ts).
 */
const roots = new WeakMap<Element, ShadowRoot>();

export function attachOurShadow(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: testHooksOn(host.ownerDocument) ? 'open' : 'closed' });
  roots.set(host, root);
  return root;
}

/** The shadow root attachOurShadow made for this host. */
export function ourShadow(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}
