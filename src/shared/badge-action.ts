import type { ReportKind } from './reports.ts';
import type { TrustAction } from './trust.ts';

/** What the user can do from a badge: report the verdict, or trust the posting's site or employer. */
export type BadgeAction = ReportKind | TrustAction;
