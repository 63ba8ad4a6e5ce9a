import { useState } from 'react';
import { listIssueAlgorithms, presentSdJwt, type SdJwtIssueResult } from '../../core';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { CopyButton } from '../../ui/copy-button';
import { SelectField, TextField } from '../../ui/field';
import { FindingList } from '../../ui/finding-list';
import { Region } from '../../ui/region';

type IssuedSdJwt = Extract<SdJwtIssueResult, { ok: true }>;

interface SdJwtIssuedProps {
  issued: IssuedSdJwt;
  /** The generated holder key's private JWK, as it was when the SD-JWT was made; empty when pasted. */
  holderPrivateKey: string;
}

const PRE_CLASS =
  'max-h-48 overflow-auto rounded border bg-white p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-900';

/** The SD-JWT just made, and the holder's step: choose disclosures, bind to a verifier, inspect. */
export function SdJwtIssued({ issued, holderPrivateKey }: SdJwtIssuedProps) {
  const loadScenario = useAppStore((s) => s.loadScenario);
  const nowSeconds = useAppStore((s) => s.nowSeconds);
  const [kept, setKept] = useState<ReadonlySet<number>>(() => new Set());
  const [holderKey, setHolderKey] = useState(holderPrivateKey);
  const [alg, setAlg] = useState('ES256');
  const [audience, setAudience] = useState('https://verifier.jwt-lens.example');
  const [nonce, setNonce] = useState(makeNonce);
  const [presented, setPresented] = useState<Awaited<ReturnType<typeof presentSdJwt>> | null>(null);
  const [binding, setBinding] = useState<{ audience: string; nonce: string } | null>(null);
  const isBound = holderKey.trim() !== '';

  const present = async () => {
    const result = await presentSdJwt({
      sdJwt: issued.sdJwt,
      keep: [...kept],
      ...(isBound ? { keyBinding: { holderPrivateKey: holderKey, alg, audience, nonce, iat: nowSeconds } } : {}),
    });
    setPresented(result);
    setBinding(isBound ? { audience, nonce } : null);
  };
  const toggle = (index: number, isChecked: boolean) => {
    const next = new Set(kept);
    if (isChecked) next.add(index);
    else next.delete(index);
    setKept(next);
  };

  return (
    <>
      <section aria-label="Issued SD-JWT" className="flex flex-col gap-2">
        <SdJwtOutput
          label="Issued token"
          text={issued.sdJwt}
          what="token"
          onInspect={() =>
            loadScenario({ token: issued.sdJwt, verificationKey: issued.verificationKey, keysFrom: 'issued' })
          }
        />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {issued.disclosures.length} disclosures, {issued.decoys} decoy digests.
        </p>
        {issued.warnings.length > 0 ? <FindingList findings={issued.warnings} label="Guard rails" /> : null}
      </section>
      <Region title="Present" meta="the holder chooses what the verifier sees">
        <div className="flex flex-col gap-2">
          <fieldset aria-label="Disclosures to present" className="flex max-h-56 flex-col gap-1 overflow-auto">
            {issued.disclosures.map((d) => (
              <label key={d.index} className="flex items-center gap-2 font-mono text-xs">
                <input
                  type="checkbox"
                  aria-label={`Disclose ${d.label}`}
                  checked={kept.has(d.index)}
                  onChange={(e) => toggle(d.index, e.target.checked)}
                />
                {d.label}: {JSON.stringify(d.value)}
              </label>
            ))}
          </fieldset>
          <TextField
            label="Holder private key (key binding)"
            value={holderKey}
            onChange={setHolderKey}
            isMultiline
            placeholder="The private key of the holder key in cnf; leave empty to present without key binding"
          />
          {isBound ? (
            <div className="grid gap-2 sm:grid-cols-3">
              <SelectField
                label="Key binding algorithm"
                value={alg}
                options={listIssueAlgorithms().sign.map((a) => ({ value: a, label: a }))}
                onChange={setAlg}
              />
              <TextField label="Key binding audience" value={audience} onChange={setAudience} />
              <TextField label="Key binding nonce" value={nonce} onChange={setNonce} />
            </div>
          ) : null}
          <Button className="self-start" onClick={() => void present()}>
            Make presentation
          </Button>
          {presented && !presented.ok ? <FindingList findings={presented.findings} label="Could not present" /> : null}
          {presented?.ok ? (
            <SdJwtOutput
              label="Presentation"
              text={presented.presentation}
              what="presentation"
              onInspect={() =>
                loadScenario({
                  token: presented.presentation,
                  verificationKey: issued.verificationKey,
                  keysFrom: 'issued',
                  // The verifier asks for the binding it made the holder sign for (RFC 9901 §7.3).
                  ...(binding ? { keyBinding: { required: true, ...binding } } : {}),
                })
              }
            />
          ) : null}
        </div>
      </Region>
    </>
  );
}

/** A fresh nonce, as a verifier would send one: 96 random bits in hex. */
function makeNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** An SD-JWT or presentation as text, with "Copy the …" and "Inspect this …". */
function SdJwtOutput(props: { label: string; text: string; what: string; onInspect: () => void }) {
  return (
    <>
      <pre aria-label={props.label} className={PRE_CLASS}>
        {props.text}
      </pre>
      <span className="flex gap-1">
        <CopyButton text={props.text} label={`Copy the ${props.what}`} />
        <Button variant="primary" onClick={props.onInspect}>
          Inspect this {props.what}
        </Button>
      </span>
    </>
  );
}
