"""Articles from the web: saved pages and URLs.

The main text, title, date, author and site come from trafilatura (its metadata and date
extraction), menus, related links and comments left out. Fetching is polite and bounded: a
clear user agent, robots.txt respected, timeouts, retries with back-off on transient errors,
and a size limit, so that one bad server costs a located problem, never a hung or exhausted run.
"""
from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlparse

import httpx

from chronique.ingest.dates import parse_date
from chronique.model import Article, Problem

USER_AGENT = "Chronique/0.1 (political event coding for research; +https://github.com/chronique)"
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_PAGE_BYTES = 5_000_000
TOTAL_SECONDS = 60.0        # a whole request, however slowly its bytes come (TIMEOUT is per read)
MAX_REDIRECTS = 10
RETRIES = 3                 # attempts on a transient failure (timeout, connection error, 429, 5xx)
BACKOFF = 0.5               # seconds, doubled at each new attempt

Record = Article | Problem
# Blocks that news sites mark by class or id and that are never the article: readers'
# reactions, share bars, related links, newsletters, copyright lines. Pruned before extraction,
# as trafilatura only knows the common comment markup.
BOILERPLATE = ("comment", "reaction", "share", "related", "newsletter", "copyright", "cookie")
_PRUNE = ["//*[" + " or ".join(f"contains(@class,'{w}') or contains(@id,'{w}')" for w in BOILERPLATE) + "]"]
MIN_WORDS = 20   # less is a menu, a teaser or an error page, not an article


def article_from_html(html: str, *, url: str = "", doc_id: str = "", where: str, fallback_date: str | None = None) -> list[Record]:
    """One article out of a page's HTML: its main text and metadata, or the problem."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True, prune_xpath=_PRUNE)
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip()
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""   # the headline is not a sentence to code
    if len(text.split()) < MIN_WORDS:
        return [Problem(where, f"no article text found in the page ({len(text.split())} word(s) outside menus and comments)",
                        "is it an article page?")]
    source = url or meta.get("url") or ""
    raw_date = meta.get("date") or fallback_date
    if not raw_date:
        return [Problem(where, "the page gives no publication date", "give the article as JSONL with a date")]
    try:
        date, precision = parse_date(str(raw_date))
    except ValueError as exc:
        return [Problem(where, f"the page's date is unreadable: {exc}", "give the article as JSONL with a date")]
    return [Article(doc_id=doc_id or source or where, text=text, date=date, date_precision=precision, title=title,
                    source=source, origin=where)]


@dataclass
class Fetched:
    url: str
    status: int
    text: str = ""
    headers: dict = field(default_factory=dict)


class FetchError(Exception):
    """A page could not be fetched; the message says why and what to do."""


class Fetcher:
    """An HTTP client that respects robots.txt, retries transient failures and limits sizes."""

    def __init__(self, *, client: httpx.Client | None = None, sleep=time.sleep, total: float = TOTAL_SECONDS) -> None:
        self.client = client or httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True,
                                             max_redirects=MAX_REDIRECTS)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._sleep = sleep
        self.total = total

    def close(self) -> None:
        self.client.close()

    def allowed(self, url: str) -> bool:
        parts = urlparse(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                with self.client.stream("GET", f"{root}/robots.txt") as r:
                    if r.status_code >= 400:
                        parser = None        # no robots.txt: everything is allowed
                    else:
                        parser.parse(self._body(r, f"{root}/robots.txt").decode("utf-8", errors="replace").splitlines())
            except (httpx.HTTPError, FetchError):
                parser = None
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def _body(self, r: httpx.Response, url: str) -> bytes:
        """A response's body, within the page size limit and the whole request's deadline (a
        server that sends a byte a second never times out a read, but does this)."""
        declared = int(r.headers.get("content-length") or 0) if (r.headers.get("content-length") or "").isdigit() else 0
        if declared > MAX_PAGE_BYTES:
            raise FetchError(f"{url} is {declared // 1_000_000} MB, over the {MAX_PAGE_BYTES // 1_000_000} MB page limit")
        deadline = time.monotonic() + self.total
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > MAX_PAGE_BYTES:
                raise FetchError(f"{url} is over the {MAX_PAGE_BYTES // 1_000_000} MB page limit")
            if time.monotonic() > deadline:
                raise FetchError(f"{url} took more than {self.total:.0f} s to send its page (too slow; try again later)")
        return bytes(body)

    def get(self, url: str, *, headers: dict | None = None) -> Fetched:
        """GET with retries and a size limit; a 304 comes back as is (conditional GET)."""
        if not self.allowed(url):
            raise FetchError(f"robots.txt of {urlparse(url).netloc} disallows {url}; Chronique does not fetch it")
        delay = BACKOFF
        for attempt in range(1, RETRIES + 1):
            try:
                with self.client.stream("GET", url, headers=headers or {}) as r:
                    if r.status_code == 429 or r.status_code >= 500:
                        raise httpx.HTTPStatusError(f"HTTP {r.status_code}", request=r.request, response=r)
                    text = self._body(r, url).decode(r.encoding or "utf-8", errors="replace")
                    return Fetched(str(r.url), r.status_code, text, dict(r.headers))
            except httpx.TooManyRedirects:
                raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times (a loop?); check the address") from None
            except httpx.DecodingError as exc:
                raise FetchError(f"{url} sent a body its own Content-Encoding does not decode ({exc})") from None
            except (httpx.TimeoutException, httpx.TransportError, httpx.HTTPStatusError) as exc:
                if attempt == RETRIES:
                    raise FetchError(f"{url} could not be fetched after {RETRIES} attempts ({exc}); try again later") from None
                self._sleep(delay)
                delay *= 2
            except httpx.HTTPError as exc:   # whatever else httpx refuses: this page, not the run
                raise FetchError(f"{url} could not be fetched ({type(exc).__name__}: {exc})") from None
        raise AssertionError("unreachable")


def read_url(url: str, fetcher: Fetcher | None = None, *, fallback_date: str | None = None) -> list[Record]:
    """The article at ``url`` (the page is fetched, its text extracted), or the problem."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        page = fetcher.get(url)
        if page.status >= 400:
            return [Problem(url, f"HTTP {page.status}", "check the address")]
        return article_from_html(page.text, url=page.url, doc_id=page.url, where=url, fallback_date=fallback_date)
    except FetchError as exc:
        return [Problem(url, str(exc))]
    except Exception as exc:  # noqa: BLE001 -- one page never ends a run: it is its problem
        return [Problem(url, f"the page could not be read ({type(exc).__name__}: {exc})", "report it if it repeats")]
    finally:
        if own:
            fetcher.close()
