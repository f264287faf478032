"""The web app: FastAPI routes over chronique.api, Jinja2 pages, a JSON twin under /api/ for
each page (described at /openapi.json, browsable at /docs).

Read-only by construction: the store is opened with SQLite's ``mode=ro``, and only GET routes
exist. Article text is untrusted: templates autoescape everything, charts travel as JSON in an
escaped attribute, and SQL is parameterised in the store. Plotly's JavaScript is served from the
installed ``plotly`` package, so no page asks anything of the network.
"""
from __future__ import annotations

import io
import json
import re
from importlib import resources
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronique import api
from chronique.analysis.export import write_csv
from chronique.errors import ChroniqueError, UsageError
from chronique.events.lexicon import TYPES
from chronique.store.db import EventFilter, event_to_prediction
from chronique.web import charts
from chronique.analysis.brief import render_fragment, render_html
from chronique.web.highlight import article_text, event_sentence
from chronique.web.labels import DEFAULT, LANGUAGES, Words, words

PAGE_SIZE = 50
MAX_OFFSET = 10_000_000           # far past any store; SQLite's integers stop at 2**63
MAX_PAGE = MAX_OFFSET // PAGE_SIZE
# every response: no sniffing, no framing, no script or style but the app's own (Plotly sets
# inline styles), no referrer sent to the outlets an article links to
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
TEMPLATES = Jinja2Templates(directory=str(resources.files("chronique.web").joinpath("templates")))


def _marked(text: str) -> Markup:
    """A search hit's sentence, escaped, with the words it matched in <mark>."""
    from chronique.store.db import HIT_END, HIT_START

    out, inside = [], False
    for part in re.split(f"([{HIT_START}{HIT_END}])", text or ""):
        if part in (HIT_START, HIT_END):
            inside = part == HIT_START
            continue
        out.append(f"<mark>{escape(part)}</mark>" if inside and part else str(escape(part)))
    return Markup("".join(out))


TEMPLATES.env.filters["marked"] = _marked


def _plotly_js() -> bytes:
    return resources.files("plotly").joinpath("package_data", "plotly.min.js").read_bytes()


def create_app(db: str | Path) -> FastAPI:
    """The app over one store file, which must exist (the app never creates or writes it)."""
    db = Path(db)
    api.overview(db, readonly=True)  # fail now, with a clear message, if the store is missing or not ours
    # no /docs or /redoc: FastAPI's pages load their JavaScript from a CDN; /openapi.json stays
    app = FastAPI(title="Chronique", description="Political events coded from French news, with their evidence.",
                  version="0.1.0", docs_url=None, redoc_url=None)
    plotly_js = _plotly_js()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly() -> Response:
        return Response(plotly_js, media_type="application/javascript", headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in {"chronique.js", "chronique.css"}:
            raise HTTPException(404, f"no static file {name!r}")
        kind = "application/javascript" if name.endswith(".js") else "text/css"
        return Response(resources.files("chronique.web").joinpath("static", name).read_bytes(), media_type=kind)

    def page(request: Request, name: str, **context) -> HTMLResponse:
        t = _words(request)
        return TEMPLATES.TemplateResponse(request, name, {"highlight": event_sentence, **_language(request, t), **context})

    # --- pages ----------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request):
        o = api.overview(db, readonly=True)
        t = _words(request)
        return page(request, "overview.html", o=o, chart=charts.stacked_by_type(o["timeline"], t("chart_types"), t))

    @app.get("/dyad/{dyad}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, dyad: str, since: str | None = None, until: str | None = None,
                  type: str | None = None, context: str | None = None, no_guesses: bool = False,
                  page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE),
                  lang: str = Query("fr", pattern="^(fr|en)$")):
        filters = _filters(since, until, type, context, no_guesses)
        d = _dyad(dyad, filters, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        query = urlencode({"dyad": d["dyad"], **filters})
        more = page_no * PAGE_SIZE < d["total"]
        brief = render_fragment(api.brief(db, dyad, since=filters.get("since"), until=filters.get("until"), lang=lang,
                                          readonly=True))
        t = words(lang)
        keep = {"lang": lang} if lang != DEFAULT else {}
        return page(request, "dyad.html", d=d, f=filters, types=TYPES, query=query, brief=brief,
                    timeline_chart=charts.stacked_by_type(d["timeline"], t("chart_dyad_types", dyad=t.dyad(d["dyad"])), t),
                    classes_chart=charts.cooperation_conflict(d["classes"], t("chart_classes"), t),
                    prev_page=urlencode({**filters, **keep, "page": page_no - 1}) if page_no > 1 else None,
                    next_page=urlencode({**filters, **keep, "page": page_no + 1}) if more else None)

    @app.get("/article/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, doc_id: str):
        doc = _article(doc_id)
        return page(request, "article.html", doc=doc, text=article_text(doc))

    @app.get("/actor/{name}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, name: str):
        return page(request, "actor.html", a=_actor(name))

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(request: Request):
        return page(request, "dyads.html", dyads=api.dyads(db, readonly=True))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request):
        return page(request, "actors.html", people=api.actors(db, readonly=True))

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE)):
        rows = api.articles(db, limit=PAGE_SIZE + 1, offset=(page_no - 1) * PAGE_SIZE, readonly=True)
        return page(request, "articles.html", articles=rows[:PAGE_SIZE], page_no=page_no,
                    prev_page=page_no - 1 if page_no > 1 else None, next_page=page_no + 1 if len(rows) > PAGE_SIZE else None)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = ""):
        hits, error = [], None
        if q.strip():
            try:
                hits = api.search(db, q, limit=100, readonly=True)
            except UsageError as exc:
                error = str(exc)
        return page(request, "search.html", q=q, hits=hits, error=error)

    @app.get("/events.csv", include_in_schema=False)
    def download_csv(dyad: str | None = None, since: str | None = None, until: str | None = None,
                     type: str | None = None, context: str | None = None, no_guesses: bool = False):
        rows = _events(dyad, _filters(since, until, type, context, no_guesses))
        out = io.StringIO()
        out.write("\ufeff")  # Excel reads the accents as UTF-8 only after this mark
        write_csv(rows, out)
        return PlainTextResponse(out.getvalue(), media_type="text/csv",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/events.jsonl", include_in_schema=False)
    def download_jsonl(dyad: str | None = None, since: str | None = None, until: str | None = None,
                       type: str | None = None, context: str | None = None, no_guesses: bool = False):
        rows = _events(dyad, _filters(since, until, type, context, no_guesses))
        body = "".join(json.dumps(event_to_prediction(r), ensure_ascii=False) + "\n" for r in rows)
        return PlainTextResponse(body, media_type="application/x-ndjson",
                                 headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})

    # --- JSON twins -------------------------------------------------------------------------

    @app.get("/api/overview", tags=["pages"])
    def overview_json() -> dict:
        """Corpus size, date span, top dyads and events per month and type."""
        return api.overview(db, readonly=True)

    @app.get("/api/dyad/{dyad}", tags=["pages"])
    def dyad_json(dyad: str, since: str | None = None, until: str | None = None, type: str | None = None,
                  context: str | None = None, no_guesses: bool = False, limit: int = Query(PAGE_SIZE, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """A dyad ("MAR-ITA", either order): timeline, cooperation/conflict, contexts, events (paged)."""
        d = _dyad(dyad, _filters(since, until, type, context, no_guesses), limit=limit, offset=offset)
        return {**d, "limit": limit, "offset": offset, "next_offset": offset + limit if offset + limit < d["total"] else None}

    @app.get("/dyad/{dyad}/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(dyad: str, since: str | None = None, until: str | None = None, lang: str = Query("fr", pattern="^(fr|en)$")):
        _check_dyad(dyad)
        return HTMLResponse(render_html(api.brief(db, dyad, since=since, until=until, lang=lang, readonly=True)))

    @app.get("/api/dyad/{dyad}/brief", tags=["pages"])
    def brief_json(dyad: str, since: str | None = None, until: str | None = None,
                   lang: str = Query("fr", pattern="^(fr|en)$")) -> dict:
        """The dyad brief as data: index and trend, meetings, commitments with follow-ups, actors."""
        _check_dyad(dyad)
        data = api.brief(db, dyad, since=since, until=until, lang=lang, readonly=True)
        return {k: v for k, v in data.items() if k != "words"}

    @app.get("/api/dyads", tags=["pages"])
    def dyads_json() -> list[dict]:
        """Every dyad with events, most events first: codes, count, first and last month."""
        return api.dyads(db, readonly=True)

    @app.get("/api/actors", tags=["pages"])
    def actors_json() -> list[dict]:
        """The people of the corpus with their offices over time."""
        return api.actors(db, readonly=True)

    @app.get("/api/articles", tags=["pages"])
    def articles_json(limit: int = Query(PAGE_SIZE, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> list[dict]:
        """Stored articles, newest first, each with its number of events."""
        return api.articles(db, limit=limit, offset=offset, readonly=True)

    @app.get("/api/article/{doc_id:path}", tags=["pages"])
    def article_json(doc_id: str) -> dict:
        """One article: text, sentences, actor mentions (offsets) and events."""
        return _article(doc_id)

    @app.get("/api/actor/{name}", tags=["pages"])
    def actor_json(name: str) -> dict:
        """One person: offices over time with evidence, aliases, events."""
        return _actor(name)

    @app.get("/api/search", tags=["pages"])
    def search_json(q: str, limit: int = Query(50, ge=1, le=500)) -> list[dict]:
        """Full-text search over sentences (SQLite FTS5 syntax), with the events of each sentence."""
        try:
            return api.search(db, q, limit=limit, readonly=True)
        except UsageError as exc:
            raise HTTPException(400, str(exc)) from None

    @app.get("/api/events", tags=["events"])
    def events_json(dyad: str | None = None, since: str | None = None, until: str | None = None,
                    type: str | None = None, context: str | None = None, no_guesses: bool = False,
                    limit: int = Query(PAGE_SIZE, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Events, filtered and paged: {total, limit, offset, next_offset, events}; ``no_guesses``:
        without the acts whose parties no rule found (``parties_guessed``)."""
        filters = _filters(since, until, type, context, no_guesses)
        if dyad:
            _check_dyad(dyad)
        total = api.count_events(db, dyad=dyad, **filters, readonly=True)
        rows = api.events(db, dyad=dyad, limit=limit, offset=offset, **filters, readonly=True)
        return {"total": total, "limit": limit, "offset": offset,
                "next_offset": offset + limit if offset + limit < total else None, "events": rows}

    # --- helpers and errors ---------------------------------------------------------------------

    def _dyad(dyad: str, filters: dict, *, limit: int, offset: int) -> dict:
        _check_dyad(dyad)
        return api.dyad(db, dyad, limit=limit, offset=offset, **filters, readonly=True)

    def _events(dyad: str | None, filters: dict) -> list[dict]:
        if dyad:
            _check_dyad(dyad)
        return api.events(db, dyad=dyad, **filters, readonly=True)

    def _article(doc_id: str) -> dict:
        doc = api.article(db, doc_id, readonly=True)
        if doc is None:
            raise HTTPException(404, f"no article {doc_id!r} in this store")
        return doc

    def _actor(name: str) -> dict:
        record = api.actor(db, name, readonly=True)
        if record is None:
            raise HTTPException(404, f"nobody called {name!r} in this store")
        return record

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return TEMPLATES.TemplateResponse(request, "error.html", {"status": exc.status_code, "message": exc.detail,
                                                                  **_language(request, _words(request, strict=False))},
                                          status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError):
        reasons = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors())
        return await http_error(request, StarletteHTTPException(400, f"bad parameter ({reasons})"))

    @app.exception_handler(ChroniqueError)
    async def chronique_error(request: Request, exc: ChroniqueError):
        status = 400 if isinstance(exc, UsageError) else 500
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return TEMPLATES.TemplateResponse(request, "error.html", {"status": status, "message": str(exc),
                                                                  **_language(request, _words(request, strict=False))},
                                          status_code=status)

    return app


def _words(request: Request, *, strict: bool = True) -> Words:
    """The page's interface language, from ``?lang=`` (French when absent); another value is a
    400 (``strict``) or, on an error page, French."""
    lang = request.query_params.get("lang") or DEFAULT
    if lang not in LANGUAGES:
        if strict:
            raise HTTPException(400, f"bad parameter (lang: {lang!r} is not one of {', '.join(LANGUAGES)})")
        lang = DEFAULT
    return words(lang)


def _language(request: Request, t: Words) -> dict:
    """What every page's template needs to speak one language: its words (``t``), ``lang``,
    ``link`` (an app path that keeps a non-default language), and the same page in the other
    language (``switch``)."""
    def link(path: str) -> str:
        if t.lang == DEFAULT:
            return path
        return path + ("&" if "?" in path else "?") + urlencode({"lang": t.lang})

    other = next(x for x in LANGUAGES if x != t.lang)
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    if other != DEFAULT:
        params["lang"] = other
    # one leading slash: "//host/..." would be a link to another site
    switch = "/" + request.url.path.lstrip("/") + ("?" + urlencode(params) if params else "")
    return {"t": t, "lang": t.lang, "link": link, "switch": switch}


def _filters(since, until, type_, context, no_guesses: bool = False) -> dict:
    """The filters a page was given, without the empty ones (a form sends them empty);
    ``no_guesses``: without the acts whose parties no rule found."""
    out = {"since": since, "until": until, "type": type_, "context": context, "no_guesses": no_guesses}
    return {k: v for k, v in out.items() if v}


def _check_dyad(dyad: str) -> None:
    EventFilter(dyad=dyad)  # raises UsageError on "Maroc", "MAR-ITA-ESP" or "MAR-ITL"
