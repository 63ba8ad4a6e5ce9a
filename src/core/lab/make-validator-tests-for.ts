import type { SecretEncoding } from '../inspect/types';
import { parseKeyInput } from '../keys';
import { makeValidatorTests } from './make-validator-tests';
import type { ValidatorTest } from './types';

/** What the inspector holds, as typed: the token, the two key boxes, the expectations and the attacker URL. */
export interface InspectorInputs {
  token: string;
  verificationKey: string;
  decryptionKey: string;
  secretEncoding: SecretEncoding;
  issuer: string;
  audience: string;
  url: string;
}

/**
 * The validator tests for what the inspector holds: the key boxes are read as the inspector reads them,
 * the decryption key's public half is the JWE variant's recipient. Nothing is fetched.
 */
export async function makeValidatorTestsFor(inputs: InspectorInputs): Promise<ValidatorTest[]> {
  const read = async (text: string) =>
    text.trim() === '' ? [] : (await parseKeyInput(text, { secretEncoding: inputs.secretEncoding })).candidates;
  return makeValidatorTests({
    token: inputs.token,
    keys: await read(inputs.verificationKey),
    expected: { issuer: inputs.issuer.trim(), audience: inputs.audience.trim() },
    url: inputs.url,
    recipientKeys: await read(inputs.decryptionKey),
  });
}
