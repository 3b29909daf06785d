export type { Template, TemplateOptions } from './template.js';
export { BUILT_IN_TEMPLATES, listTemplates, getTemplate } from './template-registry.js';
export { loadCustomTemplate } from './custom-template.js';
export { standardTemplate } from './standard-template.js';
export { holbertonTemplate } from './holberton-template.js';
export { sreTemplate } from './sre-template.js';
export { minimalTemplate } from './minimal-template.js';
