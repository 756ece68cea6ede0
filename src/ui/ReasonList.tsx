import { signalLabel } from '../shared/i18n.ts';
import { reasonDetail } from './labels.ts';
import type { Reason } from '../shared/types.ts';

/**
 * The reasons behind a verdict with the text each one matched. Labels are in the UI language
 * (falling back to the verdict's English label); text is rendered as text, never HTML.
 */
export function ReasonList({ reasons, limit }: { reasons: Reason[]; limit?: number }) {
  const shown = limit === undefined ? reasons : reasons.slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <ul class="sjr-reasons">
      {shown.map((r) => (
        <li key={r.id} data-reason={r.id}>
          <strong>{signalLabel(r)}</strong>
          {reasonDetail(r) ? <span class="sjr-detail"> — {reasonDetail(r)}</span> : null}
          {r.evidence.length > 0 ? (
            <span class="sjr-evidence">
              {r.evidence.map((e) => (
                <q key={e}>{e}</q>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
