import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, type ContextInput, type ProfileChoice, type ProfileContext, type ProfileId } from '../../core';
import { CONTEXT_INPUTS } from '../../core';
import { planContextInputs } from './context-inputs';

interface Row {
  name: string;
  choice: ProfileChoice;
  detected: ProfileId | null;
  context: ProfileContext;
  profileId: ProfileId | null;
  shown: ContextInput[];
  hidden: ContextInput[];
}

const ID_TOKEN_INPUTS: ContextInput[] = ['clientId', 'nonce', 'maxAgeSec', 'accessToken', 'code', 'state'];
const DPOP_INPUTS: ContextInput[] = ['accessToken', 'httpMethod', 'httpUri', 'dpopNonce'];

const ROWS: Row[] = [
  {
    name: 'Auto with nothing inspected yet: no inputs',
    choice: 'auto',
    detected: null,
    context: {},
    profileId: null,
    shown: [],
    hidden: [],
  },
  {
    name: 'Auto follows the detected profile (ID token, OIDC Core §3.1.3.7)',
    choice: 'auto',
    detected: 'id-token',
    context: {},
    profileId: 'id-token',
    shown: ID_TOKEN_INPUTS,
    hidden: [],
  },
  {
    name: 'a chosen profile wins over the detected one (RFC 9449 §4.3 reads method, URI, nonce, access token)',
    choice: 'dpop-proof',
    detected: 'id-token',
    context: {},
    profileId: 'dpop-proof',
    shown: DPOP_INPUTS,
    hidden: [],
  },
  {
    name: 'a value the profile in effect does not read is listed as hidden, not dropped',
    choice: 'dpop-proof',
    detected: null,
    context: { nonce: 'n-0S6', httpMethod: 'POST', clientId: 'c' },
    profileId: 'dpop-proof',
    shown: DPOP_INPUTS,
    hidden: ['clientId', 'nonce'],
  },
  {
    name: 'a plain JWT reads no context: every value is hidden',
    choice: 'auto',
    detected: 'jwt',
    context: { accessToken: 'at', maxAgeSec: 0 },
    profileId: 'jwt',
    shown: [],
    hidden: ['maxAgeSec', 'accessToken'],
  },
  {
    name: 'empty strings and non-finite numbers are no values',
    choice: 'jwt',
    detected: null,
    context: { state: '', maxAgeSec: Number.NaN },
    profileId: 'jwt',
    shown: [],
    hidden: [],
  },
];

describe('planContextInputs: the inputs the profile in effect reads', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const plan = planContextInputs(row.choice, row.detected === null ? null : { id: row.detected }, row.context);
      expect(plan).toEqual({ profileId: row.profileId, shown: row.shown, hidden: row.hidden });
    });
  }

  it('every profile’s inputs have a field (label and kind), and the labels are distinct', () => {
    for (const id of PROFILE_IDS) {
      for (const input of planContextInputs(id, null, {}).shown) expect(CONTEXT_INPUTS[input]).toBeDefined();
    }
    const labels = Object.values(CONTEXT_INPUTS).map((field) => field.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
