import { useAppStore } from '../../store';
import { NumberField, TextField } from '../../ui/field';
import { Region } from '../../ui/region';
import { EvaluateAtFields } from './evaluate-at-fields';
import { KeyBindingFields } from './key-binding-fields';

/** What the receiver expects: checked against the claims all at once. */
export function ExpectationsPanel() {
  const issuer = useAppStore((s) => s.expectedIssuer);
  const audience = useAppStore((s) => s.expectedAudience);
  const algorithms = useAppStore((s) => s.allowedAlgorithms);
  const tolerance = useAppStore((s) => s.clockToleranceSec);
  const isSdJwt = useAppStore((s) => s.decoded.sdJwt !== undefined);
  const setIssuer = useAppStore((s) => s.setExpectedIssuer);
  const setAudience = useAppStore((s) => s.setExpectedAudience);
  const setAlgorithms = useAppStore((s) => s.setAllowedAlgorithms);
  const setTolerance = useAppStore((s) => s.setClockTolerance);
  return (
    <Region title="Expectations">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Expected issuer"
          value={issuer}
          onChange={setIssuer}
          placeholder="https://issuer.example.com"
        />
        <TextField label="Expected audience" value={audience} onChange={setAudience} placeholder="my-api" />
        <TextField
          label="Allowed algorithms"
          value={algorithms}
          onChange={setAlgorithms}
          placeholder="RS256, ES256 (empty: any)"
        />
        <NumberField label="Clock tolerance (seconds)" value={tolerance} onChange={setTolerance} min={0} max={86_400} />
        <EvaluateAtFields />
      </div>
      {isSdJwt ? (
        <div className="mt-3">
          <KeyBindingFields />
        </div>
      ) : null}
    </Region>
  );
}
