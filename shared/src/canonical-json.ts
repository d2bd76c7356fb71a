/**
 * JSON with object keys in one order (UTF-16 code unit order, as
 * `Array.prototype.sort` leaves strings), no whitespace, arrays in their
 * order: equal data gives equal text, so it can be hashed or used as a key.
 *
 * By default a value is written as `JSON.stringify` would write it apart
 * from the order of keys: keys whose value is undefined are left out,
 * undefined elsewhere (alone, in an array) and non-finite numbers are
 * `null`, and a Date is its ISO-8601 text. Hashes kept in databases are
 * computed with it (published reports, idempotency keys' arguments), so
 * this text must never change; `canonical-json.test.ts` pins it.
 *
 * `strict` is for data whose every value must be stated (the audit chain,
 * whose hash any implementation must be able to recompute from the table):
 * it refuses undefined, non-finite numbers and anything that is not null,
 * a boolean, a number, a string, an array or a plain object.
 */
export function canonicalJson(value: unknown, options: { strict?: boolean } = {}): string {
  return options.strict ? strictText(value) : lenientText(value);
}

/** Keys sorted by UTF-16 code units. */
const sortedKeys = (obj: object) => Object.keys(obj).sort();

function lenientText(value: unknown): string {
  if (value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(lenientText).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of sortedKeys(obj)) {
    if (obj[key] !== undefined) parts.push(`${JSON.stringify(key)}:${lenientText(obj[key])}`);
  }
  return `{${parts.join(',')}}`;
}

function strictText(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(strictText).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError('canonicalJson: only plain objects are written in strict mode');
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of sortedKeys(obj)) {
        if (obj[key] === undefined) throw new TypeError(`canonicalJson: undefined value for key ${key}`);
        parts.push(`${JSON.stringify(key)}:${strictText(obj[key])}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: unsupported value of type ${typeof value}`);
  }
}
