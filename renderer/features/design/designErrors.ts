import { ValidationError } from '../../../shared/validation';
import { errorMessage } from '../../ui/fieldErrors';

/** A refused design record in the user's words: the schema's sentence without the field's code name. */
export function designErrorMessage(cause: unknown): string {
  if (cause instanceof ValidationError) {
    const sentences = cause.issues.map((issue) => issue.replace(/^[A-Za-z.[\]0-9]+: /, ''));
    const text = sentences.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
  }
  return errorMessage(cause);
}
