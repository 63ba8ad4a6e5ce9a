import { useMemo, useState } from 'react';
import { buildProfileGuide, listTroublePatterns, PROFILE_IDS, PROFILES, type ProfileId } from '../../core';
import { useAppStore } from '../../store';
import { SelectField } from '../../ui/field';
import { Region } from '../../ui/region';
import { ProfileGuidePage } from './profile-guide-page';

const OPTIONS = PROFILE_IDS.map((id) => ({ value: id, label: PROFILES[id].title }));

/**
 * A profile the user picked, and what the token was validated as then. A token validated as another profile
 * replaces the pick; no token (before the first inspection, after Clear) keeps it.
 */
interface Choice {
  id: ProfileId;
  whileValidatedAs: ProfileId | null;
}

/** Token profiles explained: the chosen profile's rules from the one table, and the mistakes seen with it. */
export function ProfileGuidePanel() {
  const validatedAs = useAppStore((s) => s.inspection?.profile?.id ?? null);
  const [choice, setChoice] = useState<Choice | null>(null);
  // A pick made with no token inspected belongs to the first token that arrives.
  if (choice !== null && choice.whileValidatedAs === null && validatedAs !== null)
    setChoice({ id: choice.id, whileValidatedAs: validatedAs });
  const isPickKept =
    choice !== null &&
    (choice.whileValidatedAs === null || validatedAs === null || choice.whileValidatedAs === validatedAs);
  const shown = isPickKept ? choice.id : (validatedAs ?? 'jwt');
  const guide = useMemo(() => buildProfileGuide(shown), [shown]);
  const patterns = useMemo(() => listTroublePatterns(shown), [shown]);
  return (
    <Region title="Token profiles explained">
      <div className="flex flex-col gap-3 text-sm">
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label="Profile to explain"
            value={shown}
            options={OPTIONS}
            onChange={(id) => setChoice({ id, whileValidatedAs: validatedAs })}
          />
          {validatedAs ? (
            <p className="pb-1 text-xs text-slate-600 dark:text-slate-400">
              This token was validated as {PROFILES[validatedAs].title}.
            </p>
          ) : null}
        </div>
        <ProfileGuidePage guide={guide} patterns={patterns} />
      </div>
    </Region>
  );
}
