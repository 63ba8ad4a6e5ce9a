import type { OnMount } from '@monaco-editor/react';
import type { DecodedToken } from '../../core';
import type { MonacoApi } from '../../lib/monaco';
import { partDecorationClass } from '../../ui/part-colors';

export type CodeEditor = Parameters<OnMount>[0];
type Decorations = ReturnType<CodeEditor['createDecorationsCollection']>;

const MARKER_OWNER = 'jwt-lens';

/** Colours each part of the token, explains it on hover, and underlines decode problems where they are. */
export function showDecoded(api: MonacoApi, editor: CodeEditor, decorations: Decorations, decoded: DecodedToken) {
  const model = editor.getModel();
  if (!model) return;
  const toRange = (start: number, end: number) => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new api.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  };
  decorations.set(
    decoded.parts.flatMap((part) =>
      part.range
        ? [
            {
              range: toRange(part.range.start, part.range.end),
              options: {
                inlineClassName: partDecorationClass(part.name),
                hoverMessage: {
                  value: `**${part.label}**${part.byteLength === null ? '' : ` · ${part.byteLength} bytes`} — ${part.explanation}`,
                },
              },
            },
          ]
        : [],
    ),
  );
  api.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    decoded.findings.flatMap((finding) => {
      if (!finding.at || finding.severity === 'info') return [];
      const range = toRange(finding.at.start, Math.max(finding.at.end, finding.at.start + 1));
      return [
        {
          ...range,
          startLineNumber: range.startLineNumber,
          startColumn: range.startColumn,
          endLineNumber: range.endLineNumber,
          endColumn: range.endColumn,
          message: finding.message,
          code: finding.code,
          severity: finding.severity === 'error' ? api.MarkerSeverity.Error : api.MarkerSeverity.Warning,
        },
      ];
    }),
  );
}
