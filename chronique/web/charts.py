"""Plotly figures as JSON, drawn in the page by the plotly.js that the plotly package ships."""
from __future__ import annotations

import plotly.graph_objects as go

COLOURS = {"cooperation": "#2b8a3e", "conflict": "#c92a2a", "neutral": "#868e96"}


def stacked_by_type(rows: list[dict], title: str) -> str:
    """Events per month, one bar segment per type (rows: month, type, n)."""
    months = sorted({r["month"] or "?" for r in rows})
    types = sorted({r["type"] for r in rows})
    counts = {(r["month"] or "?", r["type"]): r["n"] for r in rows}
    fig = go.Figure([go.Bar(name=t, x=months, y=[counts.get((m, t), 0) for m in months]) for t in types])
    fig.update_layout(barmode="stack", title=title, xaxis={"type": "category", "title": "month"},
                      yaxis={"title": "events"}, margin={"t": 40, "l": 40, "r": 10, "b": 40}, height=320)
    return fig.to_json()


def cooperation_conflict(rows: list[dict], title: str) -> str:
    """Cooperative events up, conflictual ones down, per month (rows: month, class, n)."""
    months = sorted({r["month"] for r in rows})
    counts = {(r["month"], r["class"]): r["n"] for r in rows}
    fig = go.Figure([
        go.Bar(name="cooperation", x=months, y=[counts.get((m, "cooperation"), 0) for m in months], marker_color=COLOURS["cooperation"]),
        go.Bar(name="conflict", x=months, y=[-counts.get((m, "conflict"), 0) for m in months], marker_color=COLOURS["conflict"]),
    ])
    fig.update_layout(barmode="relative", title=title, xaxis={"type": "category", "title": "month"},
                      yaxis={"title": "events (conflict below 0)"}, margin={"t": 40, "l": 40, "r": 10, "b": 40}, height=280)
    return fig.to_json()
