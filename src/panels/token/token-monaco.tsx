import { useEffect, useRef } from 'react';
import { Editor, type OnMount } from '@monaco-editor/react';
import type { DecodedToken } from '../../core';
import { setUpMonaco, type MonacoApi } from '../../lib/monaco';
import { selectIsDark, useAppStore } from '../../store';
import { partDecorationClass } from '../../ui/part-colors';

type CodeEditor = Parameters<OnMount>[0];

interface TokenMonacoProps {
  value: string;
  decoded: DecodedToken;
  onChange: (text: string) => void;
  onReady: () => void;
  isVisible: boolean;
  /** Asked once Monaco exists: should it take the focus from the textarea it replaces? */
  shouldTakeFocus: () => boolean;
}

const MARKER_OWNER = 'jwt-lens';
const monaco = setUpMonaco();

/** Monaco for the token: each part in its colour, labelled on hover, errors underlined where they are. */
export default function TokenMonaco({
  value,
  decoded,
  onChange,
  onReady,
  isVisible,
  shouldTakeFocus,
}: TokenMonacoProps) {
  const isDark = useAppStore(selectIsDark);
  const editorRef = useRef<CodeEditor | null>(null);
  const decorationsRef = useRef<ReturnType<CodeEditor['createDecorationsCollection']> | null>(null);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();
    showDecoded(monaco, editor, decorationsRef.current, decoded);
    if (shouldTakeFocus()) editor.focus();
    onReady();
  };

  useEffect(() => {
    const editor = editorRef.current;
    if (editor && decorationsRef.current) showDecoded(monaco, editor, decorationsRef.current, decoded);
  }, [decoded]);

  return (
    <div className={isVisible ? 'absolute inset-0' : 'invisible absolute inset-0'} data-testid="token-monaco">
      <Editor
        value={value}
        onChange={(text) => onChange(text ?? '')}
        onMount={onMount}
        language="plaintext"
        theme={isDark ? 'vs-dark' : 'vs'}
        loading={null}
        options={{
          ariaLabel: 'Token',
          wordWrap: 'on',
          wrappingStrategy: 'simple',
          wordWrapBreakBeforeCharacters: '',
          wordWrapBreakAfterCharacters: '',
          lineNumbers: 'off',
          minimap: { enabled: false },
          glyphMargin: false,
          folding: false,
          scrollBeyondLastLine: false,
          renderLineHighlight: 'none',
          overviewRulerLanes: 0,
          fontSize: 13,
          padding: { top: 12, bottom: 12 },
          automaticLayout: true,
          unicodeHighlight: { invisibleCharacters: true, ambiguousCharacters: true },
          quickSuggestions: false,
          wordBasedSuggestions: 'off',
          links: false,
          contextmenu: true,
        }}
      />
    </div>
  );
}

function showDecoded(
  api: MonacoApi,
  editor: CodeEditor,
  decorations: ReturnType<CodeEditor['createDecorationsCollection']>,
  decoded: DecodedToken,
) {
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
