import { PROFILE_TEMPLATES, TEMPLATE_IDS } from '../../core';
import { SelectField, TextField } from '../../ui/field';
import { FindingList } from '../../ui/finding-list';
import type { TemplateChoice, TemplateState } from './use-template';

const CHOICES: ReadonlyArray<{ value: TemplateChoice; label: string }> = [
  { value: 'custom', label: 'Custom' },
  ...TEMPLATE_IDS.map((id) => ({ value: id, label: PROFILE_TEMPLATES[id].title })),
];

/** The "Template" choice, the inputs the chosen template asks for, and what it says about them. */
export function TemplateFields({ template }: { template: TemplateState }) {
  const chosen = template.choice === 'custom' ? null : PROFILE_TEMPLATES[template.choice];
  return (
    <div className="flex flex-col gap-2" data-template={template.choice} aria-busy={template.isFilling}>
      <SelectField label="Template" value={template.choice} options={CHOICES} onChange={template.choose} />
      {chosen ? (
        <>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            A correct {chosen.title} ({chosen.ref}): changing a value below updates the members that come from it;
            times, jti and your own edits stay.
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            {chosen.inputs.map((input) => (
              <div key={input.name} className={input.isMultiline ? 'sm:col-span-2' : undefined}>
                <TextField
                  label={input.label}
                  value={template.values[input.name]}
                  onChange={(value) => template.setValue(input.name, value)}
                  isMultiline={input.isMultiline ?? false}
                  hint={input.hint}
                />
              </div>
            ))}
          </div>
          {template.notes.length > 0 ? (
            <ul aria-label="Template notes" className="list-disc pl-5 text-xs text-slate-600 dark:text-slate-400">
              {template.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
          {template.findings.length > 0 ? (
            <FindingList findings={template.findings} label="Template not filled" />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
