import { storage } from '@wxt-dev/storage';
import type { Report } from './reports.ts';

/** User settings. Version bumps come with a migration so upgrades lose nothing. */
export interface Settings {
  /** Show a small badge on low-risk postings too (default: only medium/high get a visible badge). */
  showLowRiskBadges: boolean;
  /** Run automatically on every site (needs the optional all-sites host permission). */
  allSites: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  showLowRiskBadges: true,
  allSites: false,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, filling keys added after the stored copy was written. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Reports the user made from a badge, oldest first; kept on this device only (see reports.ts). */
export const reportsItem = storage.defineItem<Report[]>('local:reports', {
  fallback: [],
  version: 1,
});
