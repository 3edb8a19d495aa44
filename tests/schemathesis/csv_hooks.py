"""Schemathesis hooks: let it validate the CSV and NDJSON twins of every tabular endpoint.

The OpenAPI document declares text/csv bodies as a string (CsvTable). The deserializer parses the
body as RFC 4180 CSV first, so a malformed table fails the run instead of being skipped.
"""
import csv
import io
import json

import schemathesis


@schemathesis.deserializer("text/csv")
def deserialize_csv(ctx: schemathesis.DeserializationContext, response):
    text = response.content.decode(response.encoding or "utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValueError("CSV body has no header line")
    width = len(rows[0])
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != width:
            raise ValueError(f"CSV line {number} has {len(row)} fields; the header has {width}")
    return text


@schemathesis.deserializer("application/x-ndjson")
def deserialize_ndjson(ctx: schemathesis.DeserializationContext, response):
    """Every line of an NDJSON body must be one JSON object (a row); the body is returned as the string it is."""
    text = response.content.decode(response.encoding or "utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not isinstance(json.loads(line), dict):
            raise ValueError(f"NDJSON line {number} is not a JSON object")
    return text
