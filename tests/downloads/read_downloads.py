"""Reads a release's downloaded files with implementations other than the API's own (pyarrow, DuckDB, sqlite3)
and prints the row count of every table each one sees, as JSON: {"sqlite": {...}, "parquet_pyarrow": {...}, ...}.

Usage: read_downloads.py DIR  (DIR holds the files as downloaded: the .sqlite, the csv zip and the .parquet files)
"""
import csv
import io
import json
import pathlib
import sqlite3
import sys
import zipfile

import duckdb
import pyarrow.parquet as pq

# A region outline is one CSV field of up to a megabyte (the boundaries table).
csv.field_size_limit(sys.maxsize)

folder = pathlib.Path(sys.argv[1])
out = {"sqlite": {}, "csv_zip": {}, "parquet_pyarrow": {}, "parquet_duckdb": {}}

store = next(folder.glob("*.sqlite"))
con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
# Data tables only: a full-text index (a virtual table and its shadow tables, named after it) is not data.
virtual = [r[0] for r in con.execute("select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%'")]
tables = [
    r[0]
    for r in con.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
    if not any(r[0] == v or r[0].startswith(v + "_") for v in virtual)
]
for t in tables:
    out["sqlite"][t] = con.execute(f'select count(*) from "{t}"').fetchone()[0]
con.close()

with zipfile.ZipFile(next(folder.glob("*.zip"))) as z:
    for name in z.namelist():
        with z.open(name) as f:
            rows = list(csv.reader(io.TextIOWrapper(f, encoding="utf-8", newline="")))
        out["csv_zip"][name.removesuffix(".csv")] = len(rows) - 1

duck = duckdb.connect()
for f in sorted(folder.glob("*.parquet")):
    table = pq.read_table(f)
    key = f.stem.replace("-", "_")
    out["parquet_pyarrow"][key] = table.num_rows
    out["parquet_duckdb"][key] = duck.execute("select count(*) from read_parquet(?)", [str(f)]).fetchone()[0]

print(json.dumps(out, sort_keys=True))
