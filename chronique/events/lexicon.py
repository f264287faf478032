"""The trigger lexicon (data/triggers.yaml) and the modality cues (data/modality.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property, lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.text import fold

TYPES = ("CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str
    mode: str
    pos: str                         # verb | noun
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    reflexive: bool | None = None
    passive: bool | None = None
    negated: str | None = None
    joint: bool = False              # only with two parties or more as subject ("ont décidé de")
    partnered: bool = False          # its other party is a co-subject or named after "avec" / "entre" ("ont adopté une feuille de route")
    allegation: bool = False         # a claim about what another did ("soutient que X aurait ...")
    summons: bool = False            # "convoqué au ministère X": the body one is summoned to acts
    after: frozenset[str] = frozenset()  # one of these words just before it ("48 heures pour quitter")
    undergone: bool = False          # its subject suffers the act ("ont sept jours pour quitter le pays")
    sent_from: bool = False          # passive, the country after "de" sends away ("expulsés du Niger")
    weak: bool = False               # offered to the act model only, never coded by the rules alone
    mutual: bool = False             # its subjects act on each other ("ont échangé des tirs")
    strict: bool = False             # a candidate of its type only where its conditions hold
    mediated: bool = False           # a mediation: with the parties of the act it brought about
    blamed: bool = False             # names the blamed act ("une violation ... par des drones maliens"): its agent is the target
    counterpart: bool = False        # its with_ words are the case of a phrase on the verb itself ("a évoqué avec son homologue")
    direct: bool = False             # its with_ words are the verb's object itself ("a dénoncé l'accord", not "la violation de l'accord")
    matter: bool = False             # its object is what is talked about, no party ("ont passé en revue la question sahraouie")
    naming: bool = False             # it names its object, which has two ("ce qu'elles ont appelé un revirement")
    # a participle that qualifies one of these nouns ("un communiqué signé du porte-parole"); its
    # ``without`` words are then looked for beside the noun too ("la déclaration conjointe signée")
    qualifies: frozenset[str] = frozenset()
    # the type to code when an international organisation does it, aimed at the state of the
    # people it concerns ("rapatriés par l'OIM": the codebook's AID to the returnees' country)
    igo: str | None = None
    # a will word: one of these infinitives must follow it ("sa volonté d'intensifier"), and its
    # with_ words are looked for in that infinitive and its phrase, not in the will word's
    willing: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    blocking_governors: frozenset[str]
    negations: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    will_governors: frozenset[str] = frozenset()
    performative_governors: frozenset[str] = frozenset()   # "je veux remercier": said, so done
    performative_verbs: frozenset[str] = frozenset()
    restrictive: frozenset[str] = frozenset()
    not_only: frozenset[str] = frozenset()
    generic_determiners: frozenset[str] = frozenset()
    support_verbs: frozenset[str] = frozenset()
    deciding_verbs: frozenset[str] = frozenset()
    answering_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    obtaining_verbs: frozenset[str] = frozenset()   # receiving verbs of what is given only (AID, SUPPORT)
    etre_verbs: frozenset[str] = frozenset()
    circumstance_nouns: frozenset[str] = frozenset()
    aegis_nouns: frozenset[str] = frozenset()
    behest_nouns: frozenset[str] = frozenset()   # "à la demande de X": X asked for the act, no party of it
    order_nouns: frozenset[str] = frozenset()   # "sur instructions de X": X ordered the act, no party of it
    causing_verbs: frozenset[str] = frozenset()   # "a conduit les parties à conclure": the object acts
    fight_nouns: frozenset[str] = frozenset()
    make_nouns: frozenset[str] = frozenset()   # "un missile de fabrication américaine": no party
    founding_verbs: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()   # "au sujet de", "à propos de": a topic follows
    topic_verbs: frozenset[str] = frozenset()   # "concernant": a topic follows
    own_company_nouns: frozenset[str] = frozenset()
    reasserting_verbs: frozenset[str] = frozenset()
    conveying_verbs: frozenset[str] = frozenset()   # "a transmis les remerciements du Roi": the Roi's thanks
    promising_verbs: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    act_reference_nouns: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()   # "ces propos": words named again, a verbal act's
    purpose_marks: frozenset[str] = frozenset()
    since_marks: frozenset[str] = frozenset()
    calling_off_verbs: frozenset[str] = frozenset()
    binding_verbs: frozenset[str] = frozenset()
    taking_place_verbs: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    intending_verbs: frozenset[str] = frozenset()
    continuing_verbs: frozenset[str] = frozenset()   # "continuera à soutenir": an act going on
    thanking_words: frozenset[str] = frozenset()   # "remercié X pour l'aide": the aid is no act again
    state_verbs: frozenset[str] = frozenset()
    past_adverbs: frozenset[str] = frozenset()
    previous_words: frozenset[str] = frozenset()
    ago_nouns: frozenset[str] = frozenset()
    dating_verbs: frozenset[str] = frozenset()
    ending_nouns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    unfinished_nouns: frozenset[str] = frozenset()
    crowd_roles: frozenset[str] = frozenset()   # their force is a riot (PROTEST), not an ASSAULT
    first_since_words: frozenset[str] = frozenset()
    go_between_cases: frozenset[str] = frozenset()
    opposing_verbs: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()   # "la réunion a regroupé X et Y": its parties
    concert_nouns: frozenset[str] = frozenset()   # "en coordination avec X": X acts with the subject
    help_nouns: frozenset[str] = frozenset()   # "avec l'aide de X": X acts with the subject
    talk_words: frozenset[str] = frozenset()   # "des négociations sur un accord": its matter, not done
    talk_cases: frozenset[str] = frozenset()
    content_verbs: frozenset[str] = frozenset()   # "l'accord prévoit ...": the text described
    count_nouns: frozenset[str] = frozenset()   # "3 millions de Soudanais": a count of people
    locution_verbs: frozenset[str] = frozenset()   # "avoir besoin de": governs with its object
    release_nouns: frozenset[str] = frozenset()   # "la libération des soldats détenus au Mali": asked of Mali

    @cached_property
    def verb_types(self) -> dict[str, tuple[str, ...]]:
        """Each verb lemma's act types, whatever their conditions (NONE left out): what the act
        model is offered as candidates, and what its features and the rules read of a word
        wherever it stands. A type only `strict` entries list is left out: a common word's rare
        reading ("rétablir" + "relations") counts only where its conditions hold, so that such
        an entry added to the lexicon changes nothing where they do not ("rétablir l'ordre")."""
        return _types_by_lemma(self.verbs)

    @cached_property
    def noun_types(self) -> dict[str, tuple[str, ...]]:
        """The same for event nouns."""
        return _types_by_lemma(self.nouns)

    @cached_property
    def strict_lemmas(self) -> frozenset[str]:
        """The lemmas, verbs and nouns, with a type only `strict` entries list (see
        ``verb_types``): a candidate of that type only where an entry's conditions hold."""
        return frozenset(lemma for table in (self.verbs, self.nouns) for lemma, trigs in table.items()
                         if {t.type for t in trigs if t.strict} - {t.type for t in trigs if not t.strict})

    @cached_property
    def will_nouns(self) -> frozenset[str]:
        """The nouns of a stated will ("volonté", "disponibilité"): what follows them after "à"
        is willed, not still to be done (``modality._still_to_do``)."""
        return frozenset(lemma for lemma, trigs in self.nouns.items() if any(t.willing for t in trigs))

    @cached_property
    def types_seen(self) -> dict[tuple[int, int, int], tuple[str, ...]]:
        """extract.lexicon_types' memo: (lemma id, word id, part of speech) -> act types."""
        return {}

    @cached_property
    def strict_seen(self) -> dict[tuple[int, int, int], bool]:
        """extract._has_strict_reading's memo, by the same ids."""
        return {}


def _types_by_lemma(table: dict[str, tuple[Trigger, ...]]) -> dict[str, tuple[str, ...]]:
    return {lemma: types for lemma, trigs in table.items()
            if (types := tuple(sorted({t.type for t in trigs if not t.strict} - {"NONE"})))}


def _with_plurals(words: list[str]) -> frozenset[str]:
    """A condition's words and their plurals: a word is matched by its lemma or as written, and
    the lemmatizer keeps some nouns plural ("ses condoléances" has the lemma "condoléances")."""
    folded = {fold(w) for w in words}
    return frozenset(folded | {w + "s" for w in folded if not w.endswith(("s", "x", "z")) and " " not in w})


def _entries(items: list[dict], pos: str, where: str) -> dict[str, tuple[Trigger, ...]]:
    out: dict[str, list[Trigger]] = {}
    for n, it in enumerate(items, 1):
        if it.get("type") not in TYPES + ("NONE",):
            raise ValueError(f"{where}: {pos} entry {n} ({it.get('lemma')!r}) has type {it.get('type')!r}; use one of {', '.join(TYPES)}")
        if it.get("igo") not in (None, *TYPES):
            raise ValueError(f"{where}: {pos} entry {n} ({it.get('lemma')!r}) has igo {it.get('igo')!r}; use one of {', '.join(TYPES)}")
        t = Trigger(
            lemma=fold(it["lemma"]), type=it["type"], mode=it.get("mode", ""), pos=pos,
            with_=_with_plurals(it.get("with", [])),
            without=_with_plurals(it.get("without", [])),
            reflexive=it.get("reflexive"), passive=it.get("passive"), negated=it.get("negated"),
            joint=bool(it.get("joint")), partnered=bool(it.get("partnered")),
            allegation=bool(it.get("allegation")), summons=bool(it.get("summons")),
            after=frozenset(fold(w) for w in it.get("after", [])), undergone=bool(it.get("undergone")),
            sent_from=bool(it.get("sent_from")),
            weak=bool(it.get("weak")), willing=frozenset(fold(w) for w in it.get("willing", [])),
            mutual=bool(it.get("mutual")), strict=bool(it.get("strict")), mediated=bool(it.get("mediated")),
            blamed=bool(it.get("blamed")),
            counterpart=bool(it.get("counterpart")),
            direct=bool(it.get("direct")),
            matter=bool(it.get("matter")),
            naming=bool(it.get("naming")),
            qualifies=frozenset(fold(w) for w in it.get("qualifies", [])),
            igo=it.get("igo"),
        )
        out.setdefault(t.lemma, []).append(t)
    return {k: tuple(v) for k, v in out.items()}


# Every word list of the Lexicon is read from the file under its field's name: modality.yaml,
# but for these few triggers.yaml; the first four must be written there, the others may be left out.
REQUIRED_LISTS = ("blocking_governors", "negations", "conditional_marks", "reporting_verbs")
TRIGGER_FILE_LISTS = frozenset({"crowd_roles"})


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    trig = load_yaml("chronique.events", "triggers.yaml")
    mod = load_yaml("chronique.events", "modality.yaml")
    f = lambda xs: frozenset(fold(x) for x in xs)  # noqa: E731
    optional = [field.name for field in fields(Lexicon) if field.name not in {"verbs", "nouns", *REQUIRED_LISTS}]
    return Lexicon(
        verbs=_entries(trig.get("verbs", []), "verb", "triggers.yaml"),
        nouns=_entries(trig.get("nouns", []), "noun", "triggers.yaml"),
        **{name: f(mod[name]) for name in REQUIRED_LISTS},
        **{name: f((trig if name in TRIGGER_FILE_LISTS else mod).get(name, [])) for name in optional},
    )
