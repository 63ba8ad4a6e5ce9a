import { useMemo, useState } from 'react';
import { CLAIMS, HEADER_PARAMETERS, lookUpName, type DecodedPart, type DecodedToken } from '../../../core';
import { useAppStore } from '../../../store';
import { PartRegion } from '../part-region';
import { PayloadRegion } from '../payload-region';
import { DisclosuresRegion } from './disclosures-region';
import { KeyBindingRegion } from './key-binding-region';
import { readVerifierView } from './read-verifier-view';

interface SdJwtPartsProps {
  decoded: DecodedToken;
  /** The issuer JWT's payload part: the signed claims with their `_sd` digests. */
  signedPayload: DecodedPart | null;
  /** The issuer JWT's other parts (its signature; an unprotected header in the JSON serialization). */
  others: DecodedPart[];
}

const NOTHING_WITHHELD: ReadonlySet<number> = new Set();

/**
 * An SD-JWT (RFC 9901) after its header: the claims a verifier sees, the disclosures (each can be withheld
 * to see the credential without it), the signed payload with its digests, the signature and the key-binding
 * JWT. Withholding is this view's own state: it never changes the token, the store or the verdict.
 */
export function SdJwtParts({ decoded, signedPayload, others }: SdJwtPartsProps) {
  const inspection = useAppStore((s) => (s.inspectedInputs?.decoded === decoded ? s.inspection : null));
  const [choice, setChoice] = useState({ token: decoded, withheld: NOTHING_WITHHELD });
  // A new token starts with everything it presents.
  const withheld = choice.token === decoded ? choice.withheld : NOTHING_WITHHELD;
  const signedClaims = signedPayload?.content?.type === 'json' ? signedPayload.content.value : null;
  const view = useMemo(
    () => readVerifierView(decoded, signedClaims, inspection, withheld),
    [decoded, signedClaims, inspection, withheld],
  );
  const sd = decoded.sdJwt;
  if (!sd) return null;
  const toggle = (index: number) => {
    const next = new Set(withheld);
    if (!next.delete(index)) next.add(index);
    setChoice({ token: decoded, withheld: next });
  };
  const withheldNames = [...withheld].map((i) => sd.disclosures[i]?.name ?? `array element ${i + 1}`);
  return (
    <>
      {view ? (
        <PayloadRegion
          payload={view.payload}
          meta={
            withheld.size === 0
              ? 'what the verifier sees: disclosed claims in place'
              : `what the verifier sees without ${withheld.size} withheld disclosure${withheld.size === 1 ? '' : 's'}`
          }
        >
          {withheld.size > 0 ? (
            <WithheldNote names={withheldNames} problems={view.findings.map((f) => f.message)} />
          ) : null}
        </PayloadRegion>
      ) : null}
      <DisclosuresRegion
        disclosures={sd.disclosures}
        report={inspection?.sdJwt ?? null}
        withheld={withheld}
        onToggle={toggle}
      />
      {signedPayload ? (
        <PartRegion
          part={signedPayload}
          label={view ? 'Signed payload' : 'Payload'}
          describeKey={(k) => lookUpName(CLAIMS, k)}
          showTimes={!view}
        />
      ) : null}
      {others.map((part, i) => (
        <PartRegion key={`${part.name}-${i}`} part={part} describeKey={(k) => lookUpName(HEADER_PARAMETERS, k)} />
      ))}
      {sd.kbJwt ? (
        <KeyBindingRegion
          kbJwt={sd.kbJwt}
          verdict={inspection?.sdJwt?.keyBinding ?? null}
          findings={inspection?.findings ?? []}
        />
      ) : null}
    </>
  );
}

const MAX_PROBLEMS = 5;

function WithheldNote({ names, problems }: { names: string[]; problems: string[] }) {
  return (
    <div className="mb-2 rounded border border-dashed p-2 text-xs text-slate-700 dark:text-slate-300">
      <p>
        As a verifier would see it if the holder left out {names.join(', ')}. The verdict above is still for the token
        as pasted; a real presentation without them needs a new key-binding JWT (its sd_hash covers the disclosures).
      </p>
      {problems.length > 0 ? (
        <>
          <p className="mt-1 font-semibold">A verifier would reject that presentation:</p>
          <ul className="list-disc pl-5">
            {problems.slice(0, MAX_PROBLEMS).map((message, i) => (
              <li key={i}>{message}</li>
            ))}
            {problems.length > MAX_PROBLEMS ? <li>and {problems.length - MAX_PROBLEMS} more</li> : null}
          </ul>
        </>
      ) : null}
    </div>
  );
}
