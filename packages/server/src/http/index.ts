export { buildApp } from './build-app.js';
export type { BuildAppOptions, ViewerResolver } from './build-app.js';
export type { AppContext, AppServices } from './app-context.js';
export { ConfigError, DEFAULT_SERVER_CONFIG, LOG_LEVELS, loadServerConfig } from './config.js';
export type { LogLevel, ServerConfig, ServerFlags } from './config.js';
export { HttpError } from './http-error.js';
export type { HttpErrorCode } from './http-error.js';
export type { HttpApp } from './http-app.js';
