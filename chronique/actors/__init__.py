"""Actors: countries, organisations and people found in an article and resolved to who they are."""
from chronique.actors.gazetteer import Gazetteer, load_gazetteer
from chronique.actors.resolve import ArticleActors, resolve_actors

__all__ = ["Gazetteer", "load_gazetteer", "ArticleActors", "resolve_actors"]
