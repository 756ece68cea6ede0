/**
 * Local-test build only (the code is dropped from every other build): when each step first
 * happened in this context, as wall-clock ms (performance.timeOrigin + now), so the cold-start
 * benchmark can line up the service worker's steps with the page's.
 */
export function markOnce(name: string): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const g = globalThis as unknown as { __sjrMarks?: Record<string, number> };
  g.__sjrMarks ??= {};
  g.__sjrMarks[name] ??= performance.timeOrigin + performance.now();
}
