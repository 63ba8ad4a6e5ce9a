import type { SecretEncoding } from '../../core';
import { useAppStore, type KeyBox } from '../../store';
import { NumberField, SelectField, TextField } from '../../ui/field';
import { Region } from '../../ui/region';
import { KeyNotes } from './key-notes';
import { RemovedKeysNotice } from './removed-keys-notice';
import { isAboutTrustAnchors, TrustAnchorNotes } from './trust-anchor-notes';

const ENCODINGS: ReadonlyArray<{ value: SecretEncoding; label: string }> = [
  { value: 'utf8', label: 'Text (UTF-8)' },
  { value: 'base64', label: 'Base64' },
  { value: 'base64url', label: 'Base64url' },
  { value: 'hex', label: 'Hex' },
];

/** Key material for verifying and decrypting. It stays in memory: never in the URL, never stored. */
export function KeysPanel() {
  const verificationKey = useAppStore((s) => s.verificationKey);
  const decryptionKey = useAppStore((s) => s.decryptionKey);
  const secretEncoding = useAppStore((s) => s.secretEncoding);
  const isJwe = useAppStore((s) => s.decoded.format.startsWith('jwe'));
  const setVerificationKey = useAppStore((s) => s.setVerificationKey);
  const setDecryptionKey = useAppStore((s) => s.setDecryptionKey);
  const setSecretEncoding = useAppStore((s) => s.setSecretEncoding);
  const detachedPayload = useAppStore((s) => s.detachedPayload);
  const setDetachedPayload = useAppStore((s) => s.setDetachedPayload);
  const isDetached = useAppStore((s) => s.decoded.parts.some((p) => p.isDetached));
  const isPbes2 = useAppStore(
    (s) => typeof s.decoded.header?.alg === 'string' && s.decoded.header.alg.startsWith('PBES2'),
  );
  const maxPbes2Count = useAppStore((s) => s.maxPbes2Count);
  const setMaxPbes2Count = useAppStore((s) => s.setMaxPbes2Count);
  const findings = useAppStore((s) => s.inspection?.findings);
  const removedKeys = useAppStore((s) => s.removedKeys);
  const moveKey = useAppStore((s) => s.moveKey);
  const trustAnchors = useAppStore((s) => s.trustAnchors);
  const setTrustAnchors = useAppStore((s) => s.setTrustAnchors);

  /** What the inspection read from one key box, decided on each finding's source and stage. */
  const notesFor = (box: KeyBox) => {
    const about = findings?.filter((f) => f.source === box && f.stage === 'key') ?? [];
    return about.length > 0 ? <KeyNotes box={box} findings={about} onMove={moveKey} /> : null;
  };
  const anchorNotes = findings?.filter(isAboutTrustAnchors) ?? [];

  return (
    <Region title="Keys" className="flex flex-col gap-3">
      <RemovedKeysNotice removed={removedKeys} />
      <TextField
        label="Verification key"
        value={verificationKey}
        onChange={setVerificationKey}
        isMultiline
        placeholder="PEM public key or certificate, JWK, JWKS, or the HMAC secret"
        hint={notesFor('verification-key')}
      />
      {isJwe ? (
        <TextField
          label="Decryption key"
          value={decryptionKey}
          onChange={setDecryptionKey}
          isMultiline
          placeholder="PEM private key, private JWK, symmetric key, or PBES2 password"
          hint={notesFor('decryption-key')}
        />
      ) : null}
      {isDetached ? (
        <TextField
          label="Detached payload"
          value={detachedPayload}
          onChange={setDetachedPayload}
          isMultiline
          placeholder="The payload that was signed but not sent in the token"
        />
      ) : null}
      {isPbes2 ? (
        <NumberField label="PBES2 iteration limit" value={maxPbes2Count} onChange={setMaxPbes2Count} min={1} />
      ) : null}
      <TextField
        label="Trust anchors"
        value={trustAnchors}
        onChange={setTrustAnchors}
        isMultiline
        placeholder="-----BEGIN CERTIFICATE-----"
        hint={
          <>
            <p>
              PEM certificates of the CAs you trust: a token’s x5c chain that ends at one of them is used to verify it.
            </p>
            <TrustAnchorNotes findings={anchorNotes} />
          </>
        }
      />
      <SelectField label="Secret encoding" value={secretEncoding} options={ENCODINGS} onChange={setSecretEncoding} />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Keys stay in this tab’s memory: never sent, never stored.
      </p>
    </Region>
  );
}
