import { useState } from 'react';
import { generateKeyFor } from '../../core';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';

interface KeyInputProps {
  label: string;
  value: string;
  /** `privateKey`: for a generated recipient key pair, the private half the receiver will need. */
  onChange: (text: string, privateKey?: string | null) => void;
  alg: string;
  enc?: string;
  purpose: 'sig' | 'enc';
}

/** Key text for signing or encryption, with a button that generates a fitting key in the page. */
export function KeyInput({ label, value, onChange, alg, enc, purpose }: KeyInputProps) {
  const [note, setNote] = useState<string | null>(null);
  const generate = async () => {
    const key = await generateKeyFor(alg, purpose === 'enc' ? 'encrypt' : 'sign', enc);
    if (!key.ok) {
      setNote(key.message);
      return;
    }
    setNote(key.label);
    onChange(key.keyText, key.privateKeyText);
  };
  return (
    <div className="flex flex-col gap-1">
      <TextField
        label={label}
        value={value}
        onChange={(text) => {
          setNote(null);
          onChange(text, null);
        }}
        isMultiline
        placeholder={
          purpose === 'sig'
            ? 'Private key (PEM or JWK) or HMAC secret'
            : 'Recipient public key, shared key, or password'
        }
        hint={note}
      />
      <Button onClick={() => void generate()} className="self-start">
        Generate a {purpose === 'sig' ? 'signing' : 'recipient'} key for {alg}
      </Button>
    </div>
  );
}
