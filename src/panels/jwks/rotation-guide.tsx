import { useAppStore } from '../../store';

/** The four steps of a key rotation, held against the fetched set and the current token. */
export function RotationGuide() {
  const keySet = useAppStore((s) => s.jwks.keySet);
  const isLoaded = useAppStore((s) => s.jwks.status === 'loaded');
  const tokenKid = useAppStore((s) => {
    const kid = s.decoded.header?.kid;
    return typeof kid === 'string' ? kid : null;
  });
  const count = keySet.length;
  const hasTokenKid = tokenKid !== null && keySet.some((k) => k.kid === tokenKid);
  const status = (text: string) =>
    isLoaded ? <span className="block text-slate-600 dark:text-slate-400">Now: {text}</span> : null;

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">Key rotation, step by step</summary>
      <ol className="mt-2 flex list-decimal flex-col gap-1.5 pl-5">
        <li>
          <strong>Publish the new key</strong> in the JWKS before anything is signed with it, so verifiers can fetch it.
          {status(`the set holds ${count} key${count === 1 ? '' : 's'}.`)}
        </li>
        <li>
          <strong>Sign with the new key</strong>, naming it in the token’s <code>kid</code>.
          {status(
            tokenKid
              ? `this token’s kid "${tokenKid}" is ${hasTokenKid ? '' : 'not '}in the set.`
              : 'this token has no kid.',
          )}
        </li>
        <li>
          <strong>Keep the old key</strong> until every token it signed has expired, plus the verifiers’ cache time.
          {status(
            count > 1
              ? 'several keys are published: an overlap like this is normal during a rotation.'
              : 'a single key is published.',
          )}
        </li>
        <li>
          <strong>Remove the old key.</strong> A verifier that sees an unknown kid refetches the set once (JWT Lens
          waits 30 s between such refetches); tokens still signed with the removed key then fail with key-not-found.
        </li>
      </ol>
    </details>
  );
}
