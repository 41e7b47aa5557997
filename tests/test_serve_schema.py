"""Schemathesis against the API's own OpenAPI schema, in process (ASGI, no network): generated
requests for every operation must never get a 5xx, and every answer must match the schema."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")
from analyse_fixtures import build_known_store  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
# negative_data_rejection is left out: in a query string every value is text, so a "wrong type"
# (an object where a string is expected) arrives as a perfectly good string and is rightly accepted.
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance  # noqa: E402

from lagebild.serve import create_app  # noqa: E402

# A high rate limit: the generated requests come from one client and must all reach the routes.
_UNLIMITED = "1000000/minute"
# With a token the schema declares bearer auth, and schemathesis also checks that a request
# without it is refused.
_TOKEN = "schema-test-token"


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    db = build_known_store(tmp_path_factory.mktemp("schema") / "k.duckdb")
    app = create_app(db, token=_TOKEN, rate_limit=_UNLIMITED, code_rate_limit=_UNLIMITED)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


# Valid requests as the schema describes them, and invalid ones that must be refused with a 4xx.
_MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)


def _operations(api_schema, *, coding: bool):
    found = [result.ok() for result in api_schema.get_all_operations()]
    return [op for op in found if (op.path == "/api/code") == coding]


def _exercise(operation, max_examples: int, excluded: tuple = ()) -> None:
    strategy = st.one_of(*(operation.as_strategy(generation_mode=mode) for mode in _MODES))

    # derandomize: the same cases on every run, so CI is stable; widen max_examples to explore.
    @settings(max_examples=max_examples, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              derandomize=True)
    @given(case=strategy)
    def check(case) -> None:
        response = case.call_and_validate(headers={"Authorization": f"Bearer {_TOKEN}"},
                                          excluded_checks=[negative_data_rejection, *excluded])
        assert response.status_code < 500

    check()


def test_no_operation_fails_or_breaks_its_schema(api_schema):
    operations = _operations(api_schema, coding=False)
    assert {op.path for op in operations} >= {"/api/events", "/api/network", "/api/documents/{doc_id}"}
    for operation in operations:
        _exercise(operation, max_examples=25)


@pytest.mark.model  # coding loads the spaCy pipelines
def test_coding_any_text_is_never_a_server_error(api_schema):
    [operation] = _operations(api_schema, coding=True)
    # A schema-valid text may still be uncodable (no language identified, an unknown language
    # code): that is a 422 with a one-line reason, so "valid data is accepted" does not apply.
    _exercise(operation, max_examples=15, excluded=(positive_data_acceptance,))
