import { readShareContext } from '../../core/share/read-share-context';
import { useAppStore } from '../../store';

/**
 * Puts a share link's context where the user would have typed it: expectations, "Validate as", the JWKS
 * URL (nothing is fetched) and the verification key box (a public key only: read-share-context.ts).
 */
export function takeSharedContext(shared: string): void {
  const context = readShareContext(new URLSearchParams(shared));
  const state = useAppStore.getState();
  if (context.issuer !== undefined) state.setExpectedIssuer(context.issuer);
  if (context.audience !== undefined) state.setExpectedAudience(context.audience);
  if (context.algorithms !== undefined) state.setAllowedAlgorithms(context.algorithms);
  if (context.profile !== undefined) state.setProfileChoice(context.profile);
  if (context.jwksUrl !== undefined) state.setJwksUrl(context.jwksUrl);
  if (context.publicKey !== undefined) state.setVerificationKey(context.publicKey, 'typed');
}
