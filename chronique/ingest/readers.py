"""Readers for every input shape: the sample text format, JSONL/JSON, CSV, folders and stdin.

Each reader yields :class:`Article` for good records and :class:`Problem` for bad ones, so one
broken line never stops a run and every problem says where it was.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from chronique.ingest.dates import parse_date
from chronique.model import Article, Problem

Record = Article | Problem

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES

# The sample format: the file opens with " date YYYY-MM" (or a full date), then the body.
_SAMPLE_HEADER = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Record]:
    """Read every input in turn: '-' is stdin, folders are walked, files go by extension."""
    for item in inputs:
        if str(item) == "-":
            yield from read_stream(sys.stdin, name="<stdin>")
        else:
            yield from read_path(Path(item))


def read_path(path: Path) -> Iterator[Record]:
    """Read a file or, recursively, a folder (files with a known extension, in sorted order)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES)
        if not files:
            yield Problem(str(path), "the folder holds no .txt, .jsonl, .json or .csv file", "point Chronique at the articles' folder", "warning")
        for f in files:
            yield from read_path(f)
        return
    if not path.exists():
        yield Problem(str(path), "no such file or folder", "check the path")
        return
    text = _read_text(path)
    if isinstance(text, Problem):
        yield text
        return
    yield from _parse(text, name=str(path), suffix=path.suffix.lower(), stem=path.stem)


def read_stream(stream: IO[str], *, name: str = "<stdin>", fmt: str | None = None) -> Iterator[Record]:
    """Read a text stream; the format is guessed from its first character unless given."""
    text = stream.read()
    if fmt is None:
        head = text.lstrip()[:1]
        fmt = ".jsonl" if head == "{" else ".json" if head == "[" else ".txt"
    yield from _parse(text, name=name, suffix=fmt if fmt.startswith(".") else f".{fmt}", stem="stdin")


def _read_text(path: Path) -> str | Problem:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        return Problem(str(path), "binary file, not text", "remove it from the input or convert it to UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Problem(str(path), f"not UTF-8 text (byte {exc.start} cannot be decoded)", "re-save the file as UTF-8")


def _parse(text: str, *, name: str, suffix: str, stem: str) -> Iterator[Record]:
    if suffix in JSONL_SUFFIXES:
        yield from _parse_jsonl(text, name)
    elif suffix in JSON_SUFFIXES:
        yield from _parse_json(text, name)
    elif suffix in CSV_SUFFIXES:
        yield from _parse_csv(text, name)
    else:
        yield _parse_sample(text, name, stem)


def _parse_sample(text: str, name: str, stem: str) -> Record:
    m = _SAMPLE_HEADER.match(text)
    date = None
    if m:
        date, body = m.group(1), text[m.end():]
    else:
        body = text
    return make_article({"id": stem, "date": date, "text": body}, where=name, date_required=False)


def _parse_jsonl(text: str, name: str) -> Iterator[Record]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})", "fix or remove this line; the other lines were read")
            continue
        yield make_article(obj, where=where)


def _parse_json(text: str, name: str) -> Iterator[Record]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(f"{name}:{exc.lineno}", f"not valid JSON ({exc.msg})", "fix the file, or use JSONL (one article a line) so one bad record does not hide the others")
        return
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    records = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(records):
        yield make_article(rec, where=f"{name}[{i}]")


def _parse_csv(text: str, name: str) -> Iterator[Record]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"text"} - set(reader.fieldnames or [])
    if missing:
        yield Problem(name, f"CSV without the column(s) {', '.join(sorted(missing))} (found: {', '.join(reader.fieldnames or []) or 'none'})", "the header must name id, date, title, source, text")
        return
    for row in reader:
        yield make_article(row, where=f"{name}:{reader.line_num}")


def make_article(obj: Any, *, where: str, date_required: bool = True) -> Record:
    """Validate one record (a dict with id, date, title, source, text) into an Article."""
    if not isinstance(obj, dict):
        return Problem(where, f"expected an object with id, date and text, got {type(obj).__name__}", "each record must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, "the article has no text", "give the body in the 'text' field")
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        return Problem(where, "the article has no id", "give each article an 'id' so its events can be traced back")
    raw_date = obj.get("date")
    date = precision = None
    if raw_date not in (None, ""):
        try:
            date, precision = parse_date(str(raw_date))
        except ValueError as exc:
            return Problem(where, f"article {doc_id}: {exc}", "fix the date; the article was not stored")
    elif date_required:
        return Problem(where, f"article {doc_id} has no date", "give a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return Article(
        doc_id=str(doc_id).strip(),
        text=text.replace("\r\n", "\n").strip(),
        date=date,
        date_precision=precision,
        title=str(obj.get("title") or ""),
        source=str(obj.get("source") or ""),
        origin=where,
    )
