"""NLP: the spaCy French pipeline, with paragraph breaks as hard sentence boundaries."""
from chronique.nlp.pipeline import load_nlp, parse

__all__ = ["load_nlp", "parse"]
