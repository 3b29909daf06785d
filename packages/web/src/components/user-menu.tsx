import { useEffect, useId, useRef, useState } from 'react';
import type { Session } from '../api/types.js';

export interface UserMenuProps {
  readonly session: Session;
  readonly onSignOut: () => void;
}

/** The signed-in user's name, opening a small panel with their role and a sign-out button. */
export function UserMenu({ session, onSignOut }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    function close(event: Event) {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        root.current?.querySelector('button')?.focus();
      } else if (root.current?.contains(event.target as Node)) {
        return;
      }
      setOpen(false);
    }
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const { user } = session;
  const name = user.displayName || user.username;
  return (
    <div className="user-menu" ref={root}>
      <button
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">Account: </span>
        {name}
      </button>
      {open && (
        <div className="user-menu-panel" id={panelId}>
          <p>
            Signed in as <strong>{user.username}</strong>
            Role: {session.role}
          </p>
          <button type="button" className="button button-small" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
