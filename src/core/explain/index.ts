export { compareJwsJwe, type ComparisonRow, type JwsJweComparison } from './compare-jws-jwe';
export { explainFinding, type FindingExplanation } from './explain-finding';
export { TROUBLESHOOTING, type Troubleshooting } from './troubleshoot';
export { buildProfileGuide, type LabelledInput, type ProfileGuide, type ProfileGuideRule } from './build-profile-guide';
export { listTroublePatterns, TROUBLE_PATTERNS, type TroublePattern } from './trouble-patterns';
