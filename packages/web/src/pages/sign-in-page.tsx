import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import { useApp } from '../app/app-context.js';
import { usePageTitle } from '../app/use-page-title.js';
import { AuthLayout } from '../components/auth-layout.js';
import { ErrorAlert } from '../components/error-alert.js';
import { TextField } from '../components/text-field.js';
import { navigate } from '../router/router.js';

/** Sign-in with username and password; goes back to `next` (a same-origin path) after. */
export function SignInPage({ next }: { readonly next: string | null }) {
  usePageTitle('Sign in');
  const { api, setSession } = useApp();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.auth.signIn({ username: username.trim(), password });
      setSession(session);
      navigate(next ?? '/', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const wrongCredentials = error instanceof ApiError && error.status === 401;
  return (
    <AuthLayout>
      <h1>Sign in</h1>
      {wrongCredentials ? (
        <div className="alert alert-error" role="alert">
          <strong>Those details did not match</strong>
          <p>Check the username and password and try again.</p>
        </div>
      ) : (
        <ErrorAlert error={error} title="Could not sign in" />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthLayout>
  );
}
