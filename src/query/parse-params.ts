// Turns `--param name=value` arguments into Cypher parameters. A value is read, in order, as
// null, a boolean, an integer (a bigint, which the driver sends as a Cypher INTEGER; a JS number
// would arrive as FLOAT and break e.g. LIMIT $n; past 64 bits it stays a float), a float, any JSON value (lists, maps, "quoted
// strings"; integers inside become bigints too), and otherwise as the raw string.
import { QueryParamError } from './query-errors.ts';

export type ParamValue = null | boolean | number | bigint | string | ParamValue[] | { [key: string]: ParamValue };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INTEGER = /^[-+]?\d+$/;
const FLOAT = /^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function integerOrFloat(text: string): bigint | number {
  const big = BigInt(text);
  return big >= INT64_MIN && big <= INT64_MAX ? big : Number(text);
}

// Integers inside JSON become bigints (sent as INTEGER) when JSON.parse read them exactly.
function fromJson(value: unknown): ParamValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object') {
    const out: { [key: string]: ParamValue } = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = fromJson(inner);
    return out;
  }
  return String(value);
}

export function parseParamValue(text: string): ParamValue {
  const trimmed = text.trim();
  if (trimmed === 'null') return null;
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (INTEGER.test(trimmed)) return integerOrFloat(trimmed);
  if (FLOAT.test(trimmed)) return Number(trimmed);
  if (/^[[{"]/.test(trimmed)) {
    try {
      return fromJson(JSON.parse(trimmed) as unknown);
    } catch {
      // Not JSON after all: keep the text as a string, e.g. "[draft" or "{x".
    }
  }
  return text;
}

/** Parse one `name=value`; the value may itself contain `=`. */
export function parseParam(argument: string): [string, ParamValue] {
  const eq = argument.indexOf('=');
  if (eq < 0) {
    throw new QueryParamError(`--param "${argument}" has no "=": write --param name=value, e.g. --param limit=10.`);
  }
  const name = argument.slice(0, eq).trim();
  if (!NAME.test(name)) {
    throw new QueryParamError(
      `--param "${argument}": "${name}" is not a parameter name; use letters, digits and _ (not starting with a digit), as in $${'name'} in the query.`,
    );
  }
  return [name, parseParamValue(argument.slice(eq + 1))];
}

/** Parse every `--param`; a name given twice is an error rather than a silent override. */
export function parseParams(argumentsList: readonly string[]): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const argument of argumentsList) {
    const [name, value] = parseParam(argument);
    if (Object.prototype.hasOwnProperty.call(params, name)) {
      throw new QueryParamError(`--param ${name} is given twice: keep one of them.`);
    }
    params[name] = value;
  }
  return params;
}
