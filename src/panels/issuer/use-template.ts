import { useRef, useState } from 'react';
import {
  fillTemplate,
  fitTemplateAlg,
  listTemplateDefaults,
  mergeLinkedMembers,
  PROFILE_TEMPLATES,
  type Finding,
  type TemplateId,
  type TemplateInputName,
  type TemplateParts,
} from '../../core';
import { describeTemplateScenario, type TemplateScenario } from './to-scenario';

export type TemplateChoice = 'custom' | TemplateId;

interface TemplateSources {
  /** The signing alg in force ("none" when unsecured). */
  alg: string;
  signingKey: string;
  nowSeconds: number;
  setHeaderText: (update: (text: string) => string) => void;
  setClaimsText: (update: (text: string) => string) => void;
  setSignAlg: (alg: string) => void;
}

export interface TemplateState {
  choice: TemplateChoice;
  values: Record<TemplateInputName, string>;
  /** The notes of the last fill, or the findings that stopped it. */
  notes: string[];
  findings: Finding[];
  /** A fill is in flight: the header and claims are about to change, so nothing should be signed yet. */
  isFilling: boolean;
  choose: (choice: TemplateChoice) => void;
  setValue: (name: TemplateInputName, value: string) => void;
  /** Call when the alg or the signing key changed: the members that follow them are recomputed. */
  follow: (change: { alg?: string; signingKey?: string }) => void;
  /** For the token about to be made; null for a custom token. */
  snapshot: () => TemplateScenario | null;
}

/**
 * The issuer's "Template" choice: a template replaces the header and claims once, then each change to
 * its inputs, the alg or the key refreshes only the members linked to them (`mergeLinkedMembers`), so
 * times, jti and the user's own edits stay. Fills are asynchronous (hashes); only the latest one lands.
 */
export function useTemplate(sources: TemplateSources): TemplateState {
  const [choice, setChoice] = useState<TemplateChoice>('custom');
  const [values, setValues] = useState<Record<TemplateInputName, string>>(() => listTemplateDefaults('id-token'));
  const [filled, setFilled] = useState<TemplateParts | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [isFilling, setFilling] = useState(false);
  const latest = useRef(0);
  // The template whose fill last landed: until one has for the current choice, fills replace the texts.
  const applied = useRef<TemplateId | null>(null);

  const fill = async (id: TemplateId, next: Record<TemplateInputName, string>, alg: string, signingKey: string) => {
    const request = ++latest.current;
    setFilling(true);
    const outcome = await fillTemplate(id, { inputs: next, alg, signingKey, now: sources.nowSeconds });
    if (request !== latest.current) return;
    setFilling(false);
    if (!outcome.ok) {
      setFindings(outcome.findings);
      return;
    }
    const { linked } = PROFILE_TEMPLATES[id];
    const isFirst = applied.current !== id;
    applied.current = id;
    sources.setHeaderText((text) => (isFirst ? toJson(outcome.header) : merge(text, outcome.header, linked.header)));
    sources.setClaimsText((text) => (isFirst ? toJson(outcome.claims) : merge(text, outcome.claims, linked.claims)));
    setFilled(outcome);
    setFindings([]);
  };

  return {
    choice,
    values,
    notes: filled?.notes ?? [],
    findings,
    isFilling,
    choose: (next) => {
      setChoice(next);
      setFilled(null);
      setFindings([]);
      applied.current = null;
      if (next === 'custom') {
        latest.current++;
        setFilling(false);
        return;
      }
      const alg = fitTemplateAlg(next, sources.alg);
      if (alg !== sources.alg) sources.setSignAlg(alg);
      const defaults = listTemplateDefaults(next);
      setValues(defaults);
      void fill(next, defaults, alg, sources.signingKey);
    },
    setValue: (name, value) => {
      const next = { ...values, [name]: value };
      setValues(next);
      if (choice !== 'custom') void fill(choice, next, sources.alg, sources.signingKey);
    },
    follow: ({ alg = sources.alg, signingKey = sources.signingKey }) => {
      if (choice === 'custom') return;
      const { reads } = PROFILE_TEMPLATES[choice];
      const isRead = (reads.alg && alg !== sources.alg) || (reads.key && signingKey !== sources.signingKey);
      if (isRead || applied.current !== choice) void fill(choice, values, alg, signingKey);
    },
    snapshot: () => (choice === 'custom' ? null : describeTemplateScenario(choice, filled)),
  };
}

const toJson = (value: unknown) => JSON.stringify(value, null, 2);

/** The text with the linked members refreshed; text that is not JSON is left for the user to fix. */
function merge(text: string, fresh: Record<string, unknown>, linked: readonly string[]): string {
  if (linked.length === 0) return text;
  try {
    return toJson(mergeLinkedMembers(JSON.parse(text), fresh, linked));
  } catch {
    return text;
  }
}
