/**
 * The token editor's Monaco options, read by the editor and by the bench's editor floor
 * (`bench/floor-editor`), which types into a bare Monaco with these same options.
 */
export function tokenEditorOptions(isPreview: boolean) {
  return {
    ariaLabel: 'Token',
    // A token has no tabs: Tab and Shift+Tab leave the editor (WCAG 2.1.2, no keyboard trap).
    tabFocusMode: true,
    readOnly: isPreview,
    readOnlyMessage: { value: 'Only the start of a large input is shown: type or paste to replace it.' },
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
