"""The role vocabulary (data/roles.yaml): offices, bodies and groups that make a phrase an actor."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.text import fold, longest_match


@dataclass(frozen=True)
class Role:
    key: str           # folded canonical form: "ministre", "forces armees"
    kind: str          # person | body | group
    sector: str
    home: bool
    counterpart: bool
    en: str
    posted: bool = False
    local: bool = False    # a group of the country where it acts (protesters, crowds)
    vague: bool = False    # an official of no one office ("un responsable"): no named holder
    attributive: bool = True   # as an adjective after a noun, still names the group ("une attaque terroriste")
    national: bool = False     # an actor only before a nationality adjective ("la partie marocaine")
    side: bool = False         # one of the article's two sides, named as its party ("la partie nigériane")
    anchored: bool = False     # an actor only where its phrase names a country or group ("le chef du Hamas")


@dataclass(frozen=True)
class RoleLexicon:
    roles: dict[tuple[str, ...], Role]
    portfolios: dict[tuple[str, ...], str]     # folded words -> sector
    pair_phrases: set[tuple[str, ...]]
    max_len: int
    listed_nouns: frozenset[str] = frozenset()   # folded, singular
    leader_nouns: frozenset[str] = frozenset()   # folded, singular: the listed nouns that name leaders
    organisation_phrases: frozenset[tuple[str, ...]] = frozenset()   # folded words
    group_phrases: frozenset[tuple[str, ...]] = frozenset()   # folded words
    place_nouns: frozenset[str] = frozenset()   # folded, singular and plural
    delegation_nouns: frozenset[str] = frozenset()   # folded
    leading_verbs: frozenset[str] = frozenset()   # folded lemmas
    name_particles: frozenset[str] = frozenset()   # folded: "de", "dos", "van" inside a person's name
    title_qualifiers: frozenset[tuple[str, ...]] = frozenset()   # folded: ("en", "exercice"), ("par", "interim")
    named_after_places: frozenset[str] = frozenset()   # folded, singular and plural: "accord", "sommet"
    regional_adjectives: frozenset[str] = frozenset()   # folded, every gender and number
    joint_verbs: frozenset[str] = frozenset()   # folded lemmas: "signé par A et B": two sides
    kin_nouns: frozenset[str] = frozenset()   # folded: "le fils de X" is X's relative, not X
    field_nouns: frozenset[str] = frozenset()   # folded: "dans le domaine du gouvernement digital": a field

    @cached_property
    def pair_phrases_in_order(self) -> tuple[tuple[str, ...], ...]:
        """The pair phrases, longest first, then in alphabetical order: tried in that order at a
        word, so that "les deux pays voisins" wins over "les deux pays" in every run (a set's
        order follows the strings' hashes, which change from one process to the next)."""
        return tuple(sorted(self.pair_phrases, key=lambda k: (-len(k), k)))

    @cached_property
    def pair_phrase_firsts(self) -> frozenset[str]:
        """The words a pair phrase starts with."""
        return frozenset(key[0] for key in self.pair_phrases)

    def match_at(self, words: list[str], i: int) -> tuple[Role, int] | None:
        """The longest role starting at word i (words folded), with its length."""
        return longest_match(self.roles, words, i, self.max_len)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@lru_cache(maxsize=1)
def load_roles() -> RoleLexicon:
    data = load_yaml("chronique.actors", "roles.yaml")
    roles: dict[tuple[str, ...], Role] = {}
    for name, info in data["roles"].items():
        key = tuple(fold(name).replace("'", "' ").split())
        role = Role(" ".join(key), info["kind"], info["sector"], bool(info.get("home")), bool(info.get("counterpart")), info.get("en", name), bool(info.get("posted")),
                    bool(info.get("local")), bool(info.get("vague")), bool(info.get("attributive", True)),
                    bool(info.get("national")), bool(info.get("side")), bool(info.get("anchored")))
        roles[key] = role
        # plural forms ("ministres", "autorités", "chefs de la diplomatie", "premiers ministres")
        # match the same role
        if info.get("plural", True):
            forms = {key[:-1] + (key[-1] + "s",), (key[0] + "s",) + key[1:], (key[0] + "s",) + key[1:-1] + (key[-1] + "s",)}
            if "-" in key[-1]:  # a compound of two nouns takes both plurals: "gardes-côtes"
                forms.add(key[:-1] + ("-".join(part + "s" for part in key[-1].split("-")),))
            for form in forms:
                roles.setdefault(form, role)
    portfolios = {tuple(fold(k).replace("'", "' ").split()): v["sector"] for k, v in data["portfolios"].items()}
    pairs = {tuple(fold(p).replace("'", "' ").split()) for p in data["pair_phrases"]}
    listed = frozenset(fold(w) for w in data.get("listed_nouns") or [])
    organisations = frozenset(tuple(fold(p).split()) for p in data.get("organisation_phrases") or [])
    groups = frozenset(tuple(fold(p).split()) for p in data.get("group_phrases") or [])
    places = frozenset(f for w in data.get("place_nouns") or [] for f in (fold(w), fold(w) + "s"))
    delegations = frozenset(fold(w) for w in data.get("delegation_nouns") or [])
    leading = frozenset(fold(w) for w in data.get("leading_verbs") or [])
    particles = frozenset(fold(w) for w in data.get("name_particles") or [])
    qualifiers = frozenset(tuple(fold(p).split()) for p in data.get("title_qualifiers") or [])
    named_after = frozenset(f for w in data.get("named_after_places") or [] for f in (fold(w), fold(w) + "s"))
    leaders = frozenset(fold(w) for w in data.get("leader_nouns") or [])
    regional = frozenset(f for w in data.get("regional_adjectives") or [] for f in _adjective_forms(fold(w)))
    joint = frozenset(fold(w) for w in data.get("joint_verbs") or [])
    kin = frozenset(fold(w) for w in data.get("kin_nouns") or [])
    fields = frozenset(f for w in data.get("field_nouns") or [] for f in (fold(w), fold(w) + "s"))
    return RoleLexicon(roles, portfolios, pairs, max(len(k) for k in roles), listed, leaders, organisations, groups,
                       places, delegations, leading, particles, qualifiers, named_after, regional, joint, kin, fields)


def _adjective_forms(masculine: str) -> set[str]:
    """An adjective's four forms, folded: "africain" -> africaine(s), africains; "européen" ->
    européenne(s); "occidental" -> occidentale(s), occidentaux; "arabe" -> arabes."""
    stem = masculine[:-2] + "au" if masculine.endswith("al") else masculine
    feminine = masculine + ("ne" if masculine.endswith("en") else "" if masculine.endswith("e") else "e")
    return {masculine, feminine, feminine + "s", stem + ("x" if masculine.endswith("al") else "s")}
