"""Events: PLOVER acts found over the dependency parse, with source, target and evidence."""
from chronique.events.extract import extract_events
from chronique.events.lexicon import TYPES, load_lexicon

__all__ = ["extract_events", "load_lexicon", "TYPES"]
