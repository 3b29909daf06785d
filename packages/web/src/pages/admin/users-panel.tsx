import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { Account, Role } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TextField } from '../../components/text-field.js';

const ROLES: readonly Role[] = ['admin', 'editor', 'reviewer', 'viewer'];
const ROLE_HINTS: Record<Role, string> = {
  admin: 'Everything, including people and teams.',
  editor: 'Writes, publishes and follows up postmortems.',
  reviewer: 'Approves or asks for changes when asked.',
  viewer: 'Reads and comments.',
};

/** The people who may sign in: their roles, whether they are active, and adding someone. */
export function UsersPanel({ selfId }: { readonly selfId: string }) {
  const { api } = useApp();
  const id = useId();
  const [users, setUsers] = useState<readonly Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form, setForm] = useState({
    username: '',
    displayName: '',
    password: '',
    role: 'viewer' as Role,
  });
  const [formError, setFormError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    api.users
      .list()
      .then((page) => setUsers(page.items))
      .catch(setError);
  }, [api]);

  async function update(user: Account, change: { role?: Role; disabled?: boolean }) {
    setError(null);
    try {
      const next = await api.users.update(user.id, change);
      setUsers((list) => list?.map((u) => (u.id === next.id ? next : u)) ?? null);
      setNotice(`Saved ${next.username}.`);
    } catch (caught) {
      setError(caught);
    }
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    try {
      const user = await api.users.create({
        username: form.username.trim(),
        password: form.password,
        role: form.role,
        ...(form.displayName.trim() ? { displayName: form.displayName.trim() } : {}),
      });
      setUsers((list) => [...(list ?? []), user]);
      setForm({ username: '', displayName: '', password: '', role: 'viewer' });
      setNotice(`Added ${user.username}. Give them their password in person or by a safe channel.`);
    } catch (caught) {
      setFormError(caught);
    }
  }
  const issue = (field: string) =>
    formError instanceof ApiError ? formError.issueFor(field) : undefined;

  return (
    <section aria-labelledby={`${id}-people`} className="admin-section">
      <h2 id={`${id}-people`}>People</h2>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      <ErrorAlert error={error} title="That change was not saved" />
      {users === null ? (
        <p className="loading">Loading people…</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Accounts</caption>
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Access</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>{user.username}</td>
                  <td>{user.displayName ?? <span className="muted">—</span>}</td>
                  <td>
                    <label className="visually-hidden" htmlFor={`${id}-role-${user.id}`}>
                      Role of {user.username}
                    </label>
                    <select
                      id={`${id}-role-${user.id}`}
                      value={user.role}
                      disabled={user.id === selfId}
                      onChange={(e) => void update(user, { role: e.target.value as Role })}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <label className="check-field">
                      <input
                        type="checkbox"
                        checked={!user.disabled}
                        disabled={user.id === selfId}
                        onChange={(e) => void update(user, { disabled: !e.target.checked })}
                      />
                      {user.disabled ? 'Disabled' : 'Active'}
                      <span className="visually-hidden"> ({user.username})</span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="card admin-form"
        onSubmit={(e) => void create(e)}
        aria-labelledby={`${id}-add`}
      >
        <h3 id={`${id}-add`}>Add a person</h3>
        <ErrorAlert error={formError} title="The account was not created" />
        <div className="form-row">
          <TextField
            label="Username"
            autoComplete="off"
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value })}
            error={issue('username')}
          />
          <TextField
            label="Display name"
            autoComplete="off"
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            error={issue('displayName')}
          />
          <TextField
            label="First password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters; they can change it."
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={issue('password')}
          />
          <div className="field">
            <label htmlFor={`${id}-new-role`}>Role</label>
            <span className="field-hint" id={`${id}-new-role-hint`}>
              {ROLE_HINTS[form.role]}
            </span>
            <select
              id={`${id}-new-role`}
              aria-describedby={`${id}-new-role-hint`}
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button button-primary">
          Add the account
        </button>
      </form>
    </section>
  );
}
