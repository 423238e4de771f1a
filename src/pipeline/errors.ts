// Named errors of the pipeline. Each carries the article it concerns and the underlying
// cause, and its message says what failed and what to do, so one bad article can be
// reported and skipped while the others go on.
export class ExtractionError extends Error {
  override name = 'ExtractionError';
  constructor(
    readonly articleId: string,
    readonly origin: string | undefined,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not extract article "${articleId}"${origin ? ` (${origin})` : ''}: ${reason}. The article was skipped; check that it is readable text, or report the input that triggers this.`, { cause });
  }
}
