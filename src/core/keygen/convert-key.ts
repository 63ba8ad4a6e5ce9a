import type { SecretEncoding } from '../inspect/types';
import { parseKeyInput } from '../keys';
import type { Finding } from '../types';
import { exportKeyForms } from './export-key-forms';
import type { ConvertedKey } from './types';

export interface KeyConversion {
  keys: ConvertedKey[];
  /** The key reader's findings: what each key was read as, or why it is not usable. */
  findings: Finding[];
}

/**
 * Converts pasted key material (PEM, JWK, JWKS or a secret: whatever `parseKeyInput` reads) into every
 * form: public and private JWK (RFC 7517 §4), SPKI and PKCS#8 PEM (RFC 7468), and the RFC 7638
 * thumbprint. A JWK's own kid, use and alg are kept; without a kid, the thumbprint is the kid. "key_ops"
 * is not carried over. Never throws on bad input: the findings say what was wrong.
 */
export async function convertKey(
  text: string,
  options: { secretEncoding?: SecretEncoding } = {},
): Promise<KeyConversion> {
  const parsed = await parseKeyInput(text, options);
  const keys = await Promise.all(
    parsed.candidates.map(async (candidate): Promise<ConvertedKey> => {
      const forms = await exportKeyForms(candidate, { kid: candidate.kid, use: candidate.use, alg: candidate.alg });
      return {
        label: candidate.label,
        kty: candidate.kty,
        ...(candidate.crv === undefined ? {} : { crv: candidate.crv }),
        ...(candidate.bits === undefined ? {} : { bits: candidate.bits }),
        ...forms,
      };
    }),
  );
  return { keys, findings: parsed.findings };
}
