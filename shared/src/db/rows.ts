import type { EntityManager } from 'typeorm';

/** The rows of each key, in the keys' order, as a batch loader answers; a row of a key not asked for is left out. */
export function rowsPerKey<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const by = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const r of rows) by.get(keyOf(r))?.push(r);
  return keys.map((key) => by.get(key) ?? []);
}

const UUID = /^[0-9a-f-]{36}$/i;

/** The row of `table` with uuid `id` (its `columns`), locked for a change when `forUpdate`; null when there is none. */
export async function rowById<R>(
  m: EntityManager,
  table: string,
  columns: string,
  id: string,
  forUpdate = false,
): Promise<R | null> {
  if (!UUID.test(id)) return null;
  const rows: R[] = await m.query(`SELECT ${columns} FROM ${table} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [
    id,
  ]);
  return rows[0] ?? null;
}
