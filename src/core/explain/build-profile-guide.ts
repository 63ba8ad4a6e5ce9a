import { FINDINGS } from '../findings/catalogue';
import { listContextInputs, PROFILES } from '../profiles/profiles';
import { CONTEXT_INPUTS } from '../profiles/context-inputs';
import type { ContextInput, Profile, ProfileId, ProfileRule } from '../profiles/types';

/**
 * What each context input is called on screen (the contract's "Client ID", "Nonce", … boxes), so the guide
 * can say which box a rule needs.
 */
/** A context input and the label of its box. */
export interface LabelledInput {
  input: ContextInput;
  label: string;
}

/** One rule of a profile as the teaching page lists it: the table's row without its check. */
export interface ProfileGuideRule extends Pick<ProfileRule, 'name' | 'title' | 'ref' | 'code'> {
  /** The catalogue's title of `code`. */
  codeTitle: string;
  /** The context inputs the rule reads; empty when the token alone is enough. */
  needs: LabelledInput[];
}

/** A profile's teaching page: what it is for, who makes and checks it, its `typ` (empty: none registered). */
export interface ProfileGuide extends Pick<
  Profile,
  'id' | 'title' | 'spec' | 'typ' | 'purpose' | 'madeBy' | 'checkedBy'
> {
  rules: ProfileGuideRule[];
  /** Every context input the profile's rules read, in the contract's order. */
  contextInputs: LabelledInput[];
}

const withLabel = (input: ContextInput): LabelledInput => ({ input, label: CONTEXT_INPUTS[input].label });

/**
 * The teaching page of one profile, read from the profile table (`PROFILES`) that the engine runs, so the
 * page lists exactly the rules a token is checked against (RFC 8725 §3.11 for `typ`).
 */
export function buildProfileGuide(id: ProfileId): ProfileGuide {
  const profile = PROFILES[id];
  return {
    id,
    title: profile.title,
    spec: profile.spec,
    typ: [...profile.typ],
    purpose: profile.purpose,
    madeBy: profile.madeBy,
    checkedBy: profile.checkedBy,
    rules: profile.rules.map((rule) => ({
      name: rule.name,
      title: rule.title,
      ref: rule.ref,
      code: rule.code,
      codeTitle: FINDINGS[rule.code].title,
      needs: (rule.uses ?? []).map(withLabel),
    })),
    contextInputs: listContextInputs(id).map(withLabel),
  };
}
