// Runs one Cypher query in a READ transaction and returns plain values. Read mode is the safety
// net of `kg query`: the server itself refuses CREATE/MERGE/SET/DELETE, so an exploratory query
// can never change the graph.
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain, type PlainResult } from './plain-value.ts';
import type { ParamValue } from './parse-params.ts';
import { ReadQueryError } from './query-errors.ts';

function codeOf(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

export async function runReadQuery(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, ParamValue> = {},
): Promise<PlainResult> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const result = tx.run(cypher, params);
      const columns = [...(await result.keys())];
      const { records } = await result;
      return { columns, rows: records.map((record) => columns.map((column) => toPlain(record.get(column)))) };
    });
  } catch (error) {
    const code = codeOf(error);
    const detail = error instanceof Error ? error.message : String(error);
    if (code === 'Neo.ClientError.Statement.AccessMode') {
      throw new ReadQueryError(
        code,
        `kg query runs read-only and the server refused a write: ${detail}. Use \`kg ingest\` to change the graph.`,
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Statement.ParameterMissing') {
      throw new ReadQueryError(code, `The query uses a parameter that was not given: ${detail}. Pass it with --param name=value.`, {
        cause: error,
      });
    }
    throw new ReadQueryError(code, `Query failed${code ? ` (${code})` : ''}: ${detail}`, { cause: error });
  } finally {
    await session.close();
  }
}
