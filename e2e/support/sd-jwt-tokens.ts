import { generateKeyPairSync } from 'node:crypto';
import { digestOf, makeDisclosure, makeKbJwt, signEs256 } from '../../test-support/sd-jwt-builder';

/*
 * SD-JWT presentations (RFC 9901) for the browser, built with node:crypto by test-support/sd-jwt-builder.ts,
 * independent of the app's core: the issuer signs digests of its disclosures (and one decoy), the holder
 * presents some of them and, optionally, a key-binding JWT signed with the key in cnf.
 */

export const KB_AUDIENCE = 'https://verifier.example';
export const KB_NONCE = 'n-123';

const now = () => Math.floor(Date.now() / 1000);
const issuerKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holderKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });

/** The PEM that verifies the issuer JWT, to paste as the verification key. */
export const ISSUER_KEY_PEM = String(issuerKeys.publicKey.export({ type: 'spki', format: 'pem' }));

/** The issued disclosures, by what they disclose. */
export const ISSUED = {
  givenName: makeDisclosure('given_name', 'Erika'),
  familyName: makeDisclosure('family_name', 'Mustermann'),
  email: makeDisclosure('email', 'erika@example.com'),
  nationality: makeDisclosure(null, 'DE'),
};

function issuerJwt(): string {
  const iat = now();
  return signEs256(
    { alg: 'ES256', typ: 'example+sd-jwt' },
    {
      iss: 'https://issuer.example',
      iat,
      exp: iat + 3600,
      _sd_alg: 'sha-256',
      _sd: [
        digestOf(ISSUED.givenName),
        digestOf(ISSUED.familyName),
        digestOf(ISSUED.email),
        'decoy-digest-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      ],
      nationalities: [{ '...': digestOf(ISSUED.nationality) }, 'FR'],
      cnf: { jwk: holderKeys.publicKey.export({ format: 'jwk' }) },
    },
    issuerKeys.privateKey,
  );
}

/**
 * `<issuer-jwt>~<disclosure>~…~[<kb-jwt>]`. The KB-JWT (when `kb` is given) is made now, for
 * KB_AUDIENCE and KB_NONCE unless `kb` says otherwise, over exactly the disclosures presented.
 */
export function presentSdJwt(disclosures: string[], kb?: { nonce?: string; aud?: string }): string {
  const presented = `${issuerJwt()}~${disclosures.map((d) => `${d}~`).join('')}`;
  if (!kb) return presented;
  const kbJwt = makeKbJwt(
    presented,
    holderKeys.privateKey,
    { iat: now(), aud: KB_AUDIENCE, nonce: KB_NONCE, ...kb },
    { typ: 'kb+jwt', alg: 'ES256' },
  );
  return `${presented}${kbJwt}`;
}

/** Every issued disclosure with a key-binding JWT for this verifier. */
export const fullPresentation = () => presentSdJwt(Object.values(ISSUED), {});

/** A disclosure the issuer never signed a digest of, slipped in by the holder. */
export const forgedDisclosure = () => makeDisclosure('admin', true);
