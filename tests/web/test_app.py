"""The web app's routes through FastAPI's test client: JSON twins, errors, escaping, read-only."""
import hashlib

import pytest
from fastapi.testclient import TestClient

from chronique.web import create_app


@pytest.fixture(scope="module")
def client(web_db):
    return TestClient(create_app(web_db))


def test_json_twins_and_openapi(client):
    o = client.get("/api/overview").json()
    assert o["documents"] >= 3 and o["events"] > 0
    assert any((d["a"], d["b"]) == ("ITA", "MAR") for d in o["top_dyads"])
    d = client.get("/api/dyad/ITA-MAR", params={"limit": 2}).json()
    assert d["dyad"] == "ITA-MAR" and len(d["events"]) == 2 and d["next_offset"] == 2 and d["total"] > 2
    months = {r["month"] for r in d["timeline"]}
    assert {"2021-07", "2024-06"} <= months
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/overview", "/api/dyad/{dyad}", "/api/article/{doc_id}", "/api/actor/{name}", "/api/search", "/api/events"} <= set(paths)


def test_filters_paging_and_downloads(client):
    page1 = client.get("/api/events", params={"dyad": "MAR-ITA", "limit": 3}).json()
    page2 = client.get("/api/events", params={"dyad": "MAR-ITA", "limit": 3, "offset": 3}).json()
    assert page1["total"] == page2["total"] and {e["id"] for e in page1["events"]}.isdisjoint(e["id"] for e in page2["events"])
    agree = client.get("/api/events", params={"dyad": "MAR-ITA", "type": "AGREE"}).json()
    assert agree["events"] and all(e["type"] == "AGREE" for e in agree["events"])
    csv = client.get("/events.csv", params={"dyad": "MAR-ITA", "type": "AGREE"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.count("\n") == len(agree["events"]) + 1
    jsonl = client.get("/events.jsonl", params={"dyad": "MAR-ITA", "type": "AGREE"})
    assert len(jsonl.text.splitlines()) == len(agree["events"])


def test_unknown_ids_give_a_404_page_not_a_trace(client):
    r = client.get("/article/no-such-article")
    assert r.status_code == 404 and "no article" in r.text and "Traceback" not in r.text
    assert client.get("/api/article/no-such-article").status_code == 404
    assert client.get("/actor/Personne%20Inconnue").status_code == 404
    r = client.get("/dyad/Maroc")
    assert r.status_code == 400 and "MAR-ITA" in r.text
    assert client.get("/docs").status_code == 404   # FastAPI's docs page would load a CDN


def test_article_text_is_escaped_everywhere(client):
    r = client.get("/article/xss-test")
    assert r.status_code == 200
    assert "<script>window.__xss" not in r.text and "&lt;script&gt;window.__xss" in r.text
    assert "<img src=x" not in r.text and 'href="javascript:' not in r.text
    hits = client.get("/search", params={"q": "migration"}).text
    assert "<img src=x" not in hits
    assert "<img src=x" not in client.get("/dyad/ESP-MAR").text


def test_the_app_never_writes_the_store(web_db, client):
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for url in ("/", "/dyad/MAR-ITA", "/article/xss-test", "/search?q=GMMP", "/api/events", "/actor/Nasser%20Bourita"):
        assert client.get(url).status_code == 200, url
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before


def test_the_brief_has_a_json_twin_and_a_page(client):
    b = client.get("/api/dyad/ITA-MAR/brief", params={"lang": "en"}).json()
    assert b["dyad"] == "ITA-MAR" and any("GMMP" in c["acronyms"] for c in b["commitments"])
    r = client.get("/dyad/MAR-ITA/brief")
    assert r.status_code == 200 and "<svg" in r.text and "Relation Maroc–Italie" in r.text
    assert client.get("/dyad/MAR-ITA/brief", params={"lang": "xx"}).status_code == 422
