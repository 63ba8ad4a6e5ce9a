import { exportPKCS8, exportSPKI, importJWK } from 'jose';
import { lookUpCurve, RSA_IMPORT_ALG } from '../keys/curves';
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
 * the RFC 7638 thumbprint), SPKI and PKCS#8 PEM (RFC 7468 §13, §10) exported by jose through WebCrypto.
 * A symmetric key has only its private JWK.
 */
export async function exportKeyForms(key: KeyMaterial, metadata: JwkMetadata = {}): Promise<KeyForms> {
  const thumbprint = await thumbprintOf(key);
  const named = { ...metadata, kid: metadata.kid ?? thumbprint };
  const publicMembers = publicMembersOf(key);
  const privateMembers = privateMembersOf(key);
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
