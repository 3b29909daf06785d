import { InvalidInputError } from '../../storage/errors.js';
import { invalidInput } from '../http-error.js';

/**
 * Runs a store write and, when the store refuses the model, names the fields as the request
 * wrote them (`body.model.title` rather than `title`; `body.markdown` for a parsed document,
 * where model paths mean nothing to the author).
 */
export async function withFieldPrefix<T>(prefix: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw invalidInput(
      error.issues.map((i) =>
        prefix.endsWith('markdown')
          ? { path: prefix, message: `${i.path}: ${i.message}` }
          : { path: i.path === '' ? prefix : `${prefix}.${i.path}`, message: i.message },
      ),
    );
  }
}
