import { ApiError } from '../api/api-error.js';

/** An error shown at the top of a form or page, announced by screen readers. */
export function ErrorAlert({ error, title }: { readonly error: unknown; readonly title?: string }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title ?? 'That did not work'}</strong>
      <p>{messageOf(error)}</p>
    </div>
  );
}

/** A sentence for people: the server's message for API errors, a generic one otherwise. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error')
      return 'The server could not be reached. Check your connection and try again.';
    if (error.code === 'too_many_requests')
      return 'Too many attempts. Wait a minute and try again.';
    return error.message;
  }
  return 'Something unexpected happened. Try again.';
}
