import { lookUpJweAlgorithm } from '../algorithms/registry';
import { makeFinding } from '../findings/make-finding';
import { DEFAULT_MAX_PBES2_COUNT } from '../inspect/decrypt-jwe-layer';
import { describeError } from '../keys/describe-error';
import { buildProtectedHeader } from './build-protected-header';
import { checkEncryptionAlgs, warnEncryptionAlg } from './check-issue-algorithms';
import { describeDecoderKey } from './decoder-key';
import { encryptPayload } from './encrypt-payload';
import { refuse, type LayerResult } from './make-jws-layer';
import { pickIssueKey } from './read-issue-key';
import type { EncryptionRequest, IssueSerialization } from './types';

/** PBES2 iteration counts accepted (RFC 7518 §4.8.1.2; RFC 8725 §3.5 on too many). */
export const MIN_PBES2_COUNT = 1_000;
export const MAX_PBES2_COUNT = 600_000;
/** The decoder's default cap, so a token made with the default count opens there without changes. */
export const DEFAULT_PBES2_COUNT = DEFAULT_MAX_PBES2_COUNT;

/**
 * Makes the JWE layer (RFC 7516 §5.1): checks alg and enc against the registry, reads the recipient's
 * public key, the shared key or the password, fills "kid" for a public key, encrypts. `cty` is set for
 * a nested JWT (RFC 7519 §5.2).
 */
export async function makeJweLayer(
  plaintext: Uint8Array,
  userHeader: Readonly<Record<string, unknown>>,
  encryption: EncryptionRequest | undefined,
  serialization: IssueSerialization,
  cty?: string,
): Promise<LayerResult> {
  if (encryption === undefined) {
    return refuse(makeFinding('issue-failed', 'Choose the encryption algorithms and give the recipient’s key.'));
  }
  const { alg, enc } = encryption;
  const algProblem = checkEncryptionAlgs(alg, enc);
  if (algProblem !== null) return refuse(algProblem);
  const p2c = lookUpJweAlgorithm(alg)?.family === 'PBES2' ? (encryption.p2c ?? DEFAULT_PBES2_COUNT) : undefined;
  if (p2c !== undefined && !(Number.isInteger(p2c) && p2c >= MIN_PBES2_COUNT && p2c <= MAX_PBES2_COUNT)) {
    const message = `"p2c" ${p2c} is out of range: choose a whole number from ${MIN_PBES2_COUNT} to ${MAX_PBES2_COUNT}.`;
    return refuse(makeFinding('issue-p2c-out-of-range', message));
  }
  // Picked, not imported: encryptPayload imports it for jose, or hands it to the second engine.
  const key = await pickIssueKey({
    text: encryption.key,
    secretEncoding: encryption.secretEncoding,
    alg,
    enc,
    operation: 'encrypt',
    role: 'Encryption key',
    headerKid: Object.hasOwn(userHeader, 'kid') ? userHeader.kid : undefined,
  });
  if (!key.ok) return key;
  const built = buildProtectedHeader(userHeader, { alg, enc, cty, kid: key.value.kid });
  if (!built.ok) return refuse(built.finding);
  try {
    const token = await encryptPayload(plaintext, { ...built.header, enc }, key.value.candidate, serialization, p2c);
    return {
      ok: true,
      token,
      decoderKey: describeDecoderKey(key.value, encryption, built.header, 'encrypt'),
      warnings: [warnEncryptionAlg(alg)].filter((warning) => warning !== null),
    };
  } catch (error) {
    return refuse(makeFinding('issue-failed', `Encryption failed: ${describeError(error)}.`));
  }
}
