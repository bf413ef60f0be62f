"""schemathesis against the app's own served OpenAPI schema, in-process (ASGI, no network),
over the sample store: valid and invalid requests to every operation must give no server
error, only declared status codes and media types, and bodies matching the declared
schemas.

CI budget: derandomized, EVENTDESK_SCHEMATHESIS_EXAMPLES examples per operation and generation mode
(default 25: well under a minute). Outside CI, raise it, e.g.
EVENTDESK_SCHEMATHESIS_EXAMPLES=80 pytest tests/web/test_schemathesis.py -s, which prints
the number of cases run and the statuses seen.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from eventdesk.web import create_app

EXAMPLES = int(os.environ.get("EVENTDESK_SCHEMATHESIS_EXAMPLES", "25"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance,
          negative_data_rejection]


@pytest.fixture(scope="module")
def api_schema(sample_db):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(sample_db))


def _operations(api_schema):
    return [result.ok() for result in api_schema.get_all_operations()]


def test_every_api_operation_is_fuzzed(api_schema):
    paths = {op.path for op in _operations(api_schema)}
    assert {"/api/clusters", "/api/clusters.geojson", "/api/events", "/api/cluster/{cluster_id}",
            "/api/timeline", "/api/facets", "/api/search", "/api/config"} <= paths


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_honours_its_openapi_schema(api_schema, mode):
    """Per operation, EXAMPLES generated requests; every check failure is collected, so the
    message lists all of them, not the first."""
    seen: Counter = Counter()
    failures: list[str] = []
    for operation in _operations(api_schema):
        if mode is GenerationMode.NEGATIVE and not (operation.query or operation.path_parameters):
            continue  # no parameter, so no invalid request to make

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck), phases=[Phase.explicit,
                  Phase.generate])
        def run(case):
            try:
                response = case.call_and_validate(checks=CHECKS)
            except Exception as exc:  # a check failed: keep it and go on
                failures.append(f"{case.operation.label} {case.formatted_path} "
                                f"{case.query}: {str(exc)[:600]}")
                return
            seen[response.status_code] += 1
            if response.status_code >= 400 and response.status_code != 422:
                assert "/" not in response.json()["detail"], response.text

        run()
    statuses = ", ".join(f"{code}: {n}" for code, n in sorted(seen.items()))
    print(f"\nschemathesis {mode.value}: {seen.total() + len(failures)} cases, "
          f"{len(failures)} failed; statuses {statuses}")
    assert not [code for code in seen if code >= 500]
    assert failures == []
