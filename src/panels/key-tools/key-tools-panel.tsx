import { Button } from '../../ui/button';
import { useState } from 'react';
import {
  convertKey,
  generateKey,
  KEY_KINDS,
  type ConvertedKey,
  type GeneratedKey,
  type KeyKind,
  type KeyPurpose,
} from '../../core';
import { SelectField, TextField } from '../../ui/field';
import { Region } from '../../ui/region';
import { KeyForm } from './key-form';

const KINDS = Object.keys(KEY_KINDS) as KeyKind[];
/** Generate keys in the page (WebCrypto; @noble for secp256k1, Ed448, X448 and ML-DSA), and convert pasted keys between JWK and PEM. */
export function KeyToolsPanel() {
  const [kind, setKind] = useState<KeyKind>('EC-P-256');
  const [purpose, setPurpose] = useState<KeyPurpose>('sig');
  const [generated, setGenerated] = useState<GeneratedKey | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [toConvert, setToConvert] = useState('');
  const [converted, setConverted] = useState<{ keys: ConvertedKey[]; problems: string[] } | null>(null);
  const purposes = KEY_KINDS[kind].purposes;

  const generate = async () => {
    setBusy(true);
    setGenerated(await generateKey(kind, purposes.includes(purpose) ? purpose : (purposes[0] ?? 'sig')));
    setBusy(false);
  };
  const convert = async () => {
    const result = await convertKey(toConvert);
    setConverted({
      keys: result.keys,
      problems: result.findings.filter((f) => f.severity === 'error').map((f) => f.message),
    });
  };

  return (
    <div className="flex flex-col gap-4">
      <Region
        title="Keys"
        meta="generated in this tab (WebCrypto, or @noble where WebCrypto lacks the algorithm); nothing is sent or stored"
      >
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label="Key type"
            value={kind}
            options={KINDS.map((k) => ({ value: k, label: KEY_KINDS[k].description }))}
            onChange={setKind}
          />
          <SelectField
            label="Purpose"
            value={purposes.includes(purpose) ? purpose : (purposes[0] ?? 'sig')}
            options={purposes.map((p) => ({
              value: p,
              label: p === 'sig' ? 'Signing (use: sig)' : 'Encryption (use: enc)',
            }))}
            onChange={setPurpose}
          />
          <Button variant="primary" className="self-start" disabled={isBusy} onClick={() => void generate()}>
            {isBusy ? 'Generating…' : 'Generate key'}
          </Button>
        </div>
        {generated ? (
          <div className="mt-3 flex flex-col gap-2" data-generated-kind={generated.kind}>
            <p className="text-sm">
              {generated.label} · kid <code className="break-all">{generated.kid}</code> (RFC 7638 thumbprint) · for{' '}
              {generated.algorithms.join(', ')}
            </p>
            <KeyForm
              title="Private JWK"
              text={JSON.stringify(generated.privateJwk, null, 2)}
              file={`${generated.kid}.private.jwk.json`}
            />
            {generated.publicJwk ? (
              <KeyForm
                title="Public JWK"
                text={JSON.stringify(generated.publicJwk, null, 2)}
                file={`${generated.kid}.jwk.json`}
              />
            ) : null}
            {generated.publicJwks ? <KeyForm title="Public JWKS" text={generated.publicJwks} file="jwks.json" /> : null}
            {generated.spkiPem ? (
              <KeyForm title="Public key (SPKI PEM)" text={generated.spkiPem} file={`${generated.kid}.pub.pem`} />
            ) : null}
            {generated.pkcs8Pem ? (
              <KeyForm title="Private key (PKCS#8 PEM)" text={generated.pkcs8Pem} file={`${generated.kid}.key.pem`} />
            ) : null}
          </div>
        ) : null}
      </Region>
      <Region title="Convert a key" meta="JWK ⇄ PEM, with its thumbprint">
        <TextField
          label="Key to convert"
          value={toConvert}
          onChange={setToConvert}
          isMultiline
          placeholder="PEM (any kind), certificate, JWK or JWKS"
        />
        <Button
          variant="primary"
          className="mt-2 self-start"
          disabled={!toConvert.trim()}
          onClick={() => void convert()}
        >
          Convert
        </Button>
        {converted?.problems.map((p) => (
          <p key={p} className="mt-2 text-sm text-red-700 dark:text-red-400">
            {p}
          </p>
        ))}
        {converted?.keys.map((key, i) => (
          <div key={i} className="mt-3 flex flex-col gap-2" data-converted-key={i}>
            <p className="text-sm">
              {key.label} · thumbprint <code className="break-all">{key.thumbprint}</code>
            </p>
            {key.publicJwk ? (
              <KeyForm title="Public JWK" text={JSON.stringify(key.publicJwk, null, 2)} file="public.jwk.json" />
            ) : null}
            {key.privateJwk ? (
              <KeyForm title="Private JWK" text={JSON.stringify(key.privateJwk, null, 2)} file="private.jwk.json" />
            ) : null}
            {key.spkiPem ? <KeyForm title="Public key (SPKI PEM)" text={key.spkiPem} file="public.pem" /> : null}
            {key.pkcs8Pem ? <KeyForm title="Private key (PKCS#8 PEM)" text={key.pkcs8Pem} file="private.pem" /> : null}
          </div>
        ))}
      </Region>
    </div>
  );
}
