import { useState } from 'react';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { downloadBlob } from '../../ui/download';
import { TextField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { useValidatorTests, type ValidatorTestsState } from './use-validator-tests';
import { ValidatorTestRow } from './validator-test-row';

interface ValidatorTestsPanelProps {
  /** The app's way to put a token in the token box. */
  setToken: (text: string, source: 'typed') => void;
}

/**
 * Region "Validator tests": the classic malicious variants of this JWS to throw at your own validator, each
 * beside the answer a correct validator gives and the finding JWT Lens reports. Made when opened; nothing
 * is fetched, the attacker URL included.
 */
export function ValidatorTestsPanel({ setToken }: ValidatorTestsPanelProps) {
  const isJws = useAppStore((s) => s.decoded.format === 'jws-compact');
  const [isOpen, setIsOpen] = useState(false);
  if (!isJws) return null;
  return (
    <section aria-label="Validator tests" className="rounded-lg border bg-white p-3 shadow-sm dark:bg-slate-900">
      <details open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-semibold tracking-wide uppercase">Validator tests</summary>
        {isOpen ? <ValidatorTests inspectVariant={(token) => inspectVariant(token, setToken)} /> : null}
      </details>
    </section>
  );
}

interface InspectProps {
  inspectVariant: (token: string) => void;
}

/**
 * "Inspect": the variant in the token box with the same keys and expectations. Keys that came with the
 * sample would leave with it, so they become typed ones first.
 */
function inspectVariant(token: string, setToken: ValidatorTestsPanelProps['setToken']) {
  const s = useAppStore.getState();
  s.setVerificationKey(s.verificationKey);
  s.setDecryptionKey(s.decryptionKey);
  setToken(token, 'typed');
}

function ValidatorTests({ inspectVariant }: InspectProps) {
  const [url, setUrl] = useState('');
  const { state, retry } = useValidatorTests(url);
  return (
    <div className="mt-2 flex flex-col gap-2">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Malicious variants of this token to send to your own validator. Each must be rejected.
      </p>
      <TextField
        label="Attacker URL (jku, x5u)"
        value={url}
        onChange={setUrl}
        placeholder="https://attacker.example/jwks.json"
        hint="Put into the jku and x5u headers only; never fetched."
      />
      <VariantList state={state} retry={retry} inspectVariant={inspectVariant} />
    </div>
  );
}

interface VariantListProps extends InspectProps {
  state: ValidatorTestsState;
  retry: () => void;
}

function VariantList({ state, retry, inspectVariant }: VariantListProps) {
  if (state.status === 'failed')
    return <LoadError what="the validator test maker" message={state.message} onRetry={retry} />;
  if (state.status === 'making') return <p aria-live="polite">Making the variants…</p>;
  const { variants, original } = state;
  const save = () => {
    const lab = import('../../core/lab/validator-tests-lab');
    void lab.then(({ exportValidatorTests }) =>
      downloadBlob(
        new Blob([exportValidatorTests(variants, original)], { type: 'application/json' }),
        'validator-tests.json',
      ),
    );
  };
  return (
    <>
      <div className="flex items-center gap-2">
        <span className="text-xs">
          {variants.filter((v) => v.token !== null).length} of {variants.length} variants made
        </span>
        <Button className="ml-auto" onClick={save}>
          Export JSON
        </Button>
      </div>
      <ul aria-label="Variants">
        {variants.map((variant) => (
          <ValidatorTestRow key={variant.id} variant={variant} onInspect={inspectVariant} />
        ))}
      </ul>
    </>
  );
}
