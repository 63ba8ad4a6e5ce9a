import { describe, expect, it } from 'vitest';
import { inspectNow, unsignedClaimsToken } from '../../test-support/inspect-store';
import { createAppStore } from './store';

/** "Edit and re-sign" (issue 13, item 5): the inspector's token and keys go to "Issue a token". */
describe('editAndResign hands the inspector’s token to the issuer', () => {
  it('takes the token, its inspection, the verification key and how to read it, and opens the issuer', async () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    store.getState().setVerificationKey('the-secret');
    store.getState().setSecretEncoding('hex');
    await inspectNow(store);
    store.getState().editAndResign();
    const { resignRequest, view, decoded, inspection } = store.getState();
    expect(view).toBe('issue');
    expect(resignRequest).toEqual({
      id: 1,
      decoded,
      inspection,
      verificationKey: 'the-secret',
      secretEncoding: 'hex',
      detachedPayload: '',
    });
    expect(resignRequest?.inspection).not.toBeNull();
  });

  it('leaves out an inspection of another token, and numbers each click', async () => {
    const store = createAppStore(unsignedClaimsToken({ sub: 'a' }));
    await inspectNow(store);
    store.getState().editAndResign();
    store.getState().setToken(unsignedClaimsToken({ sub: 'b' }), 'typed');
    store.getState().editAndResign();
    const request = store.getState().resignRequest;
    expect(request?.id).toBe(2);
    expect(request?.decoded).toBe(store.getState().decoded);
    expect(request?.inspection).toBeNull();
  });
});
