// Named errors of `kg query`: a bad --param, a bad --format, or a query the server refused.
// Messages say what failed, on which input, and what to do.

/** A `--param name=value` argument that cannot be used. */
export class QueryParamError extends Error {
  override name = 'QueryParamError';
}

/** An unknown output format. */
export class QueryFormatError extends Error {
  override name = 'QueryFormatError';
}

/** The server refused or failed the query (syntax error, attempted write in read mode, ...). */
export class ReadQueryError extends Error {
  override name = 'ReadQueryError';
  /** The Neo4j status code, e.g. Neo.ClientError.Statement.SyntaxError ('' if none). */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
