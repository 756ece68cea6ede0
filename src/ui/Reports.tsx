import { useEffect, useState } from 'preact/hooks';
import { t, uiLang } from '../shared/i18n.ts';
import { exportReports, latestReports, reportHost, type Report } from '../shared/reports.ts';
import { reportsItem } from '../shared/storage.ts';

const SHOWN = 20;

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return d.toLocaleString(uiLang(), { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return d.toLocaleString();
  }
}

/** Offers `text` as a file download (a Blob URL: nothing leaves the device). */
function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Options page: the reports the user saved from badges, kept on this device only. */
export function Reports() {
  const [reports, setReports] = useState<Report[]>([]);

  useEffect(() => {
    void reportsItem.getValue().then(setReports);
    return reportsItem.watch((next) => setReports(next ?? []));
  }, []);

  function exportAll() {
    const data = exportReports(reports);
    download(`${JSON.stringify(data, null, 2)}\n`, `scam-job-radar-reports-${data.header.exportedAt.slice(0, 10)}.json`);
  }

  async function deleteAll() {
    if (!window.confirm(t('optionsReportsDeleteConfirm', reports.length))) return;
    await reportsItem.setValue([]);
    setReports([]);
  }

  return (
    <section class="sjr-reports">
      <h2>{t('optionsReportsHeading')}</h2>
      <p>{t('optionsReportsIntro')}</p>
      <p class="sjr-reports-count" data-count={reports.length}>
        {reports.length === 0 ? t('optionsReportsNone') : t('optionsReportsCount', reports.length)}
      </p>
      {reports.length > 0 ? (
        <>
          <ol class="sjr-reports-list">
            {latestReports(reports, SHOWN).map((r, i) => (
              <li key={`${r.at}-${i}`} class="sjr-report-item" data-kind={r.kind}>
                <strong>{r.kind === 'false-positive' ? t('reportKindFalsePositive') : t('reportKindMissedScam')}</strong>
                {' · '}
                <span class="sjr-report-title">{r.title || t('optionsReportsNoTitle')}</span>
                {' · '}
                <span class="sjr-report-host">{reportHost(r)}</span>
                {' · '}
                <time dateTime={r.at}>{formatDate(r.at)}</time>
              </li>
            ))}
          </ol>
          <p>
            <button type="button" class="sjr-reports-export" onClick={exportAll}>
              {t('optionsReportsExport')}
            </button>{' '}
            <button type="button" class="sjr-reports-delete" onClick={() => void deleteAll()}>
              {t('optionsReportsDelete')}
            </button>
          </p>
          <p>{t('optionsReportsExportHint')}</p>
        </>
      ) : null}
    </section>
  );
}
