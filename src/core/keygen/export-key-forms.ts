import { exportPKCS8, exportSPKI, importJWK } from 'jose';
import { isNobleKeyJwk, lookUpCurve, RSA_IMPORT_ALG } from '../keys/curves';
import { writeNoblePem } from '../keys/write-noble-der';
import {
  privateMembersOf,
  publicMembersOf,
  thumbprintOf,
  withMetadata,
  type JwkMetadata,
  type KeyMaterial,
} from './key-material';
import type { KeyForms } from './types';

/**
 * A key in every form: public and private JWK (RFC 7517 §4) carrying `metadata` (its "kid" defaults to
 * the RFC 7638 thumbprint), SPKI and PKCS#8 PEM (RFC 7468 §13, §10) exported by jose through WebCrypto,
 * or encoded here for keys WebCrypto lacks (RFC 5915, RFC 8410, RFC 9881). A symmetric key has only its
 * private JWK.
 */
export async function exportKeyForms(key: KeyMaterial, metadata: JwkMetadata = {}): Promise<KeyForms> {
  const thumbprint = await thumbprintOf(key);
  const named = { ...metadata, kid: metadata.kid ?? thumbprint };
  const publicMembers = publicMembersOf(key);
  const privateMembers = privateMembersOf(key);
  const jwk = key.privateJwk ?? key.publicJwk;
  if (jwk !== undefined && isNobleKeyJwk(jwk)) {
    return {
      thumbprint,
      publicJwk: publicMembers === null ? null : withMetadata(publicMembers, named),
      privateJwk: privateMembers === null ? null : withMetadata(privateMembers, named),
      spkiPem: key.publicJwk === undefined ? null : writeNoblePem(key.publicJwk, 'spki'),
      pkcs8Pem: key.privateJwk === undefined ? null : writeNoblePem(key.privateJwk, 'pkcs8'),
    };
  }
  return {
    thumbprint,
    publicJwk: publicMembers === null ? null : withMetadata(publicMembers, named),
    privateJwk: privateMembers === null ? null : withMetadata(privateMembers, named),
    spkiPem: publicMembers === null ? null : await exportSPKI(await importExtractable(publicMembers)),
    pkcs8Pem:
      privateMembers === null || key.kty === 'oct' ? null : await exportPKCS8(await importExtractable(privateMembers)),
  };
}

async function importExtractable(members: Readonly<Record<string, string>>): Promise<CryptoKey> {
  const crv = members.crv;
  const alg = crv === undefined ? RSA_IMPORT_ALG : (lookUpCurve(crv)?.importAlg ?? '');
  const key = await importJWK({ ...members }, alg, { extractable: true });
  if (key instanceof Uint8Array) throw new Error('expected an asymmetric key');
  return key;
}
