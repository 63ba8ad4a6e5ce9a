export { issueToken } from './issue-token';
export { withTimes, type TimeOptions } from './with-times';
export { listIssueAlgorithms, type IssueAlgorithms } from './list-issue-algorithms';
export { MAX_ACCESS_TOKEN_LIFETIME_SEC } from './find-issue-warnings';
export { DEFAULT_PBES2_COUNT, MAX_PBES2_COUNT, MIN_PBES2_COUNT } from './make-jwe-layer';
export type {
  EncryptionRequest,
  IssueMode,
  IssueRequest,
  IssueResult,
  IssueSerialization,
  SigningRequest,
} from './types';
export { PROFILE_TEMPLATES, TEMPLATE_IDS } from './profile-templates';
export { fillTemplate, fitTemplateAlg, listTemplateDefaults, mergeLinkedMembers } from './fill-template';
export type {
  ProfileTemplate,
  TemplateId,
  TemplateInput,
  TemplateInputName,
  TemplateOutcome,
  TemplateParts,
} from './template-types';
export * from './sd-jwt';
export { prepareResign, type ResignDraft, type ResignRequest } from './resign-draft';
export type { ResignKey } from './resign-key';
export type { ResignOrigin } from './resign-source';
