export { compareJwsJwe, type ComparisonRow, type JwsJweComparison } from './compare-jws-jwe';
export { explainFinding, type FindingExplanation } from './explain-finding';
export { TROUBLESHOOTING, type Troubleshooting } from './troubleshoot';
