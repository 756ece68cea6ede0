import { appendReport, type Report } from '../shared/reports.ts';

/** Where the reports are kept (`reportsItem` in the extension). */
export interface ReportsStorage {
  getValue(): Promise<Report[]>;
  setValue(reports: Report[]): Promise<void>;
}

export type ReportQueue = (report: Report) => Promise<{ ok: boolean; count: number }>;

/**
 * Appends reports one at a time. Each write is read-modify-write, so they are chained: two quick
 * clicks cannot lose one.
 */
export function createReportQueue(storage: ReportsStorage): ReportQueue {
  let writes: Promise<unknown> = Promise.resolve();
  return (report) => {
    const write = writes.then(async () => {
      const next = appendReport(await storage.getValue(), report);
      await storage.setValue(next);
      return { ok: true, count: next.length };
    });
    writes = write.catch(() => undefined);
    return write;
  };
}
