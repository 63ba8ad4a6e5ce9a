export { issueSdJwt, MAX_DECOYS, SD_JWT_VC_CLEAR_CLAIMS } from './issue-sd-jwt';
export { presentSdJwt } from './present-sd-jwt';
export { formatClaimPath, listClaimPaths, type ClaimPath } from './claim-paths';
export type {
  IssuedDisclosure,
  KeyBindingRequest,
  SdAlg,
  SdJwtIssueRequest,
  SdJwtIssueResult,
  SdJwtPresentRequest,
  SdJwtPresentResult,
  SdJwtTyp,
} from './types';
