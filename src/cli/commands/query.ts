// `kg query "<cypher>"`: run a read-only Cypher query against Neo4j and print the rows as a
// table, JSON or CSV on stdout. Errors go to stderr (via main.ts) with a non-zero exit code.
// Read mode is enforced by the server, so this command cannot change the graph.
import type { Command } from 'commander';
import { openNeo4j, resolveNeo4jConfig } from '../../store/neo4j-connection.ts';
import { formatResult, OUTPUT_FORMATS, parseOutputFormat } from '../../query/format-result.ts';
import { parseParams } from '../../query/parse-params.ts';
import { runReadQuery } from '../../query/run-read-query.ts';

interface QueryFlags {
  param: string[];
  format: string;
  neo4j?: string | boolean;
  user?: string;
  password?: string;
  database?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function register(program: Command): void {
  program
    .command('query')
    .description('run a read-only Cypher query against Neo4j and print the result')
    .argument('<cypher>', 'the Cypher query, e.g. "MATCH (e:Entity) RETURN e.name LIMIT 5"')
    .option('--param <name=value>', 'a query parameter $name; repeatable; value read as number, boolean, null, JSON or text', collect, [])
    .option('--format <format>', `output format: ${OUTPUT_FORMATS.join(' | ')}`, 'table')
    .option('--neo4j [uri]', 'Neo4j URI (default: $NEO4J_URI or bolt://127.0.0.1:7687); put it after the query or use --neo4j=URI')
    .option('--user <name>', 'Neo4j user (default: $NEO4J_USERNAME or neo4j)')
    .option('--password <password>', 'Neo4j password (default: $NEO4J_PASSWORD or kg-password)')
    .option('--database <name>', 'Neo4j database (default: $NEO4J_DATABASE or neo4j)')
    .action(async (cypher: string, flags: QueryFlags) => {
      // Validate everything local before touching the network.
      const format = parseOutputFormat(flags.format);
      const params = parseParams(flags.param);
      const config = resolveNeo4jConfig({
        uri: typeof flags.neo4j === 'string' ? flags.neo4j : undefined,
        username: flags.user,
        password: flags.password,
        database: flags.database,
      });
      const { driver, database } = await openNeo4j(config);
      try {
        const result = await runReadQuery(driver, database, cypher, params);
        process.stdout.write(formatResult(result, format));
      } finally {
        await driver.close();
      }
    });
}
