import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Team } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { ErrorAlert } from '../../components/error-alert.js';

/** Teams and their members; members see their teams' restricted postmortems. */
export function TeamsPanel() {
  const { api } = useApp();
  const id = useId();
  const [teams, setTeams] = useState<readonly Team[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [member, setMember] = useState<Record<string, string>>({});

  useEffect(() => {
    api.teams
      .list()
      .then((page) => setTeams(page.items))
      .catch(setError);
  }, [api]);

  function replace(team: Team) {
    setTeams((list) => {
      const rest = (list ?? []).filter((t) => t.id !== team.id);
      return [...rest, team].sort((a, b) => a.name.localeCompare(b.name));
    });
  }
  async function createTeam(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      replace(await api.teams.create(name.trim()));
      setName('');
    } catch (caught) {
      setError(caught);
    }
  }
  async function addMember(event: FormEvent, team: Team) {
    event.preventDefault();
    setError(null);
    try {
      replace(await api.teams.addMember(team.id, (member[team.id] ?? '').trim()));
      setMember({ ...member, [team.id]: '' });
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby={`${id}-teams`} className="admin-section">
      <h2 id={`${id}-teams`}>Teams</h2>
      <p className="page-lede">Members of a team may read its restricted postmortems.</p>
      <ErrorAlert error={error} title="That change was not saved" />
      {teams === null ? (
        <p className="loading">Loading teams…</p>
      ) : teams.length === 0 ? (
        <p className="muted">No teams yet.</p>
      ) : (
        <ul className="team-list">
          {teams.map((team) => (
            <li key={team.id} className="card">
              <h3>{team.name}</h3>
              <p>
                {team.members.length > 0 ? (
                  team.members.join(', ')
                ) : (
                  <span className="muted">No members yet</span>
                )}
              </p>
              <form className="inline-form" onSubmit={(e) => void addMember(e, team)}>
                <label htmlFor={`${id}-member-${team.id}`}>Add by username</label>
                <input
                  id={`${id}-member-${team.id}`}
                  type="text"
                  value={member[team.id] ?? ''}
                  onChange={(e) => setMember({ ...member, [team.id]: e.target.value })}
                />
                <button type="submit" className="button button-small">
                  Add to {team.name}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void createTeam(e)}>
        <label htmlFor={`${id}-new-team`}>New team</label>
        <input
          id={`${id}-new-team`}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button-small">
          Create the team
        </button>
      </form>
    </section>
  );
}
