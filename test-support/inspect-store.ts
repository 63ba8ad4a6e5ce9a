import { inspectDecoded } from '../src/core';
import { selectInspectionInputs, toInspectOptions, type AppStore } from '../src/store';
import { encodeJson, encodeText } from './build-token';

/** An HS256-headed JWS with these claims and a dummy signature: for store tests, where no key is given. */
export const unsignedClaimsToken = (claims: object): string =>
  `${encodeJson({ alg: 'HS256' })}.${encodeJson(claims)}.${encodeText('sig')}`;

/** Test-only: runs the inspection the app's effect would run, for the store's current inputs. */
export async function inspectNow(store: AppStore): Promise<void> {
  const state = store.getState();
  const id = state.beginInspection();
  const inputs = selectInspectionInputs(state);
  const inspection = await inspectDecoded(inputs.decoded, toInspectOptions(inputs, state.nowSeconds));
  store.getState().finishInspection(id, inspection, inputs);
}
