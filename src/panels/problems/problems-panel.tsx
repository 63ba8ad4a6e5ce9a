import { useAppStore, type AppState } from '../../store';
import { FindingList } from '../../ui/finding-list';
import { Region } from '../../ui/region';

/**
 * A DPoP proof the inspection verified with its own header key (RFC 9449 §4.3): the decoder's "jwk is
 * ignored" does not hold for it, and the verdict says `dpop-key-embedded` instead.
 */
const selectUsesOwnKey = (s: AppState) =>
  s.inspectedInputs?.decoded === s.decoded &&
  (s.inspection?.layers[0]?.entries.some((e) => e.embeddedKey !== undefined) ?? false);

/** Every decode finding at once, each tagged with its stable code. */
export function ProblemsPanel() {
  const decodeFindings = useAppStore((s) => s.decoded.findings);
  const usesOwnKey = useAppStore(selectUsesOwnKey);
  const findings = usesOwnKey
    ? decodeFindings.filter((f) => !(f.code === 'header-key-ignored' && f.name === 'jwk'))
    : decodeFindings;
  if (findings.length === 0) return null;
  return (
    <Region title="Problems">
      <FindingList findings={findings} label="Decode problems" />
    </Region>
  );
}
