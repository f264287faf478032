"""The party model: of the actors named around an act, which is its source and which its target?

The rules (extract.py's ``_arguments`` and ``_dyads``) read the source from the subject and the
target from the object or an "avec"/"à"/"contre" oblique, and fall back on the article's other
party. On articles they were not written on, two in five acts whose type was right carried a
wrong country on one side (cross-validation over the training set): the target taken from the
fallback while the sentence named another party, the agent of a nominal act left in the previous
sentence, a speaker's country taken for the act's. The party model ranks, for each side of an
act the rules coded as one (source, target) pair, every actor named in its sentence and the one
before, plus the rules' own picks: features are the dependency path from the trigger to the
mention, its preposition, order and distance, the actor's kind, whether it is the speaker or of
the article's home country -- each conjoined with the side and the act type. Whether the rules
picked a candidate is not a feature (they look surer on the articles they were written on than
on new ones); their pick stays where the model is unsure, where it picks the same country, for
a meeting whose two parties they found, and for lists of parties (``choose``).

The name model (``NameModel``) then names each side as the codebook wants -- the most specific
name the article gives -- choosing among the actors of that side's country around the act.

Like the act model: logistic regressions, numpy at run time, trained by
``chronique.events.training`` (``scripts/train.py``) into ``data/party_model.npz``,
``data/name_model.npz`` and their cards.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from spacy.tokens import Span, Token

from chronique.actors.resolve import ActorMention, ArticleActors, inverted_subject, mention_head
from chronique.events.learned import ActModel, committed, logistic
from chronique.model import Actor
from chronique.nlp.memo import memo
from chronique.text import fold

# bump when party_features changes: a model trained on other features must not be used
FEATURE_VERSION = 2
MODEL_FILE = "party_model.npz"
CARD_FILE = "party_model.json"
NAME_FEATURE_VERSION = 2   # bump when name_features changes
NAME_MODEL_FILE = "name_model.npz"
NAME_CARD_FILE = "name_model.json"
SIDES = ("source", "target")
MAX_PATH = 3


@dataclass(frozen=True)
class Candidate:
    """An actor that may be one side of an act: named in the act's sentence (``mention``), in the
    sentence before (``previous``), or only picked by the rules' fallbacks (``mention`` None).
    ``elsewhere``: a person the article names in neither sentence, offered to the name model
    only ("L'Allemagne considère ..." in an article about the German minister's visit: the
    annotators often name the minister); the party model never picks one."""

    actor: Actor
    mention: ActorMention | None
    previous: bool = False
    elsewhere: bool = False
    # the actor's later mentions in the act's sentence: "l'Iran et Israël ..., des frappes
    # israéliennes" is one candidate, Israel, whose adjective still names the strikes' agent
    also: tuple[ActorMention, ...] = ()


def candidates(tok: Token, sent: Span, prev: Span | None, actors: ArticleActors,
               pair: tuple[Actor | None, Actor | None]) -> list[Candidate]:
    """The actors named in the act's sentence and the one before (each actor of a mention; one
    candidate an actor), then the rules' picks that are named in neither, then the article's
    other people whose country the text or the knowledge base gives (``elsewhere``)."""
    out: list[Candidate] = []
    seen: dict[str, int] = {}   # each actor's key -> its candidate's place in ``out``
    for span, previous in ((sent, False), (prev, True)):
        if span is None:
            continue
        for m in actors.starting_in(span.start, span.end):
            for a in m.actors[:4]:
                if a.key() not in seen:
                    seen[a.key()] = len(out)
                    out.append(Candidate(a, m, previous))
                elif not previous:
                    k = seen[a.key()]
                    out[k] = replace(out[k], also=out[k].also + (m,))
    for a in pair:
        if a is not None and a.key() not in seen:
            seen[a.key()] = len(out)
            out.append(Candidate(a, None))
    for p in actors.persons:
        if p.country and not p.guessed_country and (a := p.actor()).key() not in seen:
            seen[a.key()] = len(out)
            out.append(Candidate(a, None, elsewhere=True))
    return out


def named_here(cands: list[Candidate]) -> list[Candidate]:
    """The candidates the party model chooses among: those named around the act or picked by
    the rules, not the article's people named elsewhere."""
    return [c for c in cands if not c.elsewhere]


# the relations that hang a clause on a word: a party named inside one describes that word
# ("des entités iraniennes accusées de fournir des drones à la Russie") rather than taking part
CLAUSES = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp"}


def _path(tok: Token, h: Token) -> str:
    """The dependency path from the trigger to a mention's head: the relations climbed from the
    trigger ("^xcomp"), then those descended to the mention ("nsubj/nmod"); "far" beyond."""
    climbs = memo(tok.doc).setdefault("climb", {})  # the same trigger's path to each candidate
    if tok.i not in climbs:
        up = [tok, *list(tok.ancestors)[:MAX_PATH]]
        climbs[tok.i] = up, {t.i: k for k, t in enumerate(up)}
    up, where = climbs[tok.i]
    down: list[str] = []
    x = h
    while x.i not in where:
        if len(down) >= MAX_PATH or x.head.i == x.i:
            return "far"
        down.append(x.dep_)
        x = x.head
    climbed = [up[k].dep_ for k in range(where[x.i])]
    return "^".join(climbed) + ">" + "/".join(reversed(down))


def _case(t: Token) -> str:
    case = [fold(c.text) for c in t.children if c.dep_ in {"case", "fixed"}]
    return "_".join(case) if case else "-"


def _distance(n: int) -> str:
    return "0-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "20+"


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in {"aux:pass", "nsubj:pass", "obl:agent"} for c in tok.children)


def party_features(tok: Token, etype: str, cand: Candidate, side: str, order: int, home: str | None,
                   speaker: Actor | None) -> list[str]:
    """The sparse features of one candidate for one side of an act, each given alone and
    conjoined with the act type (a subject is the source of most acts, the target of none).
    Whether the rules picked it is not one: the rules were written on part of the training
    articles, where they look surer than they are on new ones (with it, cross-validated dyad
    F1 0.464 against 0.470 without); their pick only stands where the model is unsure."""
    return _conjoined(_traits(tok, cand, order, home, speaker), side, etype)


def _conjoined(traits: list[str], side: str, etype: str) -> list[str]:
    return [f"{side}|{x}" for x in traits] + [f"{side}|{etype}|{x}" for x in traits]


def _traits(tok: Token, cand: Candidate, order: int, home: str | None, speaker: Actor | None) -> list[str]:
    """What a candidate is and where it stands from the trigger, whichever side it is judged for."""
    a, m = cand.actor, cand.mention
    f = [f"kind={a.kind}", f"origin={'previous' if cand.previous else 'sentence' if m is not None else 'rules'}"]
    f.append("home" if a.country and a.country == home else "no_country" if not a.country else
             "igo" if a.country == "IGO" else "foreign")
    if speaker is not None and a.key() == speaker.key():
        f.append("speaker")
    if m is not None:
        f += [f"mention={m.kind}", f"order={min(order, 3)}"]
        if m.place_only:
            f.append("place_only")
        if m.adjective:
            f.append("adjective")
        h = mention_head(m, tok.doc)
        if not cand.previous:
            path = _path(tok, h)
            f += [f"path={path}", f"case={_case(h)}", f"dep={h.dep_}", f"lemma_path={fold(tok.lemma_)}|{path}",
                  "before" if h.i < tok.i else "after", f"distance={_distance(abs(h.i - tok.i))}"]
            f += [f"lemma_case={fold(tok.lemma_)}|{_case(h)}"]
            if any(rel in CLAUSES for rel in path.partition(">")[2].split("/")):
                f.append("via_clause")  # "des entités iraniennes accusées de fournir ... à la Russie"
        else:
            f.append(f"prev_dep={h.dep_}")
    if _is_passive(tok):
        f.append("passive")
    f.append(f"pos={tok.pos_}")
    return f


@dataclass(frozen=True)
class NameModel(ActModel):
    """Which of the actors of one side's country names it as the codebook wants (the most
    specific name the article gives: a person, else an office or body, else the country): a
    logistic regression over ``name_features``, the act model's mechanism and file format."""

    feature_version: ClassVar[int] = NAME_FEATURE_VERSION
    files: ClassVar[tuple[str, str]] = (NAME_MODEL_FILE, NAME_CARD_FILE)
    what: ClassVar[str] = "name model"

    def probability_of(self, traits: list[str], side: str, etype: str) -> float:
        """``probability`` of ``name_features``, the traits alone, with the side and with the act
        type, weighed without making those names (``ActModel.weight_prefixed``)."""
        return logistic(self.bias + self.weight_prefixed(("", traits), (side, traits), (etype, traits)))

    def rename(self, actor: Actor | None, side: str, etype: str, cands: list[Candidate]) -> Actor | None:
        """The side's actor, or the candidate of its country the model finds more probably
        the one the codebook would name."""
        if actor is None or not actor.country:
            return actor
        pool = same_country(cands, actor)
        people = people_around(pool)
        scored = [(self.probability_of(name_traits(c, actor, people), side, etype), k, c) for k, c in enumerate(pool)]
        current = next(p for p, _, c in scored if c.actor.key() == actor.key())
        best = max(scored, key=lambda x: (x[0], -x[1]))
        return best[2].actor if best[0] > current else actor


def same_country(cands: list[Candidate], actor: Actor) -> list[Candidate]:
    """The candidates of the actor's country, one an actor, the actor itself among them."""
    out, seen = [], set()
    for c in cands:
        if c.actor.country == actor.country and c.actor.key() not in seen:
            seen.add(c.actor.key())
            out.append(c)
    if actor.key() not in seen:
        out.append(Candidate(actor, None))
    return out


def people_around(pool: list[Candidate]) -> int:
    """How many people of the side's country the act's sentence and the one before name (the
    name model's "people=" feature; those named elsewhere in the article are not counted):
    worked out the same way when the model is trained and when it names."""
    return sum(1 for c in pool if c.actor.kind == "person" and not c.elsewhere)


def name_features(c: Candidate, chosen: Actor, side: str, etype: str, people: int) -> list[str]:
    """What a candidate name is (person, role, body, country, ...), where it was named (the
    act's sentence, the one before, only the rules' pick), whether it is the side's chosen
    actor and what kind that one is, how many people of that country are around; each alone,
    with the side and with the act type."""
    f = name_traits(c, chosen, people)
    return f + [f"{side}|{x}" for x in f] + [f"{etype}|{x}" for x in f]


def name_traits(c: Candidate, chosen: Actor, people: int) -> list[str]:
    """``name_features`` before they are conjoined with the side and the act type."""
    a, m = c.actor, c.mention
    origin = "article" if c.elsewhere else "previous" if c.previous else "sentence" if m is not None else "rules"
    f = [f"kind={a.kind}", f"origin={origin}", f"chosen={a.key() == chosen.key()}", f"chosen_kind={chosen.kind}",
         f"people={min(people, 3)}", f"kind_origin={a.kind}|{origin}", f"kind_chosen={a.kind}|{chosen.kind}"]
    if m is not None:
        f.append(f"mention={m.kind}")
    if a.kind == "person" and a.office:
        f.append("office")
    if c.elsewhere:  # a person named elsewhere in the article: with an office? in place of what?
        f += [f"elsewhere_office={bool(a.office)}", f"elsewhere_for={chosen.kind}"]
    if a.role:
        f.append("role")
    return f


@dataclass(frozen=True)
class PartyModel(ActModel):
    """A logistic regression over (act, side, candidate) features, and the probability a
    candidate must reach to replace the rules' pick (the act model's mechanism and file format);
    with a name model (``namer``), each side is then named as the codebook wants."""

    namer: NameModel | None = None
    feature_version: ClassVar[int] = FEATURE_VERSION
    files: ClassVar[tuple[str, str]] = (MODEL_FILE, CARD_FILE)
    what: ClassVar[str] = "party model"

    def choose(self, tok: Token, etype: str, cands: list[Candidate], pair: tuple[Actor | None, Actor | None],
               home: str | None, speaker: Actor | None, symmetric: bool,
               reguess: Callable[[Actor | None], str | None] | None = None) -> tuple[Actor | None, Actor | None]:
        src, tgt = choose(self, tok, etype, named_here(cands), pair, home, speaker, symmetric, reguess)
        if self.namer is None:
            return src, tgt
        return self.namer.rename(src, "source", etype, cands), self.namer.rename(tgt, "target", etype, cands)


@lru_cache(maxsize=1)
def load_party_model() -> PartyModel | None:
    """The committed party model, with its name model, or None when the package ships none or
    $CHRONIQUE_PARTY_MODEL is "off" (the rules then pick and name the parties alone);
    $CHRONIQUE_NAME_MODEL=off keeps the party model without the name model."""
    model = committed(PartyModel, "CHRONIQUE_PARTY_MODEL")
    namer = committed(NameModel, "CHRONIQUE_NAME_MODEL") if model is not None else None
    return replace(model, namer=namer) if namer is not None else model


def side_features(tok: Token, etype: str, cands: list[Candidate], home: str | None,
                  speaker: Actor | None) -> dict[str, list[list[str]]]:
    """Each candidate's features for each side, in the order of ``cands``."""
    traits = candidate_traits(tok, cands, home, speaker)
    return {side: [_conjoined(t, side, etype) for t in traits] for side in SIDES}


def candidate_traits(tok: Token, cands: list[Candidate], home: str | None, speaker: Actor | None) -> list[list[str]]:
    """Each candidate's traits, in the order of ``cands``: its features for a side are them
    conjoined with the side, and with the side and the act type (``side_features``)."""
    orders: dict[int, int] = {}
    for c in cands:
        if c.mention is not None and not c.previous:
            orders.setdefault(c.mention.start, len(orders))
    return [_traits(tok, c, orders.get(c.mention.start, 0) if c.mention else 0, home, speaker) for c in cands]


FORCE_ACTS = {"ASSAULT", "MOBILIZE", "COERCE"}


def _agent_adjective(tok: Token, etype: str, cands: list[Candidate], actor: Actor | None) -> bool:
    """Whether the rules' source of a use of force is the act's own adjective ("les frappes
    ukrainiennes", "l'attaque terroriste"), or its antecedent's for a relative clause ("l'attaque
    terroriste qui a frappé Kayes": the party model had given it to the country condemning it):
    the text names the agent, which a speaker ("Selon Moscou, ...") or another party of the
    sentence does not outweigh. Force acts only: elsewhere the adjective is as often what the
    act is about ("une aide de 5 millions de dollars américains")."""
    if actor is None or etype not in FORCE_ACTS:
        return False
    # "l'attaque terroriste qui a visé la ville": a relative clause's act is its antecedent's
    acts = {tok.i, tok.head.i} if tok.dep_ == "acl:relcl" else {tok.i}
    return any(h.head.i in acts and h.dep_ == "amod" for _, h in _named_here(actor, cands, tok.doc))


def _own_dependent(tok: Token, cands: list[Candidate], actor: Actor | None, source: bool) -> bool:
    """Whether the rules' party is the trigger verb's own subject (source: "..., tandis que
    l'Iran a dépêché une équipe de secouristes", where the model had given the aid to the main
    clause's subject, Pakistan) or direct object (target: "Téhéran a démenti fournir des armes
    aux Houthis et a accusé Washington de ...", where it had given the accusation to the
    Houthis), or a passive's agent ("par X") and subject ("La Russie est accusée par Kiev
    d'avoir bombardé un hôpital": the model had made Russia the accuser), or an incise's
    inverted subject, which the parser calls its object ("..., a dénoncé Séoul")."""
    if actor is None or tok.pos_ != "VERB":
        return False
    deps = OWN_DEPENDENTS[0 if source else 1]
    return any(h.head.i == tok.i and (source if inverted_subject(h) else h.dep_ in deps)
               for _, h in _named_here(actor, cands, tok.doc))


# the verb's own dependents that name a side outright: its subject or passive agent ("par X")
# for the source, its object or passive subject for the target (an incise's inverted subject,
# which the parser calls an object, names the source)
OWN_DEPENDENTS = ({"nsubj", "obl:agent"}, {"obj", "nsubj:pass"})


def _named_here(actor: Actor, cands: list[Candidate], doc) -> list[tuple[Candidate, Token]]:
    """The candidates naming ``actor`` in the act's own sentence, each with its mention's head."""
    return [(c, mention_head(m, doc)) for c in cands
            if c.mention is not None and not c.previous and c.actor.key() == actor.key() for m in (c.mention, *c.also)]


def _describes(cand: Candidate, actor: Actor, cands: list[Candidate], doc) -> bool:
    """Whether ``cand`` is named inside a clause hung on a mention of ``actor`` ("trois
    entreprises chinoises accusées de livrer des composants à Moscou": Moscow describes the
    companies, it is not the target of the sanctions imposed on them)."""
    if cand.mention is None or cand.previous:
        return False
    described = set()
    for _, h in _named_here(actor, cands, doc):
        described.add(h.i)
        if h.dep_ == "amod":  # "entreprises chinoises": the clause hangs on the noun
            described.add(h.head.i)
    x = mention_head(cand.mention, doc)
    for _ in range(2 * MAX_PATH):  # a clause's words may stand deep below it
        if x.head.i == x.i:
            return False
        if x.dep_ in CLAUSES and x.head.i in described:
            return True
        x = x.head
    return False


def choose(model: PartyModel, tok: Token, etype: str, cands: list[Candidate], pair: tuple[Actor | None, Actor | None],
           home: str | None, speaker: Actor | None, symmetric: bool,
           reguess: Callable[[Actor | None], str | None] | None = None) -> tuple[Actor | None, Actor | None]:
    """The (source, target) the model prefers to the rules' ``pair``: on each side, the most
    probable candidate if it reaches the threshold, else the rules' pick -- which also stays
    where the model picks its country (the rules name a party as the codebook wants: the
    speaker, the person rather than the state; CV actor F1 0.290 against 0.282); the target is never
    of the source's country (an act within one country is not coded). A symmetric act (a
    meeting, an agreement) whose two parties the rules found keeps them (CV dyad F1 0.480
    against 0.476 when the model may change them); one they found half of is completed only if
    the model names both sides. ``reguess`` (``ArticleActors.other_than_guessed``): a source
    whose country is only the article's home, guessed, takes the article's other country when
    the target the model prefers is of the guessed one, rather than that target being passed
    over."""
    if symmetric and pair[0] is not None and pair[1] is not None:
        return pair  # two parties who met or agreed, found by the rules: direction is moot here
    traits = candidate_traits(tok, cands, home, speaker)
    chosen: list[Actor | None] = []
    for k, side in enumerate(SIDES):
        # (the probability of side_features' names, "{side}|{trait}" and "{side}|{etype}|{trait}")
        ranked = sorted(((logistic(model.bias + model.weight_prefixed((side, t), (f"{side}|{etype}", t))), c)
                         for t, c in zip(traits, cands)), key=lambda pc: -pc[0])
        if k == 1 and chosen[0] is not None:
            other = reguess(chosen[0]) if reguess is not None else None
            ranked = [(p, c) for p, c in ranked if c.actor.key() != chosen[0].key() and c.actor.name != chosen[0].name
                      and not (c.actor.country and c.actor.country == chosen[0].country and other is None)]
        best = ranked[0] if ranked else None
        if best is None or best[0] < model.threshold or (k == 0 and _agent_adjective(tok, etype, cands, pair[0])) \
                or _own_dependent(tok, cands, pair[k], k == 0):
            chosen.append(pair[k])
        elif pair[k] is not None and (best[1].actor.country == pair[k].country or best[1].actor.name == pair[k].name):
            # the same party: the rules name it (a speaker, a person) as the codebook wants, and
            # may have given a person guessed of the home country the other one (_reguessed)
            chosen.append(pair[k])
        elif pair[k] is not None and any(p is not None and _describes(best[1], p, cands, tok.doc) for p in pair):
            # named in a clause that describes one of the rules' parties, not a party itself
            # ("Le Qatar, qui est un allié des États-Unis, a condamné l'attaque iranienne")
            chosen.append(pair[k])
        else:
            chosen.append(best[1].actor)
    src, tgt = chosen
    if src is not None and tgt is not None and src.country and src.country == tgt.country:
        other = reguess(src) if reguess is not None else None
        if other is None:
            return pair
        src = replace(src, country=other)
    if symmetric and (src is None or tgt is None):
        return pair
    return src, tgt
