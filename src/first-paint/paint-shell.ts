import { FRAME, TAGLINE, THEMES, TOOLBAR_BUTTONS, VIEWS } from '../app/chrome';
import type { DecodedPart, DecodedToken, Finding } from '../core';
import { CLAIMS, HEADER_PARAMETERS, lookUpName } from '../core/catalogue/names';
import {
  BUTTON,
  COPY_BUTTON,
  FORMAT_WORDS,
  formatCount,
  groupDecodedParts,
  PART_LOOK,
  partSizeMeta,
  REGION,
  SEGMENTED,
  SEVERITY_LOOK,
  SUMMARY,
  summaryChips,
} from '../ui/look';
import { PART_BORDER_CLASS, PART_TEXT_CLASS } from '../ui/part-colors';
import { fragment, h, uniqueId, type Child } from './dom';
import { paintJson } from './paint-json';
import type { FirstToken } from './read-first-token';

/**
 * The static shell: the page as the app's first render shows it for this token — header, the token in a
 * read-only box, "Checking…", the decode problems and every decoded part — written with the DOM before
 * React has loaded. React's first commit replaces it (createRoot clears its container), so the shell
 * only has to look the same; e2e/first-paint.spec.ts holds the two side by side.
 */
export function paintShell({ decoded, text, removedFromUrl }: FirstToken): HTMLElement {
  return h(
    'div',
    // Inert: nothing in it can be clicked, focused or typed into before the app that makes it work is here.
    { class: FRAME.page, 'data-first-paint': '', inert: '' },
    header(),
    h(
      'main',
      { id: 'view-inspect', class: FRAME.inspector },
      h('div', { class: FRAME.tokenColumn }, toolbar(), ...tokenBox(decoded, text, removedFromUrl)),
      h(
        'div',
        { class: FRAME.reportColumn },
        h(
          'div',
          { role: 'status', 'aria-label': 'Verdict', 'aria-busy': 'true', class: 'rounded-lg border p-3 text-sm' },
          'Checking…',
        ),
        problems(decoded.findings),
        decodedParts(decoded),
      ),
      h('div', { class: FRAME.inputsColumn }),
    ),
  );
}

function header(): HTMLElement {
  return h(
    'header',
    { class: FRAME.header },
    h('h1', { class: FRAME.title }, 'JWT ', h('span', { class: FRAME.titleLens }, 'Lens')),
    h('p', { class: FRAME.tagline }, TAGLINE),
    h(
      'nav',
      { 'aria-label': 'Views', class: FRAME.tabs },
      ...VIEWS.map((view) =>
        h(
          'button',
          { type: 'button', 'aria-current': view.value === 'inspect' ? 'page' : undefined, class: FRAME.tab },
          view.label,
        ),
      ),
    ),
    h(
      'div',
      { class: FRAME.theme },
      h(
        'fieldset',
        { class: SEGMENTED.group },
        h('legend', { class: 'sr-only' }, 'Theme'),
        ...THEMES.map((theme) => {
          const input = h('input', { type: 'radio', class: SEGMENTED.input, name: 'Theme', value: theme.value });
          (input as HTMLInputElement).checked = theme.value === 'system';
          return h('label', { class: SEGMENTED.option }, input, theme.label);
        }),
      ),
    ),
  );
}

function toolbar(): HTMLElement {
  return h(
    'div',
    { class: FRAME.toolbar },
    h('h2', { class: FRAME.toolbarTitle }, 'Encoded token'),
    h(
      'span',
      { class: FRAME.toolbarButtons },
      h('label', { class: FRAME.openFile }, 'Open a file', h('input', { type: 'file', class: 'sr-only' })),
      ...TOOLBAR_BUTTONS.map((label) => h('button', { type: 'button', class: `${BUTTON.secondary} ` }, label)),
    ),
  );
}

/** app/token-box.tsx with panels/token's textarea, part legend and notes, as they first render. */
function tokenBox(decoded: DecodedToken, tokenText: string, removedFromUrl: boolean): HTMLElement[] {
  const boxId = uniqueId('token-box');
  const textarea = h('textarea', {
    'aria-label': 'Token',
    'aria-invalid': String(decoded.findings.some((f) => f.severity === 'error')),
    'aria-describedby': 'token-keyboard-hint',
    readonly: '',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    placeholder: 'Paste a JWT, JWS or JWE…',
    class:
      'min-h-0 w-full flex-1 resize-none bg-transparent p-3 font-mono text-[13px] leading-relaxed break-all focus-visible:outline-2 focus-visible:outline-sky-500',
  });
  (textarea as HTMLTextAreaElement).value = tokenText;
  return [
    h(
      'div',
      { id: boxId, class: 'flex h-[22rem] flex-col max-lg:h-40' },
      h(
        'div',
        { class: 'flex h-full min-h-0 flex-col gap-2' },
        h(
          'div',
          {
            'data-editor': 'textarea',
            class:
              'relative min-h-16 flex-1 overflow-hidden rounded-lg border bg-white shadow-sm lg:min-h-[16rem] dark:bg-slate-900',
          },
          h('div', { class: 'absolute inset-0 flex flex-col' }, textarea),
        ),
        partLegend(decoded),
        h(
          'div',
          { class: 'flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400' },
          h('p', { id: 'token-keyboard-hint' }, 'Tab and Shift+Tab move focus out of the editor.'),
          h('p', { role: 'status' }, removedFromUrl ? 'The token was removed from the address bar.' : null),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: `${BUTTON.secondary} self-start lg:hidden`,
        'aria-expanded': 'false',
        'aria-controls': boxId,
      },
      'Expand the token',
    ),
  ];
}

function partLegend(decoded: DecodedToken): Child {
  const located = decoded.parts.filter((p) => p.range !== null);
  const disclosures = located.filter((p) => p.name === 'disclosure');
  const parts = located.filter((p) => p.name !== 'disclosure' || p === disclosures[0]);
  if (parts.length === 0) return null;
  return h(
    'ul',
    { 'aria-label': 'Token parts', class: 'flex flex-wrap gap-x-3 gap-y-1 text-xs' },
    ...parts.map((part) =>
      h(
        'li',
        { class: `border-l-4 pl-1.5 ${PART_BORDER_CLASS[part.name]}` },
        h(
          'span',
          { class: `font-semibold ${PART_TEXT_CLASS[part.name]}` },
          part.name === 'disclosure' ? `Disclosures (${formatCount(disclosures.length)})` : part.label,
        ),
        ' ',
        h(
          'span',
          { class: 'text-slate-600 dark:text-slate-400' },
          part.name === 'disclosure'
            ? `${formatCount(disclosures.reduce((sum, d) => sum + (d.byteLength ?? 0), 0))} B`
            : part.byteLength === null
              ? 'invalid'
              : `${formatCount(part.byteLength)} B`,
        ),
      ),
    ),
  );
}

function region(
  title: string,
  className: string,
  meta: string | undefined,
  actions: Child,
  timingName?: string,
  ...body: Child[]
) {
  const headingId = uniqueId('region');
  return h(
    'section',
    { 'aria-labelledby': headingId, class: `${REGION.box} ${className}` },
    h(
      'div',
      { class: REGION.bar },
      h('h2', { id: headingId, elementtiming: timingName, class: REGION.title }, title),
      meta ? h('span', { class: REGION.meta }, meta) : null,
      h('span', { class: REGION.actions }, actions),
    ),
    ...body,
  );
}

function problems(findings: readonly Finding[]): Child {
  if (findings.length === 0) return null;
  return region(
    'Problems',
    '',
    undefined,
    null,
    undefined,
    h(
      'ul',
      { 'aria-label': 'Decode problems', class: 'flex flex-col gap-2' },
      ...findings.slice(0, 200).map((finding) => {
        const look = SEVERITY_LOOK[finding.severity];
        return h(
          'li',
          {
            'data-finding': finding.code,
            'data-severity': finding.severity,
            class: `rounded border-l-4 px-3 py-2 text-sm ${look.className}`,
          },
          h(
            'p',
            { class: 'break-words' },
            h('span', { 'aria-hidden': 'true' }, `${look.icon} `),
            h('span', { class: 'sr-only' }, `${look.word}: `),
            finding.message,
            finding.at
              ? h(
                  'span',
                  { class: 'text-xs text-slate-600 dark:text-slate-400' },
                  ` (at character ${finding.at.start + 1})`,
                )
              : null,
          ),
          finding.repeats
            ? h('p', { class: 'mt-0.5 text-xs font-medium' }, `and ${formatCount(finding.repeats)} more like it`)
            : null,
          finding.hint ? h('p', { class: 'mt-0.5 text-xs text-slate-600 dark:text-slate-300' }, finding.hint) : null,
          h('p', { class: 'mt-0.5 font-mono text-[11px] text-slate-600 dark:text-slate-400' }, finding.code),
        );
      }),
    ),
  );
}

const describeClaim = (key: string) => lookUpName(CLAIMS, key);
const describeHeader = (key: string) => lookUpName(HEADER_PARAMETERS, key);

/** panels/decoded/decoded-panel.tsx before any inspection has answered. */
function decodedParts(decoded: DecodedToken): HTMLElement {
  const { header: head, payload, others, extraEntries: extra } = groupDecodedParts(decoded.parts);
  const isJwe = decoded.format.startsWith('jwe');
  return h(
    'div',
    { class: 'flex flex-col gap-3' },
    h(
      'div',
      { class: 'flex flex-wrap items-start gap-2' },
      h(
        'p',
        { class: SUMMARY.line, 'data-format': decoded.format },
        h('span', { class: SUMMARY.format }, decoded.isUnsecured ? SUMMARY.unsecured : FORMAT_WORDS[decoded.format]),
        ...summaryChips(decoded.header).map(({ label, value }) =>
          h('span', { class: SUMMARY.chip, title: value }, h('span', { class: SUMMARY.chipLabel }, label), ` ${value}`),
        ),
      ),
      isJwe ? null : h('button', { type: 'button', class: `${BUTTON.secondary} ml-auto` }, 'Edit and re-sign'),
    ),
    head ? partRegion(head, describeHeader) : null,
    isJwe
      ? h(
          'p',
          { class: 'rounded-lg border border-dashed p-3 text-sm text-slate-600 dark:text-slate-300' },
          'The payload of a JWE is encrypted: reading it needs the recipient’s key. The parts below are shown as sizes.',
        )
      : null,
    payload ? partRegion(payload, describeClaim) : null,
    ...others.map((part) => partRegion(part, describeHeader)),
    extra.length > 0
      ? h(
          'section',
          { 'aria-label': isJwe ? 'Other recipients' : 'Other signatures', class: 'flex flex-col gap-2' },
          h(
            'h2',
            { class: 'text-sm font-semibold tracking-wide uppercase' },
            isJwe ? 'Other recipients' : 'Other signatures',
          ),
          ...extra.map((part) => partRegion(part, describeHeader, false)),
        )
      : null,
  );
}

/** panels/decoded/part-region.tsx. */
function partRegion(part: DecodedPart, describeKey: typeof describeClaim, asRegion = true): HTMLElement {
  const content = part.content;
  const label = part.label;
  const copyWhat = content?.type === 'json' ? 'JSON' : content?.type === 'text' ? 'text' : 'base64url';
  const hasCopyText =
    content?.type === 'json' || (content?.type === 'text' ? content.text !== '' : part.encoded !== '');
  const meta = partSizeMeta(part);
  const body = fragment(
    h('p', { class: 'mb-2 text-xs text-slate-600 dark:text-slate-400' }, part.explanation),
    content?.type === 'json' ? paintJson(content.value, describeKey, content.numbers) : null,
    content?.type === 'text' ? h('pre', { class: `overflow-x-auto ${PART_LOOK.text}` }, content.text) : null,
    content?.type === 'binary'
      ? h(
          'p',
          {
            class: PART_LOOK.hex,
            'aria-label': `${label} bytes (hex)`,
          },
          content.hex || '(empty)',
        )
      : null,
    content === null && part.encoded.length > 0
      ? h(
          'p',
          { class: 'text-sm text-red-700 dark:text-red-400' },
          'This part could not be decoded; see Problems for where and why.',
        )
      : null,
    part.encoded.length > 0
      ? h(
          'details',
          { class: 'mt-2 text-xs' },
          h(
            'summary',
            { class: 'cursor-pointer text-slate-600 dark:text-slate-400' },
            `Encoded (${formatCount(part.encoded.length)} characters)`,
          ),
          h('pre', { class: `${PART_LOOK.encoded} ${PART_TEXT_CLASS[part.name]}` }, part.encoded),
        )
      : null,
  );
  if (!asRegion) {
    return h(
      'div',
      { class: `rounded-lg border border-l-4 bg-white p-3 dark:bg-slate-900 ${PART_BORDER_CLASS[part.name]}` },
      h(
        'h3',
        { class: `mb-1 text-sm font-semibold ${PART_TEXT_CLASS[part.name]}` },
        `${label} · entry ${(part.entry ?? 0) + 1}`,
      ),
      body,
    );
  }
  const copy = hasCopyText
    ? h(
        'button',
        { type: 'button', 'aria-label': `Copy ${label.toLowerCase()} ${copyWhat}`, class: COPY_BUTTON },
        h('span', { 'aria-live': 'polite' }, 'Copy'),
      )
    : null;
  return region(label, `border-l-4 ${PART_BORDER_CLASS[part.name]}`, meta, copy, `decoded-${part.name}`, body);
}
