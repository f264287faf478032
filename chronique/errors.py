"""The exception tree, drawn once so callers can catch at the right level.

    ChroniqueError
     ├── IngestError      an input could not be read (carries where: file, line, record id)
     ├── StoreError       the database file cannot be opened, migrated or written
     └── UsageError       the caller asked for something that does not exist (an unknown format)

Bad *records* do not raise: they become :class:`chronique.model.Problem` rows, reported and
stored, and the run goes on. Exceptions are for what stops a whole command.
"""
from __future__ import annotations


class ChroniqueError(Exception):
    """Base of every error Chronique raises on purpose."""


class IngestError(ChroniqueError):
    def __init__(self, message: str, *, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


class StoreError(ChroniqueError):
    pass


class UsageError(ChroniqueError):
    pass
