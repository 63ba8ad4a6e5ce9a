import { useMemo } from 'react';
import { CLAIMS, describeClaimTimes, HEADER_PARAMETERS, lookUpName, type Inspection, type Layer } from '../../core';
import { CopyButton } from '../../ui/copy-button';
import { JsonView } from '../../ui/json-view';
import { Region } from '../../ui/region';
import { ClaimTimes } from './claim-times';

interface DecryptedPayloadProps {
  payload: NonNullable<Inspection['payload']>;
  layers: Layer[];
  nowSeconds: number;
}

/** A JWE's innermost payload once decrypted, with the header of a nested JWS when there is one. */
export function DecryptedPayload({ payload, layers, nowSeconds }: DecryptedPayloadProps) {
  const times = useMemo(
    () => (payload.json === undefined ? [] : describeClaimTimes(payload.json, nowSeconds)),
    [payload, nowSeconds],
  );
  const inner = layers.length > 1 ? layers[layers.length - 1] : undefined;
  return (
    <>
      {inner?.header ? (
        <Region title="Nested JWS" meta="signed token inside the JWE" className="border-l-4 border-rose-300">
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
            The decrypted plaintext is itself a signed token; its header:
          </p>
          <JsonView value={inner.header} describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)} />
        </Region>
      ) : null}
      <Region
        title="Payload"
        meta="decrypted"
        className="border-l-4 border-violet-500"
        timingName="decoded-payload"
        actions={
          <CopyButton
            text={payload.json === undefined ? payload.text : JSON.stringify(payload.json, null, 2)}
            label="Copy payload"
          />
        }
      >
        {payload.json === undefined ? (
          <pre className="font-mono text-[13px] break-all whitespace-pre-wrap">{payload.text}</pre>
        ) : (
          <JsonView value={payload.json} describeKey={(k) => lookUpName(CLAIMS, k)} />
        )}
        {times.length > 0 ? <ClaimTimes times={times} /> : null}
      </Region>
    </>
  );
}
