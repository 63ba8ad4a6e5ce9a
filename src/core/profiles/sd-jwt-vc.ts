import { passed, requiredClaim, typRule } from './rule-helpers';
import type { Profile, ProfileRule } from './types';

const REF = 'SD-JWT VC §3.2.2.2';

/** Claims an SD-JWT VC carries in the clear: a verifier must see them whatever the holder withholds. */
export const NEVER_DISCLOSABLE = ['iss', 'nbf', 'exp', 'cnf', 'vct', 'vct#integrity', 'status'];

const clearClaims: ProfileRule = {
  name: 'clear-claims',
  title: `${NEVER_DISCLOSABLE.join(', ')} are not selectively disclosable`,
  ref: REF,
  code: 'sd-vc-claim-not-disclosable',
  check: ({ disclosedNames }) => {
    const hidden = NEVER_DISCLOSABLE.filter((name) => disclosedNames.includes(name));
    if (hidden.length === 0) return passed('all in the clear');
    return {
      status: 'failed',
      detail: `${hidden.join(', ')} disclosable`,
      message: `${hidden.join(', ')} ${hidden.length === 1 ? 'was' : 'were'} issued as selectively disclosable; an SD-JWT VC must carry ${hidden.length === 1 ? 'it' : 'them'} in the clear so every verifier sees ${hidden.length === 1 ? 'it' : 'them'} (${REF}).`,
      part: 'disclosure',
      name: hidden[0] ?? '',
    };
  },
};

/** SD-JWT-based verifiable credential (IETF draft-ietf-oauth-sd-jwt-vc): an SD-JWT with a type, `vct`. */
export const SD_JWT_VC: Profile = {
  id: 'sd-jwt-vc',
  title: 'SD-JWT VC',
  spec: 'SD-JWT-based Verifiable Credentials (draft-ietf-oauth-sd-jwt-vc)',
  typ: ['dc+sd-jwt', 'vc+sd-jwt'],
  hasNoExp: true,
  purpose:
    'A verifiable credential (a driving licence, a diploma, a PID in the EU wallet) whose holder shows only the claims a verifier needs, bound to the holder’s key.',
  madeBy: 'An issuer (a government, a university), into the holder’s wallet.',
  checkedBy: 'A verifier (relying party), from a presentation the wallet makes with a key-binding JWT.',
  rules: [
    typRule(['dc+sd-jwt', 'vc+sd-jwt'], 'SD-JWT VC §3.2.1', 'required'),
    { ...requiredClaim('vct', 'SD-JWT VC §3.2.2.1.1'), code: 'sd-vc-vct-missing' },
    clearClaims,
  ],
};
