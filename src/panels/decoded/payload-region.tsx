import { useMemo, type ReactNode } from 'react';
import { CLAIMS, lookUpName, type Inspection } from '../../core';
import { CopyButton } from '../../ui/copy-button';
import { JsonView } from '../../ui/json-view';
import { BIG_TEXT_CHARS, FoldedIfBig } from '../../ui/lazy-big-text';
import { JSON_LOOK, PART_LOOK } from '../../ui/look';
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
  // Once per payload, not per render; a payload of megabytes is copied and shown as written, unindented.
  const text = useMemo(
    () =>
      payload.json === undefined || payload.text.length >= BIG_TEXT_CHARS
        ? payload.text
        : JSON.stringify(payload.json, null, 2),
    [payload],
  );
  return (
    <Region
      title="Payload"
      meta={meta}
      className="border-l-4 border-violet-500"
      timingName="decoded-payload"
      actions={<CopyButton text={text} label="Copy payload" />}
    >
      {children}
      {/* A long payload is folded to its first and last lines ("Show all"); Copy still copies all of it. */}
      {payload.json === undefined ? (
        <FoldedIfBig
          text={text}
          className={PART_LOOK.text}
          small={() => <pre className={PART_LOOK.text}>{text}</pre>}
        />
      ) : (
        <FoldedIfBig
          text={text}
          className={JSON_LOOK.pre}
          small={() => <JsonView value={payload.json} describeKey={(k) => lookUpName(CLAIMS, k)} />}
        />
      )}
      {payload.json === undefined ? null : <LazyClaimTimes claims={payload.json} />}
    </Region>
  );
}
