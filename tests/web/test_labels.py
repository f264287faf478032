"""The web app's catalogue of words: every label in both languages, every key a template or a
chart asks for present, and the names of countries and offices in the page's language."""
import re
from importlib import resources

from chronique.web.labels import LANGUAGES, catalogue, words


def test_every_label_is_in_every_language():
    for key, entry in catalogue().items():
        entries = entry.values() if key == "contexts" else [entry]
        for e in entries:
            assert all(e.get(lang) for lang in LANGUAGES), (key, e)


def test_every_key_the_templates_and_charts_use_is_in_the_catalogue():
    folder = resources.files("chronique.web")
    sources = [p.read_text(encoding="utf-8") for p in folder.joinpath("templates").iterdir() if p.name.endswith(".html")]
    sources += [folder.joinpath(n).read_text(encoding="utf-8") for n in ("app.py", "charts.py")]
    used = {k for text in sources for k in re.findall(r"""\bt\(\s*['"]([a-z_]+)['"]""", text)}
    assert len(used) > 40 and not used - set(catalogue()), used - set(catalogue())


def test_names_follow_the_language():
    fr, en = words("fr"), words("en")
    assert (fr.dyad("MAR-ITA"), en.dyad("MAR-ITA")) == ("Maroc – Italie", "Morocco – Italy")
    assert (fr.context("human_rights"), en.context("human_rights")) == ("droits humains", "human rights")
    assert fr("dyad_total", n=3) == "3 événement(s)." and en("dyad_total", n=3) == "3 event(s)."
    assert words("de").lang == "fr"          # an unknown language falls back to French
