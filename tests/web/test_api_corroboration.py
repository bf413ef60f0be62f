"""The cluster JSON carries what issue 10 asks of corroboration: what the merge rests on,
sources named by outlet and doc_id, unknown outlets counted apart, possible matches."""

from __future__ import annotations


def test_cluster_json_says_what_the_merge_rests_on_and_names_doc_ids(client):
    [bakhmut] = client.get("/api/clusters", params={"min_sources": 2}).json()["items"]
    assert bakhmut["merge_basis"].startswith("2 reports of ")
    assert (bakhmut["n_sources"], bakhmut["n_reports_unknown_outlet"]) == (2, 0)
    assert (bakhmut["possible_matches"], bakhmut["n_possible_matches"]) == ([], 0)
    detail = client.get(f"/api/cluster/{bakhmut['cluster_id']}").json()
    assert detail["merge_basis"] == bakhmut["merge_basis"]
    names = {f"{s['outlet']} [{s['doc_id']}]" for s in detail["sources"]}
    assert detail["contradictions"] and all(
        sum(name in c for name in names) == 2 for c in detail["contradictions"])


def test_the_api_documents_the_new_cluster_fields(client):
    fields = client.get("/openapi.json").json()["components"]["schemas"]["Cluster"]["properties"]
    assert {"merge_basis", "n_reports_unknown_outlet", "possible_matches",
            "n_possible_matches"} <= set(fields)
