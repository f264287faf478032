"""Saved pages, URLs and feeds, served on 127.0.0.1 by a local HTTP server (pages and feed
written for these tests in tests/ingest/pages/; no external network)."""
from __future__ import annotations

import difflib
import re
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import chronique
from chronique.ingest.watch import parse_every, watch
from chronique.ingest.readers import read_path
from chronique.ingest.web import Fetcher, article_from_html, read_url
from chronique.model import Article, Problem

PAGES = Path(__file__).parent / "pages"


def char_scores(extracted: str, expected: str) -> tuple[float, float]:
    """Character-level precision and recall of extracted text against the known body."""
    a, b = " ".join(extracted.split()), " ".join(expected.split())
    matched = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / max(len(a), 1), matched / max(len(b), 1)


class Site:
    """A tiny web site: pages, a feed with ETag support, robots.txt, and some misbehaviour."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, str]] = {}
        self.hits: dict[str, int] = {}
        self.flaky: dict[str, int] = {}       # path -> number of 503s before it answers
        self.special: dict[str, object] = {}  # path -> a function that answers the request itself

    def handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                if self.path in site.special:
                    site.special[self.path](self)
                    return
                if site.flaky.get(self.path, 0) > 0:
                    site.flaky[self.path] -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                if self.path not in site.routes:
                    self.send_response(404)
                    self.end_headers()
                    return
                status, kind, body = site.routes[self.path]
                etag = f'"{abs(hash(body))}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(usegmt=True))
                self.end_headers()
                self.wfile.write(data)

        return Handler


@pytest.fixture
def site():
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), s.handler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    s.routes["/robots.txt"] = (200, "text/plain", "User-agent: *\nDisallow: /private/\n")
    for page in PAGES.glob("*.html"):
        s.routes[f"/{page.name}"] = (200, "text/html; charset=utf-8", page.read_text(encoding="utf-8"))
    yield s
    server.shutdown()


def feed(base: str, names: list[str]) -> str:
    items = "".join(f"<item><title>{n}</title><link>{base}/{n}.html</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>"
                    for n in names)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><link>{base}</link>{items}</channel></rss>'


def test_extraction_keeps_the_body_and_drops_the_boilerplate():
    for page in sorted(PAGES.glob("*.html")):
        [art] = read_path(page)
        assert isinstance(art, Article), art
        expected = (PAGES / f"{page.stem}.body.txt").read_text(encoding="utf-8")
        precision, recall = char_scores(art.text, expected)
        assert recall >= 0.98 and precision >= 0.85, (page.name, precision, recall)
        for junk in ("Accepter", "À lire aussi", "Commentaires", "Les plus lus", "PUBLICITÉ", "Tous droits réservés", "réactions"):
            assert junk not in art.text, (page.name, junk)
        assert art.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", art.date)


def test_a_url_is_fetched_and_coded_with_its_address_kept(site, tmp_path):
    db = tmp_path / "c.db"
    summary = chronique.run([f"{site.base}/accord-rabat-dakar.html"], db)
    assert summary.stored == 1, summary
    [e, *_] = chronique.events(db)
    assert e["url"] == f"{site.base}/accord-rabat-dakar.html" and e["date"].startswith("2024-03")


def test_polite_fetching_robots_retries_and_limits(site):
    site.routes["/private/secret.html"] = site.routes["/visite-rome.html"]
    [p] = read_url(f"{site.base}/private/secret.html")
    assert isinstance(p, Problem) and "robots.txt" in p.message
    site.flaky["/rappel-ambassadeur.html"] = 2      # two 503s, then the page
    waits: list[float] = []
    fetcher = Fetcher(sleep=waits.append)
    [art] = read_url(f"{site.base}/rappel-ambassadeur.html", fetcher)
    assert isinstance(art, Article) and waits == [0.5, 1.0]      # backed off, then got it
    site.flaky["/visite-rome.html"] = 5
    [p] = read_url(f"{site.base}/visite-rome.html", Fetcher(sleep=waits.append))
    assert isinstance(p, Problem) and "after 3 attempts" in p.message
    [p] = read_url(f"{site.base}/missing.html")
    assert isinstance(p, Problem) and "404" in p.message
    fetcher.close()


def test_a_watch_cycle_picks_up_a_new_item_and_only_that_one(site, tmp_path):
    db = tmp_path / "c.db"
    site.routes["/feed.xml"] = (200, "application/rss+xml", feed(site.base, ["accord-rabat-dakar", "rappel-ambassadeur"]))
    lines: list[str] = []
    watch([f"{site.base}/feed.xml"], db, cycles=1, log=lines.append, sleep=lambda s: None)
    assert "2 new, 2 article(s) stored" in lines[-1]
    # unchanged feed: a conditional GET answered 304, nothing fetched again
    hits_before = dict(site.hits)
    watch([f"{site.base}/feed.xml"], db, cycles=1, log=lines.append, sleep=lambda s: None)
    assert "(1 unchanged)" in lines[-1] and site.hits["/accord-rabat-dakar.html"] == hits_before["/accord-rabat-dakar.html"]
    # a new item appears: only it is fetched and stored
    site.routes["/feed.xml"] = (200, "application/rss+xml", feed(site.base, ["accord-rabat-dakar", "rappel-ambassadeur", "visite-rome"]))
    watch([f"{site.base}/feed.xml"], db, cycles=1, log=lines.append, sleep=lambda s: None)
    assert "3 item(s), 1 new, 1 article(s) stored" in lines[-1], lines[-1]
    assert site.hits["/visite-rome.html"] == 1 and site.hits["/accord-rabat-dakar.html"] == 1
    assert {e["doc_id"] for e in chronique.events(db)} >= {f"{site.base}/visite-rome.html"}


def test_ctrl_c_stops_a_watch_cleanly(site, tmp_path):
    site.routes["/feed.xml"] = (200, "application/rss+xml", feed(site.base, []))
    lines: list[str] = []

    def interrupt(_):
        raise KeyboardInterrupt

    assert watch([f"{site.base}/feed.xml"], tmp_path / "c.db", every=1, log=lines.append, sleep=interrupt) == 1
    assert "resumes where this one stopped" in lines[-1]
    assert parse_every("15m") == 900 and parse_every("30s") == 30


def test_a_page_without_text_or_date_is_a_problem():
    [p] = article_from_html("<html><body><nav><a href='/'>Accueil</a></nav></body></html>", where="x.html")
    assert isinstance(p, Problem) and "no article text" in p.message
    [p] = article_from_html("<html><body><article><p>" + "Le Maroc a signé un accord avec le Sénégal. " * 5
                            + "</p></article></body></html>", where="y.html")
    assert isinstance(p, Problem) and "date" in p.message


def redirect_loop(h):
    h.send_response(302)
    h.send_header("Location", "/loop")
    h.send_header("Content-Length", "0")
    h.end_headers()


def bad_gzip(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Content-Length", "12")
    h.end_headers()
    h.wfile.write(b"not gzip at all"[:12])


def drip(h):
    import time as _time

    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        for _ in range(100):
            h.wfile.write(b"<")
            h.wfile.flush()
            _time.sleep(0.1)
    except OSError:
        pass


def test_a_misbehaving_server_is_one_problem_and_the_run_goes_on(site, tmp_path):
    import time

    site.special.update({"/loop": redirect_loop, "/gzip.html": bad_gzip, "/drip.html": drip})
    fetcher = Fetcher(sleep=lambda s: None, total=1.0)
    [loop] = read_url(f"{site.base}/loop", fetcher)
    assert isinstance(loop, Problem) and "redirects more than" in loop.message
    [gz] = read_url(f"{site.base}/gzip.html", fetcher)
    assert isinstance(gz, Problem) and "Content-Encoding" in gz.message
    start = time.monotonic()
    [slow] = read_url(f"{site.base}/drip.html", fetcher)
    assert isinstance(slow, Problem) and "too slow" in slow.message and time.monotonic() - start < 5
    fetcher.close()
    # in a run, beside a good page: each bad address is a problem, the good page is stored
    summary = chronique.run([f"{site.base}/loop", f"{site.base}/gzip.html", f"{site.base}/accord-rabat-dakar.html"], tmp_path / "c.db")
    assert summary.stored == 1 and {p.where for p in summary.problems} >= {f"{site.base}/loop", f"{site.base}/gzip.html"}
