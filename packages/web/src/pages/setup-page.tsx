import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import { useApp } from '../app/app-context.js';
import { usePageTitle } from '../app/use-page-title.js';
import { AuthLayout } from '../components/auth-layout.js';
import { ErrorAlert } from '../components/error-alert.js';
import { TextField } from '../components/text-field.js';
import { focusFirstInvalid } from '../lib/focus-first-invalid.js';
import { navigate } from '../router/router.js';

const MIN_PASSWORD = 12;

/** First run: creates the administrator account, then signs them in. */
export function SetupPage() {
  usePageTitle('Set up Hindsight');
  const { api, setSession } = useApp();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const problems = {
    username: username.trim() === '' ? 'Choose a username.' : undefined,
    password:
      password.length < MIN_PASSWORD ? `Use at least ${MIN_PASSWORD} characters.` : undefined,
    confirm: confirm !== password ? 'The two passwords differ.' : undefined,
  };
  const serverIssue = (field: string) =>
    error instanceof ApiError ? error.issueFor(field) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (problems.username || problems.password || problems.confirm) {
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = {
        username: username.trim(),
        password,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      };
      const session = await api.auth.setup(body);
      setSession(session);
      navigate('/', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <AuthLayout>
      <h1>Welcome to Hindsight</h1>
      <p className="page-lede">
        Create the administrator account. You can invite the rest of your team once you are in.
      </p>
      <ErrorAlert error={error} title="Could not create the account" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={(checked ? problems.username : undefined) ?? serverIssue('username')}
        />
        <TextField
          label="Display name"
          name="displayName"
          autoComplete="name"
          hint="Optional: how your name appears on postmortems."
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={serverIssue('displayName')}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD} characters.`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={(checked ? problems.password : undefined) ?? serverIssue('password')}
        />
        <TextField
          label="Repeat the password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={checked ? problems.confirm : undefined}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create the administrator'}
        </button>
      </form>
    </AuthLayout>
  );
}
