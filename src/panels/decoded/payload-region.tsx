import type { ReactNode } from 'react';
import { CLAIMS, lookUpName, type Inspection } from '../../core';
import { CopyButton } from '../../ui/copy-button';
import { JsonView } from '../../ui/json-view';
import { Region } from '../../ui/region';
import { LazyClaimTimes } from './lazy-claim-times';

interface PayloadRegionProps {
  /** What the receiver reads: a JWE's decrypted payload, an SD-JWT's processed claims. */
  payload: NonNullable<Inspection['payload']>;
  /** How it was obtained ("decrypted", "what the verifier sees"), beside the title. */
  meta: ReactNode;
  /** Notes shown above the claims. */
  children?: ReactNode;
}

/** Region "Payload" for the claims as the receiver reads them, rather than as a part of the token text. */
export function PayloadRegion({ payload, meta, children }: PayloadRegionProps) {
  return (
    <Region
      title="Payload"
      meta={meta}
      className="border-l-4 border-violet-500"
      timingName="decoded-payload"
      actions={
        <CopyButton
          text={payload.json === undefined ? payload.text : JSON.stringify(payload.json, null, 2)}
          label="Copy payload"
        />
      }
    >
      {children}
      {payload.json === undefined ? (
        <pre className="font-mono text-[13px] break-all whitespace-pre-wrap">{payload.text}</pre>
      ) : (
        <JsonView value={payload.json} describeKey={(k) => lookUpName(CLAIMS, k)} />
      )}
      {payload.json === undefined ? null : <LazyClaimTimes claims={payload.json} />}
    </Region>
  );
}
