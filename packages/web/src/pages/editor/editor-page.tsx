import type { Postmortem } from '@hindsight/core';
import { DEFAULT_PROFILE, PROFILE_NAMES } from '@hindsight/core/lint';
import type { ProfileName } from '@hindsight/core/lint';
import { serialisePostmortem } from '@hindsight/core/markdown';
import { unifiedDiff } from '@hindsight/core/text';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { StoredPostmortem } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { usePageTitle } from '../../app/use-page-title.js';
import { ErrorAlert, messageOf } from '../../components/error-alert.js';
import { Link } from '../../router/link.js';
import { ConflictPanel } from './conflict-panel.js';
import { clearDraft, loadDraft, saveAside, saveDraft } from './draft-storage.js';
import type { EditorFinding } from './lint-document.js';
import { LintPanel } from './lint-panel.js';
import { MetadataFields } from './metadata-fields.js';
import type { ProseHandle } from './prose-editor.js';
import { SectionsEditor } from './sections-editor.js';
import { StructuredFields } from './structured-fields.js';
import { savable } from './savable.js';
import { useLint } from './use-lint.js';
import './editor.css';

type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'dirty' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'conflict'; readonly current: StoredPostmortem };

/** How long after the last change autosave waits. */
const AUTOSAVE_MS = 1500;

const SAVE_LABELS: Record<SaveState['kind'], string> = {
  saved: 'All changes saved.',
  dirty: 'Unsaved changes (kept in this browser).',
  saving: 'Saving…',
  failed: 'Not saved.',
  conflict: 'Not saved: someone else changed this postmortem.',
};

/** The structured editor of one postmortem, with live checks and autosave. */
export function EditorPage({ id }: { readonly id: string }) {
  const { api } = useApp();
  const [stored, setStored] = useState<StoredPostmortem | null>(null);
  const [model, setModel] = useState<Postmortem | null>(null);
  const [base, setBase] = useState(0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [restored, setRestored] = useState(false);
  const [aside, setAside] = useState<string | null>(null);
  const [profile, setProfile] = useState<ProfileName>(DEFAULT_PROFILE);
  const editors = useRef(new Map<number, ProseHandle>());
  const latest = useRef<Postmortem | null>(null);
  latest.current = model;
  usePageTitle(model ? `Editing ${model.title}` : 'Editing');
  const lint = useLint(model, profile);

  useEffect(() => {
    const controller = new AbortController();
    api.postmortems
      .get(id, controller.signal)
      .then((found) => {
        setStored(found);
        setProfile(profileOf(found.model));
        const draft = loadDraft(found.id);
        if (draft && draft.baseRevision <= found.revision) {
          // An edit from an earlier visit that never reached the server: bring it back and
          // let autosave check it against the current revision (a conflict if it moved on).
          setModel(draft.model);
          setBase(draft.baseRevision);
          setRestored(true);
          setSave({ kind: 'dirty' });
        } else {
          setModel(found.model);
          setBase(found.revision);
        }
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadError(error);
      });
    return () => controller.abort();
  }, [api, id]);

  const change = useCallback(
    (update: (m: Postmortem) => Postmortem) => {
      setModel((m) => (m ? update(m) : m));
      setSave((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
    },
    [setModel],
  );

  // Every change is in localStorage at once, so closing the tab loses nothing.
  useEffect(() => {
    if (stored && model && save.kind !== 'saved') {
      saveDraft(stored.id, { baseRevision: base, model, savedAt: new Date().toISOString() });
    }
  }, [stored, model, base, save.kind]);

  const put = useCallback(
    async (next: Postmortem, baseRevision: number) => {
      if (!stored) return;
      setSave({ kind: 'saving' });
      try {
        const saved = await api.client.put<StoredPostmortem>(
          `/api/postmortems/${encodeURIComponent(stored.id)}`,
          { baseRevision, model: savable(next) },
        );
        setStored(saved);
        setBase(saved.revision);
        // Typing during the request made the model newer than what was sent: stay dirty.
        if (latest.current === next) {
          clearDraft(saved.id);
          setSave({ kind: 'saved' });
        } else setSave({ kind: 'dirty' });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && isStored(error.current)) {
          setSave({ kind: 'conflict', current: error.current });
        } else {
          setSave({ kind: 'failed', message: messageOf(error) });
        }
      }
    },
    [api, stored],
  );

  useEffect(() => {
    if (save.kind !== 'dirty' || !model) return;
    const timer = setTimeout(() => void put(model, base), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [save.kind, model, base, put]);

  const pick = useCallback((finding: EditorFinding) => {
    const place = finding.place;
    if (place.kind === 'section') {
      editors.current.get(place.index)?.focusLine(place.line);
    } else if (place.kind === 'field') {
      const target = fieldElement(place.field);
      if (target) {
        target.scrollIntoView({ block: 'center' });
        // A row or a card: its first control, so the keyboard lands where typing helps.
        const control = target.matches(CONTROLS)
          ? target
          : target.querySelector<HTMLElement>(CONTROLS);
        if (control) control.focus();
        else {
          target.tabIndex = -1;
          target.focus();
        }
      }
    }
  }, []);

  if (loadError) {
    return (
      <>
        <h1>This postmortem cannot be edited</h1>
        <ErrorAlert error={loadError} />
      </>
    );
  }
  if (!model || !stored) {
    return (
      <p className="loading" role="status">
        Loading the editor…
      </p>
    );
  }

  const conflict = save.kind === 'conflict' ? save.current : null;
  const mineMarkdown = () => serialisePostmortem(model);
  const takeTheirs = (current: StoredPostmortem) => {
    setModel(current.model);
    setBase(current.revision);
    setStored(current);
    clearDraft(current.id);
    setSave({ kind: 'saved' });
  };

  return (
    <div className="editor-page">
      <div className="page-head">
        <div>
          <h1>Editing: {model.title || 'Untitled'}</h1>
          <p className="page-lede">
            Revision {base}. <Link to={{ name: 'postmortem', id: stored.id }}>Back to reading</Link>
          </p>
        </div>
        <div className="editor-save">
          <p role="status" aria-live="polite" className={`save-status save-${save.kind}`}>
            {SAVE_LABELS[save.kind]}
            {save.kind === 'failed' ? ` ${save.message}` : ''}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={save.kind === 'saving' || save.kind === 'conflict' || save.kind === 'saved'}
            onClick={() => void put(model, base)}
          >
            Save now
          </button>
        </div>
      </div>
      {restored && save.kind !== 'saved' && (
        <div className="alert" role="note">
          <p>
            Unsaved changes from an earlier visit were brought back from this browser.{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setRestored(false);
                takeTheirs(stored);
              }}
            >
              Discard them
            </button>
          </p>
        </div>
      )}
      {conflict && (
        <ConflictPanel
          updatedBy={conflict.updatedBy}
          revision={conflict.revision}
          diff={unifiedDiff('postmortem.md', serialisePostmortem(conflict.model), mineMarkdown())}
          onKeepMine={() => {
            setBase(conflict.revision);
            setStored(conflict);
            void put(model, conflict.revision);
          }}
          onTakeTheirs={() => takeTheirs(conflict)}
          onCopyAside={() => {
            const mine = mineMarkdown();
            saveAside(conflict.id, mine);
            setAside(mine);
            takeTheirs(conflict);
          }}
        />
      )}
      {aside !== null && (
        <section className="card aside-panel" aria-labelledby="aside-title">
          <h2 id="aside-title">Your version, set aside</h2>
          <div className="field">
            <label htmlFor="aside-text">Your version as Markdown (select and copy it)</label>
            <textarea id="aside-text" readOnly rows={10} value={aside} />
          </div>
          <button type="button" className="button button-small" onClick={() => setAside(null)}>
            Close
          </button>
        </section>
      )}
      <div className="editor-layout">
        <div className="editor-main">
          <MetadataFields model={model} onChange={(c) => change((m) => ({ ...m, ...c }))} />
          <StructuredFields model={model} onChange={change} />
          <SectionsEditor
            sections={model.sections}
            onChange={(index, body) =>
              change((m) => ({
                ...m,
                sections: m.sections.map((s, i) => (i === index ? { ...s, body } : s)),
              }))
            }
            register={(index, handle) => {
              if (handle) editors.current.set(index, handle);
              else editors.current.delete(index);
            }}
          />
        </div>
        <aside className="editor-aside" aria-label="Checks">
          <LintPanel lint={lint} profile={profile} onProfile={setProfile} onPick={pick} />
        </aside>
      </div>
    </div>
  );
}

const CONTROLS = 'input, select, textarea, button';

/**
 * The profile that checks a document started from a template: the built-in templates have
 * the names of the profiles (docs/lint.md); any other document gets the default.
 */
function profileOf(model: Postmortem): ProfileName {
  const template = model.template;
  return PROFILE_NAMES.find((name) => name === template) ?? DEFAULT_PROFILE;
}

/** The element of a field such as `timeline.2`, or of the nearest enclosing one (`timeline`). */
function fieldElement(field: string): HTMLElement | null {
  for (let name = field; name !== ''; name = name.slice(0, Math.max(0, name.lastIndexOf('.')))) {
    const found = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
    if (found) return found;
  }
  return null;
}

function isStored(value: unknown): value is StoredPostmortem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'revision' in value &&
    'model' in value &&
    typeof (value as { revision: unknown }).revision === 'number'
  );
}
