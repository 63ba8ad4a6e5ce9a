import { useMemo } from 'react';
import { CLAIMS, HEADER_PARAMETERS, lookUpName, type DecodedPart } from '../../core';
import { useAppStore } from '../../store';
import { DecryptedPayload } from './decrypted-payload';
import { PartRegion } from './part-region';
import { TokenSummary } from './token-summary';

/** The decoded token: one region per part, in token order, plus a one-line summary. */
export function DecodedPanel() {
  const decoded = useAppStore((s) => s.decoded);
  const nowSeconds = useAppStore((s) => s.nowSeconds);
  const decrypted = useAppStore((s) => (s.inspection?.decryption === 'decrypted' ? s.inspection.payload : null));
  const layers = useAppStore((s) => s.inspection?.layers);
  const { header, payload, others, extraEntries } = useMemo(() => groupParts(decoded.parts), [decoded.parts]);

  if (decoded.format === 'unknown') return null;
  const isJwe = decoded.format.startsWith('jwe');
  return (
    <div className="flex flex-col gap-3">
      <TokenSummary decoded={decoded} />
      {header ? <PartRegion part={header} describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)} /> : null}
      {isJwe && decrypted ? (
        <DecryptedPayload payload={decrypted} layers={layers ?? []} nowSeconds={nowSeconds} />
      ) : null}
      {isJwe && !decrypted ? (
        <p className="rounded-lg border border-dashed p-3 text-sm text-slate-600 dark:text-slate-300">
          The payload of a JWE is encrypted: reading it needs the recipient’s key. The parts below are shown as sizes.
        </p>
      ) : null}
      {payload ? (
        <PartRegion part={payload} describeKey={(k) => lookUpName(CLAIMS, k)} nowSeconds={nowSeconds} />
      ) : null}
      {others.map((part, i) => (
        <PartRegion key={`${part.name}-${i}`} part={part} describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)} />
      ))}
      {extraEntries.length > 0 ? (
        <section aria-label={isJwe ? 'Other recipients' : 'Other signatures'} className="flex flex-col gap-2">
          <h2 className="text-sm font-semibold tracking-wide uppercase">
            {isJwe ? 'Other recipients' : 'Other signatures'}
          </h2>
          {extraEntries.map((part, i) => (
            <PartRegion
              key={`${part.name}-${i}`}
              part={part}
              asRegion={false}
              describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}

/** First signature/recipient parts get the named regions; later entries of a general JSON token are grouped. */
function groupParts(parts: DecodedPart[]) {
  const isFirst = (p: DecodedPart) => p.entry === undefined || p.entry === 0;
  return {
    header: parts.find((p) => p.name === 'header' && isFirst(p)),
    payload: parts.find((p) => p.name === 'payload'),
    others: parts.filter((p) => p.name !== 'header' && p.name !== 'payload' && isFirst(p)),
    extraEntries: parts.filter((p) => !isFirst(p)),
  };
}
