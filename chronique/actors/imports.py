"""Reading what the user knows about actors: an ``actors.yaml`` they curate, or a table of
office holders (CSV or JSON) such as a Wikidata query export.

Both become the entries of an actors.yaml (``{name, country, aliases, offices: [{title, from,
to}]}``); a bad row is reported with its line and the rest is read.

A table has one row per person and office. Column names are matched loosely so that a Wikidata
export reads as is: ``person`` (or ``personLabel``, ``name``), ``position`` (``positionLabel``,
``office``, ``title``, ``role``), ``country`` (``countryLabel``, ``country_code``), ``start``
(``startTime``, ``from``) and ``end`` (``endTime``, ``to``). Dates keep their first ten
characters ("2021-09-15T00:00:00Z" -> "2021-09-15"). A JSON file is a list of such objects or
the SPARQL JSON results format.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import yaml

from chronique.actors.gazetteer import country_code, parse_yaml
from chronique.errors import UsageError
from chronique.model import Problem

COLUMNS = {
    "person": ("person", "personlabel", "name", "holder", "holderlabel"),
    "position": ("position", "positionlabel", "office", "title", "role", "positionheldlabel"),
    "country": ("country", "countrylabel", "country_code", "countrycode", "iso3"),
    "start": ("start", "starttime", "from", "since"),
    "end": ("end", "endtime", "to", "until"),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_known_people(path: str | Path) -> tuple[list[dict], str, list[Problem]]:
    """The people a file describes, its basis (``user`` for YAML, ``table`` for CSV/JSON), and
    the problems met. A file that cannot be read at all is a :class:`UsageError`."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such file; give an actors.yaml, or a CSV/JSON table of office holders")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        entries, problems = _read_yaml(path, text)
        return entries, "user", problems
    if suffix == ".csv":
        rows = [(f"{path}:{i}", r) for i, r in enumerate(csv.DictReader(text.splitlines()), start=2)]
    elif suffix == ".json":
        rows = _json_rows(path, text)
    else:
        raise UsageError(f"{path}: unknown kind of file; use .yaml (curated actors), .csv or .json (office holders)")
    entries, problems = _table_entries(rows, str(path))
    return entries, "table", problems


def _read_yaml(path: Path, text: str) -> tuple[list[dict], list[Problem]]:
    try:
        data = parse_yaml(text) or {}
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: not valid YAML ({exc})") from None
    people = data.get("people") if isinstance(data, dict) else None
    if not isinstance(people, list):
        raise UsageError(f"{path}: expected a 'people:' list (see chronique/actors/data/actors.yaml for the format)")
    entries, problems = [], []
    for i, entry in enumerate(people, start=1):
        where = f"{path}: people[{i}]"
        if not isinstance(entry, dict) or not entry.get("name"):
            problems.append(Problem(where, "an entry without a name", "give each person a 'name:'"))
            continue
        offices, bad = [], []
        for o in entry.get("offices") or []:
            office = _office_of_entry(o)
            (offices if office else bad).append(office or o)
        for o in bad:
            problems.append(Problem(where, f"office {o!r} of {entry['name']} is not [title, from, to] with ISO dates",
                                    "write it as [ministre de l'Intérieur, 2017-04-05, null]"))
        entries.append({"name": str(entry["name"]), "country": entry.get("country"),
                        "aliases": [str(a) for a in entry.get("aliases") or []], "offices": offices})
    return entries, problems


def _office_of_entry(o) -> dict | None:
    if isinstance(o, dict):
        title, start, end = o.get("title"), o.get("from"), o.get("to")
    elif isinstance(o, list) and o:
        title, start, end = o[0], (o[1] if len(o) > 1 else None), (o[2] if len(o) > 2 else None)
    else:
        return None
    start, end = _date(start), _date(end)
    if not title or start is False or end is False:
        return None
    return {"title": str(title), "from": start, "to": end}


def _date(value) -> str | None | bool:
    """ISO text for a date, None for an empty one, False for one that is not a date."""
    if value in (None, ""):
        return None
    text = str(value).strip()[:10]
    return text if DATE.match(text) else False


def _json_rows(path: Path, text: str) -> list[tuple[str, dict]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(data, dict) and "results" in data:  # SPARQL JSON results
        bindings = data["results"].get("bindings", [])
        data = [{k: v.get("value") for k, v in b.items()} for b in bindings]
    if not isinstance(data, list):
        raise UsageError(f"{path}: expected a list of office holders or SPARQL JSON results")
    return [(f"{path}: record {i}", r if isinstance(r, dict) else {}) for i, r in enumerate(data, start=1)]


def _column(row: dict, field: str) -> str:
    lowered = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    for name in COLUMNS[field]:
        value = lowered.get(name)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _table_entries(rows: list[tuple[str, dict]], origin: str) -> tuple[list[dict], list[Problem]]:
    people: dict[tuple[str, str | None], dict] = {}
    problems = []
    for where, row in rows:
        person, position, country = _column(row, "person"), _column(row, "position"), _column(row, "country")
        if not person or not position:
            problems.append(Problem(where, "a row without a person or a position",
                                    "a table needs the columns person, position, country, start, end"))
            continue
        code = country_code(country)
        if country and code is None:
            problems.append(Problem(where, f"unknown country {country!r} for {person}",
                                    "give an ISO code (MAR) or a country name (Maroc, Morocco)"))
            continue
        start, end = _date(_column(row, "start")), _date(_column(row, "end"))
        if start is False or end is False:
            problems.append(Problem(where, f"a date of {person} is not YYYY[-MM[-DD]]", "write dates as 2021-09-15"))
            continue
        entry = people.setdefault((person, code), {"name": person, "country": code, "aliases": [], "offices": []})
        entry["offices"].append({"title": position, "from": start, "to": end})
    return list(people.values()), problems
