import { useMemo, useState } from 'react';
import { generateKey, MAX_DECOYS } from '../../core';
import { Button } from '../../ui/button';
import { NumberField, TextField } from '../../ui/field';
import { listDisclosablePaths, type SdJwtChoices } from './sd-jwt-request';

/** More paths than anyone ticks by hand; the list stops there and says so. */
const MAX_LISTED_PATHS = 300;

interface SdJwtFieldsProps {
  choices: SdJwtChoices;
  onChange: (choices: SdJwtChoices) => void;
  /** The parsed claims, or undefined while they are not valid JSON. */
  claims: unknown;
}

/** Selective disclosure (RFC 9901): which claims are disclosable, decoys, the holder key, SD-JWT VC. */
export function SdJwtFields({ choices, onChange, claims }: SdJwtFieldsProps) {
  const paths = useMemo(() => listDisclosablePaths(claims), [claims]);
  const [note, setNote] = useState<string | null>(null);
  const set = (patch: Partial<SdJwtChoices>) => onChange({ ...choices, ...patch });
  const toggle = (key: string, isChecked: boolean) => {
    const next = new Set(choices.disclosable);
    if (isChecked) next.add(key);
    else next.delete(key);
    set({ disclosable: next });
  };
  const generateHolderKey = async () => {
    const key = await generateKey('EC-P-256', 'sig');
    setNote(`${key.label}: its private half stays in this tab for the key binding in "Present".`);
    set({
      holderPublicKey: JSON.stringify(key.publicJwk, null, 2),
      holderPrivateKey: JSON.stringify(key.privateJwk, null, 2),
    });
  };
  return (
    <fieldset className="flex flex-col gap-2 rounded border p-2">
      <legend className="px-1 text-xs font-semibold">Selective disclosure</legend>
      <fieldset aria-label="Disclosable claims" className="flex max-h-56 flex-col gap-1 overflow-auto">
        {paths.length === 0 ? <p className="text-xs">The claims have no members yet.</p> : null}
        {paths.slice(0, MAX_LISTED_PATHS).map(({ key, label }) => (
          <label key={key} className="flex items-center gap-2 font-mono text-xs">
            <input
              type="checkbox"
              aria-label={`Disclosable: ${label}`}
              checked={choices.disclosable.has(key)}
              onChange={(e) => toggle(key, e.target.checked)}
            />
            {label}
          </label>
        ))}
        {paths.length > MAX_LISTED_PATHS ? (
          <p className="text-xs">
            The first {MAX_LISTED_PATHS} of {paths.length} paths are listed.
          </p>
        ) : null}
      </fieldset>
      <NumberField
        label="Decoys"
        value={choices.decoys}
        min={0}
        max={MAX_DECOYS}
        onChange={(decoys) => set({ decoys: Number.isFinite(decoys) ? decoys : 0 })}
      />
      <TextField
        label="Holder public key (cnf)"
        value={choices.holderPublicKey}
        onChange={(text) => {
          setNote(null);
          set({ holderPublicKey: text, holderPrivateKey: '' });
        }}
        isMultiline
        placeholder='The holder’s public JWK, {"kty": "EC", …}; leave empty for no key binding'
        hint={note}
      />
      <Button onClick={() => void generateHolderKey()} className="self-start">
        Generate a holder key
      </Button>
      <label className="flex items-center gap-2 text-xs font-semibold">
        <input type="checkbox" checked={choices.isVc} onChange={(e) => set({ isVc: e.target.checked })} />
        SD-JWT VC (typ dc+sd-jwt)
      </label>
      {choices.isVc ? (
        <TextField
          label="vct"
          value={choices.vct}
          onChange={(vct) => set({ vct })}
          placeholder="https://credentials.example.com/identity_credential"
          hint="The credential type; iss, nbf, exp, cnf, vct and status stay in the clear."
        />
      ) : null}
    </fieldset>
  );
}
