"""The pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
what a person sees, no console error, no request leaving the machine, screenshots kept in
artifacts/screenshots/."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("CHRONIQUE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: scripts/test.sh installs Debian's chromium package "
                    "(or set CHRONIQUE_CHROMIUM to a Chromium binary)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def visit(browser, live_server):
    """Open a page; fail on any console error, page error or request to another host."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: problems.append(f"external request: {r.url}")
            if not r.url.startswith((live_server, "data:")) else None)

    def go(path: str, shot: str):
        page.goto(live_server + path, wait_until="networkidle")
        page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=True)
        return page

    yield go
    page.close()
    assert not problems, problems


def chart_months(page, element_id: str) -> set[str]:
    """The months a drawn chart has bars for, read from the chart in the page (a date axis)."""
    assert page.evaluate(f"document.getElementById('{element_id}').layout.xaxis.type") == "date"
    return set(page.evaluate(f"document.getElementById('{element_id}').data.flatMap(t => t.x.map(d => String(d).slice(0, 7)))"))


def test_overview(visit):
    page = visit("/", "overview")
    assert "articles" in page.inner_text("#corpus-size")
    assert page.locator("#chart-types .main-svg").count() > 0       # plotly drew the chart
    assert "ITA–MAR" in page.inner_text("#top-dyads") and "Italie – Maroc" in page.inner_text("#top-dyads")


def test_dyad_timeline_and_evidence(visit):
    page = visit("/dyad/MAR-ITA", "dyad-MAR-ITA")
    assert "Maroc – Italie" in page.inner_text("h1")       # names, with the codes beside them
    assert {"2021-07", "2024-06"} <= chart_months(page, "chart-timeline")
    assert page.locator("#chart-classes .main-svg").count() > 0
    table = page.inner_text("table.events")
    assert "Groupe Migratoire Mixte Permanent (GMMP)" in table       # the GMMP agreement's evidence
    assert page.locator("table.events mark.trigger").count() > 0
    page.select_option("select[name=type]", "AGREE")
    page.click("form.filters button")
    page.wait_for_load_state("networkidle")
    assert set(page.locator("table.events td.type").all_inner_texts()) and all(
        t.startswith("AGREE") for t in page.locator("table.events td.type").all_inner_texts())


def test_hostile_article_renders_as_text_and_runs_nothing(visit):
    page = visit("/article/xss-test", "article-hostile")
    text = page.inner_text("#article-text")
    assert "<script>window.__xss = 'script'</script>" in text and "<img src=x" in text
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#article-text img, #article-text script, #article-text a").count() == 0
    assert page.locator("#article-text mark.trigger").count() > 0 and page.locator("#article-text mark.actor").count() > 0


def test_actor_and_search(visit):
    page = visit("/actor/Abdelouafi%20Laftit", "actor-laftit")
    assert "ministre de l'Intérieur" in page.inner_text("#offices")          # French by default
    page.click("#switch-language")
    page.wait_for_load_state("networkidle")
    assert "Minister of the Interior" in page.inner_text("#offices") and page.url.endswith("?lang=en")
    page = visit("/search?q=GMMP", "search-gmmp")
    assert "phrase(s)" in page.inner_text("#hit-count") and page.locator("#hits li").count() > 0


def test_unknown_article_is_a_404_page(browser, live_server):
    page = browser.new_page()
    response = page.goto(live_server + "/article/nothing-here")
    assert response.status == 404 and "no article" in page.inner_text("#error-message")
    page.close()


def test_the_brief_on_the_dyad_page_and_as_a_file(visit):
    page = visit("/dyad/MAR-ITA?lang=en", "dyad-MAR-ITA-brief")
    brief = page.inner_text("#brief")
    assert "le retour des mineurs non accompagnés dûment identifiés" in brief and "GMMP = Groupe Migratoire Mixte Permanent" in brief
    assert page.locator("#brief svg#index-chart rect").count() >= 2        # the index drawn as an image
    page.locator("#brief").screenshot(path=str(SHOTS / "brief-MAR-ITA.png"))
    page = visit("/dyad/MAR-ITA/brief?lang=fr", "brief-file-MAR-ITA")
    assert "Relation Maroc–Italie" in page.inner_text("h2") and page.locator("svg#index-chart").is_visible()


def test_a_crawl_in_chromium_finds_every_kind_of_page_whole_and_in_one_language(browser, live_server):
    """From "/", in French and in English, open in Chromium two pages of each kind the app
    links to (lists, dyads, articles, actors, briefs, search): each answers 200 with no console
    error, its <html lang> and its visible words in the one language asked for, and names,
    not bare codes, where a dyad's name belongs (the test_app crawl walks every link without
    a browser)."""
    import re
    from collections import Counter, deque

    from tests.web.test_app import _other_language_words

    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    opened, per_kind, problems = set(), Counter(), []
    queue = deque(["/", "/?lang=en"])
    while queue:
        path = queue.popleft()
        kind = (path.split("?")[0].strip("/").split("/") or [""])[0] + ("/brief" if "/brief" in path else "") + \
            (":en" if "lang=en" in path else ":fr")
        if path in opened or per_kind[kind] >= 2:
            continue
        opened.add(path)
        per_kind[kind] += 1
        response = page.goto(live_server + path, wait_until="networkidle")
        if response.status != 200:
            problems.append((path, response.status))
            continue
        html = page.content()
        problems += _other_language_words(path, html)
        if path.startswith("/dyad/") and "/brief" not in path:
            heading = page.inner_text("h1")
            if re.fullmatch(r"[A-Z]{3}-[A-Z]{3}", heading.split()[0]):
                problems.append((path, f"a code where the dyad's name belongs: {heading!r}"))
        for href in page.eval_on_selector_all("a[href^='/']", "els => els.map(e => e.getAttribute('href'))"):
            if not href.startswith(("/api/", "/static/", "/openapi", "/events.")):
                queue.append(href)
    page.close()
    kinds = {k.split(":")[0] for k in per_kind}
    assert {"", "dyads", "actors", "articles", "search", "dyad", "article", "actor"} <= kinds, kinds
    assert not problems and not errors, (problems[:10], errors[:10])
