// The one error class of the input layer. Reading goes on after a bad article, so every
// failure is reported as a value that names the file (and record or line) and says what to do.

export class ArticleReadError extends Error {
  override readonly name = 'ArticleReadError';
  /** The file path as given (`-` for stdin), with `#<record>` or `:<line>` when it is about one record. */
  readonly path: string;
  /** What went wrong, without the path ("no text field", "invalid JSON: ..."). */
  readonly reason: string;
  /** 0-based record index inside a JSON/JSONL file, when the error is about one record. */
  readonly record?: number;
  /** 1-based line number inside a JSONL file, when the error is about one line. */
  readonly line?: number;

  constructor(
    path: string,
    reason: string,
    options: { cause?: unknown; record?: number; line?: number } = {},
  ) {
    const where =
      options.line !== undefined ? `${path}:${options.line}` : options.record !== undefined ? `${path}#${options.record}` : path;
    // `cause` is the underlying error when there is one, else the reason itself, so callers can
    // always show `cause` without a null check.
    super(`Cannot read article ${where}: ${reason}`, { cause: options.cause ?? reason });
    this.path = path;
    this.reason = reason;
    if (options.record !== undefined) this.record = options.record;
    if (options.line !== undefined) this.line = options.line;
  }
}
