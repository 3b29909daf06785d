import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';

const THEME = EditorView.theme({
  '&': {
    color: 'var(--color-fg)',
    backgroundColor: 'var(--color-surface)',
    borderRadius: 'var(--radius-sm)',
    minHeight: '4rem',
  },
  '&.cm-focused': { outline: '2px solid var(--color-focus)', outlineOffset: '2px' },
  '.cm-content': {
    fontFamily: 'var(--font-mono)',
    fontSize: 'var(--font-size-sm)',
    caretColor: 'var(--color-fg)',
    padding: 'var(--space-2) 0',
  },
  '.cm-line': { padding: '0 var(--space-2)' },
  '.cm-placeholder': { color: 'var(--color-muted)' },
  '.cm-cursor': { borderLeftColor: 'var(--color-fg)' },
});

/** What the page can do with a section's editor: put the caret on a line (click-to-place). */
export interface ProseHandle {
  focusLine(line: number): void;
}

export interface ProseEditorProps {
  readonly value: string;
  readonly label: string;
  readonly onChange: (value: string) => void;
  /** Registers the editor so a lint finding can move the caret into it. */
  readonly register?: (handle: ProseHandle | null) => void;
}

/**
 * A CodeMirror 6 Markdown editor for one section's prose. It owns its text while the user
 * types; a new `value` from outside (taking the other version on a conflict, restoring a
 * draft) replaces the text only when it differs, so typing never fights React.
 * CodeMirror's styles go in through constructable style sheets, which the CSP allows.
 */
export function ProseEditor({ value, label, onChange, register }: ProseEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    // In a shadow root CodeMirror's styles go into a constructable style sheet, which the
    // CSP (style-src 'self') allows; on the document it would add a <style> element, which
    // the CSP refuses. The theme below uses the design tokens, which inherit into it.
    const root = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const v = new EditorView({
      parent: root,
      root,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          markdown(),
          EditorView.lineWrapping,
          THEME,
          placeholder('Write this section in Markdown…'),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    register?.({
      focusLine(line) {
        const doc = v.state.doc;
        const at = doc.line(Math.min(Math.max(1, line), doc.lines));
        v.dispatch({ selection: { anchor: at.from }, scrollIntoView: true });
        v.focus();
      },
    });
    return () => {
      register?.(null);
      v.destroy();
      view.current = null;
    };
    // The editor is created once; `value` changes are applied by the effect below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const current = v.state.doc.toString();
    if (current !== value) v.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  return <div className="prose-editor" ref={host} />;
}
