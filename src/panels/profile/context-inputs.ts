import {
  CONTEXT_INPUTS,
  listContextInputs,
  type ContextInput,
  type InspectionProfile,
  type ProfileChoice,
  type ProfileContext,
  type ProfileId,
} from '../../core';

export interface ContextInputPlan {
  /** The profile whose inputs are shown: the chosen one, or under Auto the one the inspection detected. */
  profileId: ProfileId | null;
  /** The inputs that profile's rules read, in the contract's order. */
  shown: ContextInput[];
  /** Inputs holding a value that the profile in effect does not read: kept, listed, clearable. */
  hidden: ContextInput[];
}

/**
 * Which context inputs to show. Under Auto the profile comes from the latest inspection (possibly one
 * still being replaced: the panel marks itself busy meanwhile); with nothing inspected, none are shown.
 */
export function planContextInputs(
  choice: ProfileChoice,
  detected: Pick<InspectionProfile, 'id'> | null,
  context: ProfileContext,
): ContextInputPlan {
  const profileId = choice === 'auto' ? (detected?.id ?? null) : choice;
  const shown = profileId === null ? [] : listContextInputs(profileId);
  const hidden = (Object.keys(CONTEXT_INPUTS) as ContextInput[]).filter(
    (name) => hasValue(context, name) && !shown.includes(name),
  );
  return { profileId, shown, hidden };
}

function hasValue(context: ProfileContext, name: ContextInput): boolean {
  if (!Object.hasOwn(context, name)) return false;
  const value = context[name];
  return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value !== '';
}
