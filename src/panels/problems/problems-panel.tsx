import { useAppStore } from '../../store';
import { FindingList } from '../../ui/finding-list';
import { Region } from '../../ui/region';

/** Every decode finding at once, each tagged with its stable code. */
export function ProblemsPanel() {
  const findings = useAppStore((s) => s.decoded.findings);
  if (findings.length === 0) return null;
  return (
    <Region title="Problems">
      <FindingList findings={findings} label="Decode problems" />
    </Region>
  );
}
