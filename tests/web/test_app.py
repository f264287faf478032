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
    assert client.get("/dyad/MAR-ITA/brief", params={"lang": "xx"}).status_code == 400


def test_only_http_sources_become_links(client):
    # the hostile article's source is "javascript:...": shown nowhere as a link, brief included
    for path in ("/dyad/ESP-MAR", "/dyad/ESP-MAR/brief", "/api/dyad/ESP-MAR/brief"):
        r = client.get(path)
        assert r.status_code == 200 and "javascript:window.__xss='source'" not in r.text.replace("&#39;", "'"), path
    events = client.get("/api/events", params={"dyad": "ESP-MAR"}).json()["events"]
    assert events and all(e["url"] is None for e in events if e["doc_id"] == "xss-test")


def test_every_response_carries_the_security_headers(client):
    for path in ("/", "/api/overview", "/article/no-such-article", "/static/chronique.js"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"] and "frame-ancestors 'none'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY" and h["referrer-policy"] == "no-referrer"


def test_every_article_opens_as_a_page_and_as_json_even_with_a_slash_in_its_id(client):
    ids = {e["doc_id"] for e in client.get("/api/events", params={"limit": 1000}).json()["events"]}
    assert "site1/index" in ids
    for doc_id in sorted(ids)[:12] + ["site1/index"]:
        page = client.get(f"/article/{doc_id}")
        assert page.status_code == 200, doc_id
        doc = client.get(f"/api/article/{doc_id}")
        assert doc.status_code == 200 and doc.json()["doc_id"] == doc_id and doc.json()["events"], doc_id


def test_paging_out_of_bounds_is_a_400_with_its_reason(client):
    for path, params in (("/api/events", {"offset": 2**63}), ("/dyad/ITA-MAR", {"page": 10**18}),
                         ("/api/dyad/ITA-MAR", {"offset": -1}), ("/api/events", {"limit": "beaucoup"})):
        r = client.get(path, params=params)
        assert r.status_code == 400 and "bad parameter" in r.text, (path, params, r.status_code)


def test_search_takes_french_as_typed_and_is_bounded(client):
    for q in ("l'Espagne", "aujourd'hui", "d'Italie", "Lamorgese migr*"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/api/search", params={"q": "l'Italie"}).json()
    page = client.get("/search", params={"q": "l'Italie"})
    assert page.status_code == 200 and "syntax error" not in page.text
    r = client.get("/api/search", params={"q": " ".join(["m*"] * 400)})
    assert r.status_code == 400 and "at most" in r.json()["detail"]


def test_a_mistyped_filter_is_a_400_that_says_what_was_meant(client):
    for path, params, says in (("/dyad/MAR-ITL", {}, "ITA"), ("/api/events", {"since": "garbage"}, "garbage"),
                               ("/dyad/ITA-MAR", {"since": "2024-13"}, "2024-13"),
                               ("/api/events", {"type": "FOO"}, "unknown type"),
                               ("/api/events", {"context": "migrations"}, "migration?")):
        r = client.get(path, params=params)
        assert r.status_code == 400 and says in r.text, (path, params, r.status_code)
    # what the ingest reads, the filters read: "juin 2021" is 2021-06
    a = client.get("/api/events", params={"dyad": "ITA-MAR", "since": "juin 2021"}).json()
    b = client.get("/api/events", params={"dyad": "ITA-MAR", "since": "2021-06"}).json()
    assert a["total"] == b["total"] > 0


def test_an_actor_page_shows_one_row_per_office_with_each_source_in_it(client):
    import re

    html = client.get("/actor/Luciana%20Lamorgese").text
    rows = re.findall(r'<tr class="office">', html)
    assert len(rows) == 1 and html.count('class="tenure"') == 2      # the shipped list and the corpus, in one row
    assert "liste fournie\u00a0:" in html and "corpus\u00a0:" in html
    english = client.get("/actor/Luciana%20Lamorgese", params={"lang": "en"}).text
    assert "shipped list:" in english and "corpus:" in english


def test_lists_of_dyads_actors_and_articles_lead_to_their_pages(client):
    import re

    dyads = client.get("/api/dyads").json()
    assert any((d["a"], d["b"]) == ("ITA", "MAR") for d in dyads) and all(d["n"] > 0 for d in dyads)
    page = client.get("/dyads").text
    assert "Italie – Maroc" in page and 'href="/dyad/ITA-MAR"' in page
    people = client.get("/api/actors").json()
    assert "Abdelouafi Laftit" in {p["name"] for p in people}
    assert 'href="/actor/Abdelouafi%20Laftit"' in client.get("/actors").text
    first = client.get("/api/articles", params={"limit": 5}).json()
    assert len(first) == 5 and all("events" in a for a in first)
    listing = client.get("/articles").text
    for doc_id in re.findall(r'href="/article/([^"]+)"', listing)[:5]:
        assert client.get(f"/article/{doc_id}").status_code == 200
    # an article links to the dyads of its events
    assert 'href="/dyad/' in client.get("/article/xss-test").text
    # every page's header leads to the lists
    assert all(f'href="/{p}"' in client.get("/").text for p in ("dyads", "actors", "articles"))


def test_every_link_from_the_overview_answers(client):
    """The cheapest guard against a page that always fails: walk the app's own links from "/"
    (HTML pages and their JSON twins) and require a 200 from each."""
    import re
    from collections import deque
    from html import unescape

    seen, queue, failures, wrong_language = {"/"}, deque(["/"]), [], []
    while queue and len(seen) < 1500:
        path = queue.popleft()
        r = client.get(path)
        if r.status_code != 200:
            failures.append((path, r.status_code))
            continue
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        wrong_language.extend(_other_language_words(path, r.text))
        for href in re.findall(r'href="(/[^"#]*)"', r.text):
            href = unescape(href)
            if href not in seen and not href.startswith("/static/"):
                seen.add(href)
                queue.append(href)
    assert not failures, failures[:10]
    assert len(seen) > 50 and any(p.startswith("/api/article/") for p in seen) and "/dyads" in seen
    assert any("lang=en" in p for p in seen) and not wrong_language, wrong_language[:10]


def _other_language_words(path: str, html: str) -> list[tuple[str, str]]:
    """The interface phrases of the other language found in a page's visible text (the article
    text, evidence and titles are French news in both: phrases of two words or more are looked
    for, which no article writes), and a page whose <html lang> is not the one asked for."""
    import re
    from html import unescape

    from chronique.web.labels import catalogue

    lang = "en" if "lang=en" in path else "fr"
    other = "fr" if lang == "en" else "en"
    found = [] if f'<html lang="{lang}">' in html else [(path, f"html lang is not {lang}")]
    visible = unescape(re.sub(r"<[^>]+>", " ", re.sub(r'data-figure="[^"]*"', "", html)))
    visible = re.sub(r"\s+", " ", visible)
    for entry in catalogue().values():
        if not isinstance(entry, dict) or other not in entry or entry[other] == entry[lang]:
            continue
        for fragment in re.split(r"\{[^}]*\}|<[^>]+>", entry[other]):
            fragment = fragment.strip(" .,:;()\u00a0")
            if " " in fragment and len(fragment) > 8 and fragment in visible:
                found.append((path, fragment))
    return found


def test_search_hits_are_marked_escaped_and_newest_first(client):
    page = client.get("/search", params={"q": "migration"}).text
    assert "<mark>migration</mark>" in page.lower() or "<mark>Migration</mark>" in page
    assert "<img src=x" not in page and "\x02" not in page and "\x03" not in page
    hits = client.get("/api/search", params={"q": "ministre", "limit": 200}).json()
    dates = [h["date"] for h in hits if h["date"]]
    assert len(dates) > 5 and dates == sorted(dates, reverse=True)


def test_the_language_switch_stays_on_this_site(client):
    # a path that begins "//" must not become a protocol-relative link to another host
    r = client.get("http://testserver//evil.example/x")
    assert r.status_code == 404 and 'href="//evil' not in r.text
    english = client.get("/dyads", params={"lang": "en"}).text
    assert 'id="switch-language" href="/dyads"' in english and '<html lang="en">' in english
    assert client.get("/dyads", params={"lang": "de"}).status_code == 400



def test_parties_no_rule_found_are_marked_as_guessed(tmp_path):
    from chronique.model import Actor, Article, Event
    from chronique.store import Store

    text = "Le président du Niger a salué ce rapprochement."
    with Store(tmp_path / "g.db") as store:
        store.save_article(Article("g1", text, "2024-02-10", "day"), [(0, len(text), text)], [],
                           [Event("SUPPORT", "praise", Actor("président du Niger", "NER"), Actor("Tunisie", "TUN"), text, 0, 0,
                                  len(text), "salué", 22, 27, parties_guessed=True)])
    client = TestClient(create_app(tmp_path / "g.db"))
    page = client.get("/dyad/NER-TUN").text
    assert "parties supposées" in page and "aucune règle n&#39;a trouvé" in page
    assert client.get("/api/events").json()["events"][0]["parties_guessed"] is True
    assert client.get("/api/events", params={"no_guesses": "true"}).json()["total"] == 0
    # the dyad page's box leaves them out of its list, its counts and its downloads
    page = client.get("/dyad/NER-TUN", params={"no_guesses": "true"}).text
    assert "parties supposées</div>" not in page and 'name="no_guesses" value="true" checked' in page
    assert "no_guesses=True" in page   # the download links keep the filter
    assert client.get("/api/dyad/NER-TUN", params={"no_guesses": "true"}).json()["total"] == 0
    assert client.get("/events.jsonl", params={"dyad": "NER-TUN", "no_guesses": "true"}).text == ""
