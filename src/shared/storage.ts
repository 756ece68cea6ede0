import { storage } from '@wxt-dev/storage';
import type { Report } from './reports.ts';
import { DEFAULT_SETTINGS, migrateSettingsV1ToV2, normaliseSettings, SETTINGS_VERSION, type Settings } from './settings.ts';

export { DEFAULT_SETTINGS, type Settings } from './settings.ts';

/**
 * User settings (schema in settings.ts). v1 held `{ showLowRiskBadges, allSites }`; v2 adds
 * sensitivity, per-site switch, trust lists and UI language. Each version bump comes with a
 * migration so upgrades lose nothing.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2 },
});

/** Reads settings, valid whatever was stored (a value another context has not migrated yet, a partial one). */
export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** The Web Lock every extension context takes around a settings read-modify-write. */
export const SETTINGS_LOCK = 'scam-job-radar-settings';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs `fn` holding the settings lock, where the context has Web Locks (all supported browsers). */
function withSettingsLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks ? locks.request(SETTINGS_LOCK, fn) : fn();
}

/**
 * A settings writer for one context: each change is applied to the latest stored value and
 * written back (read-modify-write), one at a time. Across contexts (options page, popup,
 * background worker: one extension origin) the read and the write happen under a Web Lock, so
 * two contexts changing different fields at once both keep their change. Without Web Locks
 * only the in-context queue remains. Content scripts write through the background.
 */
export function createSettingsWriter(): (change: (s: Settings) => Settings) => Promise<Settings> {
  let writes: Promise<unknown> = Promise.resolve();
  return (change) => {
    const write = writes.then(() =>
      withSettingsLock(async () => {
        const next = normaliseSettings(change(await getSettings()));
        await settingsItem.setValue(next);
        return next;
      }),
    );
    writes = write.catch(() => undefined);
    return write;
  };
}

/** This context's settings writer (see createSettingsWriter). */
export const updateSettings = createSettingsWriter();

/** Reports the user made from a badge, oldest first; kept on this device only (see reports.ts). */
export const reportsItem = storage.defineItem<Report[]>('local:reports', {
  fallback: [],
  version: 1,
});
