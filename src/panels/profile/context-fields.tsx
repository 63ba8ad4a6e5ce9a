import { PROFILES, type ContextInput, type ProfileContext } from '../../core';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { CONTEXT_INPUTS } from '../../core';
import type { ContextInputPlan } from './context-inputs';

interface ContextFieldsProps {
  plan: ContextInputPlan;
  context: ProfileContext;
  onChange: (patch: Partial<ProfileContext>) => void;
}

/** The inputs the profile in effect reads; values typed for another profile stay, listed with a way to clear them. */
export function ContextFields({ plan, context, onChange }: ContextFieldsProps) {
  const title = plan.profileId === null ? null : PROFILES[plan.profileId].title;
  return (
    <div className="flex flex-col gap-2">
      {plan.shown.length > 0 ? (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-xs text-slate-700 dark:text-slate-300">
            What your side of the exchange knows (checked by the {title} rules):
          </legend>
          {plan.shown.map((name) => (
            <ContextInputField key={name} name={name} context={context} onChange={onChange} />
          ))}
        </fieldset>
      ) : (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          {title === null
            ? 'Paste a token, or choose a profile, to enter what your side of the exchange knows.'
            : `The ${title} rules read nothing from your side of the exchange.`}
        </p>
      )}
      {plan.hidden.length > 0 ? (
        <div
          data-hidden-context={plan.hidden.join(' ')}
          className="flex flex-wrap items-center gap-2 rounded border border-dashed border-slate-300 px-2 py-1 text-xs dark:border-slate-600"
        >
          <p className="min-w-0 flex-1 text-slate-700 dark:text-slate-300">
            Kept but not used {title === null ? 'now' : `by the ${title} rules`}:{' '}
            {plan.hidden.map((name) => CONTEXT_INPUTS[name].label).join(', ')}.
          </p>
          <Button onClick={() => onChange(Object.fromEntries(plan.hidden.map((name) => [name, undefined])))}>
            Clear hidden values
          </Button>
        </div>
      ) : null}
    </div>
  );
}

interface ContextInputFieldProps {
  name: ContextInput;
  context: ProfileContext;
  onChange: (patch: Partial<ProfileContext>) => void;
}

function ContextInputField({ name, context, onChange }: ContextInputFieldProps) {
  const field = CONTEXT_INPUTS[name];
  if (name === 'maxAgeSec') {
    // Whole seconds only: anything but digits is dropped as typed, and an empty box removes max_age.
    const digits = (text: string) => text.replace(/\D/g, '');
    return (
      <TextField
        label={field.label}
        value={context.maxAgeSec === undefined ? '' : String(context.maxAgeSec)}
        placeholder={field.placeholder}
        onChange={(text) => onChange({ maxAgeSec: digits(text) === '' ? undefined : Number(digits(text)) })}
      />
    );
  }
  const value = context[name];
  return (
    <div className={field.kind === 'token' ? 'sm:col-span-2' : ''}>
      <TextField
        label={field.label}
        value={typeof value === 'string' ? value : ''}
        placeholder={field.placeholder}
        isMultiline={field.kind === 'token'}
        onChange={(text) => onChange({ [name]: text })}
      />
    </div>
  );
}
