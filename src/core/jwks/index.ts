export { discoveryUrlFor } from './discovery-url';
export {
  validateDiscovery,
  validateJwks,
  type Checked,
  type DiscoveryDocument,
  type JwksDocument,
} from './validate-documents';
export { readMaxAge, DEFAULT_MAX_AGE_SEC, MIN_MAX_AGE_SEC, MAX_MAX_AGE_SEC } from './cache-policy';
export { describeKeySet, type KeySetEntry } from './describe-key-set';
export { wellKnownUrlFor } from './well-known-url';
export { validateVcIssuerMetadata, type VcIssuerKeys } from './validate-vc-issuer-metadata';
