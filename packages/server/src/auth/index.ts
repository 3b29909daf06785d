export { AccountStore } from './account-store.js';
export type { AccountOptions } from './account-options.js';
export { AccountError, ACCOUNT_ERROR_STATUS } from './account-error.js';
export type { AccountErrorCode } from './account-error.js';
export { ApiTokenStore, TOKEN_PREFIX } from './api-token-store.js';
export type { ActiveApiToken, ApiToken, NewApiToken } from './api-token-store.js';
export { LoginThrottle } from './login-throttle.js';
export {
  ARGON2_PARAMS,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from './password.js';
export { SessionStore, csrfTokenFor } from './session-store.js';
export type { ActiveSession, NewSession } from './session-store.js';
export { TeamStore } from './team-store.js';
export type { Team } from './team-store.js';
export type { User } from './user.js';
export { UserStore } from './user-store.js';
export type { ActorOptions } from './user-store.js';
export type { NewUser, UserChanges } from './user-input.js';
export { viewerFor } from './viewer-for.js';
