import { exportJWK, generateKeyPair, generateSecret } from 'jose';
import { decodeBase64Url } from '../encoding/base64url';
import { lookUpCurve } from '../keys/curves';
import { describeKey } from '../keys/describe-key';
import { pickKeyJwk, publicPartOf } from '../keys/key-jwk';
import { generateNobleJwk } from '../keys/noble-jwk';
import type { KeyCandidate } from '../keys';
import { exportKeyForms } from './export-key-forms';
import { KEY_KINDS, type KeyKind, type KeyPurpose } from './key-kinds';
import { listKeyAlgorithms } from './list-key-algorithms';
import type { GeneratedKey } from './types';

const PURPOSE_WORDS: Readonly<Record<KeyPurpose, string>> = { sig: 'signing', enc: 'encryption' };

/**
 * Generates a fresh key with WebCrypto through jose (RFC 7518 §6, RFC 8037 §2), or with the lazy noble
 * engine for keys WebCrypto lacks (secp256k1, Ed448, X448, ML-DSA), and returns it in every
 * form, its "kid" the RFC 7638 thumbprint and its "use" the purpose (RFC 7517 §4.2). The public JWKS
 * carries "alg" only when exactly one algorithm fits (ES256 on P-256), so it pins without guessing.
 * `purpose` defaults to the kind's first; one the kind cannot serve (Ed25519 for 'enc') throws RangeError.
 */
export async function generateKey(kind: KeyKind, purpose?: KeyPurpose): Promise<GeneratedKey> {
  const info = KEY_KINDS[kind];
  const chosen = purpose ?? info.purposes[0] ?? 'sig';
  const generateAlg = info.generateAlg[chosen];
  if (!info.purposes.includes(chosen) || generateAlg === undefined) {
    throw new RangeError(`A ${kind} key cannot be generated for ${PURPOSE_WORDS[chosen]}.`);
  }
  const candidate = await generateCandidate(kind, generateAlg);
  const fits = listKeyAlgorithms(candidate, chosen);
  const algorithms = fits.map((fit) => fit.label);
  const alg = fits.length === 1 ? fits[0]?.jwkAlg : undefined;
  const forms = await exportKeyForms(candidate, { use: chosen, alg });
  const label = `${info.description} for ${PURPOSE_WORDS[chosen]} (${algorithms.join(', ')})`;
  const { privateJwk, publicJwk } = forms;
  if (privateJwk === null) throw new Error('a generated key always has its private part');
  return {
    kind,
    purpose: chosen,
    kid: forms.thumbprint,
    ...forms,
    privateJwk,
    publicJwks: publicJwk === null ? null : JSON.stringify({ keys: [publicJwk] }, null, 2),
    algorithms,
    label,
  };
}

async function generateCandidate(kind: KeyKind, generateAlg: string): Promise<KeyCandidate> {
  const info = KEY_KINDS[kind];
  const origin = 'jwk';
  if (info.kty === 'oct') {
    const bytes = await generateSecretBytes(generateAlg);
    const key = { origin, kty: 'oct', bits: bytes.length * 8, isPrivate: true } as const;
    return { ...key, label: describeKey(key, 'generated'), secret: bytes };
  }
  if (info.noble !== undefined) {
    const privateJwk = await generateNobleJwk(info.noble);
    const key = {
      origin,
      kty: info.kty,
      ...(info.crv === undefined ? { alg: info.noble } : { crv: info.crv, bits: lookUpCurve(info.crv)?.bits }),
      isPrivate: true,
    } as const;
    return { ...key, label: describeKey(key, 'generated'), publicJwk: publicPartOf(privateJwk), privateJwk };
  }
  const pair = await generateKeyPair(generateAlg, {
    extractable: true,
    ...(info.crv === undefined ? {} : { crv: info.crv }),
    ...(info.modulusLength === undefined ? {} : { modulusLength: info.modulusLength }),
  });
  const privateJwk = pickKeyJwk(info.kty, await exportJWK(pair.privateKey));
  const publicJwk = pickKeyJwk(info.kty, await exportJWK(pair.publicKey));
  const key = {
    origin,
    kty: info.kty,
    ...(info.crv === undefined ? {} : { crv: info.crv }),
    bits: info.modulusLength ?? lookUpCurve(info.crv ?? '')?.bits,
    isPrivate: true,
  } as const;
  return { ...key, label: describeKey(key, 'generated'), publicJwk, privateJwk };
}

async function generateSecretBytes(generateAlg: string): Promise<Uint8Array> {
  const secret = await generateSecret(generateAlg, { extractable: true });
  if (secret instanceof Uint8Array) return secret;
  const { k } = await exportJWK(secret);
  const decoded = k === undefined ? undefined : decodeBase64Url(k);
  if (!decoded?.ok) throw new Error('jose exported no usable secret');
  return decoded.bytes;
}
