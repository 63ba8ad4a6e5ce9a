import { describe, expect, it } from 'vitest';
import { NUMERIC_DATE_CLAIMS, TYPED_CLAIMS } from './claim-types';
import { CLAIMS, lookUpName } from './names';

/* The type each specification gives a claim, stated once in its catalogue entry. */
describe('claim types in the catalogue', () => {
  it.each([
    ...[
      ['iss', 'string'],
      ['sub', 'string'],
      ['aud', 'string-or-string-array'],
      ['jti', 'string'],
    ],
    ...[
      ['exp', 'numeric-date'],
      ['nbf', 'numeric-date'],
      ['iat', 'numeric-date'],
    ],
    ...[
      ['auth_time', 'numeric-date'],
      ['updated_at', 'numeric-date'],
      ['nonce', 'string'],
      ['azp', 'string'],
    ],
    ...[
      ['acr', 'string'],
      ['amr', 'string-array'],
      ['at_hash', 'string'],
      ['c_hash', 'string'],
      ['s_hash', 'string'],
    ],
    ...[
      ['email_verified', 'boolean'],
      ['phone_number_verified', 'boolean'],
      ['address', 'object'],
      ['sid', 'string'],
    ],
    ...[
      ['client_id', 'string'],
      ['scope', 'string'],
      ['cnf', 'object'],
      ['act', 'object'],
      ['may_act', 'object'],
    ],
    ...[
      ['events', 'object'],
      ['txn', 'string'],
      ['toe', 'numeric-date'],
      ['_sd', 'string-array'],
    ],
  ])('%s is %s', (name, type) => {
    expect(lookUpName(CLAIMS, name)?.type).toBe(type);
  });

  it.each(['roles', 'groups', 'entitlements', 'verified_claims', 'scp', 'opt'])(
    '%s has no type: its specification does not fix one (or vendors disagree)',
    (name) => {
      expect(lookUpName(CLAIMS, name)?.type).toBeUndefined();
    },
  );

  it('TYPED_CLAIMS lists every typed entry once, in catalogue order', () => {
    const typed = Object.entries(CLAIMS).filter(([, info]) => info.type !== undefined);
    expect(TYPED_CLAIMS).toEqual(typed.map(([name, info]) => [name, info.type]));
  });

  it('NUMERIC_DATE_CLAIMS is exactly the entries typed numeric-date', () => {
    expect(NUMERIC_DATE_CLAIMS).toEqual(['exp', 'nbf', 'iat', 'updated_at', 'auth_time', 'toe']);
    expect(NUMERIC_DATE_CLAIMS).toEqual(
      Object.keys(CLAIMS).filter((name) => lookUpName(CLAIMS, name)?.type === 'numeric-date'),
    );
  });
});
