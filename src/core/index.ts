export { decodeToken, MAX_INPUT_CHARS } from './decode/decode-token';
export { describeClaimTimes, formatSpan, type ClaimTime, type TimeClaim } from './claims/describe-times';
export { readUrlToken, type UrlIntake } from './input/read-url-token';
export { CLAIMS, HEADER_PARAMETERS, lookUpName, type NameInfo } from './catalogue/names';
export { FINDINGS, type FindingCode, type FindingInfo } from './findings/catalogue';
export type * from './types';
