import { PROFILES, profileNoun, type InspectionProfile, type ProfileChoice } from '../../core';

interface ProfileSummaryProps {
  choice: ProfileChoice;
  profile: InspectionProfile | null;
}

/** Under Auto, what was detected and why; with a chosen profile, what the token says it is when that differs. */
export function ProfileSummary({ choice, profile }: ProfileSummaryProps) {
  const text = describe(choice, profile);
  if (!text) return null;
  return (
    <p data-profile-summary="" className="text-xs break-words text-slate-700 dark:text-slate-300">
      {text}
    </p>
  );
}

function describe(choice: ProfileChoice, profile: InspectionProfile | null): string | null {
  if (choice === 'auto') {
    if (!profile) return 'Auto: nothing decoded to detect a profile from.';
    const title = PROFILES[profile.id].title;
    if (profile.by === 'default') return `Auto: ${title}, nothing more specific — ${profile.reason}`;
    return `Auto: detected ${title} — ${profile.reason}`;
  }
  if (profile?.detected) {
    const said = profile.detected;
    return `The token says it is ${profileNoun(said.id)} — ${said.reason}.`;
  }
  return null;
}
