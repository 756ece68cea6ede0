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

/**
 * Changes settings read-modify-write. Writers in one context are chained, so two quick clicks
 * cannot lose one; contexts write through the background where that matters (badge actions).
 */
let settingsWrites: Promise<unknown> = Promise.resolve();
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const write = settingsWrites.then(async () => {
    const next = normaliseSettings(change(await getSettings()));
    await settingsItem.setValue(next);
    return next;
  });
  settingsWrites = write.catch(() => undefined);
  return write;
}

/** Reports the user made from a badge, oldest first; kept on this device only (see reports.ts). */
export const reportsItem = storage.defineItem<Report[]>('local:reports', {
  fallback: [],
  version: 1,
});
