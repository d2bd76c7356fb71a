import { rowById, rowsPerKey } from '../rows';

describe('rows for a batch loader', () => {
  it("answers each key with its rows, in the keys' order, and leaves out rows of keys not asked for", () => {
    const rows = [
      { key: 'b', n: 1 },
      { key: 'x', n: 2 },
      { key: 'b', n: 3 },
    ];
    expect(rowsPerKey(['a', 'b'], rows, (r) => r.key)).toEqual([[], [rows[0], rows[2]]]);
  });

  it('reads a row by its uuid, locked when asked, and reads nothing for an id that is no uuid', async () => {
    const sent: Array<[string, unknown[]]> = [];
    const m = { query: async (sql: string, params: unknown[]) => (sent.push([sql, params]), [{ id: 'row' }]) };
    const id = '0b7f1c1e-2a5d-4f7e-9c61-3f0a9d3e4b21';
    expect(await rowById(m as never, 'note', 'id, text', id, true)).toEqual({ id: 'row' });
    expect(await rowById(m as never, 'note', 'id, text', 'P-1')).toBeNull();
    expect(sent).toEqual([['SELECT id, text FROM note WHERE id = $1 FOR UPDATE', [id]]]);
  });
});
