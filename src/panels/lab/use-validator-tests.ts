import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { InspectorInputs, ValidatorTest } from '../../core/lab';
import { useAppStore } from '../../store';
import { describeError } from '../../ui/load-error';

export type ValidatorTestsState =
  | { status: 'making' }
  | { status: 'made'; variants: ValidatorTest[]; original: string }
  | { status: 'failed'; message: string };

/** The lab's code (jose's signing and key generation) loads only once someone opens the tests. */
const loadLab = () => import('../../core/lab/validator-tests-lab');

/**
 * The variants for the token, keys and expectations now in the inspector and the URL typed; made again
 * when any of them changes, and an answer for older inputs is dropped.
 */
export function useValidatorTests(url: string): { state: ValidatorTestsState; retry: () => void } {
  const inputs = useAppStore(
    useShallow((s): Omit<InspectorInputs, 'url'> => ({
      token: s.decoded.input.text,
      verificationKey: s.verificationKey,
      decryptionKey: s.decryptionKey,
      secretEncoding: s.secretEncoding,
      issuer: s.expectedIssuer,
      audience: s.expectedAudience,
    })),
  );
  // The answer remembers what it was made for: anything else shows as still making.
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ for: [typeof inputs, string, number]; state: ValidatorTestsState } | null>(
    null,
  );
  useEffect(() => {
    let isCurrent = true;
    const made = (state: ValidatorTestsState) => {
      if (isCurrent) setAnswer({ for: [inputs, url, attempt], state });
    };
    loadLab()
      .then((lab) => lab.makeValidatorTestsFor({ ...inputs, url }))
      .then(
        (variants) => made({ status: 'made', variants, original: inputs.token }),
        (error: unknown) => made({ status: 'failed', message: describeError(error) }),
      );
    return () => {
      isCurrent = false;
    };
  }, [inputs, url, attempt]);
  const isFresh = answer !== null && answer.for[0] === inputs && answer.for[1] === url && answer.for[2] === attempt;
  return { state: isFresh ? answer.state : { status: 'making' }, retry: () => setAttempt(attempt + 1) };
}
