import type { ReactNode } from 'react';
import { Brand } from './brand.js';
import { ThemeToggle } from './theme-toggle.js';

/** The frame of the pages shown before signing in: one centred card. */
export function AuthLayout({ children }: { readonly children: ReactNode }) {
  return (
    <main className="auth-layout" id="main">
      <div className="auth-card">
        <div className="auth-card-top">
          <Brand />
          <ThemeToggle />
        </div>
        {children}
      </div>
    </main>
  );
}
