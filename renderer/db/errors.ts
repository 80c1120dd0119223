/** A write refused because a referenced record is missing or deleted. */
export class MissingRecordError extends Error {
  constructor(kind: string, id: string) {
    super(`The ${kind} "${id}" does not exist or was deleted. Reload the view and try again.`);
    this.name = 'MissingRecordError';
  }
}

/** A write refused by a domain rule (e.g. a future-dated check-in); the message says what to do. */
export class RuleViolationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleViolationError';
  }
}
