"""Smoke test of the generated Python client against a running server at KZ_API_URL."""

import os

import pytest
from kz_elections_client import Client
from kz_elections_client.api.elections import get_election, list_elections
from kz_elections_client.api.results import list_election_results
from kz_elections_client.models import ElectionList, ResponseFormat, Problem, ResultList
from kz_elections_helpers import ProblemError, get_csv, unwrap


@pytest.fixture(scope="module")
def client():
    base_url = os.environ.get("KZ_API_URL")
    if not base_url:
        pytest.fail("set KZ_API_URL to the base URL of a running server, e.g. http://127.0.0.1:3000")
    with Client(base_url=base_url, raise_on_unexpected_status=True) as c:
        yield c


def test_list_elections(client):
    elections = list_elections.sync(client=client)
    assert isinstance(elections, ElectionList)
    assert elections.total == 5
    assert "2022-presidential" in [e.id for e in elections.data]


def test_2022_presidential_results(client):
    results = unwrap(list_election_results.sync_detailed(client=client, election_id="2022-presidential"))
    assert isinstance(results, ResultList)
    tokayev = next(r for r in results.data if r.contestant_id == "tokayev-kassym-jomart")
    assert tokayev.votes.value == 6456393
    assert tokayev.votes.status == "final"


def test_unknown_election_is_a_typed_problem(client):
    response = get_election.sync_detailed(client=client, election_id="does-not-exist")
    assert response.status_code == 404
    assert isinstance(response.parsed, Problem)
    assert response.parsed.code == "election-not-found"

    with pytest.raises(ProblemError) as raised:
        unwrap(get_election.sync_detailed(client=client, election_id="does-not-exist"))
    assert raised.value.code == "election-not-found"
    assert raised.value.status == 404
    assert raised.value.problem.instance == "/v1/elections/does-not-exist"


def test_elections_as_csv(client):
    assert get_csv(client, "/v1/elections").splitlines()[0].startswith("id,kind,name,date")
    # The generated function sends ?format=csv but parses every 200 as JSON, so use the raw body.
    response = client.get_httpx_client().get("/v1/elections", params={"format": ResponseFormat.CSV.value})
    assert response.status_code == 200
    assert response.text.splitlines()[0].startswith("id,kind,name,date")
