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
from chronique.ingest.hygiene import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, decode, strip_markup
from chronique.model import Article, Problem

Record = Article | Problem

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
CSV_SUFFIXES = {".csv"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES

# The sample format: the file opens with " date YYYY-MM" (or a full date), then the body.
_SAMPLE_HEADER = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Record]:
    """Read every input in turn: '-' is stdin, http(s) addresses are fetched, folders are
    walked, files go by extension."""
    fetcher = None
    try:
        for item in inputs:
            if str(item) == "-":
                yield from read_stream(sys.stdin, name="<stdin>")
            elif str(item).startswith(("http://", "https://")):
                from chronique.ingest.web import Fetcher, read_url

                fetcher = fetcher or Fetcher()
                yield from read_url(str(item), fetcher)
            else:
                yield from read_path(Path(item))
    finally:
        if fetcher is not None:
            fetcher.close()


def folder_files(folder: Path) -> list[Path]:
    """The article files under a folder, recursively, in sorted order: known extensions only, and
    no hidden file (a name starting with '.' is by convention a file still being written, such
    as rsync's, or an editor's)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_path(path: Path) -> Iterator[Record]:
    """Read a file or, recursively, a folder (files with a known extension, in sorted order)."""
    if path.is_dir():
        files = folder_files(path)
        if not files:
            yield Problem(str(path), f"the folder holds no article file ({', '.join(sorted(KNOWN_SUFFIXES))})", "point Chronique at the articles' folder", "warning")
        for f in files:
            yield from read_path(f)
        return
    if not path.exists():
        yield Problem(str(path), "no such file or folder", "check the path")
        return
    suffix = path.suffix.lower()
    if path.stat().st_size > MAX_FILE_BYTES:
        if suffix in JSONL_SUFFIXES:  # a big dump: one line at a time, never the whole file
            yield from _stream_jsonl(path)
        else:
            yield Problem(str(path), f"the file is {path.stat().st_size // 1_000_000} MB, too large to read whole",
                          "split it, or give it as JSONL (one article a line), which is read line by line")
        return
    text, problems = _read_text(path)
    yield from problems
    if text is not None and not text.strip():
        yield Problem(str(path), "the file is empty", "remove it, or check that it was saved", "warning")
    elif text is not None:
        yield from _parse(text, name=str(path), suffix=suffix, stem=path.stem)


def read_stream(stream: IO[str], *, name: str = "<stdin>", fmt: str | None = None) -> Iterator[Record]:
    """Read a text stream; the format is guessed from its first character unless given."""
    text = stream.read()
    if fmt is None:
        head = text.lstrip()[:1]
        fmt = ".jsonl" if head == "{" else ".json" if head == "[" else ".txt"
    yield from _parse(text, name=name, suffix=fmt if fmt.startswith(".") else f".{fmt}", stem="stdin")


def _read_text(path: Path) -> tuple[str | None, list[Problem]]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        return None, [Problem(str(path), "binary file, not text", "remove it from the input or convert it to UTF-8 text")]
    return decode(data, str(path))


def _stream_jsonl(path: Path) -> Iterator[Record]:
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            text, problems = decode(raw, f"{path}:{n}")
            yield from problems
            if text is not None:
                yield from _parse_jsonl_line(text, f"{path}:{n}")


def _parse(text: str, *, name: str, suffix: str, stem: str) -> Iterator[Record]:
    if suffix in JSONL_SUFFIXES:
        yield from _parse_jsonl(text, name)
    elif suffix in JSON_SUFFIXES:
        yield from _parse_json(text, name)
    elif suffix in CSV_SUFFIXES:
        yield from _parse_csv(text, name)
    elif suffix in HTML_SUFFIXES:  # a saved page: its main text and metadata (trafilatura)
        from chronique.ingest.web import article_from_html

        yield from article_from_html(text, doc_id=stem, where=name)
    else:
        yield from _parse_sample(text, name, stem)


def _parse_sample(text: str, name: str, stem: str) -> list[Record]:
    m = _SAMPLE_HEADER.match(text)
    date = None
    if m:
        date, body = m.group(1), text[m.end():]
    else:
        body = text
    return make_article({"id": stem, "date": date, "text": body}, where=name, date_required=False)


def _parse_jsonl(text: str, name: str) -> Iterator[Record]:
    for n, line in enumerate(text.splitlines(), 1):
        yield from _parse_jsonl_line(line, f"{name}:{n}")


def _parse_jsonl_line(line: str, where: str) -> Iterator[Record]:
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})", "fix or remove this line; the other lines were read")
        return
    yield from make_article(obj, where=where)


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
        yield from make_article(rec, where=f"{name}[{i}]")


def _parse_csv(text: str, name: str) -> Iterator[Record]:
    # newline="": the csv module reads line ends itself (a lone "\r" inside a field is data)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = {"text"} - set(reader.fieldnames or [])
        if missing:
            yield Problem(name, f"CSV without the column(s) {', '.join(sorted(missing))} (found: {', '.join(reader.fieldnames or []) or 'none'})", "the header must name id, date, title, source, text")
            return
        for row in reader:
            yield from make_article(row, where=f"{name}:{reader.line_num}")
    except csv.Error as exc:  # what was read before stays read; the rest of the file is reported
        yield Problem(f"{name}:{reader.line_num}", f"unreadable CSV ({exc})", "save the file as CSV with quoted fields (UTF-8)")


def make_article(obj: Any, *, where: str, date_required: bool = True) -> list[Record]:
    """Validate one record (a dict with id, date, title, source, text) into an Article, with
    the warnings about what was mended in it; or the Problem that keeps it out."""
    if not isinstance(obj, dict):
        return [Problem(where, f"expected an object with id, date and text, got {type(obj).__name__}", "each record must be a JSON object")]
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return [Problem(where, "the article has no text", "give the body in the 'text' field")]
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "" or isinstance(doc_id, (dict, list)):
        return [Problem(where, "the article has no usable id", "give each article an 'id' (text or number) so its events can be traced back")]
    if len(text) > MAX_ARTICLE_CHARS:
        return [Problem(where, f"article {doc_id} is {len(text):,} characters long, more than any news article ({MAX_ARTICLE_CHARS:,})",
                        "split the dump into its articles; this one was not stored")]
    raw_date = obj.get("date")
    date = precision = None
    if raw_date not in (None, ""):
        try:
            date, precision = parse_date(str(raw_date))
        except ValueError as exc:
            return [Problem(where, f"article {doc_id}: {exc}", "fix the date; the article was not stored")]
    elif date_required:
        return [Problem(where, f"article {doc_id} has no date", "give a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    out: list[Record] = []
    text, had_markup = strip_markup(text.replace("\r\n", "\n"))
    if had_markup:
        out.append(Problem(where, f"article {doc_id} had HTML markup in its text; it was removed before coding",
                           "extract the text from the page first (or give the .html page to a reader that does)", "warning"))
    if not text.strip():
        return out + [Problem(where, f"article {doc_id} has no text once its markup is removed", "give the body in the 'text' field")]
    out.append(Article(
        doc_id=str(doc_id).strip(),
        text=text.strip(),
        date=date,
        date_precision=precision,
        title=str(obj.get("title") or ""),
        source=str(obj.get("source") or ""),
        origin=where,
    ))
    return out
