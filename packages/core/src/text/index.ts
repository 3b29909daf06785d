export { inlineText, decodeEntities } from './inline-text.js';
export { firstSentence } from './first-sentence.js';
