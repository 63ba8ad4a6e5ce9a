import type { ResignDraft } from '../../core';

const NOTE_CLASS =
  'flex flex-col gap-1 rounded border border-sky-300 bg-sky-50 p-2 text-xs dark:border-sky-800 dark:bg-sky-950/50';

/** Where the header and claims came from, and which key signs them again (or that none is loaded). */
export function ResignNote({ draft }: { draft: ResignDraft | null }) {
  if (draft === null) {
    return (
      <p role="note" aria-label="Edit and re-sign" className={NOTE_CLASS}>
        The token in the inspector has no signed JSON header and claims to edit: a JWE must be decrypted first, and hold
        a signed JWT.
      </p>
    );
  }
  return (
    <div
      role="note"
      aria-label="Edit and re-sign"
      data-resign-key={draft.key ? 'loaded' : 'none'}
      className={NOTE_CLASS}
    >
      <p>Editing the token from the inspector — {describeKey(draft)}</p>
      {draft.origin === 'nested' ? (
        <p>
          These are the header and claims of the signed JWT inside the JWE. Choose “Sign, then encrypt” to encrypt it
          again.
        </p>
      ) : null}
      {draft.origin === 'sd-jwt' ? (
        <p>
          These are the SD-JWT’s issuer-signed header and payload. Its disclosures are not carried over: the _sd digests
          stay, with nothing to disclose.
        </p>
      ) : null}
    </div>
  );
}

function describeKey({ key, alg }: ResignDraft): string {
  if (key) return `signed again with your verification key (${key.label}).`;
  if (alg === 'none') return 'unsecured (alg: none), as it was.';
  return `no private key loaded: paste or generate one${alg ? ` for ${alg}` : ''}.`;
}
