import type { AppStore } from '../store';
import { toInspectOptions } from '../store';

/**
 * A clock tick: the current result's claims are checked again at the store's instant — no key import,
 * verification, decryption or PBKDF2. The claim checks load lazily, so they stay out of the entry chunk.
 * A result for a pinned "Evaluate at" instant does not move with the clock, and one computed for another
 * instant than the store's is about to be replaced by the inspection that change started.
 */
export async function recheckClaimsNow(store: AppStore): Promise<void> {
  const { recheckClaims } = await import('../core/inspect/apply-claim-checks');
  const { inspection, inspectedInputs, nowSeconds, evaluateAt, replaceClaims } = store.getState();
  if (!inspection || !inspectedInputs || evaluateAt !== null || inspectedInputs.evaluateAt !== null) return;
  replaceClaims(inspection, recheckClaims(inspection, toInspectOptions(inspectedInputs, nowSeconds)));
}
