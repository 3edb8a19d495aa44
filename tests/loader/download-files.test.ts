import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from '../../src/db/sqlite.js';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCsvZip, writeParquet } from '../../src/loader/downloads/write-files.js';
import type { TableColumns } from '../../src/loader/downloads/table-columns.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kz-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every column kind a store table may have, with nulls, read back by pyarrow (the second implementation). */
describe('the release file writers', () => {
  it('write every column kind, nulls included, as typed Parquet and as CSV', async () => {
    const db = new Database(':memory:');
    db.exec('create table t (s text, i integer, r real, b integer, x blob)');
    db.prepare('insert into t values (?, ?, ?, ?, ?)').run('Астана', 6456393, 81.31, 1, Buffer.from([0, 1, 2, 255]));
    db.prepare('insert into t values (?, ?, ?, ?, ?)').run(null, null, null, null, null);
    const table: TableColumns = {
      sqlName: 't',
      columns: [
        { name: 's', kind: 'text' },
        { name: 'i', kind: 'integer' },
        { name: 'r', kind: 'real' },
        { name: 'b', kind: 'boolean' },
        { name: 'x', kind: 'blob' },
      ],
    };
    await writeParquet(db, table, path.join(dir, 't.parquet'));
    await writeCsvZip(db, [table], path.join(dir, 't.zip'));
    const read = execFileSync(
      path.resolve('.venv/bin/python'),
      [
        '-c',
        `import json, sys, zipfile, pyarrow.parquet as pq
t = pq.read_table(sys.argv[1])
rows = [{k: (v.hex() if isinstance(v, bytes) else v) for k, v in r.items()} for r in t.to_pylist()]
print(json.dumps({"types": [str(f.type) for f in t.schema], "rows": rows, "csv": zipfile.ZipFile(sys.argv[2]).read("t.csv").decode()}))`,
        path.join(dir, 't.parquet'),
        path.join(dir, 't.zip'),
      ],
      { encoding: 'utf8' },
    );
    const out = JSON.parse(read) as { types: string[]; rows: unknown[]; csv: string };
    expect(out.types).toEqual(['string', 'int64', 'double', 'bool', 'binary']);
    expect(out.rows).toEqual([
      { s: 'Астана', i: 6456393, r: 81.31, b: true, x: '000102ff' },
      { s: null, i: null, r: null, b: null, x: null },
    ]);
    expect(out.csv.split('\n').slice(0, 2)).toEqual(['s,i,r,b,x', 'Астана,6456393,81.31,1,AAEC/w==']);
  });
});
