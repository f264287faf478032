"""Events: PLOVER acts found over the dependency parse, with source, target and evidence."""
from chronique.events.lexicon import TYPES, load_lexicon

__all__ = ["extract_events", "load_lexicon", "TYPES"]


def __getattr__(name: str):
    # extract.py brings spaCy along: imported when first asked for, so that a command that
    # only reads a store starts without it
    if name == "extract_events":
        from chronique.events.extract import extract_events

        return extract_events
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
