import { describe, expect, it } from 'vitest';
import { buildHeadline } from '../inspect/headline';
import type { Inspection } from '../inspect/types';
import * as samples from '../../../test-support/sample-inspections';
import { planFlow } from './plan-flow';

/*
 * The report carries facts: what the diagram plan and the headline decide must come from codes, stages,
 * sources and key selection, never from a finding's wording. Reword every message and hint, and the
 * steps' kinds and statuses, and the headline, stay exactly the same.
 */
const SITUATIONS: Array<[string, () => Promise<Inspection>]> = [
  ['valid JWS', samples.validJws],
  ['tampered JWS', samples.tamperedJws],
  ['no key given', samples.unverifiedJws],
  ['unknown kid', samples.keyNotFoundJws],
  ['expired', samples.expiredJws],
  ['not yet valid', samples.futureJws],
  ['unsecured', samples.unsecuredJws],
  ['decrypted JWE', samples.decryptedJwe],
  ['nested', samples.nestedJwt],
  ['nested, not decrypted', samples.nestedUndecrypted],
  ['two signatures', samples.twoSignatures],
  ['hostile kid', samples.hostileJws],
  ['not a token', samples.notAToken],
  ['DPoP proof with its links', samples.dpopProofWithLinks],
  ['ID token validated as an access token', samples.idTokenAsAccessToken],
  ['Microsoft Graph token', samples.graphToken],
  ['SD-JWT with key binding', samples.sdJwtWithKeyBinding],
  ['SD-JWT with a disclosure not issued with it', samples.sdJwtUnreferenced],
  ['SD-JWT with a key-binding JWT for another nonce', samples.sdJwtWrongNonce],
  ['SD-JWT without the key binding required', samples.sdJwtKeyBindingMissing],
];

const reword = (inspection: Inspection): Inspection => ({
  ...inspection,
  findings: inspection.findings.map((f, i) => ({ ...f, message: `reworded ${i}`, hint: 'reworded' })),
});

const shape = (inspection: Inspection): string[][][] => {
  const plan = planFlow(inspection, {});
  return [plan.issuer, plan.receiver].map((stages) =>
    stages.map((stage) => stage.map((step) => `${step.actor}:${step.kind}:${step.status}`)),
  );
};

describe('consumers decide on fields, not on message text', () => {
  it.each(SITUATIONS)('%s', async (_name, make) => {
    const inspection = await make();
    const reworded = reword(inspection);
    expect(shape(reworded)).toEqual(shape(inspection));
    expect(buildHeadline(reworded)).toBe(buildHeadline(inspection));
  });
});
