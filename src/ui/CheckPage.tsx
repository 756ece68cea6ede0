import { useEffect, useRef, useState } from 'preact/hooks';
import type { Engine } from '../detect/engine.ts';
import { toScanRecord } from '../shared/scan-record.ts';
import { type InputProblem, MAX_KEPT_PROBLEMS, ProblemList, type ReadResult, readBulkBytesSliced, readTxt } from '../shared/bulk-input.ts';
import { signalLabel, t, uiLang, type MessageKey } from '../shared/i18n.ts';
import { postingText } from '../detect/posting-text.ts';
import { HelpDisclosure, HelpStyle } from './HelpPanel.tsx';
import { tierShort } from './labels.ts';
import { type ImageAd, ImageChecks } from './ImageCheck.tsx';
import { splitImageFiles } from './image-check-model.ts';
import { handoffIdFromHash, takeImageHandoff, type ImageHandoff } from '../shared/image-handoff.ts';
import { defaultDir, nextSort, riskCounts, sortRows, toCsvExport, toJsonlExport, type CheckedRow, type SortKey, type SortState } from './check-page-model.ts';

/** Same limit as the CLI. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Give the page back to the browser at least this often while scoring (ms). */
const SLICE_MS = 40;

type RunState = 'idle' | 'reading' | 'running' | 'done' | 'cancelled';

/** What was read: rows to score, the first problems and how many problems in all. */
interface ReadInput {
  rows: ReadResult['rows'];
  problems: ProblemList;
}

/** Lets the browser paint and handle input (a macrotask; not throttled like setTimeout chains). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Reads the files in slices (the page stays responsive on 100,000s of lines), reporting lines
 * read; keeps only the first problems. Undefined when `stale` says a newer run started.
 */
async function readFiles(files: File[], onProgress: (done: number, total: number) => void, stale: () => boolean): Promise<ReadInput | undefined> {
  const rows: ReadResult['rows'] = [];
  const problems = new ProblemList(MAX_KEPT_PROBLEMS);
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      problems.push({ where: file.name, message: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (stale()) return undefined;
    const r = await readBulkBytesSliced(bytes, file.name, { sliceMs: SLICE_MS, yieldNow: yieldToEventLoop, onProgress, shouldStop: stale });
    if (r.stopped || stale()) return undefined;
    for (const row of r.rows) rows.push(row);
    problems.push(...r.problems);
    // Counted but not kept by the reader: count them here too.
    problems.total += r.problemCount - r.problems.length;
  }
  return { rows, problems };
}

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'risk', label: 'checkPageColRisk' },
  { key: 'score', label: 'checkPageColScore' },
  { key: 'id', label: 'checkPageColId' },
  { key: 'title', label: 'checkPageColTitle' },
];

/** An image handed over by the context menu, cropped to the image when it came as a screenshot of the tab. */
async function handoffBlob(h: ImageHandoff): Promise<Blob> {
  const blob = await (await fetch(h.dataUrl)).blob();
  if (!h.crop) return blob;
  const bitmap = await createImageBitmap(blob, h.crop.x, h.crop.y, h.crop.width, h.crop.height);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  (canvas.getContext('2d') as CanvasRenderingContext2D).drawImage(bitmap, 0, 0);
  bitmap.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('could not crop the image'))), 'image/png'));
}

/** Check many ads at once (recruiters, moderators): paste one, or give a CSV / JSONL file, or images of ads. */
export function CheckPage({ loadEngine }: { loadEngine: () => Promise<Engine> }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<RunState>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [rows, setRows] = useState<CheckedRow[]>([]);
  const [problems, setProblems] = useState<InputProblem[]>([]);
  const [problemCount, setProblemCount] = useState(0);
  const [error, setError] = useState('');
  const [sort, setSort] = useState<SortState | null>(null);
  const [dragging, setDragging] = useState(false);
  const runId = useRef(0);
  const cancelled = useRef(false);
  const [images, setImages] = useState<ImageAd[]>([]);
  const imageKey = useRef(0);

  function addImages(files: { name: string; blob: Blob; hints?: string[]; captured?: boolean }[]) {
    if (files.length === 0) return;
    setError('');
    const added = files.map((f) => ({ key: ++imageKey.current, name: f.name, blob: f.blob, hints: [...(f.hints ?? []), uiLang()], captured: f.captured }));
    setImages((prev) => [...prev, ...added]);
  }

  useEffect(() => {
    document.documentElement.lang = uiLang();
    document.title = `${t('checkPageTitle')} — ${t('extName')}`;
    // An image ad sent by the context menu ("Check this image ad").
    const id = handoffIdFromHash(location.hash);
    if (id) {
      history.replaceState(null, '', location.pathname);
      void takeImageHandoff(id)
        .then(async (h) => {
          if (h) addImages([{ name: h.srcUrl, blob: await handoffBlob(h), hints: h.pageLang ? [h.pageLang] : [], captured: Boolean(h.crop) }]);
        })
        .catch((err: unknown) => setError(t('checkImageFailed', err instanceof Error ? err.message : String(err))));
    }
    // Pasted images (a screenshot copied from a chat): checked like chosen ones. Pasted text stays in the text box.
    const onPaste = (e: ClipboardEvent) => {
      const files = [...(e.clipboardData?.files ?? [])];
      const { images: pasted } = splitImageFiles(files);
      if (pasted.length === 0) return;
      e.preventDefault();
      addImages(pasted.map((f, i) => ({ name: f.name || `${t('checkPagePastedName')} ${i + 1}`, blob: f })));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  /** Starts a new run: earlier runs see themselves stale and stop. */
  function startRun(): () => boolean {
    const run = ++runId.current;
    cancelled.current = false;
    setError('');
    setSort(null);
    setRows([]);
    setProblems([]);
    setProblemCount(0);
    return () => run !== runId.current;
  }

  async function score(input: ReadInput, stale: () => boolean) {
    setProblems(input.problems.items);
    setProblemCount(input.problems.total);
    setProgress({ done: 0, total: input.rows.length });
    setState('running');
    if (input.rows.length === 0) {
      // Nothing readable to score: no need to load the model.
      setState('done');
      return;
    }
    let engine: Engine;
    try {
      engine = await loadEngine();
    } catch (err) {
      if (stale()) return;
      setError(t('checkPageEngineFailed', err instanceof Error ? err.message : String(err)));
      setState('idle');
      return;
    }
    const out: CheckedRow[] = [];
    const failed: InputProblem[] = [];
    let slice = performance.now();
    let done = 0;
    for (let i = 0; i < input.rows.length; i++) {
      if (stale()) return;
      if (cancelled.current) break;
      const row = input.rows[i]!;
      try {
        const verdict = await engine.score(row.posting);
        const help = verdict.risk === 'low' ? undefined : { verdict, text: postingText(row.posting), pageUrl: row.posting.url };
        out.push({ index: i, where: row.where, record: toScanRecord(row.id, row.posting.title, verdict), ...(help ? { help } : {}) });
      } catch (err) {
        failed.push({ where: row.where, message: err instanceof Error ? err.message : String(err) });
      }
      done = i + 1;
      if (performance.now() - slice > SLICE_MS) {
        setProgress({ done: i + 1, total: input.rows.length });
        await yieldToEventLoop();
        slice = performance.now();
      }
    }
    if (stale()) return;
    setRows(out);
    if (failed.length) {
      input.problems.push(...failed);
      setProblems([...input.problems.items]);
      setProblemCount(input.problems.total);
    }
    setProgress({ done, total: input.rows.length });
    setState(cancelled.current ? 'cancelled' : 'done');
  }

  function cancel() {
    cancelled.current = true;
  }

  function checkPasted(e: Event) {
    e.preventDefault();
    if (!text.trim()) {
      setError(t('checkEmpty'));
      return;
    }
    const stale = startRun();
    const read = readTxt(text, t('checkPagePastedName'));
    const problems = new ProblemList(MAX_KEPT_PROBLEMS);
    problems.push(...read.problems);
    void score({ rows: read.rows, problems }, stale);
  }

  async function checkFiles(list: FileList | null | undefined) {
    const all = list ? [...list] : [];
    // Images are read with OCR, each in its own card; the other files are ads to score in bulk.
    const { images: imageFiles, others: files } = splitImageFiles(all);
    addImages(imageFiles.map((f) => ({ name: f.name, blob: f })));
    if (files.length === 0) return;
    const stale = startRun();
    setProgress({ done: 0, total: 0 });
    setState('reading');
    const input = await readFiles(files, (done, total) => !stale() && setProgress({ done, total }), stale);
    if (!input || stale()) return;
    void score(input, stale);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void checkFiles(e.dataTransfer?.files);
  }

  const running = state === 'running' || state === 'reading';
  const shown = sort ? sortRows(rows, sort) : rows;
  const counts = riskCounts(rows);

  return (
    <main class="sjr-checkpage" data-state={state}>
      <HelpStyle />
      <h1>{t('checkPageTitle')}</h1>
      <p>{t('checkPageIntro')}</p>
      <p class="sjr-privacy sjr-privacy-note">{t('checkPagePrivacy')}</p>

      <form class="sjr-check" onSubmit={checkPasted}>
        <label for="sjr-paste">{t('checkLabel')}</label>
        <textarea id="sjr-paste" rows={6} placeholder={t('checkPlaceholder')} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <button type="submit" disabled={running}>
          {t('checkSubmit')}
        </button>
      </form>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for files; the file input inside it is the keyboard way. */}
      <div
        class={`sjr-drop${dragging ? ' sjr-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for="sjr-file">{t('checkPageFileLabel')}</label>
        <input
          id="sjr-file"
          type="file"
          multiple
          accept=".csv,.jsonl,.ndjson,.txt,.text,text/csv,text/plain,application/jsonl,.png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp"
          disabled={running}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            void checkFiles(input.files).finally(() => (input.value = ''));
          }}
        />
        <span class="sjr-drop-hint">{t('checkPageDropHint')}</span>
        <span class="sjr-drop-hint sjr-image-hint">{t('checkImageHint')}</span>
      </div>

      <ImageChecks ads={images} loadEngine={loadEngine} />

      {error ? (
        <p class="sjr-error" role="alert">
          {error}
        </p>
      ) : null}

      {state !== 'idle' ? (
        <div class="sjr-progress" role="status">
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
          <span class="sjr-progress-text">{t('checkPageProgress', progress.done, progress.total)}</span>
          {state === 'running' ? (
            <button type="button" class="sjr-cancel" onClick={cancel}>
              {t('checkPageCancel')}
            </button>
          ) : null}
          {state === 'cancelled' ? <span class="sjr-cancelled">{t('checkPageCancelled', progress.done, progress.total)}</span> : null}
        </div>
      ) : null}

      {problems.length > 0 ? (
        <section class="sjr-problems" aria-label={t('checkPageProblems')}>
          <h2>{t('checkPageProblems')}</h2>
          <ul>
            {problems.slice(0, MAX_KEPT_PROBLEMS).map((p, i) => (
              <li key={i} class="sjr-problem">
                <code>{p.where}</code>: {p.message}
              </li>
            ))}
          </ul>
          {problemCount > Math.min(problems.length, MAX_KEPT_PROBLEMS) ? (
            <p class="sjr-problems-more" data-count={problemCount}>
              {t('checkPageMoreProblems', problemCount - Math.min(problems.length, MAX_KEPT_PROBLEMS))}
            </p>
          ) : null}
        </section>
      ) : null}

      {(state === 'done' || state === 'cancelled') && rows.length > 0 ? (
        <section class="sjr-results">
          <p class="sjr-summary">{t('checkPageSummary', rows.length, counts.high, counts.medium, counts.low)}</p>
          <div class="sjr-exports">
            <button type="button" data-export="csv" onClick={() => download('scam-job-radar.csv', 'text/csv;charset=utf-8', toCsvExport(rows))}>
              {t('checkPageExportCsv')}
            </button>
            <button type="button" data-export="jsonl" onClick={() => download('scam-job-radar.jsonl', 'application/jsonl;charset=utf-8', toJsonlExport(rows))}>
              {t('checkPageExportJsonl')}
            </button>
          </div>
          <table class="sjr-table" aria-label={t('checkPageResults')}>
            <thead>
              <tr>
                {COLUMNS.map((c) => {
                  const active = sort?.key === c.key;
                  return (
                    <th key={c.key} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                      <button
                        type="button"
                        class="sjr-sort"
                        data-sort={c.key}
                        onClick={() => setSort(sort ? nextSort(sort, c.key) : { key: c.key, dir: defaultDir(c.key) })}
                      >
                        {t(c.label)}
                        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    </th>
                  );
                })}
                <th>{t('checkPageColReasons')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ record: r, index, help }) => (
                <tr key={index} class={`sjr-row sjr-${r.risk}`} data-risk={r.risk} data-score={r.score.toFixed(4)} data-id={String(r.id)}>
                  <td>
                    <span class={`sjr-tier sjr-tier-${r.risk}`}>{tierShort(r.risk)}</span>
                  </td>
                  <td class="sjr-num">{r.score.toFixed(2)}</td>
                  <td>{String(r.id)}</td>
                  <td>{r.title ?? <span class="sjr-muted">{t('checkPageUntitled')}</span>}</td>
                  <td class="sjr-top-reasons">
                    {r.risk === 'low' ? '' : r.reasons.slice(0, 3).map(signalLabel).join(' · ')}
                    {help ? <HelpDisclosure verdict={help.verdict} text={help.text} pageUrl={help.pageUrl} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
