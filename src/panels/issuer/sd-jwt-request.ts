import {
  listClaimPaths,
  formatClaimPath,
  type ClaimPath,
  type SdJwtIssueRequest,
  type SigningRequest,
} from '../../core';

/** What the user chose for selective disclosure in "Issue a token". */
export interface SdJwtChoices {
  isOn: boolean;
  /** Keys (`pathKey`) of the paths marked disclosable; paths the claims no longer have are ignored. */
  disclosable: ReadonlySet<string>;
  decoys: number;
  /** The holder's public JWK text for cnf; empty for none. */
  holderPublicKey: string;
  /** The generated holder key's private JWK, for the key binding in "Present"; empty when pasted. */
  holderPrivateKey: string;
  isVc: boolean;
  vct: string;
}

export const START_SD_JWT: SdJwtChoices = {
  isOn: false,
  disclosable: new Set(),
  decoys: 2,
  holderPublicKey: '',
  holderPrivateKey: '',
  isVc: false,
  vct: '',
};

/** A stable key for a path: `formatClaimPath` is for people, and two paths may print alike. */
export const pathKey = (path: ClaimPath): string => JSON.stringify(path);

/** The claims' paths with their labels, for the "Disclosable: <path>" list. */
export function listDisclosablePaths(claims: unknown): Array<{ key: string; path: ClaimPath; label: string }> {
  return listClaimPaths(claims).map((path) => ({ key: pathKey(path), path, label: formatClaimPath(path) }));
}

/** The core request for the user's choices: the marked paths the claims still have, vct in the claims for a VC. */
export function buildSdJwtRequest(choices: SdJwtChoices, claims: unknown, signing: SigningRequest): SdJwtIssueRequest {
  const withVct =
    choices.isVc && typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? { ...(claims as Record<string, unknown>), vct: choices.vct }
      : claims;
  return {
    claims: withVct,
    disclosable: listClaimPaths(withVct).filter((path) => choices.disclosable.has(pathKey(path))),
    decoys: choices.decoys,
    signing,
    typ: choices.isVc ? 'dc+sd-jwt' : 'example+sd-jwt',
    holderKey: choices.holderPublicKey,
  };
}
