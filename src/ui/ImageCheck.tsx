import { useEffect, useRef, useState } from 'preact/hooks';
import type { Engine } from '../detect/engine.ts';
import { prepareImage, readCanvas } from '../ocr/page-reader.ts';
import type { OcrResult } from '../ocr/recognise.ts';
import type { OcrWord } from '../ocr/text.ts';
import { t } from '../shared/i18n.ts';
import type { Verdict } from '../shared/types.ts';
import { HelpDisclosure } from './HelpPanel.tsx';
import { boxStyle, evidenceBoxes } from './image-check-model.ts';
import { tierShort } from './labels.ts';
import { ReasonList } from './ReasonList.tsx';

/** One image to check: a file chosen, dropped or pasted, or an image ad sent by the context menu. */
export interface ImageAd {
  key: number;
  name: string;
  blob: Blob;
  /** Language hints for the OCR (the UI language, the page the image came from). */
  hints: string[];
  /** Set when the image was captured from the screen rather than read from the page. */
  captured?: boolean;
}

/** Re-score at most this often while the text is edited (ms). */
const RESCORE_MS = 200;

type Phase = 'reading' | 'done' | 'failed';

function ImageCard({ ad, loadEngine }: { ad: ImageAd; loadEngine: () => Promise<Engine> }) {
  const [phase, setPhase] = useState<Phase>('reading');
  const [error, setError] = useState('');
  const [size, setSize] = useState({ width: 1, height: 1 });
  const [ocr, setOcr] = useState<OcrResult | null>(null);
  const [words, setWords] = useState<OcrWord[]>([]);
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [src, setSrc] = useState('');
  const scoreRun = useRef(0);

  useEffect(() => {
    const url = URL.createObjectURL(ad.blob);
    setSrc(url);
    let live = true;
    (async () => {
      try {
        const p = await prepareImage(ad.blob);
        const result = await readCanvas(p.canvas, ad.hints);
        if (!live) return;
        setSize({ width: p.width, height: p.height });
        setOcr(result);
        setWords(result.words);
        setText(result.text);
        setPhase('done');
      } catch (err) {
        if (!live) return;
        setError(err instanceof Error ? err.message : String(err));
        setPhase('failed');
      }
    })();
    return () => {
      live = false;
      URL.revokeObjectURL(url);
    };
  }, [ad]);

  // Score the text (again) when it changes: at once after OCR, then after a pause in typing.
  useEffect(() => {
    if (phase !== 'done') return;
    const run = ++scoreRun.current;
    const timer = setTimeout(
      async () => {
        if (!text.trim()) {
          setVerdict(null);
          return;
        }
        try {
          const engine = await loadEngine();
          const v = await engine.score({ text });
          if (run === scoreRun.current) setVerdict(v);
        } catch (err) {
          if (run === scoreRun.current) setError(t('checkPageEngineFailed', err instanceof Error ? err.message : String(err)));
        }
      },
      verdict ? RESCORE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [text, phase]);

  const shownReasons = verdict && verdict.risk !== 'low' ? verdict.reasons : [];
  const boxes = verdict ? evidenceBoxes(words, text, shownReasons) : [];

  return (
    <article class="sjr-image-ad" data-phase={phase} data-risk={verdict?.risk ?? ''} data-models={ocr?.models.join(' ') ?? ''}>
      <h3 class="sjr-image-name">{ad.name}</h3>
      <div class="sjr-image-layout">
        <figure class="sjr-image-figure">
          <div class="sjr-image-frame" role="img" aria-label={t('checkImageBoxes')}>
            {src ? <img src={src} alt="" /> : null}
            {boxes.map((b, i) => (
              <span
                key={i}
                class={`sjr-box sjr-box-${b.reason % 6}`}
                style={boxStyle(b, size.width, size.height)}
                data-reason={shownReasons[b.reason]?.id}
                title={b.text}
              />
            ))}
          </div>
          {ad.captured ? <figcaption class="sjr-muted">{t('checkImageCaptured')}</figcaption> : null}
        </figure>
        <div class="sjr-image-result">
          {phase === 'reading' ? (
            <p class="sjr-image-reading" role="status">
              {t('checkImageReading')}
            </p>
          ) : null}
          {phase === 'failed' ? (
            <p class="sjr-error" role="alert">
              {t('checkImageFailed', error)}
            </p>
          ) : null}
          {phase === 'done' && ocr ? (
            <>
              {verdict ? (
                <p class="sjr-image-verdict">
                  <span class={`sjr-tier sjr-tier-${verdict.risk}`}>{tierShort(verdict.risk)}</span>{' '}
                  <span class="sjr-num sjr-image-score">{verdict.score.toFixed(2)}</span>
                </p>
              ) : !text.trim() ? (
                <p class="sjr-muted">{t('checkImageNoText')}</p>
              ) : null}
              {verdict && verdict.risk !== 'low' ? (
                <>
                  <ReasonList reasons={verdict.reasons} />
                  <HelpDisclosure verdict={verdict} text={text} />
                </>
              ) : null}
              <label class="sjr-image-text-label">
                {t('checkImageText')}
                <textarea class="sjr-image-text" rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
              </label>
              <p class="sjr-muted sjr-image-models">{t('checkImageModels', ocr.models.join(', '))}</p>
            </>
          ) : null}
        </div>
      </div>
    </article>
  );
}

/** The images being checked, newest last. */
export function ImageChecks({ ads, loadEngine }: { ads: ImageAd[]; loadEngine: () => Promise<Engine> }) {
  if (ads.length === 0) return null;
  return (
    <section class="sjr-images" aria-label={t('checkImageHeading')}>
      <h2>{t('checkImageHeading')}</h2>
      {ads.map((ad) => (
        <ImageCard key={ad.key} ad={ad} loadEngine={loadEngine} />
      ))}
    </section>
  );
}
