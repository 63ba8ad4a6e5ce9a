import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Editor, type OnMount } from '@monaco-editor/react';
import type { DecodedToken } from '../../core';
import { setUpMonaco } from '../../lib/monaco';
import { DECODE_ELSEWHERE_CHARS, selectIsDark, useAppStore } from '../../store';
import { tokenEditorOptions } from './token-editor-options';
import { InputPreviewBar, isReplacingKey, type InputPreview } from './refused-input';
import { showDecoded, type CodeEditor } from './show-decoded';
import { TOKEN_KEYBOARD_HINT_ID } from './token-notes';

interface TokenMonacoProps {
  value: string;
  decoded: DecodedToken;
  /** Set when the editor holds only the start of the input (refused, or large): read-only then. */
  preview: InputPreview | null;
  /** `isKeystroke`: one change that inserts at most one character (a key, Backspace, Delete; not a paste). */
  onChange: (text: string, isKeystroke: boolean) => void;
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
  preview,
  onChange,
  onReady,
  isVisible,
  shouldTakeFocus,
}: TokenMonacoProps) {
  const isDark = useAppStore(selectIsDark);
  const editorRef = useRef<CodeEditor | null>(null);
  const decorationsRef = useRef<ReturnType<CodeEditor['createDecorationsCollection']> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const isPreview = preview !== null;
  const isPreviewRef = useRef(isPreview);
  const valueRef = useRef(value);
  const onChangeRef = useRef(onChange);
  // Monaco's listeners are added once, at mount; they read the latest props through these refs. A layout
  // effect, so they are current before the Editor's own effects put a new value into Monaco.
  useLayoutEffect(() => {
    isPreviewRef.current = isPreview;
    valueRef.current = value;
    onChangeRef.current = onChange;
  });
  // Putting the start of a large input into the read-only editor is not an edit: the store keeps it whole.
  const onEdit = useCallback((text: string | undefined, event: { changes: readonly ContentChange[] }) => {
    if (isPreviewRef.current && text === valueRef.current) return;
    onChangeRef.current(text ?? '', isKeystroke(event.changes));
  }, []);

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
    textboxOf(editor)?.setAttribute('aria-readonly', String(isPreviewRef.current));
    // Over a previewed input (refused, or large), typing replaces it the way typing replaces a selection.
    editor.onKeyDown((event) => {
      if (isPreviewRef.current && isReplacingKey(event.browserEvent)) {
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
    textboxOf(editorRef.current)?.setAttribute('aria-readonly', String(isPreview));
  }, [isPreview]);

  // A large paste never reaches Monaco: megabytes on one wrapped line would make it, and every later
  // keystroke, take seconds. The store decodes it elsewhere (or refuses it); the editor shows its start.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length < DECODE_ELSEWHERE_CHARS) return;
      event.preventDefault();
      event.stopPropagation();
      onChangeRef.current(text, false);
    };
    container.addEventListener('paste', onPaste, { capture: true });
    return () => container.removeEventListener('paste', onPaste, { capture: true });
  }, []);

  const options = useMemo(() => tokenEditorOptions(isPreview), [isPreview]);

  return (
    <div
      ref={containerRef}
      className={`absolute inset-0 flex flex-col ${isVisible ? '' : 'invisible'}`}
      data-testid="token-monaco"
    >
      {preview === null ? null : (
        <InputPreviewBar
          preview={preview}
          onClear={() => {
            clear();
            editorRef.current?.focus();
          }}
        />
      )}
      <div className="relative min-h-0 flex-1">
        <Editor
          value={value}
          onChange={onEdit}
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

interface ContentChange {
  text: string;
}

/** One key's edit: one change that inserts at most one character (a surrogate pair counts as one). */
function isKeystroke(changes: readonly ContentChange[]): boolean {
  const [change, ...more] = changes;
  return change !== undefined && more.length === 0 && [...change.text].length <= 1;
}

/** The element Monaco gives focus and the "Token" name (an EditContext div, or a textarea). */
function textboxOf(editor: CodeEditor | null): Element | null {
  return editor?.getDomNode()?.querySelector('[role="textbox"]') ?? null;
}
