"""Resolve who is who in one article.

The mechanism, stage by stage:

1. places: country names, adjectives, capitals and organisations (the gazetteer);
2. people: PER entities, with the office and nationality their apposition gives
   ("Le ministre de l'Intérieur, Abdelouafi Laftit", "son homologue italienne, Luciana
   Lamorgese"); later surnames ("Laftit") point back to the full name;
3. roles: offices, bodies and groups ("la ministre italienne de l'Intérieur", "les autorités
   italiennes", "l'armée malienne"), resolved to the named person who holds that office in the
   article when there is one;
4. references: "les deux ministres" and "ils" name the article's two parties, "il" the last
   person who acted.

The article's *home* country (the one a communiqué speaks for: its "Royaume", its unnamed
"ministre de l'Intérieur") is the most-mentioned country, helped by the outlet's domain.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

import pycountry
from rapidfuzz import fuzz
from spacy.attrs import DEP, POS
from spacy.symbols import ADJ, NOUN, PROPN, VERB, X
from spacy.tokens import Doc, Span, Token

from chronique.actors.gazetteer import OF_WORDS, Gazetteer, PlaceSpan, agree_adjective, load_gazetteer
from chronique.actors.offices import FORMER, load_offices, title_in
from chronique.actors.people import KnownPerson, PeopleIndex, load_people
from chronique.actors.roles import Role, RoleLexicon, load_roles
from chronique.model import Actor
from chronique.nlp.memo import column, folded_words, memo, morph, sentence_at, sentence_of
from chronique.nlp.memo import words as doc_words
from chronique.text import CALENDAR_WORDS, fold

DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "du", "de", "d'"}
ARTICLES = {"le", "la", "les", "l'"}  # the definite article before an apposed title
TITLES = {"m.", "m", "mm.", "mm", "mme", "mmes", "mlle", "pr", "dr", "me", "s.e.", "s.e.m.", "sm", "sa", "sar", "mgr", "lord", "lady", "sir"}
LOCATIVE = {"a", "au", "aux", "en", "depuis", "vers", "dans", "sur", "pres"}
SINGULAR_PRONOUNS = {"il", "elle"}
LATTER = {"dernier", "derniere"}   # "ce dernier", "cette dernière"
STATE_WORDS = {"royaume", "republique", "etat", "pays"}
KIND_RANK = {"person": 0, "role": 1, "body": 2, "igo": 3, "group": 4, "company": 4, "country": 5}
NAMED_ORGS = ("igo", "group", "company")  # gazetteer kinds that name an organisation, not a country
PLURAL_PRONOUNS = {"ils", "elles"}


class PlaceIndex(dict):
    """The article's places by each token they cover, and (``ends``) each place's end by its
    start -- computed once an article, not once a title (a 200,000-character article has
    thousands of both)."""

    def __init__(self, places: list[PlaceSpan]) -> None:
        super().__init__((i, p) for p in places for i in range(p.start, p.end))
        self.ends = {p.start: p.end for p in places}


@dataclass
class Person:
    name: str
    surname: str
    country: str | None = None
    role: str | None = None
    role_key: str | None = None
    portfolio: str | None = None
    sector: str | None = None
    guessed_country: bool = False
    country_from: str = ""      # text | known | home: how sure the country is
    office: str | None = None   # the office id its title names (data/offices.yaml)
    office_at: int | None = None  # the token where the article gives that title: its evidence
    known: KnownPerson | None = None  # the curated entry this person matched
    posted_to: str | None = None  # a diplomat's host country ("l'ambassadeur d'Allemagne à Moscou, X")

    def actor(self) -> Actor:
        return Actor(self.name, self.country, self.sector, "person", self.role,
                     posted_to=self.posted_to if self.posted_to != self.country else None, office=self.office)


@dataclass
class ActorMention:
    """Tokens [start, end) of the article that refer to one or more actors."""

    start: int
    end: int
    actors: list[Actor]
    kind: str = "actor"        # actor | place | pair | pronoun
    place_only: bool = False   # a capital used as a location ("à Rabat")
    adjective: bool = False    # named by a nationality adjective ("la coopération maroco-italienne")


@dataclass
class ArticleActors:
    mentions: list[ActorMention]
    persons: list[Person]
    home: str | None
    pair: tuple[Actor, Actor] | None
    places: list[PlaceSpan]
    runner_up: str | None = None   # the country the article names most after its home
    _by_token: dict[int, ActorMention] = field(default_factory=dict)
    _starts: tuple[list[int], list[ActorMention]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for m in self.mentions:
            for i in range(m.start, m.end):
                self._by_token.setdefault(i, m)

    def at(self, i: int) -> ActorMention | None:
        return self._by_token.get(i)

    def starting_in(self, start: int, end: int) -> list[ActorMention]:
        """The mentions ``at`` gives for the tokens start..end-1 that begin at their token, in
        the text's order: the party model's candidates are looked for in the act's sentence
        and the one before at each act, and asking ``at`` of every word had cost more than
        choosing among them."""
        if self._starts is None:
            starts = sorted(i for i, m in self._by_token.items() if m.start == i)
            self._starts = starts, [self._by_token[i] for i in starts]
        starts, mentions = self._starts
        return mentions[bisect_left(starts, start):bisect_left(starts, end)]

    def other_than_guessed(self, actor: Actor | None) -> str | None:
        """For a person whose country is only the article's home, guessed for want of any
        evidence, the country the article names most after it: where an act pairs that person
        with an actor of the guessed country, the guess is what is wrong ("Khawaja Asif a accusé
        l'Inde" in an article whose home reads as India), and the runner-up is, in the training
        articles, the person's country in most such cases. None for anyone else."""
        if actor is None or actor.kind != "person" or not self.runner_up or actor.country != self.home:
            return None
        guessed = any(p.name == actor.name and p.country_from == "home" for p in self.persons)
        return self.runner_up if guessed else None

    def holder(self, share: Actor) -> Actor:
        """One country's share of a plural office ("les Premiers ministres espagnol et belge":
        Spain's) is the person the article names in that office, when exactly one fits (the
        codebook names a person referred to by role only with the name the article gives);
        else the office as written."""
        if share.kind != "role" or not share.role or share.country is None:
            return share
        office = load_offices().office_of(tuple(share.role.split()))
        person = _titled_holder(self.persons, share.country, share.role, None, office)
        return person.actor() if person is not None else share


def resolve_actors(doc: Doc, *, source: str = "", date: str | None = None, gazetteer: Gazetteer | None = None,
                   roles: RoleLexicon | None = None, people: PeopleIndex | None = None) -> ArticleActors:
    """Find and resolve every actor mention of a parsed article (``date``: the article's, which
    says which office a known person held then)."""
    gaz = gazetteer or load_gazetteer()
    lex = roles or load_roles()
    people = people or load_people()
    words = folded_words(doc)
    places = gaz.find(doc, words)
    place_at = PlaceIndex(places)
    visits = _visits(doc, places)   # who goes and receives where: for the home vote and for people's countries
    role_hits = _role_hits(doc, words, lex, place_at)
    home, runner_up = _home_country(doc, words, places, source, place_at, visits, role_hits)
    monarchy = _monarchy(home, places, source)

    persons, person_spans = _persons(doc, words, role_hits, place_at, lex, home, people, date, source, runner_up, visits)
    person_at = {i: p for s, e, p in person_spans for i in range(s, e)}
    taken: set[int] = {i for s, e, _ in person_spans for i in range(s, e)}
    mentions = [ActorMention(s, e, [p.actor()]) for s, e, p in person_spans]

    pair_spans = _pair_spans(doc, words, lex)
    for s, e in pair_spans:
        taken.update(range(s, e))
    for start, n, role in role_hits:
        if start in taken:
            continue
        own_end = _phrase_end(doc, start, start + n)
        end = _with_coordinated_nationalities(own_end, words, place_at)
        if end - 1 in place_at and place_at[end - 1].end > end:
            # "l'envoyé spécial des Nations unies": a name the title ends inside goes on to its
            # end (the tagger calls "unies" a participle, which ends a title)
            end = place_at[end - 1].end
        listed_end = _with_coordinated_countries(end, words, place_at)
        # (the countries or nationalities listed after the title: one each, up to eight, as a list
        # of parties goes: "les équipes de sauvetage espagnole, britannique, qatarie et émiratie")
        actors = _role_actors(doc, start, listed_end, role, words, place_at, persons, person_at,
                              monarchy if role.key in MONARCH_ROLES else home, gaz, lex,
                              most=8 if listed_end > end or end > own_end else 3)
        end = listed_end
        actors = _as_named_before(actors, mentions, role, bare=end - start == n)
        actors = _of_conjunct(actors, mentions, words, start)
        if actors:
            mentions.append(ActorMention(start, end, actors))
        if len(actors) == 1 and actors[0].kind == "person":
            # "Le Premier ministre ivoirien a invité son homologue marocain": a title that named
            # its holder gives the counterpart after it that holder's office (_counterpart_office)
            held = next((q for q in persons if q.name == actors[0].name), None)
            for i in range(start, end) if held else ():
                person_at.setdefault(i, held)
        if actors or role.anchored:  # ("les chefs d'État et de gouvernement": no one, nor a government)
            taken.update(range(start, end))
    for_union = _cities_for_unions(places, words, gaz)
    for p in places:
        if p.start in taken:
            continue
        before = words[p.start - 1] if p.start > 0 else ""
        if before in ARTICLES and p.start > 1:
            before = words[p.start - 2]  # "à la Maison Blanche": a place too
        place_only = p.place.kind in {"capital", "seat"} and (before in LOCATIVE or _dateline(doc, p.start, p.end)
                                                             or _names_a_thing_held_there(words, p.start, lex)
                                                             or _of_a_place_noun(words, p.start, lex))
        if p.place.kind == "group":  # "le Hezbollah": a named armed group, of the country it is based in
            actor = Actor(p.place.label, p.place.code, "REB", "group")
        elif p.place.kind == "company":  # "Sonatrach", "RFI": a company, of the country of its seat
            actor = Actor(p.place.label, p.place.code, p.place.sector or "BUS", "company")
        elif p.place.kind == "seat":  # "le Quai d'Orsay": the institution, named as written
            actor = Actor(doc[p.start:p.end].text.replace("\u2019", "'"), p.place.code, "GOV", "body")
        elif p.place.kind == "igo":
            actor = Actor(_igo_name(doc, p), "IGO", "IGO", "igo")
        elif p.place.kind.startswith("igo"):
            actor = Actor(p.place.label, "IGO", "IGO", "igo")
        elif p.start in for_union and not place_only:  # "les sanctions de Bruxelles": the EU, as written
            actor = Actor(_as_written(doc, p.start, p.end), "IGO", "IGO", "igo")
        elif p.place.kind in {"country", "capital"} and not place_only:  # "Washington", "RDC": as written
            actor = Actor(_as_written(doc, p.start, p.end), p.place.code, "GOV", "country")
        else:  # "marocain": the country's name
            actor = state_actor(gaz, p.place.code, p.place.label)
        actors = [actor]
        if p.also:  # "la coopération maroco-rwandaise": both countries, one event each
            actors.append(state_actor(gaz, p.also))
        mentions.append(ActorMention(p.start, p.end, actors, "place" if place_only else "actor", place_only,
                                     adjective=p.place.kind.endswith("adjective")))
        taken.update(range(p.start, p.end))

    _name_counterparts_by_title(mentions)
    _abbreviations_as_named(doc, mentions)
    mentions = _with_listed_groups(doc, words, lex, mentions, gaz)
    mentions = _with_organisations_described(doc, words, lex, mentions)
    _as_relatives(mentions, words, persons, lex)
    pair = _principal_pair(persons, mentions, home)
    for s, e in pair_spans:
        two = _two_holders(words, s, e, persons, lex) or (_couple_before(doc, mentions, s) if COUPLE_NOUNS & set(words[s:e]) else None) \
            or (pair if pair and not _others_just_before(doc, pair, mentions, s) else None)
        mentions.append(ActorMention(s, e, list(two) if two else [], "pair"))
    for m in mentions:
        if pair and m.kind == "actor" and _of_the_two(words, m.start, m.end, lex):
            # "les ministres des Affaires étrangères des deux pays": one of each
            # (the pair itself may be this mention, taken for one country: that country then)
            two = _two_holders(words, m.start, m.end, persons, lex) or pair
            m.actors = [state_actor(gaz, a.country) if a in m.actors else a
                        for a in two]
    if pair:
        _sides_as_their_parties(mentions, pair, lex)
    _resolve_pronouns(doc, mentions, pair, taken)
    _resolve_object_clitics(doc, mentions)
    _resolve_own_country(doc, words, mentions, taken, gaz)
    mentions.sort(key=lambda m: m.start)
    return ArticleActors(mentions, persons, home, pair, places, runner_up)


def _abbreviations_as_named(doc: Doc, mentions: list[ActorMention]) -> None:
    """A short form in brackets right after a name is that name's ("Reporters sans frontières
    (RSF)"), not what the short form alone stands for (the Sudanese Rapid Support Forces)."""
    ending = {m.end: m for m in mentions if m.kind == "actor"}
    for m in mentions:
        named = ending.get(m.start - 1)
        if named is not None and m.kind == "actor" and doc[m.start - 1].text == "(" \
                and m.end < len(doc) and doc[m.end].text == ")":
            m.actors = list(named.actors)


def _as_named_before(actors: list[Actor], mentions: list[ActorMention], role: Role, *, bare: bool) -> list[Actor]:
    """One body, one name through an article: a bare "l'ambassade" is the embassy named last
    ("l'ambassade du Canada"), and "l'ambassade canadienne" later on keeps that first name.
    Only bodies: a person's office resolves through its holder, and "les autorités" of two
    countries stay two."""
    if role.kind != "body" or len(actors) != 1:
        return actors
    own = actors[0]
    for m in reversed(mentions):
        if len(m.actors) != 1 or m.kind != "actor":
            continue
        before = m.actors[0]
        if before.kind != "body" or before.role != role.key or before.country is None:
            continue
        if bare and (own.country is None or own.country == before.country):
            return [before]  # "l'ambassade", "le ministère": the one the article just named
        # "l'ambassade canadienne" after "l'ambassade du Canada": a title and a nationality only
        # (a complement may name another body: "ministère marocain de la Santé")
        if own.country == before.country and own.sector == before.sector \
                and len(own.name.split()) <= len(role.key.split()) + 1:
            return [replace(own, name=before.name)]
    return actors


# what may stand between two coordinated phrases: "l'ambassadeur indien et cinq diplomates"
CONJUNCT_GAP = {"et", ",", "ainsi", "que"} | DETERMINERS | {
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "autres", "quelques"}


def _of_conjunct(actors: list[Actor], mentions: list[ActorMention], words: list[str], start: int) -> list[Actor]:
    """"L'ambassadeur indien et cinq diplomates", "Kossi Amégan et deux conseillers": a phrase
    of no country coordinated with one of a single country, in the same sector, is of that
    country (the diplomats are India's) -- one party with the first, not a second of no country."""
    if len(actors) != 1 or actors[0].country is not None or not mentions:
        return actors
    before = max((m for m in mentions if m.end <= start), key=lambda m: m.end, default=None)
    if before is None or len(before.actors) != 1 or "et" not in words[before.end:start]:
        return actors
    if any(w not in CONJUNCT_GAP and not w.isdigit() for w in words[before.end:start]):
        return actors
    first = before.actors[0]
    if first.country is None or first.sector != actors[0].sector or first.kind not in {"person", "role"}:
        return actors
    return [replace(actors[0], country=first.country)]


def state_actor(gaz: Gazetteer, code: str, label: str | None = None) -> Actor:
    """A state as an actor, by its display name ("Maroc" for MAR): what a nationality adjective,
    a state word ("les trois pays", "son pays") or an office acting for its state stands for."""
    return Actor(gaz.labels.get(code, label or code), code, "GOV", "country")


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """"Berne, 16.06.2024 - ...", "BAGDAD (Reuters) - ...": the city an article was filed from,
    at the start of its paragraph, before a dash within a few words ("Rabat, 12 mars 2024 (MAP)
    -"), none of them a verb, is a place, not an actor."""
    if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return False
    for t in doc[end:min(end + 9, len(doc))]:
        if t.text in {"-", "–", "—"}:
            return True
        if t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _name_counterparts_by_title(mentions: list[ActorMention]) -> None:
    """"son homologue italien" is the person the article calls "le ministre italien de
    l'Intérieur" elsewhere: the counterpart takes that title, the more specific name."""
    titles: dict[tuple[str, str], Actor] = {}
    for m in mentions:
        for a in m.actors:
            if a.kind == "role" and a.office and a.country and a.role != "homologue":
                titles.setdefault((a.country, a.office), a)
    for m in mentions:
        m.actors = [titles.get((a.country, a.office), a) if a.kind == "role" and a.role == "homologue" else a
                    for a in m.actors]


def _as_written(doc: Doc, start: int, end: int) -> str:
    """A country's name as the article writes it, which is what the codebook asks for
    ("Téhéran", "Ethiopie", "RDC"); the country code says which state it is. A dateline's
    capitals ("RABAT") are given their usual case."""
    text = doc[start:end].text.replace("\u2019", "'")
    return text.title() if text.isupper() and len(text) > 4 else text


def _cities_for_unions(places: list[PlaceSpan], words: list[str], gaz: Gazetteer) -> set[int]:
    """Where a capital stands for an organisation (igos.yaml's `city`: "Bruxelles" for the EU):
    in an article that names the organisation and names the capital's country in no other way
    ("Bruxelles a convoqué l'ambassadeur du Rwanda" beside "la Belgique" stays Belgium)."""
    named = {p.place.code for p in places if p.place.kind == "igo"}
    out: set[int] = set()
    for p in places:
        org = gaz.union_cities.get(tuple(words[p.start:p.end])) if p.place.kind == "capital" else None
        if org in named and not any(q.place.code == p.place.code and q.place.kind != "capital" for q in places):
            out.add(p.start)
    return out


def _igo_name(doc: Doc, p: PlaceSpan) -> str:
    """An organisation as the article writes it, with the acronym it gives: "Alliance des États
    du Sahel (AES)"; a bare acronym gets the gazetteer's full name beside it: "Alliance des
    Etats du Sahel (AES)", so that both the name and the acronym a reader knows are there."""
    if p.end - p.start == 1 and doc[p.start].text.isupper():
        acronym = doc[p.start].text
        return p.place.label if fold(acronym) == fold(p.place.label) else f"{p.place.label} ({acronym})"
    text = doc[p.start:p.end].text.replace("\u2019", "'")
    if p.end + 2 < len(doc) and doc[p.end].text == "(" and doc[p.end + 2].text == ")" and doc[p.end + 1].text.isupper():
        text += f" ({doc[p.end + 1].text})"
    elif fold(p.place.label).startswith(fold(text) + " "):
        # a body written short that the gazetteer names whole: "le Conseil de sécurité" is the
        # "Conseil de sécurité de l'ONU" (whose council it is, which the article leaves out)
        return p.place.label
    return text


# --- home country -----------------------------------------------------------------------------

def _home_country(doc: Doc, words: list[str], places: list[PlaceSpan], source: str,
                  place_at: PlaceIndex, visits: list[tuple[str, Token, PlaceSpan]],
                  role_hits: list = ()) -> tuple[str | None, str | None]:
    """The article's home country, and its runner-up: the country it names most after it (by
    mentions alone: a counterpart's or a visited country is foreign to the home, and is the
    other party all the more)."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for p in places:
        if p.place.kind.startswith(NAMED_ORGS):
            continue
        votes[p.place.code] += 1
        first.setdefault(p.place.code, p.start)
    named = Counter(votes)
    tld = _outlet_country(source)
    # a bare "le Royaume" speaks for its outlet's kingdom ("le Royaume" of a Moroccan agency's
    # dispatch from Addis-Abeba, which never names Morocco; of a Moroccan daily's report on a
    # Saudi delegation), else for a kingdom the article names
    royaume = sum(1 for i, w in enumerate(words) if w == "royaume" and not _next_is_de(doc, doc[i])) \
        if "royaume" in words else 0
    if royaume:
        for code in {tld} if tld and _is_kingdom(tld) else set(votes):
            if _is_kingdom(code):
                votes[code] += royaume
    # "son homologue espagnole": the counterpart a communiqué introduces is not its home -- unless
    # the one whose counterpart it is is named foreign ("la ministre malgache a remercié son
    # homologue marocain", in a Moroccan daily)
    for p in places:
        if p.place.kind == "adjective" and any(fold(doc[j].text) == "homologue" for j in range(max(0, p.start - 2), p.start)) \
                and not _subject_named_with_a_place(doc[p.start], place_at, p):
            votes[p.place.code] -= 2
    for code, vote in _visit_votes(doc, visits, place_at):
        votes[code] += vote
    for start, n, role in role_hits:
        # "l'ambassadeur de la République d'Irlande au Maroc": the country an envoy of another
        # state is posted to is the one whose press receives him ("son ambassadeur à Berlin",
        # one's own envoy, is no such guest)
        if role.posted and role.kind == "person" and (host := _posting(doc, start, start + n + 3, place_at, words)) \
                and any(p.place.country not in {None, host} for p in places
                        if start < p.start < start + n + 8 and words[p.start - 1] not in POSTING):
            votes[host] += 1
    if tld:
        votes[tld] += 1.5  # breaks a tie, outweighs no second mention
        first.setdefault(tld, len(doc))
    home = min((c for c in votes if votes[c] > 0), key=lambda c: (-votes[c], first.get(c, 0)), default=None)
    runner_up = min((c for c in named if c != home), key=lambda c: (-named[c], first[c]), default=None)
    return home, runner_up


def _subject_named_with_a_place(tok: Token, place_at: PlaceIndex, own: PlaceSpan) -> bool:
    """Whether the subject of the verb above ``tok`` names a country or nationality other than
    ``own``'s ("la ministre malgache a remercié son homologue marocain")."""
    return any(t.i in place_at and place_at[t.i].place.code != own.place.code
               for c in _clause_verb(tok).children if c.dep_.startswith("nsubj") for t in c.subtree)


def _clause_verb(tok: Token) -> Token:
    """The verb or auxiliary of the clause a word stands in (its nearest such head), else the
    sentence's root: whose subject the word's clause has."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


# words that take a visitor somewhere ("s'est rendu au Qatar", "en visite en Tunisie", "est
# arrivé à Alger"): a home press names its own visitors bare ("le ministre des Affaires
# étrangères"), a foreign visitor with a nationality ("le président ivoirien")
VISIT_WORDS = {"rendre", "arriver", "visite", "sejour", "tournee", "deplacement", "voyage", "atterrir"}
VISIT_REACH = 8   # tokens from the visit word to the place
TO_WORDS = {"a", "au", "aux", "en"}   # the locatives that name where a visitor goes
INVITING = {"inviter", "convier"}
RECEIVING = {"recevoir", "accueillir"}


def _visit_votes(doc: Doc, visits: list[tuple[str, Token, PlaceSpan]], place_at: PlaceIndex) -> list[tuple[str, int]]:
    """Home votes from visits: a place visited by someone the sentence's subject names with no
    nationality is foreign to the article (-2, as a counterpart's nationality is); one visited
    by a subject named with another nationality is the article's home, which received them (+1).
    On the training articles the home guess was right for 24 of 53 people named bare; among the
    rest, an Algerian daily's "le ministre des Affaires étrangères, Sabri Boukadoum, en visite
    en Tunisie" had made him Tunisian."""
    out: list[tuple[str, int]] = []
    for kind, subject, p in visits:
        if kind == "host":
            # "Le ministre délégué ... a reçu mardi à Rabat une délégation nigériane": a host
            # named bare receives at home (a passive's agent votes for nothing: "Alain Berset
            # serait reçu à Paris par Emmanuel Macron", in a Swiss article)
            if subject.dep_ == "nsubj" and not any(t.i in place_at for t in subject.subtree):
                out.append((p.place.code, 2))
            continue
        # the nationality the visitor is named with, not the places it went to ("le ministre,
        # en visite en Tunisie, ...")
        named = {place_at[t.i].place.code for t in subject.subtree
                 if t.i in place_at and not _after_locative(doc, place_at[t.i])}
        if not named:
            out.append((p.place.code, -2))
        elif p.place.code not in named:
            out.append((p.place.code, 1))
    return out


def _visits_of(own: set[int], visits: list[tuple[str, Token, PlaceSpan]]) -> tuple[set[str], set[str]]:
    """The countries where a person receives, and those it goes to (``_visits``): where one of
    its mentions (``own``: their tokens) stands in the host's or the visitor's phrase."""
    hosted: set[str] = set()
    went: set[str] = set()
    for kind, phrase, p in visits:
        if any(phrase.left_edge.i <= i <= phrase.right_edge.i for i in own):
            (hosted if kind == "host" else went).add(p.place.country)
    return hosted, went


def _counterparts_of(own: set[int], doc: Doc, words: list[str], role_hits: list, place_at: dict) -> set[str]:
    """The countries of the counterparts a person (``own``: its mentions' tokens) is the subject
    of meeting ("Le ministre de l'Intérieur, X, a eu ... un entretien avec son homologue
    français"): not the person's."""
    out: set[str] = set()
    for s, n, role in role_hits:
        if not role.counterpart:
            continue
        verb = _clause_verb(doc[s])
        if any(c.dep_ == "nsubj" and own.intersection(range(c.left_edge.i, c.right_edge.i + 1)) for c in verb.children):
            out.update(c for c in _phrase_countries(s, _phrase_end(doc, s, s + n), place_at, words) if c != "IGO")
    return out


def _other_sides_of(own: set[int], doc: Doc, spans: list[tuple[int, int, Person]], lex: RoleLexicon) -> set[str]:
    """The countries of the people a person is listed with as the other side of a joint act --
    "signé par le ministre de l'Energie, X, et le ministre portugais de l'Economie, Y", "coprésidée
    par X et le Premier ministre portugais Y", "la rencontre entre X et son collègue suédois Y":
    not the person's. Only people whose country the text or the knowledge base gave count."""
    out: set[str] = set()
    for s, e, q in spans:
        if q.country is None or q.country_from not in {"text", "known"} or own.intersection(range(s, e)):
            continue
        theirs = set(range(s, e))
        joined = [t for t in doc[s:e] if t.dep_ == "conj" and t.head.i in own] + \
            [doc[i] for i in own if doc[i].dep_ == "conj" and doc[i].head.i in theirs]
        if not joined:
            continue
        first = own if joined[0].head.i in own else theirs
        heads = [doc[i] for i in first if doc[i].head.i not in first and doc[i].dep_ != "punct"]
        if any(_joint_side(h, lex) for h in heads):
            out.add(q.country)
    return out


def _joint_side(head: Token, lex: RoleLexicon) -> bool:
    """Whether a phrase stands as one side of a joint act: after "entre", as the agent of one
    of the roles file's joint verbs, or as its subject when no one signs "avec" it ("X et M. Y
    ont signé un mémorandum")."""
    case = next((fold(c.text) for c in head.children if c.dep_ == "case"), "")
    verb = head.head
    if head.dep_ == "nsubj" and fold(verb.lemma_) in lex.joint_verbs:
        return not any(fold(g.text) == "avec" for c in verb.children for g in c.children if g.dep_ == "case")
    return case == "entre" or (case == "par" and fold(verb.lemma_) in lex.joint_verbs)


def _visits(doc: Doc, places: list[PlaceSpan]) -> list[tuple[str, Token, PlaceSpan]]:
    """Who goes where and who receives where: ("visit", the visitor's phrase, the country or
    capital it goes to: "le ministre ... s'est rendu au Qatar", "en visite en Tunisie") and
    ("host", the host's phrase, where it receives: "a reçu mardi à Rabat une délégation")."""
    out: list[tuple[str, Token, PlaceSpan]] = []
    for p in places:
        if p.place.kind not in {"country", "capital"} or not _after_locative(doc, p, TO_WORDS):
            continue
        host = doc[p.start].head
        if fold(host.lemma_) in RECEIVING and host.i < p.start:
            # (the host of a passive is its agent: "a été reçu à Alger par le président X")
            subject = next((t for t in host.children if t.dep_ == "nsubj"), None) \
                or next((t for t in host.children if t.dep_ == "obl:agent"), None)
            if subject is not None:
                out.append(("host", subject, p))
            continue
        visit = next((i for i in reversed(range(max(0, p.start - VISIT_REACH), p.start - 1))
                      if fold(doc[i].lemma_) in VISIT_WORDS), None)  # the nearest
        if visit is None:
            continue
        sent = sentence_at(doc, p.start)
        if visit < sent.start or any(fold(a.lemma_) in INVITING for a in doc[visit].ancestors):
            continue  # ("l'a invité à effectuer une visite au Sénégal": the one invited would go)
        # (the visitor: the subject, or the one received -- "Le président a reçu le ministre
        # italien, en visite en Algérie": the parser hangs the visit on "reçu" -- but the subject
        # of a passive "a été reçu par le président ghanéen")
        passive = any(c.dep_ == "aux:pass" for c in sent.root.children)
        visitor = {"obj"} if fold(sent.root.lemma_) in RECEIVING and not passive else {"nsubj", "nsubj:pass"}
        subject = next((t for t in sent.root.children if t.dep_ in visitor), None)
        if subject is not None:
            out.append(("visit", subject, p))
    return out


def _after_locative(doc: Doc, p: PlaceSpan, words: set[str] = LOCATIVE) -> bool:
    """Whether a place follows a locative preposition ("en Tunisie", "à Alger"), of ``words``."""
    return p.start > 0 and fold(doc[p.start - 1].text) in words


# a bare title that only a kingdom's head bears ("le Roi", "le Souverain")
MONARCH_ROLES = {"roi", "reine", "souverain", "souveraine", "monarque"}


def _monarchy(home: str | None, places: list[PlaceSpan], source: str) -> str | None:
    """The kingdom a bare "le Roi" or "le Souverain" is the head of: the article's home if it is
    one, else its outlet's, else the first the article names. A Moroccan dispatch on a French
    visit names France most; "le Souverain" there is not a French king."""
    if home and _is_kingdom(home):
        return home
    tld = _outlet_country(source)
    if tld and _is_kingdom(tld):
        return tld
    return next((p.place.code for p in places if p.place.code and p.place.kind in {"country", "capital", "adjective"}
                 and _is_kingdom(p.place.code)), None)


def _is_kingdom(code: str) -> bool:
    """Whether a state is a kingdom, by its official name -- which pycountry gives in English
    ("Kingdom of Morocco"): looking for "royaume" there had found none."""
    c = pycountry.countries.get(alpha_3=code)
    name = fold(getattr(c, "official_name", "") or "") if c is not None else ""
    return "kingdom" in name or "royaume" in name


def _next_is_de(doc: Doc, t: Token) -> bool:
    return t.i + 1 < len(doc) and fold(doc[t.i + 1].text) in {"du", "de", "d'", "des"}


def _outlet_country(source: str) -> str | None:
    """The outlet's country from its domain (le360.ma -> MAR), written as a URL or bare
    ("mapexpress.ma", as a feed or a user may give it); generic domains say nothing."""
    try:
        host = urlparse(source if "://" in source else "//" + source.strip()).hostname if source else None
    except ValueError:  # "http://[x": no host to read
        return None
    if not host or "." not in host:
        return None
    tld = host.rsplit(".", 1)[1]
    if len(tld) != 2:
        return None
    c = pycountry.countries.get(alpha_2=tld.upper())
    return c.alpha_3 if c else None


# --- roles ------------------------------------------------------------------------------------

ROLE_POS = frozenset({NOUN, PROPN, ADJ, X})  # where a role phrase may start


def _role_hits(doc: Doc, words: list[str], lex: RoleLexicon, place_at: dict) -> list[tuple[int, int, Role]]:
    hits = []
    pos = doc.to_array(POS).tolist()  # spaCy's numbers: one array, not a token object a word
    i = 0
    while i < len(doc):
        if i in place_at and place_at[i].place.kind.startswith(NAMED_ORGS) or pos[i] not in ROLE_POS and pos[i] != VERB:
            i += 1
            continue
        m = lex.match_at(words, i)
        # a participle starts a title of several words only ("chargé d'affaires"): alone, "envoyé"
        # or "chargé" tagged a verb is the verb ("a envoyé")
        if m and not m[0].attributive and i > 0 and pos[i - 1] == NOUN \
                and (pos[i] == ADJ or (m[1] == 1 and doc[i].dep_ in {"amod", "nmod"} and doc[i].head.i == i - 1
                                      and not any(c.dep_ in {"det", "case"} for c in doc[i].children))):
            # "des opérations militaires": the adjective, no one; "en cas d'attaque armée", "des
            # milices armées": the tagger's noun, which the parser hangs on the noun right before
            # as its adjective, or as its complement with no "de" or determiner
            i += m[1]
            continue
        if m and m[0].national and not (i + m[1] in place_at and place_at[i + m[1]].place.kind.endswith("adjective")):
            i += m[1]  # "une partie de l'armée": a part, where "la partie marocaine" is a side
            continue
        if m and _names_a_field(words, i, lex):
            i += m[1]  # "dans le domaine du gouvernement digital": a field, no one
            continue
        if m and (pos[i] != VERB or m[1] > 1):
            hits.append((i, m[1], m[0]))
            i += m[1]
        else:
            i += 1
    return hits


def _names_a_field(words: list[str], i: int, lex: RoleLexicon) -> bool:
    """Whether the role at word i follows "de" after a noun of a field (roles.yaml's field_nouns):
    "le domaine du gouvernement digital", "le domaine de la diplomatie"."""
    j = _de_before(words, i)
    return j is not None and j >= 1 and words[j - 1] in lex.field_nouns


def _de_before(words: list[str], i: int) -> int | None:
    """Where the "de" stands that word i follows: "du Ghana", "de la Gambie", "de l'Angola" (not
    after "avec la", "contre la"); None where it follows none. ``words`` are folded."""
    if i >= 1 and words[i - 1] in OF_WORDS:
        return i - 1
    if i >= 2 and words[i - 1] in {"la", "l'"} and words[i - 2] in {"de", "d'"}:
        return i - 2
    return None


GAP_BREAKS = {"ou", "par", "apres", "avant", "pour", "selon", "contre", "lors", "dont"}


def _phrase_end(doc: Doc, start: int, end: int) -> int:
    """Extend a role phrase rightwards over its modifiers: "ministre italien de l'Intérieur".

    Adjectives and "de"-complements belong to the title ("des Affaires étrangères et de la
    Coopération africaine"); any other preposition, verb, pronoun or a new determiner ends it.
    """
    sent_end = sentence_at(doc, start).end
    qualifiers = load_roles().title_qualifiers
    j = end
    after_de = False
    while j < sent_end and j - start < 16:
        t = doc[j]
        w = fold(t.text)
        if j + 1 < sent_end and (w, fold(doc[j + 1].text)) in qualifiers:
            j += 2  # "le président en exercice de l'Union africaine": the title goes on
            continue
        if w in {"des", "de", "d'"} and _object_after_country(doc, j, sent_end):
            break  # (or what it is called: "les propos du chef de l'État congolais d'irresponsables")
        if w in OF_WORDS:
            after_de = True
        elif w == "et" and j + 1 < sent_end and fold(doc[j + 1].text) in OF_WORDS:
            after_de = False
        elif t.pos_ == "DET" and after_de:
            pass
        elif w in CALENDAR_WORDS:  # "l'ambassade vendredi": a date, not part of the name
            break
        elif t.pos_ == "NUM" and not after_de and t.dep_ == "nummod" and t.head.i > j:
            break  # "a remis aux autorités burkinabè deux militaires": the next phrase's number
        elif t.pos_ in {"ADJ", "NOUN", "PROPN", "NUM"} or (t.pos_ == "X" and not t.is_punct):
            after_de = False if t.pos_ != "ADJ" else after_de
        elif t.pos_ in {"VERB", "PUNCT"} and t.dep_ in {"amod", "punct"} and load_gazetteer().is_nationality(t.text):
            # "La ministre néerlandaise a salué": a nationality the tagger calls a participle;
            # "a invité le président sud-africain": one it calls punctuation (the hyphen)
            pass
        else:
            break
        j += 1
    while j > end and (fold(doc[j - 1].text) in OF_WORDS | {"et"} or doc[j - 1].pos_ == "DET"):
        j -= 1
    return j


def _object_after_country(doc: Doc, j: int, sent_end: int) -> bool:
    """Whether "des" (or "de", "d'") at ``j`` starts the next phrase, not the title's complement:
    after the title's nationality, a common noun with no determiner that names no portfolio ("a
    remis au gouvernement malgache des équipements médicaux", "a qualifié les propos du chef de
    l'État congolais d'irresponsables"; "le ministre marocain des Affaires étrangères", "des
    finances" go on)."""
    after = doc[j + 1] if j + 1 < sent_end else None
    if after is None or after.pos_ != "NOUN" or not after.text.islower() or j == 0:
        return False
    if not load_gazetteer().is_nationality(doc[j - 1].text):
        return False
    return not any(key[0] == fold(after.text) for key in load_roles().portfolios)


def _with_coordinated_nationalities(end: int, words: list[str], place_at: dict) -> int:
    """A title's phrase goes on over nationality adjectives coordinated to its own: "les services
    de sécurité marocains et espagnols" are of both countries (one actor each), as "les dirigeants
    allemand, français et italien" are of three (a comma only in a list that "et" closes: "le
    ministre algérien, français de naissance," is one)."""
    def adjective_end(k: int) -> int | None:
        p = place_at.get(k)
        return p.end if p is not None and p.start == k and p.place.kind.endswith("adjective") \
            and p.place.country != "IGO" else None

    if place_at.get(end - 1) is None or not place_at[end - 1].place.kind.endswith("adjective"):
        return end
    listed, k = end, end
    while k + 1 < len(words) and words[k] in {"et", ","} and (after := adjective_end(k + 1)) is not None:
        closes = words[k] == "et"
        k = after
        if closes:
            listed = k
    return listed


def _with_coordinated_countries(end: int, words: list[str], place_at: dict) -> int:
    """A title's phrase that ends with "de" a country goes on over the countries listed after it
    the same way, where the parser hung them elsewhere: "les ministres des Affaires étrangères de
    l'Algérie, de la Tunisie et de la Libye" are of the three (one actor each)."""
    last = place_at.get(end - 1)
    if last is None or last.place.kind != "country" or words[last.start - 1] not in OF_WORDS | ARTICLES:
        return end
    while end + 2 < len(words) and words[end] in {",", "et"}:
        k = end + 1 + (words[end] == "," and words[end + 1] == "et")
        if k >= len(words) or words[k] not in OF_WORDS:
            break
        k += 1 + (k + 1 < len(words) and words[k + 1] in ARTICLES)
        p = place_at.get(k)
        if p is None or p.start != k or p.place.kind != "country":
            break
        end = p.end
    return end


def _phrase_text(doc: Doc, start: int, end: int) -> str:
    toks = list(doc[start:end])
    while toks and fold(toks[0].text) in DETERMINERS:
        toks = toks[1:]
    text = "".join(t.text_with_ws for t in toks).strip()
    return text.replace("\u2019", "'")


def _phrase_countries(start: int, end: int, place_at: dict, words: list[str], *, postings: bool = True) -> list[str]:
    """The countries a role phrase names; with ``postings=False`` those after "en"/"à" (where a
    diplomat is posted, not whose they are) are left out."""
    codes: list[str] = []
    for i in range(start, end):
        p = place_at.get(i)
        if p and p.place.country not in codes:
            if not postings and p.start == i and i > 0 and words[i - 1] in POSTING:
                continue
            codes.append(p.place.country)
    return codes


def _without_where_stationed(start: int, end: int, place_at: dict, words: list[str], countries: list[str]) -> list[str]:
    """A group named by its nationality, then "de" a country: "les militaires français du Mali",
    "les troupes russes de Syrie" are French and Russian troops there, not Malian and Syrian too
    ("les forces armées du Burkina Faso et du Mali" are of both: no nationality before)."""
    nationality = None
    for i in range(start, end):
        p = place_at.get(i)
        if p is None or p.start != i:
            continue
        if nationality is None and p.place.kind == "adjective":
            nationality = p.place.country
        elif nationality is not None and words[i - 1] in OF_WORDS and "et" not in words[start:i]:
            countries = [c for c in countries if c != p.place.country or c == nationality]
    return countries


POSTING = {"en", "a", "au", "aux", "aupres"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "notre", "nos"}
# "un gouvernement étranger", "les ministres étrangers": of another state than the article's,
# which one unsaid -- never the home country an unqualified office is taken to be
FOREIGN = {"etranger", "etrangere", "etrangers", "etrangeres"}
NOT_FOREIGN = {"affaires", "l'"}   # the title's "Affaires étrangères"; "de l'étranger": abroad


def _posting(doc: Doc, start: int, end: int, place_at: dict, words: list[str]) -> str | None:
    """The country a diplomat or mission is posted to: "ambassadeur (du Canada) à Ryad", "en poste en Algérie"."""
    stop = min(sentence_at(doc, start).end, end + 5)
    for i in range(start + 1, stop):
        p = place_at.get(i)
        if p and p.start == i and words[i - 1] in POSTING and not p.place.kind.startswith(NAMED_ORGS):
            return p.place.country
        if i >= end and (doc[i].pos_ in {"VERB", "AUX"} or words[i] in {",", ";", "et"}):
            break
    return None


def _country_label(doc: Doc, start: int, end: int, role: Role, country: str, place_at: dict, words: list[str], gaz) -> str:
    """One country's share of a phrase naming several: "forces armées du Burkina Faso et du Mali"
    gives "forces armées du Burkina Faso" and "forces armées du Mali"."""
    def prefix(i: int) -> int:  # where "de la République tunisienne" begins before the place at i
        j = i
        if j - 1 >= start and words[j - 1] in STATE_WORDS:
            j -= 1
        if j - 1 >= start and words[j - 1] in {"la", "l'"}:
            j -= 1
        if j - 1 >= start and words[j - 1] in OF_WORDS:
            j -= 1
        return j

    # the title up to the first country named, its portfolio with it: "ministres de l'Intérieur"
    first = next((i for i in range(start, end) if (p := place_at.get(i)) and p.start == i and p.place.country), None)
    cut = prefix(first) if first is not None else start
    head = _phrase_text(doc, start, max(cut, start + len(role.key.split())))
    for i in range(start, end):
        p = place_at.get(i)
        if p and p.start == i and p.place.country == country:
            return f"{head} {doc[prefix(i):p.end].text}".replace("\u2019", "'")
    return f"{head} ({gaz.labels.get(country, country)})"


def _portfolio(words: list[str], start: int, end: int, lex: RoleLexicon) -> str | None:
    for i in range(start, end):
        for key in lex.portfolios:
            if tuple(words[i:i + len(key)]) == key:
                return " ".join(key)
    return None


def _role_actors(doc, start, end, role: Role, words, place_at, persons, person_at, home, gaz, lex,
                 most: int = 3) -> list[Actor]:
    group = next((place_at[i] for i in range(start, end) if i in place_at and place_at[i].place.kind == "group"), None)
    if group is not None:  # "les rebelles du M23", "les combattants du Hezbollah": the group
        return [Actor(group.place.label, group.place.code, "REB", "group")]
    countries = _phrase_countries(start, end, place_at, words, postings=not role.posted)
    if (role.kind == "group" or role.sector == "MIL") and len(countries) > 1:
        countries = _without_where_stationed(start, end, place_at, words, countries)
    if countries and role.sector == "MIL" and role.kind != "person" and start > 0 and words[start - 1] in POSSESSIVES:
        # "la France a retiré ses soldats du Mali": one's own troops; the country named after
        # them is where they are, what the act concerns (as an envoy's host is, below)
        return [state_actor(gaz, c) for c in countries[:most] if c != "IGO"]
    host = _posting(doc, start, end, place_at, words) if role.posted else None
    if host and not countries and start > 0 and words[start - 1] in POSSESSIVES:
        # "rappeler son ambassadeur en France": one's own envoy; the act concerns the host
            return [state_actor(gaz, host)]
    if role.key == "royaume" and not countries:
        return [state_actor(gaz, home)] if home else []
    if role.kind == "group" and not countries:
        countries = _based_in(doc, end, place_at, words)
    if not countries:
        countries = _in_power_in(end, place_at, words)
    if not countries and role.kind == "person" and not role.counterpart and start > 0 and words[start - 1] in OWN:
        # "Le Sénégal a été représenté par son ministre des Affaires étrangères": the subject
        # state's own office, not the article's home country's (its people -- "ses
        # ressortissants", "ses militaires" -- are left as they were: a state taking back its
        # own nationals concedes to the state that held them)
        countries = _owner_state(doc, start, place_at)
    home_only = False
    if not countries and role.counterpart and start > 0 and words[start - 1] in POSSESSIVES \
            and "Plur" not in morph(doc[start], "Number"):
        # "Fidan a invité son homologue à se rendre à Ankara", after "son homologue Fouad
        # Hussein": the counterpart the article introduced last, not a guess among the others
        introduced = [p for p in persons if p.role_key == role.key and p.country and p.office_at is not None
                      and p.office_at < start]
        if introduced:
            return [max(introduced, key=lambda p: p.office_at).actor()]
    if not countries:
        if role.key == "pays" or role.key == "etat" or role.counterpart or role.anchored or \
                any(words[k] in FOREIGN and words[k - 1] not in NOT_FOREIGN for k in range(start + 1, end)):
            return []
        # ("les Premiers ministres des deux pays" are the article's two parties' -- resolved with
        # its pair -- not two of its home country's, who would stand for that country in the pair)
        region = _region_of_people(words, start, end, gaz) if role.sector == "CIV" else None
        if region:  # "les populations de Gaza", "les réfugiés du Darfour"
            countries = [region]
        elif "Plur" in morph(doc[start], "Number") and any(words[k] in lex.regional_adjectives for k in range(start + 1, end)):
            # "plusieurs ministres des Affaires étrangères africains": of many states, no one's
            # (and never the home's): a group of no country, which a meeting is held with (one
            # such title, "la commissaire européenne", is an organisation's)
            portfolio = _portfolio(words, start, end, lex)
            sector = lex.portfolios.get(tuple(portfolio.split()), role.sector) if portfolio else role.sector
            return [Actor(_phrase_text(doc, start, end), None, sector, "group", role.key)]
        else:
            countries = [home] if role.home and home and not _of_the_two(words, start, end, lex) \
                and not (role.sector == "CIV" and _of_an_unknown_place(doc, words, start, end, place_at)) else [None]
        home_only = countries[0] is not None and not region
    if role.key in STATE_WORDS:
        igo = next((place_at[i].place.label for i in range(start, end) if i in place_at and place_at[i].place.country == "IGO"), "IGO")
        return [Actor(igo, c, "IGO", "igo") if c == "IGO" else state_actor(gaz, c) for c in countries[:most] if c]
    portfolio = _portfolio(words, start, end, lex)
    name = _phrase_text(doc, start, end)
    if host and end < len(doc) and words[end] in POSTING and end + 1 in place_at and place_at[end + 1].start == end + 1:
        # the post is part of the most specific name: "ambassadeur d'Algérie à Bamako"
        name = _phrase_text(doc, start, place_at[end + 1].end)
    actors = []
    # "des hauts représentants irakiens", "les dirigeants algériens": several people, no one holder
    plural = "Plur" in morph(doc[start], "Number") and words[start] != role.key.split()[0]
    if role.counterpart and len(countries) == 1:
        twin = _counterpart_company(doc, start, countries[0], place_at)
        if twin is not None:
            return [twin]
    for country in countries[:most]:
        office = _office(doc, words, start, end, role, place_at, person_at, country) if role.kind == "person" else None
        if role.kind == "person" and (not plural or len(countries) > 1) and not role.vague:
            holder = _holder(persons, country, role, portfolio, office) or \
                (_holder_abroad(persons, home, role, portfolio, office, start) if home_only else None)
            if holder:
                actors.append(holder.actor())
                continue
        if role.vague and not plural and start > 0 and words[start - 1] in {"le", "la", "l'"} and country \
                and end - start <= 2:
            # "le responsable libyen", after "le président du Conseil présidentiel libyen, Mohamed
            # El Menfi": the one person of that country the article names (not "un responsable",
            # nor "le responsable du département d'État", an official of his own)
            named = [p for p in persons if p.country == country and p.country_from != "home"]
            if len(named) == 1:
                actors.append(named[0].actor())
                continue
        sector = lex.portfolios.get(tuple(portfolio.split()), role.sector) if portfolio else role.sector
        if len(countries) > 1:
            label = _country_label(doc, start, end, role, country, place_at, words, gaz)
        elif home_only:
            label = _with_nationality(doc, start, end, name, country, gaz)
        else:
            label = name
        actors.append(Actor(label, country, sector, role.kind if role.kind != "person" else "role", role.key,
                            posted_to=host if host != country else None, office=office,
                            local=role.local and country is None))
    return actors


OWN = POSSESSIVES - {"notre", "nos"}   # a third party's (not "notre": the speaker's)


def _region_of_people(words: list[str], start: int, end: int, gaz: Gazetteer) -> str | None:
    """The state of a region a phrase of people names after "de" ("les populations de Gaza":
    Palestine; countries.yaml's ``regions``)."""
    for k in range(start + 1, end):
        if words[k - 1] in OF_WORDS or (words[k - 1] in {"la", "l'"} and k >= 2 and words[k - 2] in OF_WORDS):
            region = gaz.region_at(words, k)
            if region:
                return region[0]
    return None


def _of_an_unknown_place(doc: Doc, words: list[str], start: int, end: int, place_at: dict) -> bool:
    """Whether a phrase of people names a place the gazetteer does not know ("les populations
    de Gaza", "les habitants de Tan-Tan"): they are of that place, not of the article's home
    country, whatever it is."""
    return any(words[k - 1] in OF_WORDS and doc[k].pos_ == "PROPN" and k not in place_at for k in range(start + 1, end))


def _owner_state(doc: Doc, start: int, place_at: dict) -> list[str]:
    """The country the subject of the clause a possessive title stands in names, when that
    subject is a state ("Le Niger a dépêché son ministre de la Défense", "Le Tchad, par la voix
    de son ministre, a condamné")."""
    for child in _clause_verb(doc[start]).children:
        if child.dep_ in {"nsubj", "nsubj:pass"}:
            p = place_at.get(child.i)
            if p is not None and p.place.kind in {"country", "capital"} and p.place.country \
                    and p.place.country != "IGO":
                return [p.place.country]
    return []


IN_POWER = {("au", "pouvoir"), ("en", "place")}


def _in_power_in(end: int, place_at: dict, words: list[str]) -> list[str]:
    """"la junte au pouvoir au Niger", "le régime en place à Damas": the country it rules."""
    if tuple(words[end:end + 2]) not in IN_POWER or end + 3 >= len(words) or words[end + 2] not in POSTING:
        return []
    found, k = [], end + 3
    while True:
        p = place_at.get(k)
        if p is None or p.start != k or not p.place.country or p.place.country == "IGO":
            return found
        found.append(p.place.country)
        # "les juntes au pouvoir au Burkina Faso, au Mali et au Niger": each country of the list
        if not (p.end + 2 < len(words) and words[p.end] in {",", "et"} and words[p.end + 1] in POSTING):
            return found
        k = p.end + 2


BASED = {"venir", "baser", "installer", "etablir", "originaire", "issu"}


def _based_in(doc: Doc, end: int, place_at: dict, words: list[str]) -> list[str]:
    """"des rebelles venus du Togo", "des jihadistes basés au Mali": the country a group comes
    from or is based in, said by the participle after it (the codebook's country of a non-state
    group)."""
    if end + 2 >= len(doc) or fold(doc[end].lemma_) not in BASED or doc[end].head.i >= end:
        return []
    p = place_at.get(end + 2)
    if p is None or p.start != end + 2 or words[end + 1] not in OF_WORDS | POSTING or not p.place.country \
            or p.place.country == "IGO":
        return []
    return [p.place.country]


def _counterpart_company(doc: Doc, start: int, country: str | None, place_at: dict) -> Actor | None:
    """"Le groupe ENI et son homologue algérien": a company's counterpart is the one company of
    that country the article names."""
    sent = sentence_at(doc, start)
    if not any(place_at[i].place.kind == "company" for i in range(sent.start, start) if i in place_at):
        return None
    twins = {p.place.label: p for p in place_at.values() if p.place.kind == "company" and p.place.code == country}
    if len(twins) != 1:
        return None
    p = next(iter(twins.values()))
    return Actor(p.place.label, p.place.code, p.place.sector or "BUS", "company")


def _with_nationality(doc: Doc, start: int, end: int, name: str, country: str, gaz) -> str:
    """A home office or body the article leaves unqualified, named with its nationality:
    "le gouvernement" of a Swedish article is "gouvernement suédois", "le ministère des Affaires
    étrangères" of an Indian one "ministère indien des Affaires étrangères". Not a title the
    article gives with a name ("le roi Salmane" of an article about Somalia): the name says
    more than a guessed nationality, which would be written into it."""
    adj = gaz.adjectives.get(country)
    # after the head noun, past the adjectives before it ("Premier ministre togolais") and those
    # right after it ("junte militaire burkinabè", "ministre délégué marocain")
    head = next((t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")), doc[start])
    last = head
    while last.i + 1 < end and doc[last.i + 1].pos_ == "ADJ" and doc[last.i + 1].head.i == head.i:
        last = doc[last.i + 1]
    before = doc[start:last.i + 1].text
    if adj is None or not name.startswith(before) or any(t.ent_type_ == "PER" for t in doc[start:end]):
        return name
    # (the tagger may leave "cheffe" ungendered: "la" says it)
    feminine = "Fem" in morph(head, "Gender") or any(c.dep_ == "det" and "Fem" in morph(c, "Gender")
                                                       for c in head.children)
    form = agree_adjective(adj, feminine, "Plur" in morph(head, "Number"))
    return f"{before} {form}{name[len(before):]}"


def _counterpart_office(doc: Doc, at: int, country: str | None, person_at: dict[int, Person]) -> str | None:
    """"X a reçu son homologue italienne": the office of X, the subject whose counterpart it is;
    else of the nearest person of another country before it in the sentence."""
    for child in _clause_verb(doc[at]).children:
        if child.dep_.startswith("nsubj"):
            for t in child.subtree:
                p = person_at.get(t.i)
                if p is not None and p.office and p.role_key != "homologue" and p.country != country:
                    return p.office
    sent = sentence_at(doc, at)
    for i in range(at - 1, sent.start - 1, -1):
        p = person_at.get(i)
        if p is not None and p.office and p.role_key != "homologue" and p.country != country:
            return p.office
    return None


def _office(doc: Doc, words: list[str], start: int, end: int, role: Role, place_at: PlaceIndex, person_at: dict[int, Person],
            country: str | None = None) -> str | None:
    """The office a title names ("ministre italien de l'Intérieur" -> interior_minister); a
    counterpart ("son homologue") holds the office of the person it is the counterpart of.
    A diplomat's post is left out: it names a mission, not an office the corpus can follow."""
    if role.posted or "Plur" in morph(doc[start], "Number") or (start > 0 and words[start - 1] in FORMER):
        return None
    if role.counterpart:
        return _counterpart_office(doc, start, country, person_at)
    return load_offices().office_of(title_in(words, start, end, place_at.ends))


def _holder(persons: list[Person], country: str | None, role: Role, portfolio: str | None,
            office: str | None = None) -> Person | None:
    """The named person of the article who holds this office, if exactly one fits; the office
    may be written another way ("le chef de la diplomatie italienne" for "le ministre italien
    des Affaires étrangères, Antonio Tajani")."""
    titled = _titled_holder(persons, country, role.key, portfolio, office)
    if titled is not None:
        return titled
    # a person introduced without an office may hold it, but not a diplomat's post
    # (a counterpart holds the office of the one they are the counterpart of: "son homologue
    # gambien" beside a foreign minister is no "chef de l'État gambien")
    loose = [p for p in persons if p.country == country and country
             and not _distinct_offices(office, p.office)
             and (p.role_key == role.key or (p.role_key is None and not role.posted)
                  or (p.role_key == "homologue" and (p.office is None or office is None or p.office == office)))]
    return loose[0] if len(loose) == 1 else None


def _holder_abroad(persons: list[Person], home: str, role: Role, portfolio: str | None,
                   office: str | None = None, at: int | None = None) -> Person | None:
    """The one foreign person the article names with this title, or another of the same office
    ("le Souverain" after "le Roi Mohammed VI"), when no one of the home country holds it
    there: a bare "le chancelier" after "le chancelier allemand Olaf Scholz" in a French article
    is Scholz, not a French chancellor (the home country is only the guess for a title the
    article leaves unqualified). Not a bare "ministre": one title of many offices. Only one
    titled before the bare title at ``at``: "Le ministre de l'Intérieur a présidé une réunion
    avec le ministre nigérien de l'Intérieur, Mohamed Toumba" is two ministers."""
    if role.key == "ministre" and portfolio is None:
        return None
    fits = [p for p in persons if (p.role_key == role.key or (office is not None and p.office == office))
            and (portfolio is None or p.portfolio == portfolio) and not _distinct_offices(office, p.office)]
    if any(p.country == home for p in fits):
        return None
    fits = [p for p in fits if p.country and p.country_from != "home"
            and (at is None or p.office_at is None or p.office_at < at)]
    return fits[0] if len(fits) == 1 else None


def _titled_holder(persons: list[Person], country: str | None, role_key: str, portfolio: str | None,
                   office: str | None) -> Person | None:
    """The one person of the country the article gives this office, else this title (and
    portfolio); None when none or several fit."""
    same_country = [p for p in persons if p.country == country and country]
    same_office = [p for p in same_country if office and p.office == office]
    if len(same_office) == 1:
        return same_office[0]
    # (two offices the titles name apart are two people: "le ministre de l'Intérieur" is not
    # the foreign minister named before, whatever portfolio the latter's title left unparsed)
    fits = [p for p in same_country if p.role_key == role_key and (portfolio is None or p.portfolio in (None, portfolio))
            and not _distinct_offices(office, p.office)]
    if role_key == "ministre" and portfolio is None and office is None:
        # a bare "le ministre nigérien" after "le chef de la diplomatie nigérienne, Bakary Yaou
        # Sangaré": the one minister of that country the article names, whatever his title
        fits += [p for p in same_country if p.role_key != role_key and _ministerial(p.office)]
    return fits[0] if len(fits) == 1 else None


def _ministerial(office: str | None) -> bool:
    """Whether an office is a minister's (not the head of government's): one of offices.yaml's,
    or a title it does not list, whose folded words are its id ("ministre de la jeunesse")."""
    return bool(office) and (office.endswith("_minister") or office.startswith("ministre "))


def _distinct_offices(a: str | None, b: str | None) -> bool:
    """Whether two titles name two offices of ``offices.yaml`` apart (a title it does not list,
    "ministre d'État", may be a rank its holder's other title goes with)."""
    known = load_offices().labels
    return bool(a and b and a != b and a in known and b in known)


# --- people -----------------------------------------------------------------------------------

def _name_tokens(ent: Span) -> list[Token]:
    toks = [t for t in ent if not t.is_punct and not t.is_space]
    while toks and fold(toks[0].text).rstrip(".") in {x.rstrip(".") for x in TITLES}:
        toks = toks[1:]
    return toks


PARTICLES = {"de", "du", "des", "d'", "la", "le", "al", "el", "ben", "bin", "ould", "van", "von", "der", "den", "da", "dos", "di", "y", "ibn", "abou", "bou"}
# "Sa Majesté", "Son Altesse", and their abbreviations "S.M.", "SM", "S.A.R.", "S.E.": how one
# addresses, no name ("S.M le Roi Mohammed VI" had been a person "S.M")
STYLES = {"majeste", "altesse", "excellence", "saintete", "s.m", "s.m.", "sm", "s.a.r", "s.a.r.", "sar", "s.a", "s.a.", "s.e", "s.e.", "s.e.m", "s.e.m."}


def _outlet_words(source: str) -> set[str]:
    """The words naming the outlet: "Hespress FR" -> {hespress, fr}; of a URL, its host only
    (a path's slug may name the people of the story)."""
    if "://" in source:
        source = urlparse(source).netloc
    return {w for w in re.findall(r"\w+", fold(source)) if len(w) > 2 and w not in {"www", "com", "org", "net"}}


def _plausible_name(ent: Span, words: list[str], lex: RoleLexicon, outlet: set[str] = frozenset()) -> bool:
    """NER tags some phrases as people that are not: "droits de l'Homme emprisonnés", "Roi",
    "Ambassadeur de Sa Majesté", a village after "à"; the outlet ("Hespress") and the author of a
    byline ("Par Karim Alaoui") or of a signature line are not actors of the story either."""
    toks = _name_tokens(ent)
    if not toks:
        return False
    if outlet and all(fold(t.text) in outlet for t in toks):
        return False
    sent = ent.sent
    if words[sent.start] == "par" and len(sent) <= 12 and not any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return False
    if all(ent.start <= t.i < ent.end or t.is_punct or t.is_space for t in sent):
        return False  # a name standing alone on its line: the signature under the article
    if any(t.is_alpha and t.text.islower() and fold(t.text) not in PARTICLES and not _after_hyphen(t, ent) for t in toks):
        return False
    if len(toks) == 1 and toks[0].is_sent_start and toks[0].pos_ == "NOUN" and fold(toks[0].lemma_) != fold(toks[0].text):
        return False  # a headline's first word, a common noun the lemmatizer inflects ("Entretiens entre ...")
    if len(toks) == 1 and toks[0].pos_ == "ADJ" and toks[0].dep_ == "amod" and toks[0].head.i == toks[0].i - 1:
        return False  # an adjective written with a capital after its noun ("la décision Royale")
    if lex.match_at(words, toks[0].i):
        return False
    if all(words[t.i] in PARTICLES | STYLES or lex.match_at(words, t.i) for t in toks):
        return False  # "Sa Majesté le Roi": a style and a title, the name after them
    if _after_place_noun(ent, words, lex):
        return False
    before = words[ent.start - 1] if ent.start > 0 else ""
    # a lone capitalised word after "à" is a place; after an article a common noun ("les droits
    # de l'Homme"): French puts no article before a person's name
    return not (len(toks) == 1 and before in LOCATIVE | {"l'", "le", "la", "les", "du", "des"})


def _after_place_noun(ent: Span, words: list[str], lex: RoleLexicon) -> bool:
    """Whether a name is the "de" complement of a place noun ("les secteurs de Bhimber Gali et
    Poonch", "la localité de Dinangourou"), or a later one of a list after it: a place the NER
    took for a person."""
    doc, i = ent.doc, ent.start - 1
    # back over the list's earlier names; over a comma only inside a list that goes on ("de A, B
    # et C"): "Dans la région de Gao, Moussa Koné a déclaré" names a person
    separators = {"et", ","} if ent.end < len(doc) and words[ent.end] in {"et", ","} else {"et"}
    while i > ent.sent.start and (words[i] in separators or doc[i].text[:1].isupper()):
        i -= 1
    if i <= ent.sent.start or words[i] not in {"de", "d'"}:
        return False
    noun = i - 1
    if noun > ent.sent.start and doc[noun].pos_ == "ADJ":
        noun -= 1   # "l'aéroport égyptien d'El Arich"
    return words[noun] in lex.place_nouns


def _names_a_thing_held_there(words: list[str], start: int, lex: RoleLexicon) -> bool:
    """Whether a capital names what was held or signed there ("la convention de Malabo",
    "l'accord de paix d'Alger"): after "de", a noun of roles.yaml's named_after_places, or one
    more "de" phrase after it."""
    for at in (start - 1, start - 3):
        if at < 1 or words[at] not in {"de", "d'", "du"}:
            return False
        if words[at - 1] in lex.named_after_places:
            return True
    return False


def _of_a_place_noun(words: list[str], start: int, lex: RoleLexicon) -> bool:
    """Whether a capital is the "de" complement of a place noun ("au port de Cotonou",
    "l'aéroport de Bamako", "la ville de Rabat"): the city itself, not its government."""
    return start >= 2 and words[start - 1] in {"de", "d'"} and words[start - 2] in lex.place_nouns


def _after_hyphen(tok: Token, ent: Span) -> bool:
    """Whether a word of a name follows a hyphen inside it: the second half of a hyphenated
    given name is written in lower case ("Kim Jong-un", "Tsai Ing-wen", "Ban Ki-moon")."""
    return tok.i - 1 > ent.start and tok.doc[tok.i - 1].text == "-"


def _known_name_spans(doc: Doc, words: list[str], people: PeopleIndex, ents: list[Span],
                      titles_end: dict[int, str] | None = None, place_at: PlaceIndex | None = None,
                      date: str | None = None) -> list[Span]:
    """Known people the NER missed ("Recep Tayyip Erdogan a reçu" at a sentence start) or cut
    short ("Denis Sassou | N'Guesso"): a known full name that covers names the NER found whole,
    and more, replaces them (``_persons`` drops the names it covers). After a title
    (``titles_end``: the token after a title phrase -> its role key), one word is enough when a
    single known person bears it as surname, or bears it and held the title then: the NER
    takes "le Premier ministre Ishiba" for one MISC name, and the title alone would name no one."""
    spans, i = [], 0
    texts = doc_words(doc)
    titles_end = titles_end or {}
    while i < len(doc):
        hit = people.match_at(words, i) if texts[i][:1].isupper() else None
        if hit is None and i in titles_end and texts[i][:1].isupper() and (place_at is None or place_at.get(i) is None) \
                and (i + 1 == len(doc) or not texts[i + 1][:1].isupper()):
            known = people.titled(texts[i], titles_end[i], date) or people.by_surname.get(words[i])
            hit = (known, 1) if known is not None else None
        elif hit is None and i > 0 and words[i - 1] in HONORIFICS and texts[i][:1].isupper() \
                and (place_at is None or place_at.get(i) is None) and (i + 1 == len(doc) or not texts[i + 1][:1].isupper()):
            # "M. Türk a appelé ...", which the tagger reads as an adjective: one known person's surname
            known = people.by_surname.get(words[i])
            hit = (known, 1) if known is not None else None
        if hit and _covers_more(i, i + hit[1], ents):
            spans.append(Span(doc, i, i + hit[1], label="PER"))
            i += hit[1]
        else:
            i += 1
    return spans


# particles before a father's name ("Mohammed Ben Salmane": Salmane's son; "Mohamed Ould Ghazouani")
PATRONYMIC = {"ben", "bin", "ibn", "ould", "wuld", "ag"}


def _another_of_the_family(known_as: str, words: list[str]) -> bool:
    """Whether a full name that shares a person's family name is another member of the family:
    its first name is none of the person's own given names ("Omar Bongo Ondimba" after "Ali Bongo
    Ondimba"; "Salmane Ibn Abdelaziz Al-Saoud" after "Mohammed Ben Salmane Ben Abdelaziz Al Saoud",
    whose Salmane is his father's name). "Tayyip Erdogan" after "Recep Tayyip Erdogan", "M.Vincent
    Biruta" after "Vincent Biruta" or "Abdelmajid Tebboune" after "Abdelmadjid Tebboune" are the
    same person."""
    theirs = known_as.split()
    if len(theirs) < 2 or len(words) < 2:
        return False
    given = [fold(w) for k, w in enumerate(theirs[:-1]) if not (k and fold(theirs[k - 1]) in PATRONYMIC)
             and fold(w) not in PARTICLES]
    first = fold(words[0])
    return bool(given) and first not in PARTICLES and not any(
        first.endswith(g) or g.endswith(first) or fuzz.ratio(first, g) >= 80 for g in given)


def _as_relatives(mentions: list[ActorMention], words: list[str], persons: list[Person], lex: RoleLexicon) -> None:
    """"Le fils de X" stands for the one other person of X's family the article names ("d'arrêter
    le fils de l'ex-dirigeant libyen", in an article about Saadi Kadhafi that names his father
    too): the mention, stretched back to its kin noun (roles.yaml's kin_nouns), is that relative.
    X may be named in the phrase ("le fils de l'ancien président Ahmed Bourou") or be the holder
    its title was taken for."""
    people = {m.start: m.actors[0] for m in mentions if m.kind == "actor" and len(m.actors) == 1 and m.actors[0].kind == "person"}
    for m in mentions:
        if m.kind != "actor" or len(m.actors) != 1 or m.actors[0].kind not in {"person", "role"}:
            continue
        k = m.start - 1
        while k >= 0 and words[k] in {"l'", "le", "la", "les", "feu"}:
            k -= 1
        if k >= 1 and words[k] in OF_WORDS and words[k - 1] in lex.kin_nouns and m.actors[0].kind == "person":
            start, named = k - 1, m.actors[0]
        elif words[m.start] in lex.kin_nouns and m.end > m.start + 1 and words[m.start + 1] in OF_WORDS:
            # (the kin noun may begin a title's phrase: "fils de l'ex-dirigeant libyen", taken for
            # him; or one that names him: "fils de l'ancien président tchadien Ahmed Bourou")
            start = m.start
            named = m.actors[0] if m.actors[0].kind == "person" else \
                next((a for i, a in people.items() if m.start < i < m.end), None)
        else:
            continue
        person = next((p for p in persons if named is not None and p.name == named.name), None)
        if person is None or (m.actors[0].kind == "person" and start == m.start and person.role_key is None):
            continue  # (a title taken for someone who holds none: no one's to stand in for)
        family = [q for q in persons if q is not person and q.surname == person.surname]
        if len(family) == 1:
            m.start, m.actors = start, [family[0].actor()]


def _part_of_name(words: list[str], name: str) -> bool:
    """Whether folded words run, in order, inside a longer name, from one of its given names
    (not from a father's name: "Salmane Ben Abdelaziz" is no part of "Mohammed Ben Salmane Ben
    Abdelaziz")."""
    theirs = [fold(w) for w in name.split()]
    n = len(words)
    return len(theirs) > n and any(theirs[k:k + n] == words and not (k and theirs[k - 1] in PATRONYMIC)
                                   for k in range(len(theirs) - n + 1))


def _covers_more(start: int, end: int, ents: list[Span]) -> bool:
    """Whether [start, end) holds every name it overlaps whole, and is not one of them."""
    inside = [e for e in ents if e.start < end and e.end > start]
    return all(start <= e.start and e.end <= end for e in inside) and not any((e.start, e.end) == (start, end) for e in inside)


def _persons(doc, words, role_hits, place_at, lex, home, people: PeopleIndex, date: str | None = None, source: str = "",
             runner_up: str | None = None, visits: list[tuple[str, Token, PlaceSpan]] = ()):
    """People named in the article, each with office and nationality; and their mention spans."""
    role_starting = {s: (n, r) for s, n, r in role_hits}
    by_surname: dict[str, Person] = {}
    persons: list[Person] = []
    spans: list[tuple[int, int, Person]] = []
    outlet = _outlet_words(source)
    ents = [e for e in (_without_title(e, role_starting) for e in _with_particles(doc, lex))
            if (e.label_ == "PER" or _after_honorific(e, words) or _titled_name(e, role_starting, place_at))
            and _plausible_name(e, words, lex, outlet)]
    known = _known_name_spans(doc, words, people, ents, {s + n: r.key for s, n, r in role_hits}, place_at, date)
    ents = [e for e in ents if not any(k.start <= e.start and e.end <= k.end for k in known)] + known
    named = {i for e in ents for i in range(e.start, e.end)}  # the tokens of every name, known ones included
    # full names first, so that a later bare surname finds its owner
    for ent in sorted(ents, key=lambda e: -len(_name_tokens(e))):
        toks = _name_tokens(ent)
        if not toks or not _a_name_not_a_place(toks, place_at, by_surname):
            continue
        toks, of_country = _without_country_of(toks, place_at)
        surname = fold(toks[-1].text)
        name = doc[toks[0].i:toks[-1].i + 1].text.replace("\u2019", "'")
        person = by_surname.get(surname)
        if person is not None and len(toks) > 1 and _another_of_the_family(person.name, [t.text for t in toks]):
            person = None   # "le Roi Salmane Ibn Abdelaziz Al-Saoud" after "le Prince Mohammed Ben Salmane ... Al Saoud"
        if person is None and len(toks) > 1:
            # "le Roi Salmane Ibn Abdelaziz" after "le Roi Salmane Ibn Abdelaziz Al-Saoud", "Tamim
            # Ben Hamad" after "Cheikh Tamim Ben Hamad Al-Thani": part of a longer name is its bearer's
            bearers = [p for p in persons if _part_of_name([fold(t.text) for t in toks], p.name)]
            person = bearers[0] if len(bearers) == 1 else None
        if person is None and len(toks) == 1:
            # "cher Emmanuel": a first name alone is the one person of the article who bears it;
            # "M. Faki" after "Moussa Faki Mahamat": so is a family name written before the last
            bearers = [p for p in persons if " " in p.name and fold(p.name.split()[0]) == surname]
            if not bearers and surname not in PARTICLES:
                bearers = [p for p in persons if surname in {fold(w) for w in p.name.split()[1:-1]}]
            person = bearers[0] if len(bearers) == 1 else None
        rs, re_ = _apposed_role(doc, ent, role_starting, named)
        if person is None:
            known = people.lookup(name)
            if len(toks) == 1 and rs is not None:  # "le roi Salmane": the king, not a namesake
                known = people.titled(toks[0].text, role_starting[rs][1].key, date) or known
            person = Person(name=name, surname=surname, known=known)
            if known is not None:
                person.country, person.country_from = known.country, "known"
                if len(toks) == 1:
                    person.name = known.spelt_like(name)  # a bare "Erdogan": the full name, spelt as written
            if surname not in by_surname or by_surname[surname].known is None or person.known is not None:
                # (a bare "Macron" after "Emmanuel Macron et la première dame Brigitte Macron" is
                # the known one of the family)
                by_surname[surname] = person
            persons.append(person)
        # "le général Musa Christophe du Nigeria": the country written right after the name is
        # the person's, titled or not
        of_country = of_country or _country_just_after(doc, ent, place_at)
        if rs is not None:
            _learn_role(person, doc, words, rs, re_, role_starting, place_at, lex, home)
            if of_country and person.country_from != "text":
                person.country, person.country_from = of_country, "text"
            spans.append((min(rs, ent.start), max(ent.end, re_), person))
        else:
            adj = _adjacent_country(doc, words, ent, place_at) or of_country
            if adj and person.country_from != "text":
                person.country, person.country_from = adj, "text"
            spans.append((ent.start, ent.end, person))
    spans += _surnames_untagged(doc, words, by_surname, named, place_at)
    for p in persons:
        if p.country_from in {"", "home"} and p.known is None and (kin := people.family_of(p.name)) is not None:
            p.country, p.country_from = kin.country, "text"   # a known family's name: its country
    for p in persons:
        if p.country_from in {"", "home"} and p.role_key and p.office_at is not None:
            country = _country_of_delegation_led(doc, p.office_at, place_at, lex) \
                or _country_of_title_named_before(doc, words, p, persons, role_hits, spans, place_at)
            if country:
                p.country, p.country_from = country, "text"
    visited: dict[int, set[str]] = {}
    for p in persons:
        if p.country_from not in {"", "home"}:   # (a bare home title gave the home)
            continue
        own = {i for s, e, q in spans if q is p for i in range(s, e)}
        country = _country_of_title_named_after(doc, words, p, persons, role_hits, spans, place_at) \
            or _country_of_delegate_listed_with(doc, p, spans)
        hosted, visited[id(p)] = _visits_of(own, visits)
        visited[id(p)] |= _counterparts_of(own, doc, words, role_hits, place_at)
        visited[id(p)] |= _other_sides_of(own, doc, spans, lex)
        if not country and len(hosted) == 1 and not hosted & visited[id(p)]:
            country = hosted.pop()  # "le président X a reçu à Alger ...": the host is at home
        if country:
            p.country, p.country_from = country, "text"
    for p in persons:
        if p.country_from in {"", "home"} and (kin := _kin_named(p, persons)) is not None:
            p.country, p.country_from = kin, "text"
    for p in sorted(persons, key=lambda p: p.role_key == "homologue"):  # counterparts last
        if (p.country is None or p.country_from == "home") and home:
            # (a bare home title's home is a guess as much: "guessed", and not for who went there)
            p.country = _guessed_country(p, doc, spans, p.country or home, runner_up, visited.get(id(p), set()))
            p.guessed_country, p.country_from = True, "home"
    offices = load_offices()
    for p in persons:  # a known person the text gives no title: the office they held then
        title = p.known.title_at(date) if p.known is not None and p.office is None and p.role_key is None else None
        if title and p.known.country == p.country:
            p.office = offices.office_of_title(title)
    for p in persons:
        if p.country_from == "home" and p.office and any(
                q is not p and q.office == p.office and q.country == p.country and q.country_from != "home" for q in persons):
            # one office has one holder: "Le Président Danny Faure a adressé un message de
            # félicitations à Emmanuel Macron", in an article that names France most, is not France's
            p.country = runner_up if runner_up and runner_up != p.country else None
    spans = _drop_overlaps(spans)
    person_at = {i: p for s, e, p in spans for i in range(s, e)}
    for p in persons:
        if p.role_key == "homologue" and p.office_at is not None:
            p.office = _counterpart_office(doc, p.office_at, p.country, person_at)
    return persons, spans


def _kin_named(person: Person, persons: list[Person]) -> str | None:
    """The country of the others of the article who bear a person's surname, when they are of one
    country the text or the curated list gives: "le président français Emmanuel Macron et la
    première dame Brigitte Macron" (she was guessed of the home country, Morocco)."""
    if len(person.surname) < 4:
        return None
    kin = {q.country for q in persons if q is not person and q.surname == person.surname and " " in q.name
           and q.country and q.country_from in {"text", "known"}}
    return kin.pop() if len(kin) == 1 else None


def _guessed_country(person: Person, doc: Doc, spans: list[tuple[int, int, Person]], home: str,
                     runner_up: str | None, visited: set[str] = frozenset()) -> str | None:
    """The country guessed for a person the article gives none: its home -- but a counterpart
    named bare after someone of the home country ("Nizar Baraka a effectué une visite en
    Mauritanie, à l'invitation de son homologue Mohamed Ali Ould Sidi Mohamed") is of another
    country, the one the article names most after its home; and so is one who went to the home
    ("Le président de la République Abdelmadjid Tebboune s'est rendu au Qatar", in an article
    that names Qatar most)."""
    if home in visited:
        # (with no other country to guess -- "signé entre le ministre X et le ministre d'Etat du
        # Qatar, Y", in an excerpt that names Qatar only -- X's is unknown, not the home's)
        return runner_up if runner_up and runner_up not in visited else None
    if person.role_key != "homologue" or person.office_at is None or not runner_up:
        return home
    sent = sentence_at(doc, person.office_at)
    before = [q for s, _, q in spans if sent.start <= s < person.office_at and q is not person and q.country]
    return runner_up if before and before[-1].country == home else home


# what follows a leading verb's stem in its past participle ("condui|te", "présid|ée", "men|ées")
PARTICIPLE_ENDINGS = {"t", "te", "ts", "tes", "e", "ee", "es", "ees"}


def _country_of_delegation_led(doc: Doc, title: int, place_at: dict, lex: RoleLexicon) -> str | None:
    """The country of the delegation a title leads: "une délégation parlementaire du
    Kazakhstan conduite par le président du Majilis, Erlan Koshanov" (whom the home country
    would otherwise be guessed for)."""
    led = doc[title].head
    # (the tagger may read the participle as a noun: "La délégation, conduite par ...")
    participle = led.pos_ == "VERB" and fold(led.lemma_) in lex.leading_verbs or \
        led.pos_ == "NOUN" and led.dep_ == "acl" and any(
            fold(led.text).startswith(v[:-2]) and fold(led.text)[len(v) - 2:] in PARTICIPLE_ENDINGS for v in lex.leading_verbs)
    if not participle or not any(fold(c.text) == "par" for c in doc[title].children):
        return None
    delegation = led.head
    while delegation.pos_ in {"PROPN", "NOUN"} and delegation.dep_ == "nmod" and delegation.head.i < delegation.i \
            and fold(delegation.lemma_) not in lex.delegation_nouns:
        delegation = delegation.head  # (the parser may hang the participle on "du Kazakhstan")
    if fold(delegation.lemma_) not in lex.delegation_nouns:
        return None
    countries = {place_at[t.i].place.country for t in delegation.subtree
                 if t.i < led.i and t.i in place_at and place_at[t.i].place.country != "IGO"}
    if not countries and any(c.dep_ == "det" and fold(c.text) in {"la", "cette"} for c in delegation.children):
        # "La délégation, conduite par l'ancien ministre de la Défense Nobuo Kishi", after "une
        # délégation de parlementaires japonais": the one the article named before
        before = next((t for t in reversed(doc[:sentence_of(delegation).start]) if fold(t.lemma_) in lex.delegation_nouns), None)
        if before is not None:
            countries = {place_at[t.i].place.country for t in before.subtree
                         if t.i in place_at and place_at[t.i].place.country != "IGO"}
    return countries.pop() if len(countries) == 1 else None


LIST_JOINERS = {",", "et", "ainsi", "que", "le", "la", "l'"}


def _country_of_delegate_listed_with(doc: Doc, person: Person, spans: list) -> str | None:
    """The country of the one a bare title is listed right after: "a reçu le ministre angolais
    de la Défense, X, et le ministre des Finances, Y" names two of one delegation (the parser
    may hang the second anywhere, so the list is read by position: nothing but commas, "et",
    "ainsi que" and an article between the two)."""
    own = [(s, e) for s, e, q in spans if q is person and person.office_at is not None and s <= person.office_at < e]
    if not own:
        return None
    start = own[0][0]
    before = [(e, q) for s, e, q in spans if e <= start and q is not person and sentence_at(doc, s).start == sentence_at(doc, start).start]
    if not before:
        return None
    end, q = max(before, key=lambda b: b[0])
    if end == start or not all(fold(t.text) in LIST_JOINERS for t in doc[end:start]):
        return None
    return q.country if q.country_from == "text" and q.country and q.country != person.country else None


def _country_of_title_named_before(doc: Doc, words: list[str], person: Person, persons: list[Person],
                                   role_hits: list, spans: list, place_at: dict) -> str | None:
    """The nationality a nearby, unnamed use of a person's bare title gave (this sentence or the
    one before): "d'un général soudanais" ... "Le général Yasser al-Atta" is that Sudanese
    general; "Le gouvernement japonais a ..., a précisé le porte-parole du gouvernement, X" speaks
    for Japan's. Without it the bare title is taken for the home country's. Only one country may
    stand in those uses, and no other person may already hold that title for it."""
    window = _previous_sentence_start(doc[person.office_at])
    title_end = _phrase_end(doc, person.office_at, person.office_at + 1)
    # the title's own word, and the body it names without a country ("du gouvernement")
    keys = {person.role_key} | {r.key for s, _, r in role_hits
                                if person.office_at < s < title_end and r.kind == "body"}
    held = {i for s, e, _ in spans for i in range(s, e)}
    countries: set[str] = set()
    for s, n, role in role_hits:
        if not window <= s < person.office_at or role.key not in keys or role.counterpart or s in held:
            continue
        countries.update(c for c in _phrase_countries(s, _phrase_end(doc, s, s + n), place_at, words,
                                                      postings=not role.posted) if c != "IGO")
    if len(countries) != 1:
        return None
    country = countries.pop()
    if any(q is not person and q.role_key == person.role_key and q.country == country and q.country_from != "home"
           for q in persons):
        return None
    return country


DEFINITE = {"le", "la", "l'"}
RELATIVE_WORDS = {"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}


def _country_of_title_named_after(doc: Doc, words: list[str], person: Person, persons: list[Person],
                                  role_hits: list, spans: list, place_at: dict) -> str | None:
    """The nationality of the title a person named without one is next called by, in the same
    sentence or the one after, with no one else named between: "Volodymyr Zelensky a dénoncé
    ... « ... », a écrit le président ukrainien" is Ukraine's president, where the article's
    home (Russia, named most) was guessed. The name's last mention before it and the title must
    both be subjects (the title takes up the last subject, as a pronoun would); the title must
    be definite, unnamed, of one country, and the person's own title word if the article gave
    one; no one else may hold it for that country."""
    own = sorted(s for s, _, q in spans if q is person)
    if not own:
        return None
    first = own[0]
    sent = sentence_at(doc, first)
    window_end = sentence_at(doc, sent.end).end if sent.end < len(doc) else sent.end
    held = {i: q for s, e, q in spans for i in range(s, e)}
    for s, n, role in role_hits:
        if not first < s < window_end or s in held or role.kind != "person" or role.counterpart or role.vague:
            continue
        if s == 0 or words[s - 1] not in DEFINITE or (person.role_key and role.key != person.role_key):
            continue
        title = doc[s]
        incise = title.dep_ == "obj" and title.head.i < s and after_incise_mark(title.head) \
            and not any(c.dep_.startswith("nsubj") for c in title.head.children)   # ", a écrit le président X"
        last = max(i for i in own if i < s)   # (centring: a title takes up the last subject, not any name)
        if not (_mention_is_subject(doc, last, held) and (title.dep_ in SUBJECTS or incise)):
            # a title in another part ("le rappel de X ... la convocation de l'ambassadeur de France"),
            # or after the name in another part ("Après sa rencontre avec X, la ministre italienne"): another's
            return None
        if any(held[i] is not person for i in range(last, s) if i in held):
            return None  # someone else named in between: the title may be theirs
        found = _phrase_countries(s, _phrase_end(doc, s, s + n), place_at, words, postings=not role.posted)
        if len(found) != 1:
            return None
        if any(q is not person and q.country == found[0] and q.role_key == role.key and q.country_from in {"text", "known"}
               for q in persons):
            return None
        return found[0]
    return None


SUBJECTS = {"nsubj", "nsubj:pass"}


def _mention_is_subject(doc: Doc, start: int, held: dict) -> bool:
    """Whether the mention starting at ``start`` is its clause's subject: the head of its tokens
    (the one whose head lies outside them) is one."""
    person = held[start]
    tokens = [i for i in range(start, min(len(doc), start + 8)) if held.get(i) is person]
    heads = [doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
    return any(t.dep_ in SUBJECTS for t in heads)


def _surnames_untagged(doc: Doc, words: list[str], by_surname: dict[str, Person], named: set[int],
                       place_at: PlaceIndex) -> list[tuple[int, int, Person]]:
    """The bare surnames of people the article names in full that the NER did not tag
    ("Erdogan a salué le rôle de l'Égypte", after "Recep Tayyip Erdogan" in the sentence
    before: the act had no subject): a proper noun, no place, that is one of their surnames.
    (Read from the folded words and the parts of speech: no Token built for each word.)"""
    full = {k: p for k, p in by_surname.items() if " " in p.name}
    if not full:
        return []
    pos = doc.to_array(POS)
    return [(i, i + 1, full[w]) for i, w in enumerate(words)
            if w in full and pos[i] == PROPN and i not in named and place_at.get(i) is None]


HONORIFICS = {"m.", "mm.", "mme", "mmes", "mlle", "monsieur", "madame"}


def _after_honorific(ent: Span, words: list[str]) -> bool:
    """Whether a name the NER calls a place or an organisation follows "M." or "Mme": French
    writes them before people only ("M. Netanyahu a rétorqué", tagged a place, had named no one;
    2 of 37 such names in the training articles)."""
    return ent.start > 0 and words[ent.start - 1] in HONORIFICS and ent.label_ in {"LOC", "ORG", "MISC"}


def _with_particles(doc: Doc, lex: RoleLexicon) -> list[Span]:
    """The doc's entities, two people the NER split at a name's particle (roles.yaml's
    ``name_particles``) joined again: "Rui Duarte de Barros" had been "Rui Duarte" and
    "Barros", two people (and the codebook's surname, Barros, lost); or split with nothing
    between: "Maréchal Mahamat | Idriss Déby Itno" had been the son and his late father."""
    out: list[Span] = []
    for e in doc.ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "PER" and e.label_ == "PER" and (
                (e.start == last.end and _a_name_start(doc, last.start, lex))
                or (e.start == last.end + 1 and fold(doc[last.end].text) in lex.name_particles)):
            out[-1] = Span(doc, last.start, e.end, label=last.label)
        else:
            out.append(e)
    return out


def _a_name_start(doc: Doc, i: int, lex: RoleLexicon) -> bool:
    """Whether the tagger's name starting at word i starts with no style or title ("Majesté le
    Roi | Mohammed VI", "Roi | Harald V": the king is the name after them, not all of it)."""
    words = [fold(t.text) for t in doc[i:i + lex.max_len]]
    return words[0] not in STYLES | {"sa", "son"} and not lex.match_at(words, 0)


def _without_title(ent: Span, role_starting: dict) -> Span:
    """A person's name less the title the NER ran into it: "général Langley" -> "Langley" (whole,
    it was no plausible name, with a word in lower case)."""
    hit = role_starting.get(ent.start)
    if ent.label_ != "PER" or hit is None or ent.start + hit[0] >= ent.end or not ent.doc[ent.start].text.islower():
        return ent
    rest = Span(ent.doc, ent.start + hit[0], ent.end, label=ent.label)
    # (a name is capitalised: "président de la" leaves no one)
    return rest if any(t.text[:1].isupper() for t in rest) else ent


def _titled_name(ent: Span, role_starting: dict, place_at: PlaceIndex) -> bool:
    """Whether a name the NER calls an organisation, a place or a thing is set between commas
    after a person's title: "Le ministre délégué chargé de l'Administration de la Défense
    nationale, Abdeltif Loudiyi, s'est entretenu" (tagged an organisation, it had named no one);
    or that ends its sentence ("avec son homologue néerlandaise, Hanke Bruins Slot")."""
    doc = ent.doc
    if ent.label_ not in {"LOC", "ORG", "MISC"} or not 2 <= len(ent) <= 4 or ent.start == 0 \
            or doc[ent.start - 1].text != "," or (ent.end < len(doc) and doc[ent.end].text not in {",", "."}):
        return False
    if any(t.text != "-" and (not t.text[:1].isupper() or not t.is_alpha or t.i in place_at) for t in ent):
        return False
    rs, _ = _apposed_role(doc, ent, role_starting)
    return rs is not None and role_starting[rs][1].kind == "person"


def _without_country_of(toks: list[Token], place_at: PlaceIndex) -> tuple[list[Token], str | None]:
    """"le général Amadou Diallo du Mali": the tagger's name often runs on over the country
    written after it; the name stops before "du", and that country is the person's."""
    if len(toks) < 4:
        return toks, None
    p = place_at.get(toks[-1].i)
    if p is None or p.place.kind != "country" or p.end != toks[-1].i + 1:
        return toks, None
    k = next((k for k, t in enumerate(toks) if t.i == p.start), None)
    while k is not None and k > 0 and fold(toks[k - 1].text) in {"la", "l'"}:
        k -= 1
    if k is None or k < 3 or fold(toks[k - 1].text) not in {"de", "du", "d'"}:
        return toks, None
    return toks[:k - 1], p.place.code


def _a_name_not_a_place(toks: list[Token], place_at: PlaceIndex, by_surname: dict[str, Person]) -> bool:
    """Whether a name the NER found is a person's though a word of it names a place: a full
    name of which some words, not all, are places ("François Hollande", "Israel Katz"), or such
    a word alone where the article gave the full name before ("M. Hollande"); a name of places
    only (a "Mali" the NER took for a person) is the place."""
    places = sum(1 for t in toks if t.i in place_at)
    if places == 0 or places < len(toks):
        return True
    return len(toks) == 1 and fold(toks[0].text) in by_surname


def _institution_after_de(doc: Doc, j: int) -> bool:
    """Whether a word the tagger calls a person is one name right after "du"/"de la" inside a
    title: "le président du Majilis, Erlan Koshanov" (an assembly, not a person between the
    title and its holder's name)."""
    return j > 0 and fold(doc[j - 1].text) in OF_WORDS | {"la"} and doc[j].ent_iob_ == "B" \
        and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I")


def _apposed_role(doc: Doc, ent: Span, role_starting: dict, named: set[int] = frozenset()) -> tuple[int | None, int | None]:
    """The office written next to a name: before it ("le ministre ..., X") or after ("X, ambassadeur ...").
    ``named``: the tokens of the article's person names (the tagger's and the known people's).
    A kin word before it is a courtesy where an office follows: "son frère José Mario Vaz,
    président de la République de Guinée Bissau" is the president."""
    rs, re_ = _office_next_to(doc, ent, role_starting, named)
    if rs is not None and rs < ent.start and role_starting[rs][1].key in load_roles().kin_nouns:
        after = _office_next_to(doc, ent, role_starting, named, before=False)
        if after[0] is not None:
            return after
    return rs, re_


def _office_next_to(doc: Doc, ent: Span, role_starting: dict, named: set[int] = frozenset(),
                    before: bool = True) -> tuple[int | None, int | None]:
    sent = ent.sent
    role_token = {i + k: i for i, (n, _) in role_starting.items() for k in range(n)}
    # the parser's apposition: "Le ministre des Affaires étrangères, ..., Nasser Bourita"
    head = ent.root.head
    # -- unless another name stands between ("Le ministre sénégalais, Amadou Bâ et son homologue
    # gambien, Mamadou Tangara": the title is Bâ's; Tangara's is the nearer one, found below)
    # -- nor another person's title after "et" ("le ministre nigérian du Pétrole et la directrice
    # générale de l'ONHYM, Amina Benkhadra": hers is the nearer one)
    if before and ent.root.dep_ in {"appos", "flat:name", "nmod"} and head.i < ent.start and head.i in role_token and head.i >= sent.start \
            and not any(k in named or doc[k].ent_type_ == "PER" and not _titled_entity(doc, k, role_token)
                        for k in range(head.i + 1, ent.start)) \
            and not any(k in role_starting and role_starting[k][1].kind == "person" and any(fold(t.text) == "et" for t in doc[max(head.i, k - 2):k])
                        for k in range(head.i + 1, ent.start)):
        rs = _enclosing_role(doc, _title_of_apposed_rank(doc, role_token[head.i], ent, role_token, role_starting), role_starting)
        if role_starting[rs][1].kind != "body":   # (a ministry is no one's title: "des agents du ministère ..., X")
            return rs, ent.start
    # else the nearest office to the left, with no verb in between
    j = ent.start - 1 if before else sent.start - 1
    while j >= max(sent.start, ent.start - 24):
        t = doc[j]
        if t.text == ")" and j - 2 >= sent.start and doc[j - 2].text == "(" and doc[j - 1].text.isupper():
            j -= 3   # "le Secrétaire général de l'Organisation ... (OCDE), X": the title's acronym
            continue
        finite = t.pos_ == "AUX" or (t.pos_ == "VERB" and "Part" not in morph(t, "VerbForm"))
        # (the tagger's PER that is no plausible name -- "malien de la Défense" in "le ministre
        # malien de la Défense, Sadio Camara" -- is the title's own words)
        # (nor a subordinate clause's word: "... du ministère de l'Intérieur travaillant en Algérie
        # qu'Emmanuel Macron a décidé": the title is no one's named after "qu'")
        if finite or t.text in {";", ":", "(", ")"} or t.pos_ == "SCONJ" or fold(t.text) in RELATIVE_WORDS \
                or (t.ent_type_ == "PER" and (not named or j in named)
                                                           and not _titled_entity(doc, j, role_token)
                                                           and not _institution_after_de(doc, j)):
            break
        if j in role_token and role_starting[role_token[j]][1].key not in STATE_WORDS \
                and role_starting[role_token[j]][1].kind != "body":   # (a ministry is no one's title)
            # "la ministre des Affaires étrangères de la République fédérale d'Allemagne, X": the
            # office is "ministre", not the "République" inside its title
            rs = role_token[j]
            # "X, ministre des Affaires étrangères ..., ou encore Y": a title apposed to the name
            # before it is that name's, not Y's
            if rs >= 2 and doc[rs - 1].text == "," and doc[rs - 2].ent_type_ == "PER":
                break
            # "les ressortissants du Maghreb, et après des propos tenus par X": a new clause
            # between a title and a name; "et de la Coopération" still belongs to the title
            gap = range(_phrase_end(doc, rs, rs + role_starting[rs][0]), ent.start)
            gap_words = [fold(doc[k].text) for k in gap] + [fold(doc[ent.start].text)]
            if any((w in GAP_BREAKS and not _for_a_place(doc, gap.start + n, ent.start))
                   or (w == "et" and gap_words[n + 1] not in OF_WORDS) for n, w in enumerate(gap_words[:-1])):
                break
            rs = _title_of_apposed_rank(doc, rs, ent, role_token, role_starting)
            return _enclosing_role(doc, rs, role_starting), ent.start
        j -= 1
    # after, as an apposition: "M. Vincent Karega, ambassadeur du Rwanda en RDC", "Vincent
    # Cochetel, l'envoyé spécial du HCR" -- unless the title is the subject of what follows
    # ("Après sa rencontre avec X, la ministre italienne a été reçue") or a name follows it,
    # whose title it is ("a reçu X, le ministre malien des Affaires étrangères, Y")
    k = ent.end
    if k + 2 < sent.end and doc[k].text in {'"', "»", "”"} and doc[k + 1].text == ",":
        k += 1  # (a quotation that ends on the name: "... d'expulser M. Vincent Karega", ambassadeur ...)
    if k + 1 < sent.end and doc[k].text == ",":
        rs = k + 2 if fold(doc[k + 1].text) in ARTICLES and k + 2 < sent.end else k + 1
        if rs in role_starting and not (doc[rs].dep_.startswith("nsubj") and doc[rs].head.i > rs):
            n, _ = role_starting[rs]
            end = _phrase_end(doc, rs, rs + n)
            if not (end + 1 < sent.end and doc[end].text == "," and doc[end + 1].ent_type_ == "PER"):
                return rs, end
    return None, None


def _for_a_place(doc: Doc, k: int, name_start: int) -> bool:
    """Whether the "pour" at ``k`` opens the place a title is for, right before the comma and the
    name: "l'envoyé spécial de l'ONU pour la Libye, Abdoulaye Bathily", "le représentant
    spécial de l'UA pour le Sahel, X" (not "a remercié le ministre pour son soutien, X")."""
    between = doc[k + 1:name_start - 1]
    return fold(doc[k].text) == "pour" and doc[name_start - 1].text == "," and len(between) > 0 \
        and any(t.pos_ == "PROPN" for t in between) \
        and all(t.pos_ in {"DET", "PROPN"} or fold(t.text) in OF_WORDS for t in between)


def _title_of_apposed_rank(doc: Doc, rs: int, ent: Span, role_token: dict, role_starting: dict) -> int:
    """"son homologue togolais, le général Damehame Yark": a bare rank right before the name,
    itself apposed to a title that ends at the comma before it, is a courtesy; the office the
    name holds (and the country it gives) is that title's."""
    if rs + role_starting[rs][0] != ent.start or rs < ent.sent.start + 3 \
            or fold(doc[rs - 1].text) not in ARTICLES or doc[rs - 2].text != ",":
        return rs
    for j in range(rs - 3, max(ent.sent.start, rs - 12) - 1, -1):
        if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
            return rs
        outer = role_token.get(j)
        if outer is not None:
            return outer if _phrase_end(doc, outer, outer + role_starting[outer][0]) == rs - 2 else rs
    return rs


def _titled_entity(doc: Doc, i: int, role_token: dict) -> bool:
    """A "name" the tagger found that holds a title ("Secrétaire général de l'ONU") is no
    other person standing between a title and its holder."""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    return ent is not None and any(k in role_token for k in range(ent.start, ent.end))


def _enclosing_role(doc: Doc, rs: int, role_starting: dict) -> int:
    """The outermost office whose title holds the one at ``rs`` as its complement: in
    "l'Envoyé personnel du Secrétaire général des Nations Unies, M. Staffan de Mistura" the name
    is the envoy's, not the Secretary-General's; so in "le porte-parole du ministre, X"."""
    sent_start = sentence_at(doc, rs).start
    for start in sorted(s for s in role_starting if sent_start <= s < rs):
        n, outer = role_starting[start]
        if outer.kind != "person":  # "sous la présidence effective du roi Mohammed VI": the king's name
            continue
        of = rs > 0 and (fold(doc[rs - 1].text) in OF_WORDS or rs > 1 and fold(doc[rs - 2].text) in OF_WORDS)
        if of and start + n <= rs < _phrase_end(doc, start, start + n):
            return start
    return rs


def _learn_role(person, doc, words, rs, re_, role_starting, place_at, lex, home):
    n, role = role_starting[rs]
    end = re_ if re_ > rs else rs + n
    countries = _phrase_countries(rs, end, place_at, words)
    if role.counterpart and person.known is not None and person.known.country and countries \
            and person.known.country not in countries:
        # "à l'issue de la réunion avec son homologue français, M. Laftit a souligné": a known
        # person of another country is not the counterpart the phrase before his name names
        return
    if person.role_key is None or (person.role_key == "homologue" and role.key != "homologue"):
        person.role_key = role.key
        title_end = min(end, _phrase_end(doc, rs, rs + n))
        person.role = _phrase_text(doc, rs, title_end)
        person.office_at = rs
        if not role.counterpart:  # a counterpart's office is known once everyone's is (_persons)
            person.office = _office(doc, words, rs, title_end, role, place_at, {})
        person.sector = role.sector
        person.portfolio = _portfolio(words, rs, end, lex) or person.portfolio
        if person.portfolio:
            person.sector = lex.portfolios.get(tuple(person.portfolio.split()), role.sector)
    if role.posted and person.posted_to is None:
        person.posted_to = _posting(doc, rs, end, place_at, words)
    if role.posted and person.posted_to and countries == [person.posted_to]:
        # "Rabat a rappelé son ambassadrice à Madrid, Karima Benyaich": the posting is where she
        # serves; whose she is, the possessive's state (the clause's subject), else unsaid
        owner = _owner_state(doc, rs, place_at) if rs > 0 and words[rs - 1] in POSSESSIVES else []
        countries = [c for c in owner if c != person.posted_to]
    if countries and person.country_from != "text":
        person.country, person.country_from = countries[0], "text"
    elif not countries and role.home and home and not person.country and not role.counterpart:
        person.country, person.country_from = home, "home"


def _adjacent_country(doc: Doc, words: list[str], ent: Span, place_at: dict) -> str | None:
    """A nationality adjective just before a name: "l'imam malien Mahmoud Dicko"; or a country
    after "de" and a comma, in a list whose title the name shares: "les ministres de l'intérieur
    du Ghana, X, de la Gambie, Y"."""
    k = ent.start - 2
    if k > ent.sent.start and doc[k + 1].text == "," and (p := place_at.get(k)) is not None \
            and p.place.kind == "country" and _de_before(words, p.start) is not None:
        return p.place.code
    for j in range(ent.start - 1, max(ent.sent.start, ent.start - 3) - 1, -1):
        p = place_at.get(j)
        if p and p.place.kind == "adjective":
            return p.place.code
        if doc[j].pos_ in {"VERB", "AUX", "ADP"} or doc[j].is_punct:
            break  # "l'attaque russe contre Odessa": past a preposition the adjective is another noun's
    return None


def _country_just_after(doc: Doc, ent: Span, place_at: dict) -> str | None:
    """A country written right after a name with "du", "de" or "de la" ("le général Musa
    Christophe du Nigeria"), where the tagger's name stops before it (``_without_country_of``
    reads it where the name runs on over it), or in brackets ("Zhou Ping (Chine)")."""
    j = ent.end
    if j + 2 < ent.sent.end and doc[j].text == "(":
        # "Amnon Kalmar (Israël), résident à Yaoundé": a country in brackets right after a name
        p = place_at.get(j + 1)
        if p is None or p.start != j + 1 or p.end >= len(doc) or doc[p.end].text != ")":
            return None
        return p.place.code if p.place.kind == "country" else None
    if j >= ent.sent.end or fold(doc[j].text) not in {"du", "de", "d'"}:
        return None
    j += 1
    if j < ent.sent.end and fold(doc[j].text) in {"la", "l'"}:
        j += 1
    p = place_at.get(j)
    return p.place.code if p is not None and p.start == j and p.place.kind == "country" else None


def _drop_overlaps(spans):
    out, used = [], set()
    for s, e, p in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if any(i in used for i in range(s, e)):
            continue
        out.append((s, e, p))
        used.update(range(s, e))
    return out


# --- references -------------------------------------------------------------------------------

def _others_just_before(doc: Doc, pair: tuple[Actor, Actor], mentions: list[ActorMention], start: int) -> bool:
    """Whether the sentence before a phrase that stands for two parties ("les entretiens", "les
    deux ministres") names a third country's actor and none of one of the article's principal
    pair: the phrase then points back at those others, not at the pair. ("Les entretiens ont
    porté sur les relations bilatérales", after a minister received three ambassadors, had been
    the talks of a counterpart named only in the next sentence, and that later meeting was then
    dropped as told already.)"""
    sent = sentence_at(doc, start)
    if sent.start == 0:
        return False
    before = sentence_at(doc, sent.start - 1)
    named = {a.country for m in mentions if before.start <= m.start < before.end and m.kind != "pair"
             for a in m.actors if a.country and a.country != "IGO"}
    sides = {x.country for x in pair}
    return bool(named - sides) and not sides <= named


def _pair_spans(doc: Doc, words: list[str], lex: RoleLexicon) -> list[tuple[int, int]]:
    spans = []
    covered = 0  # the end of the spans found so far (each starts at or before the word looked at)
    # the longest phrase at a word, in a fixed order (RoleLexicon.pair_phrases_in_order)
    firsts, keys = lex.pair_phrase_firsts, lex.pair_phrases_in_order
    for i in range(len(words)):
        key = next((k for k in (keys if words[i] in firsts else ()) if tuple(words[i:i + len(k)]) == k), None)
        if key is not None:
            spans.append((i, i + len(key)))
            covered = max(covered, i + len(key))
        # any "les deux <noun>" subject or object: "les deux anciens rivaux ont signé", "ont appelé
        # les deux puissances nucléaires à la retenue"
        if words[i] in {"les", "ces"} and i + 2 < len(doc) and words[i + 1] == "deux" and i >= covered:
            j = i + 2
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1
            if j < len(doc) and doc[j].pos_ == "NOUN" and (doc[j].dep_.startswith("nsubj") or doc[j].dep_ == "obj"):
                spans.append((i, j + 1))
                covered = max(covered, j + 1)
    return spans


MINISTERS = {"ministre", "chef de la diplomatie", "cheffe de la diplomatie"}
NUMBERS = {"trois": 3, "quatre": 4, "cinq": 5, "six": 6}
DEMONSTRATED_STATES = {"pays", "etats"}   # "ces pays": the states listed last


def _with_listed_groups(doc: Doc, words: list[str], lex: RoleLexicon, mentions: list[ActorMention],
                        gaz: Gazetteer) -> list[ActorMention]:
    """"Les trois pays reprochent à l'organisation ...", after "le Burkina Faso, le Mali et le
    Niger ont annoncé leur retrait": "les"/"ces" + a number (three to six) + a noun of
    ``roles.yaml``'s ``listed_nouns`` stands for the actors of the nearest sentence, up to
    there and three back at most, that names exactly that many countries (one event each, as
    for the list itself). Where none does, the phrase keeps what it was read as."""
    out = mentions
    for i in range(len(words) - 2):
        n = NUMBERS.get(words[i + 1])
        if n is None and words[i] == "ces" and words[i + 1] in DEMONSTRATED_STATES:
            # "Les autorités marocaines ont remercié ces pays", after "l'Espagne, le Royaume-Uni,
            # le Qatar et les Émirats": the last list of states named before
            listed = _listed_before(doc, out, i, None)
            if listed:
                out = [m for m in out if m.end <= i or m.start > i + 1] + \
                    [ActorMention(i, i + 2, [state_actor(gaz, a.country) for a in listed])]
            continue
        if n is None or words[i] not in {"les", "ces"}:
            continue
        j = i + 2
        while j < len(doc) - 1 and doc[j].pos == ADJ:
            j += 1
        if doc[j].pos != NOUN or not {words[j], words[j][:-1]} & lex.listed_nouns:  # ("pays", "juntes")
            continue
        states = words[j] in {"pays", "etats", "capitales"}
        # ("les trois dirigeants" after the Italian and Tunisian leaders and the Commission's
        # president: people count an organisation's head among them, states do not)
        listed = _listed_before(doc, out, i, n, heads=words[j][:-1] in lex.leader_nouns)
        if listed:
            # "les trois pays": the states; "les quatre ministres": whom the sentence named
            actors = [state_actor(gaz, a.country) if states else a
                      for a in listed]
            out = [m for m in out if m.end <= i or m.start > j] + [ActorMention(i, j + 1, actors)]
    return out


def _with_organisations_described(doc: Doc, words: list[str], lex: RoleLexicon,
                                  mentions: list[ActorMention]) -> list[ActorMention]:
    """"l'organisation régionale", "le bloc ouest-africain", "l'organisation" (``roles.yaml``'s
    ``organisation_phrases``): the international organisation named last before it; "le
    mouvement chiite", "le groupe jihadiste" (``group_phrases``): the armed group named last --
    unless a name follows ("l'organisation État islamique", "le groupe Wagner")."""
    out = _described(doc, words, lex.organisation_phrases, "igo", mentions)
    return _described(doc, words, lex.group_phrases, "group", out) if lex.group_phrases else out


def _described(doc: Doc, words: list[str], phrases: frozenset[tuple[str, ...]], kind: str,
               mentions: list[ActorMention]) -> list[ActorMention]:
    out = mentions
    firsts = {p[0] for p in phrases}
    for i in range(1, len(words)):
        if words[i] not in firsts or words[i - 1] not in {"l'", "la", "le", "cette", "ce"}:
            continue
        n = max((len(p) for p in phrases if tuple(words[i:i + len(p)]) == p), default=0)
        if not n or (i + n < len(doc) and doc[i + n].text[:1].isupper()):
            continue
        if kind == "group" and any(m.start < i + n and i < m.end for m in out):
            continue  # a name already covers it ("le groupe du M23")
        named = [a for m in sorted(out, key=lambda m: m.start) if m.end <= i for a in m.actors if a.kind == kind]
        if named:
            out = [m for m in out if m.end <= i or m.start >= i + n] + [ActorMention(i, i + n, [named[-1]])]
    return out


# how far back "les trois pays" looks for the sentence that lists them: an article's lead
# names them, and its fourth or fifth paragraph names them again by their number
LISTED_REACH = 6


def _listed_before(doc: Doc, mentions: list[ActorMention], before: int, n: int | None,
                   heads: bool = False) -> list[Actor] | None:
    """The first actor of each of the ``n`` countries of the nearest sentence, up to token
    ``before`` and LISTED_REACH sentences back at most, that names exactly ``n`` (international
    organisations and places aside), in their order ("tandis que le Nigeria a appelé les trois
    juntes": the three named before). With no ``n`` ("ces pays"), the last list of two states
    or more the nearest sentence coordinates. ``heads``: the phrase names leaders ("les trois
    dirigeants"), and a person at the head of an international organisation counts as one."""
    sent = sentence_at(doc, before)
    for _ in range(LISTED_REACH + 1):
        named: dict[object, Actor] = {}
        inside = [m for m in sorted(mentions, key=lambda m: m.start)
                  if sent.start <= m.start < min(sent.end, before) and not m.place_only]
        for m in inside:
            for a in m.actors:
                if a.country and a.country != "IGO":
                    named.setdefault(a.country, a)
                elif heads and a.country == "IGO" and a.kind == "person":
                    named.setdefault(("IGO", a.name), a)
        if n is not None and len(named) == n:
            return list(named.values())
        # (or the list of exactly that many the sentence coordinates, beside others it names:
        # "L'Espagne, l'Irlande et la Norvège ont reconnu l'Etat de Palestine")
        listed = [chain for chain in _coordinated(doc, inside) if len(chain) == n or (n is None and len(chain) >= 2)]
        if listed:
            return listed[-1]
        if sent.start == 0:
            return None
        sent = sentence_at(doc, sent.start - 1)
    return None


def _coordinated(doc: Doc, mentions: list[ActorMention]) -> list[list[Actor]]:
    """The lists of states the mentions coordinate ("le Mali, le Burkina Faso et le Niger"), one
    actor each: mentions one after the other with only commas, "et" and articles between them
    (read in the words, which the parser may hang as appositions and subjects)."""
    chains: list[list[Actor]] = []
    last_end = None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "actor" or len(m.actors) != 1 or m.actors[0].country in (None, "IGO"):
            last_end = None
            continue
        actor = m.actors[0]
        gap = [fold(t.text) for t in doc[last_end:m.start]] if last_end is not None else None
        if gap is not None and gap and all(w in CONJUNCT_GAP for w in gap) \
                and all(a.country != actor.country for a in chains[-1]):
            chains[-1].append(actor)
        else:
            chains.append([actor])
        last_end = m.end
    return [c for c in chains if len(c) >= 2]


def _of_the_two(words: list[str], start: int, end: int, lex: RoleLexicon) -> bool:
    """Whether a title's phrase ends with "des deux pays", "de ces deux parties" (the nouns
    of roles.yaml's pair phrases)."""
    nouns = {p[-1] for p in lex.pair_phrases if len(p) == 3 and p[1] == "deux"}
    # (and ends there: "des deux pays européens" are two others)
    return end - start >= 4 and words[end - 1] in nouns and words[end - 2] == "deux" and words[end - 3] in {"des", "ces"}


def _two_holders(words: list[str], start: int, end: int, persons: list[Person], lex: RoleLexicon) -> tuple[Actor, Actor] | None:
    """"les deux ministres" after a minister's visit to a president: the two people of the
    article who hold that office (a minister's "homologue" is one), when they are exactly two,
    of two countries; else None (the article's principal pair stands)."""
    hit = next((m for i in range(start, end) if (m := lex.match_at(words, i)) is not None), None)
    if hit is None or hit[0].kind != "person":
        return None
    role = hit[0]
    holders = [p for p in persons if p.country and not p.guessed_country
               and (p.role_key == role.key or (p.role_key == "homologue" and role.key in MINISTERS))]
    if len(holders) != 2 or holders[0].country == holders[1].country:
        return None
    return holders[0].actor(), holders[1].actor()


def mention_head(m: ActorMention, doc: Doc) -> Token:
    """The token of a mention whose head lies outside it (the phrase's head); asked for each
    act the mention stands beside, found once."""
    heads = memo(doc).setdefault("mention_head", {})
    if (m.start, m.end) not in heads:
        span = doc[m.start:m.end]
        heads[m.start, m.end] = next((t for t in span if not (m.start <= t.head.i < m.end) or t.head.i == t.i), span[0])
    return heads[m.start, m.end]


COUPLE_NOUNS = {"pays", "voisins"}   # ("les deux parties" are most often the article's negotiating pair)


def _couple_before(doc: Doc, mentions: list[ActorMention], start: int) -> tuple[Actor, Actor] | None:
    """The two states named last as a couple ("entre Israël et l'Iran", "le Maroc et l'Espagne"),
    in the sentence of ``start`` before it or the two sentences before that: what "les deux
    pays" stands for where the article's principal pair is another ("Les États-Unis ont annoncé
    un cessez-le-feu entre Israël et l'Iran. Le président américain a exhorté les deux pays à
    respecter la trêve"). None where no couple was named there."""
    sent = sentence_at(doc, start)
    first = sent.start
    for _ in range(2):
        if first == 0:
            break
        first = sentence_at(doc, first - 1).start
    heads = {}
    for m in mentions:
        if first <= m.start and m.end <= start and m.kind == "actor" and not m.place_only and len(m.actors) == 1 \
                and m.actors[0].country and m.actors[0].country != "IGO":
            head = mention_head(m, doc)
            heads[head.i] = (head, m.actors[0])
    couples = [(heads[h.head.i][1], a) for h, a in heads.values()
               if h.dep_ == "conj" and h.head.i in heads and heads[h.head.i][1].country != a.country]
    return couples[-1] if couples else None


def _sides_as_their_parties(mentions: list[ActorMention], pair: tuple[Actor, Actor], lex: RoleLexicon) -> None:
    """"La partie nigériane a réaffirmé ...", in an article whose two parties are the two
    ministers: the side is its country's party, named as the article names it (as "les deux
    parties" are the two; the training gold names the Nigerian minister)."""
    for m in mentions:
        if m.kind != "actor" or len(m.actors) != 1:
            continue
        a = m.actors[0]
        role = lex.roles.get(tuple(fold(a.role).split())) if a.role else None
        if role is None or not role.side:
            continue
        party = next((p for p in pair if p.country == a.country and p.kind == "person"), None)
        if party is not None:
            m.actors = [party]


def _principal_pair(persons: list[Person], mentions: list[ActorMention], home: str | None) -> tuple[Actor, Actor] | None:
    """The article's two parties: the first two people of different countries, else two countries."""
    order = sorted(mentions, key=lambda m: m.start)
    seen: list[Actor] = []
    for m in order:
        for a in m.actors:
            if a.kind == "person" and a.country and all(a.country != s.country for s in seen):
                seen.append(a)
    if len(seen) >= 2:
        return seen[0], seen[1]
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for m in order:
        if m.place_only and m.start == 0:
            continue  # the dateline ("La Haye – La Cour pénale internationale a ..."): where, not who
        for a in m.actors:
            if a.country and a.country != "IGO":
                counts[a.country] += 1
                if a.country not in first or KIND_RANK[a.kind] < KIND_RANK[first[a.country].kind]:
                    first[a.country] = a
    top = [c for c, _ in counts.most_common(2)]
    if len(top) < 2:
        return None
    if home in top and top[0] != home:
        top.reverse()
    return first[top[0]], first[top[1]]


def _resolve_pronouns(doc: Doc, mentions: list[ActorMention], pair, taken: set[int]) -> None:
    """Subject pronouns: "il" is the last single actor that was a subject, "ils" the last plural
    subject (a group, several actors), else the article's pair; a pronoun before any antecedent
    in a fronted clause ("Lors de sa visite, où elle a rencontré X, la cheffe du gouvernement
    italien ...") points forward to its sentence's main subject. Inside a quotation the
    speaker's own subjects come first ("« Le royaume annonce qu'il rappelle ... »"); outside,
    they do not count, and the inverted subject of an incise does (", a déclaré le ministre X")."""
    by_token = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token.setdefault(i, m)
    said: list[tuple[Actor, str | None]] = []   # single subjects, outside quotations, with a common noun's gender
    last_plural: list[Actor] | None = None
    quoted_last: Actor | None = None
    quoted = False
    strings = doc.vocab.strings
    deps = column(doc, DEP)   # read from the doc's arrays: a Token only for subjects
    for i, text in enumerate(doc_words(doc)):
        was_quoted, quoted = quoted, quote_state(text, quoted)
        if was_quoted and not quoted:
            quoted_last = None
        # "a-t-il ajouté"; "a-t-elle ajouté", where the parser makes "-t" the subject
        inverted = text.startswith("-") and fold(text).lstrip("-") in SINGULAR_PRONOUNS | PLURAL_PRONOUNS
        dep = strings[deps[i]]
        if not (dep.startswith("nsubj") or dep == "expl:subj" or inverted or (dep == "obj" and _incise_subject(doc[i], by_token))):
            continue
        tok = doc[i]
        if tok.head.i != i and tok.head.i in by_token and by_token.get(i) is by_token[tok.head.i]:
            continue  # "son homologue Nasser Bourita": a name's last word the parser made its first's subject
        w = fold(text).lstrip("-")
        if w in LATTER and i > 0 and fold(doc[i - 1].text) in {"ce", "cette"} and tok.i not in taken:
            # "Ce dernier", "cette dernière": the person named last, whatever their place
            named = [m for m in mentions if m.end <= i - 1 and m.kind == "actor" and len(m.actors) == 1
                     and m.actors[0].kind == "person"]
            if named:
                latter = max(named, key=lambda m: m.start).actors[0]
                mentions.append(ActorMention(i - 1, i + 1, [latter], "pronoun"))
                by_token[i - 1] = by_token[i] = mentions[-1]
                if not quoted:
                    said.append((latter, None))
            continue
        if w in SINGULAR_PRONOUNS and tok.i not in taken:
            before = (quoted_last if quoted else None) or _agreeing(said, w)
            ref = [before] if before is not None else \
                (_main_subject(tok, by_token) or _woman_titled_before(tok, mentions, w))
            if ref:
                mentions.append(ActorMention(tok.i, tok.i + 1, ref, "pronoun"))
                by_token[tok.i] = mentions[-1]
            continue
        if w in PLURAL_PRONOUNS and tok.i not in taken:
            ref = last_plural or (list(pair) if pair else None)
            if ref:
                mentions.append(ActorMention(tok.i, tok.i + 1, ref, "pronoun"))
                by_token[tok.i] = mentions[-1]
            continue
        m = by_token.get(tok.i) or _mention_in(tok, by_token)
        if m and m.kind in {"actor", "pair"} and m.actors:
            listed = _listed_subjects(tok, m, by_token) if len(m.actors) == 1 else []
            if len(listed) > 2:  # (two are the article's pair, as "ils" already is, named as it names them)
                if not quoted:  # "Le Burkina Faso, le Mali et le Niger ont annoncé ...": "ils" are the three
                    last_plural = listed
            elif len(listed) == 2 or _after_another_and(m, doc, by_token):
                pass  # "Paris et Rabat ont annoncé ...": "elle" after them is neither
            elif len(m.actors) == 1 and "Plur" not in morph(tok, "Number"):
                if quoted:
                    quoted_last = m.actors[0]
                else:
                    # (a common noun's: the tagger also makes nouns of given names, "Ignazio" Fem;
                    # its article's first, "la ministre" being feminine whatever the noun's tag;
                    # an institution's capitalised noun is no given name: "l'Armée populaire de
                    # libération était prête ... Il a rencontré": "il" is not the army)
                    noun = tok.pos_ == "NOUN" and (tok.text[:1].islower() or m.actors[0].kind in {"body", "igo"})
                    gender = _article_gender(tok, noun) if noun else ()
                    said.append((m.actors[0], gender[0] if len(gender) == 1 else None))
            elif (m.kind == "pair" or len(m.actors) > 1 or "Plur" in morph(tok, "Number")) and not quoted:
                last_plural = list(m.actors)


def _after_another_and(m: ActorMention, doc: Doc, by_token: dict[int, ActorMention]) -> bool:
    """Whether a mention follows another actor's and "et" ("Paris et Rabat", which the parser
    may split into a sentence's root and a verb's subject)."""
    k = m.start - 1
    while k > 0 and fold(doc[k].text) in DETERMINERS:
        k -= 1
    if k <= 0 or fold(doc[k].text) != "et":
        return False
    before = by_token.get(k - 1)
    return before is not None and before.kind == "actor" and not before.place_only and before is not m


def _listed_subjects(tok: Token, first: ActorMention, by_token: dict[int, ActorMention]) -> list[Actor]:
    """The actors of a subject and of the mentions listed after it in its phrase (after "," or
    "et"): "Le Burkina Faso, le Mali et le Niger", whatever the parser hung the others on."""
    found = list(first.actors)
    for t in tok.subtree:
        m = by_token.get(t.i)
        if m is None or m is first or m.start != t.i or m.kind != "actor" or m.place_only:
            continue
        k = t.i - 1
        while k > tok.i and fold(tok.doc[k].text) in DETERMINERS:
            k -= 1
        if k > tok.i and tok.doc[k].text in {",", "et"}:
            found += [a for a in m.actors if a not in found]
    return found


def _previous_sentence_start(tok: Token) -> int:
    """Where the sentence before ``tok``'s starts (its own start in the first sentence): the
    window in which a pronoun, a clitic or a bare title looks back for who it stands for."""
    start = sentence_of(tok).start
    return sentence_at(tok.doc, start - 1).start if start > 0 else start


def _woman_titled_before(tok: Token, mentions: list[ActorMention], pronoun: str) -> list[Actor]:
    """For an "elle" no subject before it can stand for: the last person named with a feminine
    title in its sentence or the one before, whatever her place in it ("... à l'occasion de la
    visite de la ministre française des Affaires étrangères, Catherine Colonna, au Maroc. Elle a
    été reçue par son homologue")."""
    if pronoun != "elle":
        return []
    doc = tok.doc
    start = _previous_sentence_start(tok)
    women = [m for m in mentions if start <= m.start and m.end <= tok.i and m.kind == "actor" and len(m.actors) == 1
             and m.actors[0].kind == "person" and _feminine_title(doc, m.start)]
    return list(max(women, key=lambda m: m.start).actors) if women else []


def _feminine_title(doc: Doc, start: int) -> bool:
    """Whether a phrase opens with a feminine title: "la ministre", "l'ambassadrice"."""
    first = doc[start]
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "DET" and morph(before, "Gender"):
        return morph(before, "Gender") == ("Fem",)
    return first.pos_ == "NOUN" and first.text[:1].islower() and morph(first, "Gender") == ("Fem",)


def _agreeing(said: list[tuple[Actor, str | None]], pronoun: str) -> Actor | None:
    """The last single subject "il" or "elle" can stand for: one whose noun is of the pronoun's
    gender, or of none known (a name: "Emmanuel Macron", "la France"). "La police espagnole a
    arrêté un ressortissant marocain. Il a été placé en détention" is not the police."""
    gender = "Fem" if pronoun == "elle" else "Masc"
    return next((actor for actor, g in reversed(said) if g is None or g == gender), None)


def _resolve_own_country(doc: Doc, words: list[str], mentions: list[ActorMention], taken: set[int], gaz) -> None:
    """"le refus de son pays d'extrader", "leur pays": the country of the last actor of one
    country named before it in its sentence (a person, an office, a state)."""
    for i in range(len(words) - 1):
        if words[i] not in {"son", "leur"} or words[i + 1] != "pays" or i in taken or i + 1 in taken:
            continue
        start = sentence_at(doc, i).start
        before = [m for m in mentions if start <= m.start and m.end <= i and m.kind in {"actor", "pronoun"}
                  and not m.place_only and len({a.country for a in m.actors}) == 1]
        country = max(before, key=lambda m: m.start).actors[0].country if before else None
        if country and country != "IGO":
            mentions.append(ActorMention(i, i + 2, [state_actor(gaz, country)]))


OBJECT_CLITICS = {"l'", "le", "la"}


def _resolve_object_clitics(doc: Doc, mentions: list[ActorMention]) -> None:
    """"Le président a remercié son hôte et l'a invité à ...", "X a reçu Y, qu'il a félicité
    ... et l'a assuré de ...": a singular object clitic is the last single actor named before it,
    in its sentence or the one before, who is not its verb's own subject."""
    deps = column(doc, DEP)
    strings = doc.vocab.strings
    for i, word in enumerate(folded_words(doc)):
        if word not in OBJECT_CLITICS or strings[deps[i]] not in {"obj", "det"}:
            continue
        tok = doc[i]
        verb = tok.head
        if verb.i <= i:
            continue
        # (the tagger may call an elided "l'" before a present participle an article of it:
        # "l'accusant"; not "l'offre", a noun it may read as a verb)
        if not (tok.pos_ == "PRON" and tok.dep_ == "obj" or tok.pos_ == "DET" and verb.pos_ == "VERB" and verb.i == i + 1
                and "Part" in morph(verb, "VerbForm") and fold(verb.text).endswith("ant")):
            continue
        # "tandis que le Polisario l'a rejetée": a participle agrees with the clitic before it,
        # so a feminine one stands for no actor named with a masculine article ("le Maroc")
        feminine = "Fem" in morph(verb, "Gender") and "Part" in morph(verb, "VerbForm")
        while verb.dep_ in {"conj", "xcomp"} and not any(_is_subject(c) for c in verb.children) \
                and verb.head.i != verb.i:
            verb = verb.head  # "a remercié son hôte et l'a invité": the first verb's subject
        subjects = {a for m in mentions for c in verb.children if _is_subject(c)
                    and m.start <= c.i < m.end for a in m.actors}
        start = _previous_sentence_start(tok)
        before = [m for m in mentions if start <= m.start and m.end <= i and m.kind in {"actor", "pronoun"}
                  and not m.place_only and len(m.actors) == 1 and m.actors[0] not in subjects
                  and not (feminine and _masculine(m, doc))]
        if before:
            mentions.append(ActorMention(i, i + 1, list(max(before, key=lambda m: m.start).actors), "pronoun"))


def _masculine(m: ActorMention, doc: Doc) -> bool:
    """Whether a mention is named with a masculine article ("le Maroc", "du président"), or is a
    masculine common noun with none."""
    if m.kind != "actor":
        return False
    head = mention_head(m, doc)
    return _article_gender(head, head.pos_ == "NOUN") == ("Masc",)


def _article_gender(head: Token, noun_too: bool) -> tuple[str, ...]:
    """A phrase's grammatical gender, its article's first ("la ministre" is feminine whatever
    the noun's tag), else, with ``noun_too``, its noun's."""
    return next((morph(d, "Gender") for d in head.children if d.dep_ == "det" and morph(d, "Gender")),
                morph(head, "Gender") if noun_too else ())


def _is_subject(tok: Token) -> bool:
    """(the parser may call "il" before an object clitic an expletive: "Il l'a remercié")"""
    return tok.dep_.startswith("nsubj") or (tok.dep_ == "expl:subj" and tok.i < tok.head.i)


def _incise_subject(tok: Token, by_token: dict[int, ActorMention]) -> bool:
    """", a déclaré le ministre X": the parser takes the inverted subject for an object (but in
    "X, a reçu Y" the verb has an actor for subject, and Y is its object)."""
    if tok.dep_ != "obj":
        return False
    verb = tok.head
    if verb.pos_ != "VERB" or verb.i > tok.i or "Inf" in morph(verb, "VerbForm") \
            or any(c.dep_.startswith("nsubj") and c.i in by_token for c in verb.children):
        return False  # (an infinitive opens no incise: "a promis de « punir » Israël")
    return after_incise_mark(verb)


def after_incise_mark(verb: Token) -> bool:
    """Whether a verb (with its auxiliaries) opens an incise, right after a comma or a quotation
    mark: "«...», a déclaré le ministre", ", écrit la diplomatie russe"."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    return first > sentence_of(verb).start and verb.doc[first - 1].text in {",", '"', "»", "«"}


def inverted_subject(c: Token) -> bool:
    """"La Corée du Nord a tiré un missile en mer du Japon, a dénoncé Séoul": the name after an
    incise's verb, which ends the sentence, is its inverted subject, though the parser reads it
    as the object (an incise takes no object: what it reports is the clause before it)."""
    verb = c.head
    if c.dep_ != "obj" or c.i < verb.i or c.pos != PROPN or not after_incise_mark(verb) \
            or any(s.dep_.startswith("nsubj") for s in verb.children):
        return False
    end = c.right_edge.i + 1
    return end >= sentence_of(verb).end or verb.doc[end].is_punct


OPENING_QUOTES, CLOSING_QUOTES = {"«", "“"}, {"»", "”"}


def quote_state(text: str, quoted: bool) -> bool:
    """Whether the text is inside a quotation after this token (its text); a paragraph ends
    any quotation (so an unclosed mark cannot hide the rest of the article)."""
    if text in OPENING_QUOTES:
        return True
    if text in CLOSING_QUOTES:
        return False
    if text == '"':
        return not quoted
    if "\n" in text and text.isspace():
        return False
    return quoted


def _main_subject(tok: Token, by_token: dict[int, ActorMention]) -> list[Actor]:
    root = sentence_of(tok).root
    if tok.head == root:
        return []
    for c in root.children:
        if c.dep_.startswith("nsubj") and c.i > tok.i:
            m = by_token.get(c.i) or _mention_in(c, by_token)
            if m and len(m.actors) == 1 and m.kind == "actor":
                return list(m.actors)
    return []


# prepositions whose phrase, inside a subject, names someone else than who the subject is:
# "un entretien avec le ministre koweïtien" is no minister, "la délégation du Maroc" is Morocco's
OTHER_PARTY_CASES = {"avec", "contre", "entre", "a", "au", "aux", "envers", "vers", "chez", "pour", "sur", "aupres"}


def _mention_in(tok: Token, by_token: dict[int, ActorMention]) -> ActorMention | None:
    """The first mention inside a subject's phrase that stands for who the subject is: not
    one reached through "avec", "contre", "à" ... (the other party of an act noun)."""
    for t in tok.subtree:
        if t.i in by_token and not _through_other_party(t, tok):
            return by_token[t.i]
    return None


def _through_other_party(t: Token, top: Token) -> bool:
    """Whether ``t`` hangs under ``top`` through a phrase of OTHER_PARTY_CASES."""
    while t.i != top.i and t.head.i != t.i:
        if any(c.dep_ == "case" and fold(c.text) in OTHER_PARTY_CASES for c in t.children):
            return True
        t = t.head
    return False
