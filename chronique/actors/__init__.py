"""Actors: countries, organisations and people found in an article and resolved to who they are."""
from chronique.actors.gazetteer import Gazetteer, load_gazetteer

__all__ = ["Gazetteer", "load_gazetteer", "ArticleActors", "resolve_actors"]


def __getattr__(name: str):
    # resolve.py brings spaCy along: imported when first asked for, so that a command that only
    # reads a store (timeline, events, export) starts without it
    if name in {"ArticleActors", "resolve_actors"}:
        from chronique.actors import resolve

        return getattr(resolve, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
