export * from './storage/index.js';
export * from './workflow/index.js';
export * from './http/index.js';
export * from './auth/index.js';
export * from './transfer/index.js';
