"""Readers for every input shape: the sample text format, JSONL/JSON, CSV, folders and stdin.

Each reader yields :class:`Article` for good records and :class:`Problem` for bad ones, so one
broken line never stops a run and every problem says where it was.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import math
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

# A JSONL line longer than the longest article can be (4 bytes a character) is not held whole
MAX_LINE_BYTES = MAX_ARTICLE_CHARS * 4 + 100_000
# A file that yields this many problems is not read further: it is not what it says it is
MAX_PROBLEMS_PER_FILE = 100
# Byte-order marks of the wide encodings (UTF-32 first: its little-endian mark starts like UTF-16's)
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

_SURROGATE = re.compile("[\ud800-\udfff]")

# The sample format: the file opens with " date YYYY-MM" (or a full date), then the body.
_SAMPLE_HEADER = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Record]:
    """Read every input in turn: '-' is stdin, http(s) addresses are fetched, folders are
    walked, files go by extension."""
    fetcher = None
    try:
        for item in inputs:
            try:
                if str(item) == "-":
                    yield from read_stream(sys.stdin, name="<stdin>")
                elif str(item).startswith(("http://", "https://")):
                    from chronique.ingest.web import Fetcher, read_url

                    fetcher = fetcher or Fetcher()
                    yield from read_url(str(item), fetcher)
                else:
                    yield from read_path(Path(item))
            except Exception as exc:  # noqa: BLE001 -- an input no reader foresaw ends itself, not the run
                yield Problem(str(item), f"reading stopped here: {type(exc).__name__}: {exc}",
                              "the records before it were read; please report this input")
    finally:
        if fetcher is not None:
            fetcher.close()


def folder_files(folder: Path) -> list[Path]:
    """The article files under a folder, recursively, in sorted order: known extensions only, and
    no hidden file (a name starting with '.' is by convention a file still being written, such
    as rsync's, or an editor's)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def file_ids(folder: Path, files: list[Path]) -> dict[Path, str]:
    """The id each file of a folder gives its article: its name without extension, unless
    another file of the folder has that name too (a site mirror's "index.html" in each
    folder), in which case its path from the folder ("site1/index")."""
    stems: dict[str, int] = {}
    for f in files:
        stems[f.stem] = stems.get(f.stem, 0) + 1
    return {f: f.stem if stems[f.stem] == 1 else f.relative_to(folder).with_suffix("").as_posix() for f in files}


def read_path(path: Path, *, doc_id: str | None = None) -> Iterator[Record]:
    """Read a file or, recursively, a folder (files with a known extension, in sorted order).
    A file that cannot be read (no permission, a pipe, a device) is one problem."""
    if path.is_dir():
        try:
            files = folder_files(path)
        except OSError as exc:
            yield Problem(str(path), f"the folder cannot be listed ({exc.strerror or exc})", "check its permissions")
            return
        if not files:
            yield Problem(str(path), f"the folder holds no article file ({', '.join(sorted(KNOWN_SUFFIXES))})", "point Chronique at the articles' folder", "warning")
        ids = file_ids(path, files)
        for f in files:
            yield from read_path(f, doc_id=ids[f])
        return
    if not path.exists():
        yield Problem(str(path), "no such file or folder", "check the path")
        return
    if not path.is_file():
        yield Problem(str(path), "not a regular file (a pipe, a device or a socket): not read",
                      "give the articles as files, or pipe them to '-' (stdin)")
        return
    try:
        yield from _read_file(path, doc_id or path.stem)
    except OSError as exc:
        yield Problem(str(path), f"the file cannot be read ({exc.strerror or exc})", "check that it exists and is readable (permissions)")


def _read_file(path: Path, doc_id: str) -> Iterator[Record]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:  # one line at a time: a bad line or byte costs that line only
        yield from _capped(_stream_jsonl(path), str(path))
        return
    if path.stat().st_size > MAX_FILE_BYTES:
        yield Problem(str(path), f"the file is {path.stat().st_size // 1_000_000} MB, too large to read whole",
                      "split it, or give it as JSONL (one article a line), which is read line by line")
        return
    text, problems = _read_text(path)
    yield from problems
    if text is not None and not text.strip():
        yield Problem(str(path), "the file is empty", "remove it, or check that it was saved", "warning")
    elif text is not None:
        yield from _capped(_parse(text, name=str(path), suffix=suffix, stem=doc_id), str(path))


def _capped(records: Iterator[Record], name: str) -> Iterator[Record]:
    """The records of one file, until it has given MAX_PROBLEMS_PER_FILE errors: a file that
    bad is not what its name says (a binary named .jsonl), and its every line is no news."""
    errors = 0
    for rec in records:
        yield rec
        if isinstance(rec, Problem) and rec.severity == "error":
            errors += 1
            if errors >= MAX_PROBLEMS_PER_FILE:
                yield Problem(name, f"stopped reading after {errors} bad records", "check that the file is what its extension says")
                return


def read_stream(stream: IO[str], *, name: str = "<stdin>", fmt: str | None = None) -> Iterator[Record]:
    """Read a text stream; the format is guessed from its first character unless given."""
    text = stream.read()
    if fmt is None:
        head = text.lstrip()[:1]
        fmt = ".jsonl" if head == "{" else ".json" if head == "[" else ".txt"
    yield from _parse(text, name=name, suffix=fmt if fmt.startswith(".") else f".{fmt}", stem="stdin")


def _read_text(path: Path) -> tuple[str | None, list[Problem]]:
    data = path.read_bytes()
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                return None, [Problem(str(path), f"starts as {encoding.upper()} but is not ({exc.reason} at byte {exc.start})", "re-save the file as UTF-8")]
    if b"\x00" in data[:4096]:
        return None, [Problem(str(path), "binary file, not text", "remove it from the input or convert it to UTF-8 text")]
    return decode(data, str(path))


def _stream_jsonl(path: Path) -> Iterator[Record]:
    """A JSONL file's records, a line at a time (split on "\\n" only: U+2028 inside a string is
    data); a line longer than any article is skipped without being held."""
    with path.open("rb") as f:
        head = f.read(4096)
        if any(head.startswith(bom) for bom, _ in _WIDE_BOMS):  # UTF-16/32 lines do not split on a byte
            if path.stat().st_size > MAX_FILE_BYTES:
                yield Problem(str(path), "a UTF-16/32 JSONL file over 50 MB", "re-save it as UTF-8, which is read line by line")
                return
            text, problems = _read_text(path)
            yield from problems
            if text is not None:
                yield from _parse_jsonl(text, str(path))
            return
        if _looks_binary(head):  # one stray NUL in a line costs that line; a file of them is no JSONL
            yield Problem(str(path), "binary file, not JSON lines", "remove it from the input or convert it to UTF-8 text")
            return
        f.seek(0)
        blank, legacy = True, False
        for n, raw in enumerate(_lines(f), 1):
            where = f"{path}:{n}"
            blank = blank and raw is not None and not raw.strip()
            if raw is None:
                yield Problem(where, f"a line longer than {MAX_LINE_BYTES:,} bytes: not an article", "split the record; this line was skipped")
                continue
            text, problems = decode(raw, where)
            for p in problems:  # a file in a legacy encoding is said so once, not on every line
                if p.severity == "warning" and p.message.startswith("not UTF-8"):
                    if legacy:
                        continue
                    legacy = True
                yield p
            if text is not None:
                yield from _parse_jsonl_line(text, where)
        if blank:
            yield Problem(str(path), "the file is empty", "remove it, or check that it was saved", "warning")


_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


def _looks_binary(head: bytes) -> bool:
    """More than 5 % control bytes (NUL and the like): text, JSON included, has almost none."""
    return bool(head) and sum(head.count(bytes([b])) for b in _CONTROL) > 0.05 * len(head)


def _lines(f: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a binary file; None for one longer than MAX_LINE_BYTES (read past, never kept)."""
    while raw := f.readline(MAX_LINE_BYTES):
        if len(raw) >= MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := f.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw


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
    # "\n" only: str.splitlines() also splits at U+2028, U+2029 and U+0085, which JSON strings may hold
    for n, line in enumerate(text.split("\n"), 1):
        yield from _parse_jsonl_line(line, f"{name}:{n}")


def _parse_jsonl_line(line: str, where: str) -> Iterator[Record]:
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})", "fix or remove this line; the other lines were read")
        return
    except RecursionError:
        yield Problem(where, "JSON nested too deep to be an article", "each line must be one flat object with id, date and text")
        return
    yield from make_article(obj, where=where)


def _parse_json(text: str, name: str) -> Iterator[Record]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(f"{name}:{exc.lineno}", f"not valid JSON ({exc.msg})", "fix the file, or use JSONL (one article a line) so one bad record does not hide the others")
        return
    except RecursionError:
        yield Problem(name, "JSON nested too deep to be articles", "give a list of flat objects with id, date and text")
        return
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    records = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(records):
        yield from make_article(rec, where=f"{name}[{i}]")


def _parse_csv(text: str, name: str) -> Iterator[Record]:
    # newline="": the csv module reads line ends itself (a lone "\r" inside a field is data); a
    # field may be as long as an article (the csv module's default stops at 131,072 characters)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_CHARS + 1))
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
    if doc_id is None or str(doc_id).strip() == "" or isinstance(doc_id, (dict, list)) \
            or (isinstance(doc_id, float) and not math.isfinite(doc_id)):
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
    doc_id = _without_surrogates(str(doc_id))
    fields = {k: str(obj.get(k) or "") for k in ("title", "source")}
    if any(_SURROGATE.search(v) for v in (text, *fields.values())):
        out.append(Problem(where, f"article {doc_id} held lone UTF-16 surrogates (broken escapes such as \\ud800); "
                           "each was replaced by \ufffd", "fix the export that wrote them", "warning"))
    fields = {k: _without_surrogates(v) for k, v in fields.items()}
    text = _without_surrogates(text)
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
        title=fields["title"],
        source=fields["source"],
        origin=where,
    ))
    return out


def _without_surrogates(s: str) -> str:
    """The string with each lone surrogate (valid in a JSON escape, not in UTF-8) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", s)
