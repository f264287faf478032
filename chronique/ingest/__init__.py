"""Ingest: read articles from files, folders and streams into :class:`chronique.model.Article`."""
from chronique.ingest.dates import parse_date
from chronique.ingest.readers import read_inputs, read_path, read_stream

__all__ = ["parse_date", "read_inputs", "read_path", "read_stream"]
