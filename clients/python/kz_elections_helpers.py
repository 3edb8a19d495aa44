"""Small hand-written helpers over the generated kz_elections_client package (generated/, see generate.sh).

The generated API functions return the parsed body of every documented status: the model on success, a
``Problem`` on 4xx. ``unwrap`` turns a ``Problem`` into a raised ``ProblemError``; ``get_csv`` reads the
``text/csv`` form of a list, which the generated functions cannot parse (they parse JSON only).
"""

from __future__ import annotations

from typing import TypeVar

from kz_elections_client import Client
from kz_elections_client.models import Problem
from kz_elections_client.types import Response

T = TypeVar("T")


class ProblemError(Exception):
    """An RFC 9457 problem answer from the API, with its typed body."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.status} {problem.code}: {problem.detail}")
        self.problem = problem
        self.code = problem.code
        self.status = problem.status


def unwrap(response: Response[T | Problem]) -> T:
    """The parsed body of a ``*.sync_detailed(...)`` call, or raises ProblemError for a problem answer."""
    parsed = response.parsed
    if isinstance(parsed, Problem):
        raise ProblemError(parsed)
    if parsed is None:
        raise RuntimeError(f"undocumented status {response.status_code}: {response.content[:200]!r}")
    return parsed


def get_csv(client: Client, path: str, **params: str | int) -> str:
    """A list endpoint as CSV (``Accept: text/csv``), e.g. ``get_csv(client, "/v1/elections")``."""
    response = client.get_httpx_client().get(path, params=params, headers={"Accept": "text/csv"})
    if response.status_code >= 400:
        raise ProblemError(Problem.from_dict(response.json()))
    return response.text
