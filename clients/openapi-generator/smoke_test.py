"""Smoke test of openapi-generator's Python client against a running server at KZ_API_URL: one operation with a
CSV alternative answers JSON and CSV through the same generated method (NDJSON read raw)."""

import os
import sys

import kz_oag_client
from kz_oag_client.api.results_api import ResultsApi
from kz_oag_client.exceptions import NotFoundException
from kz_oag_client.models.result_list import ResultList

base_url = os.environ.get("KZ_API_URL") or sys.exit("set KZ_API_URL to the base URL of a running server")
with kz_oag_client.ApiClient(kz_oag_client.Configuration(host=base_url)) as client:
    api = ResultsApi(client)
    as_json = api.list_election_results("2022-presidential").actual_instance
    assert isinstance(as_json, ResultList), type(as_json)
    assert as_json.data[0].name == "Kassym-Jomart Tokayev", as_json.data[0].name
    as_csv = api.list_election_results("2022-presidential", format="csv").actual_instance
    assert isinstance(as_csv, str) and as_csv.startswith("contestant_id,"), as_csv[:80]
    assert len(as_csv.strip().splitlines()) == as_json.total + 1
    # The generated client parses JSON and text/* only; NDJSON, a stream, is read raw, line by line.
    raw = api.list_election_results_without_preload_content("2022-presidential", format="ndjson")
    assert raw.status == 200 and raw.headers["content-type"].startswith("application/x-ndjson")
    assert len(raw.data.decode("utf-8").strip().splitlines()) == as_json.total
    try:
        api.list_election_results("2031-presidential")
        sys.exit("an unknown vote did not raise")
    except NotFoundException as err:
        assert '"election-not-found"' in err.body, err.body
print("openapi-generator python: JSON, CSV and NDJSON of one operation, and a 404, all as documented")
