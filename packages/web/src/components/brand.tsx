import { Link } from '../router/link.js';

/** The product mark and name, linking to the library. */
export function Brand() {
  return (
    <Link to={{ name: 'library', query: {} }} className="brand">
      <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
        <path
          d="M12 6v6l4 2"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <span>Hindsight</span>
    </Link>
  );
}
