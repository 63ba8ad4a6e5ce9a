import { Editor } from '@monaco-editor/react';
import { selectIsDark, useAppStore } from '../../store';
import { setJsonSchema, setUpMonaco } from '../../lib/monaco';

setUpMonaco();

interface JsonMonacoProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Model path (e.g. "issuer/header.json"), matched by the schema. */
  path: string;
  schema: unknown;
  /** Id of the help text, for the editor's `aria-describedby`. */
  describedBy: string;
  onReady: () => void;
  isVisible: boolean;
}

/** A Monaco JSON editor with a schema: validation squiggles and completion of registered names. */
export default function JsonMonaco({
  label,
  value,
  onChange,
  path,
  schema,
  describedBy,
  onReady,
  isVisible,
}: JsonMonacoProps) {
  const isDark = useAppStore(selectIsDark);
  return (
    <div className={isVisible ? 'absolute inset-0' : 'invisible absolute inset-0'}>
      <Editor
        path={path}
        value={value}
        language="json"
        theme={isDark ? 'vs-dark' : 'vs'}
        loading={null}
        onChange={(text) => onChange(text ?? '')}
        onMount={(editor) => {
          const uri = editor.getModel()?.uri.toString();
          if (uri) setJsonSchema({ uri: `jwt-lens://schema/${path}`, modelUri: uri, schema });
          editor.getDomNode()?.querySelector('[role="textbox"]')?.setAttribute('aria-describedby', describedBy);
          onReady();
        }}
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          lineNumbers: 'off',
          folding: false,
          scrollBeyondLastLine: false,
          fontSize: 13,
          automaticLayout: true,
          tabSize: 2,
          // Tab indents JSON here (Monaco's default); Ctrl+M switches it to moving focus, as the help text says.
          quickSuggestions: { strings: true, other: true, comments: false },
        }}
      />
    </div>
  );
}
