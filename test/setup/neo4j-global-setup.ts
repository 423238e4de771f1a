// Vitest globalSetup: gives the Neo4j test suites a real server, or a clear reason to skip.
//
//   1. NEO4J_URI is set        -> use that server (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
//   2. else `java` is on PATH  -> start our own server with scripts/neo4j/neo4j.sh on a free port
//                                  (KG_TEST_NEO4J_PORT to pin one) with a fresh data directory
//                                  .neo4j/test-<port>, and stop it and delete the directory in
//                                  teardown.
//   3. else                    -> print why, and the suites that need Neo4j skip.
// With CI=true nothing is skipped: failing to reach or start Neo4j throws and fails the run.
// The server is only started when a selected test file imports test/setup/neo4j-env.ts, so
// `npx vitest run test/nlp` does not pay for it; KG_TEST_NEO4J=off skips Neo4j on purpose.
//
// How tests get the connection: import { neo4jTestConfig, neo4jAvailable } from
// 'test/setup/neo4j-env.ts' (which reads vitest's inject('kgNeo4j')). The same values are also
// put in process.env as KG_TEST_NEO4J_URI / _USER / _PASSWORD / _DATABASE (and
// KG_TEST_NEO4J_SKIP_REASON when unavailable) for child processes such as CLI end-to-end tests.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openNeo4j, resolveNeo4jConfig, type Neo4jConfig } from '../../src/store/neo4j-connection.ts';

export interface ProvidedNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    kgNeo4j: ProvidedNeo4j | null;
    kgNeo4jSkipReason: string;
  }
}

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCRIPT = join(ROOT, 'scripts/neo4j/neo4j.sh');
const TEST_PASSWORD = 'kg-test-password';

function isCi(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== 'false' && ci !== '0';
}

// The test files of this run (vitest's CLI filters applied) that import neo4j-env.ts. vitest
// keeps the CLI filters in the internal `filenamePattern`; if that ever disappears we only lose
// the optimisation (all files are considered), never the server.
async function selectedFilesNeedNeo4j(project: TestProject): Promise<boolean> {
  try {
    const vitest = project.vitest as unknown as { filenamePattern?: string[] };
    const specs = await project.vitest.globTestSpecifications(vitest.filenamePattern);
    return specs.some((spec) => /neo4j-env(\.ts)?['"]/.test(readFileSync(spec.moduleId, 'utf8')));
  } catch {
    return true;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function runScript(command: string, env: NodeJS.ProcessEnv, quiet = false): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn('bash', [SCRIPT, command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stderr.write(chunk); // build and startup progress belong in the CI log
    });
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

function publish(project: TestProject, config: Neo4jConfig | null, skipReason: string): void {
  const provided = config
    ? { uri: config.uri, user: config.username, password: config.password, database: config.database }
    : null;
  project.provide('kgNeo4j', provided);
  project.provide('kgNeo4jSkipReason', skipReason);
  if (provided) {
    process.env.KG_TEST_NEO4J_URI = provided.uri;
    process.env.KG_TEST_NEO4J_USER = provided.user;
    process.env.KG_TEST_NEO4J_PASSWORD = provided.password;
    process.env.KG_TEST_NEO4J_DATABASE = provided.database;
    delete process.env.KG_TEST_NEO4J_SKIP_REASON;
  } else {
    process.env.KG_TEST_NEO4J_SKIP_REASON = skipReason;
  }
}

function unavailable(project: TestProject, reason: string): undefined {
  if (isCi()) throw new Error(`Neo4j is required when CI=true, but ${reason}`);
  process.stderr.write(`\n[neo4j] Neo4j test suites will be SKIPPED: ${reason}\n\n`);
  publish(project, null, reason);
  return undefined;
}

async function check(config: Neo4jConfig): Promise<void> {
  const { driver } = await openNeo4j(config);
  await driver.close();
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if ((process.env.KG_TEST_NEO4J ?? '').toLowerCase() === 'off' && !isCi()) {
    return unavailable(project, 'KG_TEST_NEO4J=off');
  }
  if (process.env.NEO4J_URI) {
    const config = resolveNeo4jConfig({});
    try {
      await check(config);
    } catch (error) {
      throw new Error(`NEO4J_URI is set but the tests cannot use it: ${(error as Error).message}`, { cause: error });
    }
    publish(project, config, '');
    return undefined;
  }
  if (!(await selectedFilesNeedNeo4j(project))) {
    publish(project, null, 'no selected test file imports test/setup/neo4j-env.ts');
    return undefined;
  }
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
    return unavailable(
      project,
      'NEO4J_URI is not set and `java` is not on PATH to start a test server (install a Java 17 JDK and Maven, or set NEO4J_URI).',
    );
  }

  const port = Number(process.env.KG_TEST_NEO4J_PORT) || (await freePort());
  const dataDir = join(ROOT, '.neo4j', `test-${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: TEST_PASSWORD,
    // Tests are short: skipping the C2 compiler roughly halves the server's startup CPU.
    NEO4J_JAVA_OPTS: process.env.NEO4J_JAVA_OPTS ?? '-XX:TieredStopAtLevel=1',
  };
  await runScript('stop', env, true); // a server left on this port by a crashed run
  rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const result = await runScript('start', env);
  if (result.code !== 0) {
    return unavailable(project, `scripts/neo4j/neo4j.sh start failed (exit ${result.code}):\n${result.output.trim()}`);
  }
  const config = resolveNeo4jConfig({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: TEST_PASSWORD, database: 'neo4j' }, {});
  try {
    await check(config);
  } catch (error) {
    await runScript('stop', env);
    return unavailable(project, (error as Error).message);
  }
  process.stderr.write(`[neo4j] test server ready at ${config.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  publish(project, config, '');

  return async () => {
    await runScript('stop', env);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(join(ROOT, '.neo4j', `neo4j-${port}.log`), { force: true });
  };
}
