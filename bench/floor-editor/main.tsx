import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor } from '@monaco-editor/react';
import { setUpMonaco } from '../../src/lib/monaco';
import { tokenEditorOptions } from '../../src/panels/token/token-editor-options';

/*
 * The bench's typing floor (issue 16, item 5): the token editor's Monaco with its own options and
 * nothing else, no store, no decoding, no panels. `npm run bench` types into it exactly as into
 * JWT Lens, so the difference between the two is what JWT Lens adds to a keystroke. The status and
 * `data-editor` marks are the ones the bench waits for in JWT Lens.
 */

setUpMonaco();

function EditorFloor() {
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    document.title = 'Floor: bare Monaco';
  }, []);
  return (
    <main style={{ display: 'grid', gap: 8, padding: 16 }}>
      <div role="status" aria-label="Verdict" aria-busy="false" data-signature="not-verified">
        Floor
      </div>
      <div
        data-editor={isReady ? 'monaco' : 'loading'}
        style={{ position: 'relative', height: 320, border: '1px solid #ccc' }}
      >
        <Editor
          defaultValue=""
          language="plaintext"
          loading={null}
          options={tokenEditorOptions(false)}
          onMount={() => setReady(true)}
        />
      </div>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EditorFloor />
    </StrictMode>,
  );
}
