import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSafelist, safelistCache, safelistFrom, sha256 } from '../safelist';

const DOC = '{ teams { id } }';

describe('safelist file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mk-safelist-unit-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('loads a map of sha256 to document', () => {
    const list = loadSafelist(write('ok.json', JSON.stringify({ [sha256(DOC)]: DOC })));
    expect([...list.entries()]).toEqual([[sha256(DOC), DOC]]);
  });

  it('refuses, naming the problem: missing file, bad JSON, wrong shape, bad or mismatched hash, empty list', () => {
    expect(() => loadSafelist(path.join(dir, 'absent.json'))).toThrow(/cannot read the safelist/);
    expect(() => loadSafelist(write('bad.json', '{'))).toThrow(/not valid JSON/);
    expect(() => safelistFrom([DOC])).toThrow(/must be a JSON object/);
    expect(() => safelistFrom({ abc: DOC })).toThrow(/not a sha256 hash/);
    expect(() => safelistFrom({ [sha256(DOC).toUpperCase()]: DOC })).toThrow(/not a sha256 hash/);
    expect(() => safelistFrom({ [sha256(DOC)]: 42 })).toThrow(/is not a document/);
    expect(() => safelistFrom({ [sha256(DOC)]: `${DOC} ` })).toThrow(/does not match/);
    expect(() => safelistFrom({})).toThrow(/lists no operation/);
  });

  it('serves listed documents to persisted queries and stores nothing', async () => {
    const cache = safelistCache(safelistFrom({ [sha256(DOC)]: DOC }));
    expect(await cache.get(`apq:${sha256(DOC)}`)).toBe(DOC);
    const other = sha256('{ __typename }');
    await cache.set();
    expect(await cache.get(`apq:${other}`)).toBeUndefined();
  });
});
