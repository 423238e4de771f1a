// Named errors of the recognizer, so callers can tell a missing or corrupt model apart.

/** The NER model file is missing, unreadable or not in the expected format. */
export class NerModelError extends Error {
  override name = 'NerModelError';
}

/** A CoNLL-2003 input line is not what training or scoring needs (e.g. a token line without a gold tag). */
export class ConllFormatError extends Error {
  override name = 'ConllFormatError';
}
