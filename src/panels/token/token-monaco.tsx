import { useEffect, useMemo, useRef } from 'react';
import { Editor, type OnMount } from '@monaco-editor/react';
import { MAX_INPUT_CHARS, type DecodedToken } from '../../core';
import { setUpMonaco } from '../../lib/monaco';
import { selectIsDark, useAppStore } from '../../store';
import { isReplacingKey, RefusedInputBar } from './refused-input';
import { showDecoded, type CodeEditor } from './show-decoded';
import { TOKEN_KEYBOARD_HINT_ID } from './token-notes';

interface TokenMonacoProps {
  value: string;
  decoded: DecodedToken;
  onChange: (text: string) => void;
  onReady: () => void;
  isVisible: boolean;
  /** Asked once Monaco exists: should it take the focus from the textarea it replaces? */
  shouldTakeFocus: () => boolean;
}

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
  const refusedLength = useAppStore((s) => s.refusedInputLength);
  const editorRef = useRef<CodeEditor | null>(null);
  const decorationsRef = useRef<ReturnType<CodeEditor['createDecorationsCollection']> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const isRefused = refusedLength !== null;
  const isRefusedRef = useRef(isRefused);
  const onChangeRef = useRef(onChange);
  // Monaco's listeners are added once, at mount; they read the latest props through these refs.
  useEffect(() => {
    isRefusedRef.current = isRefused;
    onChangeRef.current = onChange;
  });

  const clear = () => {
    const editor = editorRef.current;
    if (!editor) return;
    // Writable again before the text goes, so the keystroke that asked for it lands in an empty editor.
    editor.updateOptions({ readOnly: false });
    editor.setValue(''); // onChange tells the store
  };

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();
    showDecoded(monaco, editor, decorationsRef.current, decoded);
    textboxOf(editor)?.setAttribute('aria-describedby', TOKEN_KEYBOARD_HINT_ID);
    textboxOf(editor)?.setAttribute('aria-readonly', String(isRefusedRef.current));
    // Over a refused input, typing replaces it the way typing replaces a selection.
    editor.onKeyDown((event) => {
      if (isRefusedRef.current && isReplacingKey(event.browserEvent)) {
        clear();
        if (event.browserEvent.key === 'Backspace' || event.browserEvent.key === 'Delete') event.preventDefault();
      }
    });
    if (shouldTakeFocus()) editor.focus();
    onReady();
  };

  useEffect(() => {
    const editor = editorRef.current;
    if (editor && decorationsRef.current) showDecoded(monaco, editor, decorationsRef.current, decoded);
  }, [decoded]);

  // Monaco's readOnly option does not reach assistive technology; say it on the textbox itself.
  useEffect(() => {
    textboxOf(editorRef.current)?.setAttribute('aria-readonly', String(isRefused));
  }, [isRefused]);

  // A paste over the limit never reaches Monaco: megabytes on one wrapped line would make it, and
  // every later keystroke, take seconds. The store refuses it and keeps only its start.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length <= MAX_INPUT_CHARS) return;
      event.preventDefault();
      event.stopPropagation();
      onChangeRef.current(text);
    };
    container.addEventListener('paste', onPaste, { capture: true });
    return () => container.removeEventListener('paste', onPaste, { capture: true });
  }, []);

  const options = useMemo(() => editorOptions(isRefused), [isRefused]);

  return (
    <div
      ref={containerRef}
      className={`absolute inset-0 flex flex-col ${isVisible ? '' : 'invisible'}`}
      data-testid="token-monaco"
    >
      {refusedLength === null ? null : (
        <RefusedInputBar
          length={refusedLength}
          onClear={() => {
            clear();
            editorRef.current?.focus();
          }}
        />
      )}
      <div className="relative min-h-0 flex-1">
        <Editor
          value={value}
          onChange={(text) => onChange(text ?? '')}
          onMount={onMount}
          language="plaintext"
          theme={isDark ? 'vs-dark' : 'vs'}
          loading={null}
          options={options}
        />
      </div>
    </div>
  );
}

/** The element Monaco gives focus and the "Token" name (an EditContext div, or a textarea). */
function textboxOf(editor: CodeEditor | null): Element | null {
  return editor?.getDomNode()?.querySelector('[role="textbox"]') ?? null;
}

function editorOptions(isRefused: boolean) {
  return {
    ariaLabel: 'Token',
    // A token has no tabs: Tab and Shift+Tab leave the editor (WCAG 2.1.2, no keyboard trap).
    tabFocusMode: true,
    readOnly: isRefused,
    readOnlyMessage: { value: 'This input was refused as too large: type or paste to replace it.' },
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
  } as const;
}
