export { decodeToken, MAX_INPUT_CHARS } from './decode/decode-token';
export { inspect } from './inspect/inspect';
export { DEFAULT_MAX_PBES2_COUNT, DEFAULT_MAX_DECOMPRESSED_BYTES } from './inspect/decrypt-jwe-layer';
export { describeClaimTimes, formatSpan, type ClaimTime, type TimeClaim } from './claims/describe-times';
export { readUrlToken, type UrlIntake } from './input/read-url-token';
export { CLAIMS, HEADER_PARAMETERS, lookUpName, type NameInfo } from './catalogue/names';
export { FINDINGS, type FindingCode, type FindingInfo } from './findings/catalogue';
export type * from './types';
export type * from './inspect/types';
