import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type AppState } from '../../store';
import { FindingList } from '../../ui/finding-list';
import { Region } from '../../ui/region';

/**
 * Header keys the inspection did use, so the decoder's "shown but ignored" no longer holds: a DPoP proof's
 * own `jwk` (RFC 9449 §4.3, `dpop-key-embedded`), and an `x5c` whose chain ends at the user's trust anchor
 * (`x5c-chain-valid`). Read from the result computed for this very decode.
 */
function selectUsedHeaderKeys(s: AppState): string[] {
  const inspection = s.inspection;
  if (!inspection || s.inspectedInputs?.decoded !== s.decoded) return [];
  const used: string[] = [];
  if (inspection.layers[0]?.entries.some((e) => e.embeddedKey !== undefined)) used.push('jwk');
  if (inspection.findings.some((f) => f.code === 'x5c-chain-valid' && (f.layer ?? 0) === 0)) used.push('x5c');
  return used;
}

/** Every decode finding at once, each tagged with its stable code. */
export function ProblemsPanel() {
  const decodeFindings = useAppStore((s) => s.decoded.findings);
  const used = useAppStore(useShallow(selectUsedHeaderKeys));
  const findings = decodeFindings.filter(
    (f) => !(f.code === 'header-key-ignored' && f.name !== undefined && used.includes(f.name)),
  );
  if (findings.length === 0) return null;
  return (
    <Region title="Problems">
      <FindingList findings={findings} label="Decode problems" />
    </Region>
  );
}
