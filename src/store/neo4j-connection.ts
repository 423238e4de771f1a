// Where the Neo4j server is and how to log in, resolved once from command-line options, the
// environment and defaults (in that order), and opening a driver that is known to work: the
// connection, the credentials and the database are all checked before any real query runs, and
// each failure becomes a Neo4jConnectionError that says what failed and what to do about it.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  /** bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// URI. */
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Neo4jConfigOptions {
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
}

export const NEO4J_DEFAULTS: Readonly<Neo4jConfig> = Object.freeze({
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  password: 'kg-password',
  database: 'neo4j',
});

/** Why a connection could not be made; lets callers (and tests) branch without parsing text. */
export type Neo4jConnectionFailure = 'config' | 'unreachable' | 'unauthorized' | 'database-not-found' | 'unknown';

export class Neo4jConnectionError extends Error {
  override name = 'Neo4jConnectionError';
  readonly failure: Neo4jConnectionFailure;
  constructor(failure: Neo4jConnectionFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.failure = failure;
  }
}

const SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function pick(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined && v.trim() !== '');
}

/** `host`, `host:port` or a full URI; a bare host gets bolt:// and a missing port 7687. */
export function normaliseNeo4jUri(raw: string): string {
  const text = raw.trim();
  const match = /^([a-z0-9+]+):\/\/(.*)$/i.exec(text);
  const scheme = match ? match[1]!.toLowerCase() : 'bolt';
  const rest = match ? match[2]! : text;
  if (!SCHEMES.includes(scheme)) {
    throw new Neo4jConnectionError(
      'config',
      `Unsupported Neo4j URI scheme "${scheme}" in "${raw}": use one of ${SCHEMES.map((s) => `${s}://`).join(', ')} (e.g. bolt://127.0.0.1:7687).`,
    );
  }
  const hostPort = rest.replace(/\/+$/, '');
  if (hostPort === '' || /[\s/?#]/.test(hostPort)) {
    throw new Neo4jConnectionError('config', `Invalid Neo4j URI "${raw}": expected ${scheme}://host[:port], e.g. bolt://127.0.0.1:7687.`);
  }
  const hasPort = /:\d+$/.test(hostPort) || /^\[.*\]:\d+$/.test(hostPort);
  return `${scheme}://${hasPort ? hostPort : `${hostPort}:7687`}`;
}

/**
 * Options win over the environment (NEO4J_URI, NEO4J_USERNAME or NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE), which wins over NEO4J_DEFAULTS. Empty strings count as unset.
 */
export function resolveNeo4jConfig(opts: Neo4jConfigOptions = {}, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const uri = pick(opts.uri, env.NEO4J_URI) ?? NEO4J_DEFAULTS.uri;
  return {
    uri: normaliseNeo4jUri(uri),
    username: pick(opts.username, env.NEO4J_USERNAME, env.NEO4J_USER) ?? NEO4J_DEFAULTS.username,
    password: pick(opts.password, env.NEO4J_PASSWORD) ?? NEO4J_DEFAULTS.password,
    database: pick(opts.database, env.NEO4J_DATABASE) ?? NEO4J_DEFAULTS.database,
  };
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return '';
}

/** Translate a driver error met while connecting into a Neo4jConnectionError with advice. */
export function describeConnectionFailure(error: unknown, config: Neo4jConfig): Neo4jConnectionError {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jConnectionError(
      'unauthorized',
      `Neo4j at ${config.uri} refused the login of user "${config.username}": check NEO4J_USERNAME/NEO4J_PASSWORD (or --user/--password). Server said: ${detail}`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jConnectionError(
      'database-not-found',
      `Neo4j at ${config.uri} has no database "${config.database}": create it (CREATE DATABASE, Enterprise only) or set NEO4J_DATABASE (or --database) to an existing one, e.g. "neo4j".`,
      { cause: error },
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|Failed to connect/i.test(detail)) {
    return new Neo4jConnectionError(
      'unreachable',
      `Cannot reach Neo4j at ${config.uri}: start it with \`npm run neo4j:start\` or set NEO4J_URI (or --neo4j URI) to a running server. Driver said: ${detail}`,
      { cause: error },
    );
  }
  return new Neo4jConnectionError(
    'unknown',
    `Connecting to Neo4j at ${config.uri} (database "${config.database}") failed${code ? ` with ${code}` : ''}: ${detail}`,
    { cause: error },
  );
}

export interface Neo4jConnection {
  driver: Driver;
  database: string;
}

/**
 * Create the official driver and prove it usable: verifyConnectivity checks the server and the
 * login; a trivial read in the target database checks that the database exists (a direct bolt://
 * connection does not check it otherwise). On failure the driver is closed before throwing.
 */
export async function openNeo4j(config: Neo4jConfig, driverConfig: Record<string, unknown> = {}): Promise<Neo4jConnection> {
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      connectionTimeout: 10_000,
      ...driverConfig,
    });
  } catch (error) {
    throw describeConnectionFailure(error, config);
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
    await driver.executeQuery('RETURN 1', {}, { database: config.database, routing: neo4j.routing.READ });
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw describeConnectionFailure(error, config);
  }
  return { driver, database: config.database };
}
