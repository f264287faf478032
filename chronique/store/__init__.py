"""Store: one SQLite file with documents, sentences, actors, mentions, events and problems."""
from chronique.store.db import EventFilter, Store

__all__ = ["Store", "EventFilter"]
