import { useMemo, type ReactNode } from 'react';
import { CLAIMS, HEADER_PARAMETERS, lookUpName } from '../../core';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { LazyView } from '../../ui/lazy-view';
import { groupDecodedParts } from '../../ui/look';
import { DecryptedPayload } from './decrypted-payload';
import { PartRegion } from './part-region';
import { TokenSummary } from './token-summary';

// The disclosures, the verifier's view and the key-binding JWT: only an SD-JWT needs them.
const loadSdJwtParts = () => import('./sd-jwt/sd-jwt-parts').then((m) => m.SdJwtParts);

/** The decoded token: one region per part, in token order, plus a one-line summary; `shareLink` is composed by the app. */
export function DecodedPanel({ shareLink = null }: { shareLink?: ReactNode }) {
  const decoded = useAppStore((s) => s.decoded);
  const decrypted = useAppStore((s) => (s.inspection?.decryption === 'decrypted' ? s.inspection.payload : null));
  const layers = useAppStore((s) => s.inspection?.layers);
  const editAndResign = useAppStore((s) => s.editAndResign);
  const { header, payload, others, extraEntries } = useMemo(() => groupDecodedParts(decoded.parts), [decoded.parts]);

  if (decoded.format === 'unknown') return null;
  const isJwe = decoded.format.startsWith('jwe');
  const plainParts = (
    <>
      {payload ? <PartRegion part={payload} describeKey={(k) => lookUpName(CLAIMS, k)} showTimes /> : null}
      {others.map((part, i) => (
        <PartRegion key={`${part.name}-${i}`} part={part} describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)} />
      ))}
    </>
  );
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start gap-2">
        <TokenSummary decoded={decoded} />
        {/* A JWE has claims to re-sign once it is decrypted down to a signed JWT. */}
        {!isJwe || layers?.at(-1)?.kind === 'jws' ? (
          <Button className="ml-auto" onClick={editAndResign}>
            Edit and re-sign
          </Button>
        ) : null}
        {shareLink}
      </div>
      {header ? <PartRegion part={header} describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)} /> : null}
      {isJwe && decrypted ? <DecryptedPayload payload={decrypted} layers={layers ?? []} /> : null}
      {isJwe && !decrypted ? (
        <p className="rounded-lg border border-dashed p-3 text-sm text-slate-600 dark:text-slate-300">
          The payload of a JWE is encrypted: reading it needs the recipient’s key. The parts below are shown as sizes.
        </p>
      ) : null}
      {decoded.sdJwt ? (
        <LazyView
          load={loadSdJwtParts}
          what="the SD-JWT view"
          props={{ decoded, signedPayload: payload ?? null, others }}
          fallback={plainParts}
        />
      ) : (
        plainParts
      )}
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
