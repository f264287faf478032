"""The dyad brief: the story of a relationship, each claim with its quoted evidence and source.

``build_brief`` gathers it as plain data (the JSON twin); ``render_html`` and
``render_markdown`` write it for people. The index is drawn as an SVG image made here, so the
brief is one file that opens anywhere, offline.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from html import escape
from importlib import resources

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from chronique.actors.gazetteer import country_name, load_yaml
from chronique.actors.holders import load_knowledge
from chronique.actors.offices import load_offices
from chronique.analysis.commitments import commitments
from chronique.analysis.relations import month_ordinal, monthly_index, trend
from chronique.store import EventFilter, Store
from chronique.store.db import parse_dyad


@lru_cache(maxsize=1)
def labels() -> dict:
    return load_yaml("chronique.analysis", "brief_labels.yaml")


def build_brief(store: Store, dyad: str, *, since: str | None = None, until: str | None = None, lang: str = "fr") -> dict:
    """Everything the brief says about a dyad ("MAR-ITA") over a period."""
    a, b = parse_dyad(dyad)
    if lang not in labels():
        from chronique.errors import UsageError

        raise UsageError(f"--lang {lang!r}: choose one of {', '.join(labels())}")
    events = store.events(EventFilter(dyad=dyad, since=since, until=until, once=True))
    index = monthly_index(events)
    slope = trend(index)
    words = labels()[lang]
    return {
        "dyad": f"{a}-{b}", "lang": lang, "words": words,
        "title": words["title"].format(a=country_name(a, lang), b=country_name(b, lang)),
        "since": since or (events[0]["date"] if events else None), "until": until or (events[-1]["date"] if events else None),
        "n_events": len(events),
        "index": index, "trend": slope,
        "trend_word": words["no_trend"] if slope is None else words["improving"] if slope > 0.5
        else words["worsening"] if slope < -0.5 else words["stable"],
        "meetings": [e for e in events if e["type"] == "CONSULT"],
        "commitments": [c.to_json() for c in commitments(events)],
        "contexts": _contexts_by_year(events),
        "actors": _main_actors(store, events, lang=lang),
    }


def _contexts_by_year(events: list[dict]) -> list[dict]:
    years: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        years[(e["date"] or "?")[:4]].update(e["contexts"])
    return [{"year": y, "contexts": [{"context": c, "n": n} for c, n in years[y].most_common()]} for y in sorted(years)]


def _main_actors(store: Store, events: list[dict], top: int = 8, lang: str = "fr") -> list[dict]:
    """The people of the dyad's events (named, or resolved from a title), with their offices."""
    counts: Counter[tuple[str, str | None]] = Counter()
    for e in events:
        for side in ("source", "target"):
            person = e.get(f"{side}_person")
            if person:
                counts[(person, e[f"{side}_country"])] += 1
    kb = load_knowledge(store)
    offices = load_offices()
    out = []
    for (name, country), n in counts.most_common(top):
        held = sorted({offices.label(t.office, lang) for (c, _), ts in kb.tenures.items() for t in ts if t.person == name})
        out.append({"name": name, "country": country, "events": n, "offices": held})
    return out


# --- rendering ----------------------------------------------------------------------------

def index_svg(index: list[dict], title: str, width: int = 720, height: int = 260) -> str:
    """The monthly index as bars (cooperation up in green, conflict down in red), as SVG, on a
    time axis (months without events are gaps)."""
    left, right, top, bottom = 44, 12, 34, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    zero = top + plot_h / 2
    scale = (plot_h / 2) / 10.0
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="index-chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11" role="img">',
             f'<title>{escape(title)}</title>',
             f'<text x="{left}" y="18" font-size="13" font-weight="bold">{escape(title)}</text>']
    for v in (10, 5, 0, -5, -10):
        y = zero - v * scale
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{"#555" if v == 0 else "#ddd"}"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{v:+d}</text>')
    # a true time axis: a bar's place is its month's, so 2021-07 and 2023-07 stand two years apart
    index = [m for m in index if month_ordinal(m["month"]) is not None]   # an undated "?" has no place on it
    ordinals = [month_ordinal(m["month"]) for m in index]
    first, last = (min(ordinals), max(ordinals)) if ordinals else (0, 0)
    slot = plot_w / (last - first + 1)
    bar = max(2.0, min(48.0, slot * 0.7))
    labelled_until = -1e9
    for m, k in zip(index, ordinals):
        x = left + (k - first) * slot + (slot - bar) / 2
        h = abs(m["index"]) * scale
        y = zero - h if m["index"] >= 0 else zero
        colour = "#2b8a3e" if m["index"] >= 0 else "#c92a2a"
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{max(h, 1):.1f}" fill="{colour}">'
                     f'<title>{escape(m["month"])}: {m["index"]:+.1f} ({m["n"]})</title></rect>')
        if x >= labelled_until:  # labels that would overlap are left to the bar's tooltip
            label_y = y - 4 if m["index"] >= 0 else y + h + 12
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{label_y:.1f}" text-anchor="middle">{m["index"]:+.1f} ({m["n"]})</text>')
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">{escape(m["month"])}</text>')
            labelled_until = x + 56
    parts.append("</svg>")
    return "".join(parts)


@lru_cache(maxsize=1)
def _env() -> Environment:
    folder = str(resources.files("chronique.analysis").joinpath("templates"))
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def render_fragment(brief: dict) -> Markup:
    """The brief's body as HTML (every piece of article text escaped), for a page or a file."""
    svg = Markup(index_svg(brief["index"], brief["words"]["index"]))
    return Markup(_env().get_template("brief_body.html").render(b=brief, w=brief["words"], svg=svg))


def render_html(brief: dict) -> str:
    return _env().get_template("brief.html").render(b=brief, body=render_fragment(brief))


def render_markdown(brief: dict, svg_name: str | None = None) -> str:
    """Markdown; article text is HTML-escaped so that no renderer runs what an article holds.
    ``svg_name``: the file the index image was written to, referenced from the text."""
    return _env().get_template("brief.md").render(b=brief, w=brief["words"], svg_name=svg_name, e=_md)


def _md(text) -> str:
    return escape(str(text or ""), quote=False).replace("\n", " ")
