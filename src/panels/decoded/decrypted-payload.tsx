import { HEADER_PARAMETERS, lookUpName, type Inspection, type Layer } from '../../core';
import { JsonView } from '../../ui/json-view';
import { Region } from '../../ui/region';
import { PayloadRegion } from './payload-region';

interface DecryptedPayloadProps {
  payload: NonNullable<Inspection['payload']>;
  layers: Layer[];
}

/** A JWE's innermost payload once decrypted, with the header of a nested JWS when there is one. */
export function DecryptedPayload({ payload, layers }: DecryptedPayloadProps) {
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
      <PayloadRegion payload={payload} meta="decrypted" />
    </>
  );
}
