"""Chronique: dated French news articles in, a chronicle of political events out.

The public API, for notebooks as for the CLI and the web layer::

    import chronique
    summary = chronique.run(["samples/"], db="chronique.db")
    rows = chronique.events("chronique.db", dyad="MAR-ITA")
    chronique.export("chronique.db", "events.jsonl", fmt="jsonl")
    chronique.actors("chronique.db", country="MAR")      # people and the offices they held when
    chronique.actor("chronique.db", "Laftit")             # one person's offices and events
"""
import importlib

# the subpackages first: the API's events() and actors() below then keep those names (a
# subpackage imported later, as the pipeline imports chronique.events, would take them over)
importlib.import_module("chronique.events")
importlib.import_module("chronique.actors")

from chronique.api import (actor, actor_conflicts, actors, article, articles, brief, draft, dyad, dyads, events, export,
                           import_actors, overview, problems, run, search, timeline, write_brief)
from chronique.errors import ChroniqueError, IngestError, StoreError
from chronique.model import Actor, Article, Event, Problem

__all__ = [
    "run", "events", "timeline", "search", "export", "problems", "overview", "dyad", "article", "brief", "write_brief",
    "actors", "actor", "import_actors", "actor_conflicts", "dyads", "articles", "draft",
    "Actor", "Article", "Event", "Problem",
    "ChroniqueError", "IngestError", "StoreError",
]
__version__ = "0.1.0"
