import type { Inspection, SecretEncoding } from '../inspect/types';
import { readString } from '../json/read-string';
import type { DecodedToken } from '../types';
import { findResignKey, type ResignKey } from './resign-key';
import { readResignSource, type ResignOrigin } from './resign-source';

/** The inspector's token and what it was inspected with, as "Edit and re-sign" hands them to the issuer. */
export interface ResignRequest {
  decoded: DecodedToken;
  /** The inspection of `decoded`, or null when none is current (a JWE then has nothing to edit yet). */
  inspection: Inspection | null;
  verificationKey: string;
  secretEncoding: SecretEncoding;
  detachedPayload: string;
}

/** What the issuer opens with: the header and claims to edit, the alg they name, and the key, if loaded. */
export interface ResignDraft {
  origin: ResignOrigin;
  headerText: string;
  claimsText: string;
  /** The header's alg; null when it names none. */
  alg: string | null;
  key: ResignKey | null;
}

/** The issuer's starting point for re-signing the inspector's token; null when it has nothing signed to edit. */
export async function prepareResign(request: ResignRequest): Promise<ResignDraft | null> {
  const source = readResignSource(request.decoded, request.inspection);
  if (source === null) return null;
  const key = await findResignKey({
    signed: source.signed,
    keyText: request.verificationKey,
    secretEncoding: request.secretEncoding,
    detachedPayload: request.detachedPayload,
  });
  return {
    origin: source.origin,
    headerText: source.headerText,
    claimsText: source.claimsText,
    alg: readString(source.signed.header, 'alg'),
    key,
  };
}
