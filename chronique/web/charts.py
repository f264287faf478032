"""Plotly figures as JSON, drawn in the page by the plotly.js that the plotly package ships.

Months sit on a true time axis (a month with no event is a gap, 2014-07 is not drawn next to
2018-01), and each event type has one colour everywhere (data/event_types.yaml): conflict warm,
cooperation cool.
"""
from __future__ import annotations

import plotly.graph_objects as go

from chronique.analysis.dyads import type_classes, type_colours
from chronique.web.labels import Words, words

COLOURS = {"cooperation": "#2b8a3e", "conflict": "#c92a2a", "neutral": "#868e96"}
LAYOUT = {"margin": {"t": 40, "l": 50, "r": 10, "b": 40},
          "legend": {"orientation": "h", "yanchor": "top", "y": -0.18, "xanchor": "left", "x": 0}}


def month_axis(t: Words | None = None) -> dict:
    """A date axis read in months: bars a month wide, ticks as YYYY-MM."""
    return {"type": "date", "title": (t or words(None))("chart_month"), "tickformat": "%Y-%m", "hoverformat": "%Y-%m"}


def _day(month: str) -> str:
    return f"{month}-01" if len(month) == 7 else f"{month}-01-01" if len(month) == 4 else month


def stacked_by_type(rows: list[dict], title: str, t: Words | None = None) -> str:
    """Events per month, one bar segment per type (rows: month, type, n); undated events, which
    a time axis cannot place, are left out (the title says how many). ``t``: the page's words."""
    t = t or words(None)
    dated = [r for r in rows if r["month"]]
    undated = sum(r["n"] for r in rows if not r["month"])
    months = sorted({r["month"] for r in dated})
    counts = {(r["month"], r["type"]): r["n"] for r in dated}
    colours, classes = type_colours(), type_classes()
    order = {"cooperation": 0, "neutral": 1, "conflict": 2}
    types = sorted({r["type"] for r in dated}, key=lambda t: (order.get(classes.get(t, "neutral"), 1), t))
    fig = go.Figure([go.Bar(name=e, x=[_day(m) for m in months], y=[counts.get((m, e), 0) for m in months],
                            marker_color=colours.get(e), xperiod="M1", xperiodalignment="middle",
                            hovertemplate=t("chart_hover", type=e) + "<extra></extra>") for e in types])
    note = t("chart_undated", n=undated) if undated else ""
    fig.update_layout(barmode="stack", title=title + note, xaxis=month_axis(t),
                      yaxis={"title": t("chart_events")}, height=360, **LAYOUT)
    return fig.to_json()


def cooperation_conflict(rows: list[dict], title: str, t: Words | None = None) -> str:
    """Cooperative events up, conflictual ones down, per month (rows: month, class, n)."""
    t = t or words(None)
    months = sorted({r["month"] for r in rows if r["month"] and r["month"] != "?"})
    counts = {(r["month"], r["class"]): r["n"] for r in rows}
    x = [_day(m) for m in months]
    fig = go.Figure([
        go.Bar(name=t("cooperation"), x=x, y=[counts.get((m, "cooperation"), 0) for m in months],
               marker_color=COLOURS["cooperation"], xperiod="M1", xperiodalignment="middle"),
        go.Bar(name=t("conflict"), x=x, y=[-counts.get((m, "conflict"), 0) for m in months],
               marker_color=COLOURS["conflict"], xperiod="M1", xperiodalignment="middle"),
    ])
    fig.update_layout(barmode="relative", title=title, xaxis=month_axis(t),
                      yaxis={"title": t("chart_events_signed")}, height=300, **LAYOUT)
    return fig.to_json()
