import { PROFILE_IDS, PROFILES, type ProfileChoice } from '../../core';
import { selectIsVerdictBusy, useAppStore } from '../../store';
import { SelectField } from '../../ui/field';
import { Region } from '../../ui/region';
import { ContextFields } from './context-fields';
import { planContextInputs } from './context-inputs';
import { ProfileChecks } from './profile-checks';
import { ProfileSummary } from './profile-summary';

const CHOICES: ReadonlyArray<{ value: ProfileChoice; label: string }> = [
  { value: 'auto', label: 'Auto' },
  ...PROFILE_IDS.map((id) => ({ value: id, label: PROFILES[id].title })),
];

/**
 * What the token is validated as, what the relying party knows from its side (only the inputs that
 * profile's rules read), and each rule's outcome with its spec section.
 */
export function ProfilePanel() {
  const choice = useAppStore((s) => s.profileChoice);
  const context = useAppStore((s) => s.profileContext);
  const profile = useAppStore((s) => s.inspection?.profile ?? null);
  const isBusy = useAppStore(selectIsVerdictBusy);
  const setChoice = useAppStore((s) => s.setProfileChoice);
  const setContext = useAppStore((s) => s.setProfileContext);
  const plan = planContextInputs(choice, profile, context);
  return (
    <Region title="Token profile">
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <SelectField label="Validate as" value={choice} options={CHOICES} onChange={setChoice} />
          <ProfileSummary choice={choice} profile={profile} />
        </div>
        <ContextFields plan={plan} context={context} onChange={setContext} />
        <ProfileChecks profile={profile} isBusy={isBusy} />
      </div>
    </Region>
  );
}
