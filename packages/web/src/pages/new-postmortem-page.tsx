import type { Severity } from '@hindsight/core';
import { BUILT_IN_TEMPLATES, getTemplate } from '@hindsight/core/templates';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import { useApp } from '../app/app-context.js';
import { usePageTitle } from '../app/use-page-title.js';
import { SEVERITY_LABELS } from '../components/badges.js';
import { ErrorAlert } from '../components/error-alert.js';
import { TextField } from '../components/text-field.js';
import { focusFirstInvalid } from '../lib/focus-first-invalid.js';
import { navigate } from '../router/router.js';
import { hrefOf } from '../router/routes.js';
import './new-postmortem/new-postmortem.css';

/** The zone this browser is in, offered as the zone the timeline will be written in. */
function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Starts a postmortem from one of the templates, then opens it in the editor. */
export function NewPostmortemPage() {
  usePageTitle('New postmortem');
  const { api, session } = useApp();
  const id = useId();
  const [template, setTemplate] = useState(BUILT_IN_TEMPLATES[0]?.id ?? 'standard');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [timezone, setTimezone] = useState(browserZone);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const titleProblem = title.trim() === '' ? 'Give the incident a short title.' : undefined;
  const serverIssue = (field: string) =>
    error instanceof ApiError ? error.issueFor(field) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (titleProblem) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const model = getTemplate(template).build({
        title: title.trim(),
        ...(date ? { date } : {}),
        ...(severity ? { severity } : {}),
        ...(timezone.trim() ? { timezone: timezone.trim() } : {}),
        ...(session ? { authors: [session.user.displayName || session.user.username] } : {}),
      });
      const created = await api.postmortems.create({ model });
      // Straight into the editor: the template's prompts are there to be replaced.
      navigate(hrefOf({ name: 'editPostmortem', id: created.id }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>New postmortem</h1>
          <p className="page-lede">
            Pick a template; its prompts show what to write in each section.
          </p>
        </div>
      </div>
      <ErrorAlert error={error} title="The postmortem could not be created" />
      <form className="card new-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="template-choice">
          <legend>Template</legend>
          {BUILT_IN_TEMPLATES.map((t) => (
            <label key={t.id} className="template-option">
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={template === t.id}
                onChange={() => setTemplate(t.id)}
              />
              <span>
                <strong>{t.name}</strong>
                <span className="muted">{t.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField
          label="Title"
          name="title"
          required
          hint="What failed, in a few words: “Checkout errors after a config push”."
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={(checked ? titleProblem : undefined) ?? serverIssue('title')}
        />
        <div className="form-row">
          <TextField
            label="Incident date"
            name="date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={serverIssue('date')}
          />
          <div className="field">
            <label htmlFor={`${id}-severity`}>Severity</label>
            <select
              id={`${id}-severity`}
              value={severity}
              onChange={(e) => setSeverity(e.target.value as Severity | '')}
            >
              <option value="">Not decided yet</option>
              {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label="Time zone of the timeline"
            name="timezone"
            hint="An IANA zone such as UTC or Europe/Paris."
            value={timezone}
            onChange={(e) => setTimezone(e.target.value)}
            error={serverIssue('timezone')}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the postmortem'}
        </button>
      </form>
    </>
  );
}
