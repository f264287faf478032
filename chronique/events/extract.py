"""Find the events of one parsed article.

For every token the lexicon knows (a verb lemma, an event noun), in every sentence:
1. check the trigger's conditions (its object, reflexive "se", voice) to pick the act type;
2. drop it when the act is negated, wished, planned or in the past background (modality.py);
3. find the source (subject, passive agent; climbing infinitives and coordinations to the verb
   that has one) and the target (object, "à"/"avec"/"contre" obliques; for nouns "avec X",
   "entre X et Y"), each resolved to actors through the article's mentions;
4. fall back, for a missing target, on the other party of the article (a communiqué's
   "Laftit a remercié ..." is addressed to the counterpart it introduced);
5. code one event per (type, source, target) per sentence, mutual acts in both directions,
   and a meeting restated later in the article only once.

With the act model (learned.py, the default), steps 1 and 3's filters become its features: every
word the lexicon lists for a type -- conditions met or not, weak cues, words the model learned --
is a candidate, step 2 (modality) still vetoes, and the model judges the rest; an accepted
candidate is coded with the parties of step 3-4, else with the nearest ones, flagged as guessed
(``_fallback_pair``, ``Event.parties_guessed``). ``acts=None`` codes with the lexicon alone.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from spacy.attrs import DEP, IS_SPACE, LEMMA
from spacy.symbols import ADJ, ADV, AUX, DET, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from chronique.actors.gazetteer import agree_adjective, load_gazetteer
from chronique.actors.roles import load_roles
from chronique.actors.resolve import (ARTICLES, KIND_RANK, OF_WORDS, PLURAL_PRONOUNS, POSSESSIVES, SINGULAR_PRONOUNS, STYLES, TO_WORDS,
                                      VISIT_WORDS, ActorMention, ArticleActors, after_incise_mark, inverted_subject,
                                      quote_state, state_actor)
from chronique.events.contexts import ContextModel, article_contexts, article_cues, contexts_of, load_context_model, sentence_words
from chronique.events.dates import act_date
from chronique.events.learned import (ActModel, SentenceContext, candidate_features, entry_features, load_act_model,
                                      logistic, reading_features, sentence_context, word_features)
from chronique.events.lexicon import SYMMETRIC, Lexicon, Trigger, load_lexicon
from chronique.events.modality import (FUTURE_ENDINGS, blocked, circumstance, claims_what_may_come, denied, disagrees,
                                       is_negated, is_unreal, participle_of)
from chronique.events.parties import FORCE_ACTS, PartyModel, load_party_model
from chronique.events.parties import candidates as party_candidates
from chronique.model import Actor, Article, Event
from chronique.nlp.memo import (column, folded_lemmas, folded_words, head_indices, memo, memo_of, morph, parts_of_speech, per_token,
                                sentence_at, sentence_of, sentence_texts, sentences)
from chronique.nlp.memo import text as doc_text
from chronique.nlp.memo import words as doc_words
from chronique.text import CALENDAR_WORDS, clean_sentence, fold

K = TypeVar("K")
T = TypeVar("T")

# a trigger's phrase leaves out its subject and the clauses beside it; the passive subject
# ("l'ambassadeur a été convoqué") is the object, so it stays in
CLAUSAL = {"conj", "parataxis", "advcl", "ccomp", "acl:relcl", "nsubj", "csubj", "punct"}
ADDRESSEE_CASES = {"a", "au", "aux", "aupres"}
TARGET_CASES = {"avec", "a", "au", "aux", "aupres", "contre", "envers", "entre", "vis-a-vis", "a l'egard"}
SUBJECT_CLIMB = {"xcomp", "conj", "acl", "advcl", "ccomp", "obj", "nmod", "obl", "obl:arg", "obl:mod", "csubj", "parataxis"}
NO_TARGET_NEEDED = {"MOBILIZE", "PROTEST", "RETREAT", "ASSAULT", "COERCE"}
COUNTERPART_ALONE = {"RETREAT", "ASSAULT"}
DIRECTED = {"REQUEST", "SUPPORT", "COERCE"}   # acts that are nothing without an addressee
PATIENT_NOUN_TYPES = {"ACCUSE", "SANCTION", "COERCE", "CONCEDE"}
SUPPORTED_CASES = {"aupres", "contre", "avec", "envers"}   # a support verb's obliques that name the noun's other party
LOCATIVE = {"a", "au", "en", "dans"}


@dataclass
class _Coding:
    """What coding one article's acts needs at every trigger, and what it has coded so far."""

    doc: Doc
    article: Article
    actors: ArticleActors
    lex: Lexicon
    year: int | None
    events: list[Event] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)      # (sentence, type, sides): one event each
    met: set[frozenset] = field(default_factory=set)   # pairs that met: a meeting restated is coded once
    contexts: dict[int, SentenceContext] = field(default_factory=dict)  # the act model's, a sentence
    # the act model's bias and weights of what a (word, type)'s readings share, by (token index,
    # type), and of what a (sentence, type)'s candidates share (``_act_score``)
    word_scores: dict[tuple[int, str, str | None], float] = field(default_factory=dict)
    token_features: dict[int, tuple[list[str], float]] = field(default_factory=dict)  # word_features, their weight
    sentence_scores: dict[tuple[int, str], float] = field(default_factory=dict)
    parties: PartyModel | None = None   # ranks the actors around an act for its two sides
    # an event's contexts from its clause's cue words: without a context model, which otherwise
    # gives every event its contexts once the article is coded
    clause_cues: bool = True
    sents: list[Span] = field(default_factory=list)
    verdicts: dict[tuple[int, bool, bool], str | None] = field(default_factory=dict)  # ``blocked``'s, a token
    # acts the model accepted and no rule found parties for, by (sentence, type): the surest one
    unplaced: dict[tuple[int, str], tuple[float, Token, Reading]] = field(default_factory=dict)
    # the act model's probability of each (sentence, type) it accepted, the surest word's
    accepted: dict[tuple[int, str], float] = field(default_factory=dict)

    def blocked(self, tok: Token, *, refusal: bool = False, will_counts: bool = False) -> str | None:
        """modality.blocked for a token of this article, worked out once: with the act model a
        word is judged once for each act type the lexicon lists for it, and read again when
        accepted."""
        key = (tok.i, refusal, will_counts)
        if key not in self.verdicts:
            self.verdicts[key] = blocked(tok, self.lex, self.year, refusal=refusal, will_counts=will_counts)
        return self.verdicts[key]


_DEFAULT = object()


@dataclass
class Reading:
    """What the rules make of one trigger: the act's type and its (source, target) pairs, or why
    it is not coded (``reason``: a MODALITY verdict; governed, reported, planned, describes,
    session, joint, no_parties; for a candidate no rule read, conditions or unlisted; None when
    coded)."""

    etype: str
    trig: Trigger
    pairs: list[tuple[Actor | None, Actor | None]]
    reason: str | None = None
    sources: list[Actor] = field(default_factory=list)   # the agents the rules found, paired or not
    # the rules inferred the pair in a way the party model has no feature for (the speaker who
    # announces a passive act on foreigners did it; a passive's agent the parser hung on
    # another word): their pair stands
    inferred: bool = False
    # for a candidate whose conditions fail: what the rules read had they held (``_judge``)
    probe: Reading | None = None


def extract_events(doc: Doc, article: Article, actors: ArticleActors, lex: Lexicon | None = None,
                   acts: ActModel | None | object = _DEFAULT, parties: PartyModel | None | object = _DEFAULT,
                   contexts: ContextModel | None | object = _DEFAULT) -> list[Event]:
    """The article's events. Lexicon alone (``acts=None``): each trigger whose conditions hold is
    coded when the rules find it a done act between known parties. With the act model (the
    committed one by default), every word the lexicon lists is a candidate, whatever its
    conditions, and the model decides from the rules' verdict and the word's context. The party
    model (parties.py; ``parties=None``: the rules alone) then picks each act's two sides among
    the actors named around it, the rules' picks included. The context model (contexts.py;
    ``contexts=None``: the cue words alone) gives each act its issue areas."""
    lex = lex or load_lexicon()
    model = load_act_model() if acts is _DEFAULT else acts
    issues = load_context_model() if contexts is _DEFAULT else contexts
    c = _Coding(doc, article, actors, lex, int(article.date[:4]) if article.date else None,
                parties=load_party_model() if parties is _DEFAULT else parties, clause_cues=issues is None)
    sents = c.sents = sentences(doc)
    pos = parts_of_speech(doc)
    for si, sent in enumerate(sents):
        if _is_subheading(sent):
            continue
        speaker = _NOT_LOOKED_FOR  # looked for at the sentence's first act only: most have none
        for i in range(sent.start, sent.end):
            if pos[i] not in _CANDIDATE_POS:
                continue  # no word of these parts of speech is a trigger (and no Token is built)
            tok = doc[i]
            candidates = _candidates(tok, lex, model.words, actors) if model is not None else _matched(tok, lex)
            if candidates and speaker is _NOT_LOOKED_FOR:
                speaker = _speaker(sent, actors, lex) or _speaker_of_quote_closed_later(sents, si, actors, lex)
            if model is None:
                for trig, _ in candidates:
                    _commit(c, sent, si, tok, _read(c, sent, tok, trig, speaker), speaker)
                continue
            judged = [j for trig, held in candidates if (j := _judge(c, sent, si, tok, trig, held, speaker, model))]
            best = max((j for j in judged if j[0] >= _threshold(model, j[2])), key=_rank, default=None)
            if best is not None:  # one act a word: "soutien" is support or aid here, not both
                _accept(c, sent, si, tok, best[1], speaker, best[2], best[0])
        if c.unplaced:
            _place_unplaced(c, sent, si, speaker)
        _detailed(c, sent, si)
    if model is not None:
        c.events = _without_weak_rivals(c.events, c.accepted, doc, lex)
    c.events = [_as_riot(e, lex) for e in c.events]
    c.events = _without_vaguer_twins(_without_sourceless_twins(_without_targetless_twins(c.events)))
    c.events = _without_learned_echoes(c.events)
    text = doc_text(doc)  # one join of the tokens, sliced per sentence (each Span.text joins again)
    texts = [text[s.start_char:s.end_char] for s in sents]
    if issues is None:
        topics = article_contexts(texts)
        for e in c.events:  # each act is also about what its article is mainly about
            e.contexts = list(dict.fromkeys(e.contexts + topics))
        return c.events
    cues, words, found = article_cues(texts, article.title), {}, {}
    for e in c.events:
        si = e.sentence_index
        if si not in words:
            words[si] = sentence_words(sents[si])
        if (e.type, si) not in found:  # a list's events share their type and sentence
            found[e.type, si] = issues.contexts(e.type, si, cues, words[si])
        e.contexts = list(found[e.type, si])
    return c.events


_NOT_LOOKED_FOR: Actor | None = Actor("<not looked for>")


def _matched(tok: Token, lex: Lexicon) -> list[tuple[Trigger, bool]]:
    trig = match_trigger(tok, lex)
    return [] if trig is None or trig.type == "NONE" else [(trig, True)]


def _candidates(tok: Token, lex: Lexicon, words: dict[str, tuple[str, ...]], actors: ArticleActors) -> list[tuple[Trigger, bool]]:
    """Each act type the lexicon lists for the token, with the entry whose conditions hold if
    one does (``True``), else its first entry of that type (``False``); then the types the act
    model learned the token's lemma reports (``words``), which the lexicon does not list.
    (``extract_events`` asks only of the parts of speech in ``_CANDIDATE_POS``.)"""
    dep = tok.dep_
    if dep.startswith("aux") or dep == "cop":
        return []  # "a reçu", "a été accueilli", "est favorable": the auxiliary is no trigger
    as_noun = _noun_tagged_verb(tok, lex)
    types = lexicon_types(tok, lex) if not as_noun else _noun_types(tok, lex)
    out = []
    if types or _has_strict_reading(tok, lex):
        match = match_trigger(tok, lex)
        if match is not None and match.type == "NONE":
            # the lexicon says this use reports no act ("les efforts déployés", "a mené des
            # négociations"): not a candidate of the word's other types for the model either
            # (CV event 0.722 -> 0.719, by story 0.697 -> 0.695: even; the model had coded
            # "Le Qatar a mené des négociations entre Israël et le Hamas" two ASSAULTs at 0.64)
            return []
        if match is not None and match.type not in types:
            out.append((match, True))   # a strict entry whose conditions hold (Lexicon.verb_types)
        table = lex.verbs if _TRIGGER_POS[tok.pos][1] and not as_noun else lex.nouns
        for etype in types:
            if match is not None and match.type == etype:
                out.append((match, True))
            else:  # a strong entry of the type if there is one (its mode is the surer), without
                # the readings its unmet conditions would have licensed ("undergone", "joint", ...)
                entries = [t for form in _lemmas(tok) for t in table.get(form, ()) if t.type == etype]
                if all(t.strict for t in entries):
                    continue  # a common word's rare reading, its conditions unmet
                trig = min(entries, key=lambda t: t.weak)
                # (but one who undergoes the act still undergoes it: "exigé que leurs
                # représentants quittent le territoire sous 72 heures" expels them, whatever
                # the entry's conditions, and the state whose territory they leave does it; so
                # is a blamed act's agent blamed)
                out.append((Trigger(lemma=trig.lemma, type=etype, mode=trig.mode, pos=trig.pos,
                                    undergone=trig.undergone, blamed=trig.blamed), False))
    # a name ("Rabat") or a word naming an actor ("italien", "ministre") is no act word
    if words and tok.pos in _LEARNED_POS and not tok.ent_type_ and actors.at(tok.i) is None:
        lemma = fold(tok.lemma_)
        learned = [t for t in words.get(lemma, ()) if t not in types]
        if learned and not _actor_word(tok):
            pos = "verb" if _TRIGGER_POS[tok.pos][1] else "noun"
            out += [(Trigger(lemma=lemma, type=t, mode="learned", pos=pos), False) for t in learned]
    return out


def _has_strict_reading(tok: Token, lex: Lexicon) -> bool:
    """Whether the token's lemma has a type only `strict` entries list (``Lexicon.strict_lemmas``).
    Asked of every noun and verb the lexicon lists no type for: remembered by the token's ids,
    as ``lexicon_types`` is."""
    key = (tok.lemma, tok.orth, tok.pos)
    found = lex.strict_seen.get(key)
    if found is None:
        found = _remember(lex.strict_seen, key, any(form in lex.strict_lemmas for form in _lemmas(tok)))
    return found


def _actor_word(tok: Token) -> bool:
    """Whether a word names actors wherever it stands, an office or a nationality ("plusieurs de
    ses homologues", where no one is resolved): no act word the model may have learned (it had
    coded "aura des entretiens avec plusieurs de ses homologues" a meeting, through
    "homologue")."""
    return (fold(tok.lemma_),) in load_roles().roles or load_gazetteer().is_nationality(tok.text)


def _read(c: _Coding, sent: Span, tok: Token, trig: Trigger, speaker: Actor | None,
          learned: bool = False) -> Reading:
    """The rules' reading of a trigger (``Reading.reason`` says why it is not coded).
    ``learned``: the act model has already judged it an act, so the rules only find its
    parties (no negation, tense or construction filter)."""
    actors, lex, events = c.actors, c.lex, c.events
    etype = trig.type
    threatened = _threat_condition(tok, sent, actors) if etype in FORCE and is_unreal(tok) and not learned else None
    # "l'armée frapperait Beyrouth si les tirs continuaient": force promised on a condition that
    # follows it, its own target threatened
    promised = threatened is None and etype in FORCE and not learned and is_unreal(tok) and _if_clause(tok)
    if threatened is not None or promised:
        # "Si le Hezbollah viole l'accord, nous attaquerons": force promised on a condition
        etype, trig = "THREATEN", replace(trig, type="THREATEN", mode="conditional threat")
    if not learned:
        refusal = False
        if is_negated(tok, lex):
            if not trig.negated:
                return Reading(etype, trig, [], "negated")
            etype, refusal = trig.negated, True
            trig = replace(trig, type=etype)
        why = c.blocked(tok, refusal=refusal, will_counts=etype == "COOPERATE") if threatened is None and not promised else None
        if why:
            return Reading(etype, trig, [], _modal_reason(why))
        if _asks(sent):
            return Reading(etype, trig, [], "question")
        # (a mediation after which, or under which, an act was done is no matter of that act's:
        # "après une médiation de l'Égypte, le Hamas a libéré ..."; one praised is)
        if trig.pos == "noun" and _governed_by_trigger(tok, lex) and not (trig.mediated and tok.dep_.startswith("obl")) \
                and not _helping(tok, lex):
            return Reading(etype, trig, [], "governed")
        if trig.pos == "verb" and _is_reported_content(tok, lex):
            return Reading(etype, trig, [], "reported")
        if trig.pos == "verb" and _planned_by_joint_decision(tok, lex, actors):
            return Reading(etype, trig, [], "planned")
        if trig.pos == "noun" and tok.dep_ == "obj" and tok.head.pos == VERB and _planned_by_joint_decision(tok.head, lex, actors):
            # "ont convenu de renforcer les patrouilles conjointes": the agreed infinitive's
            # object is agreed on, as the infinitive is (the codebook: AGREE whatever was agreed)
            return Reading(etype, trig, [], "planned")
        if _describes_a_noun(tok, etype, lex):
            return Reading(etype, trig, [], "describes")
        if etype == "CONSULT" and (_session_of_a_body(tok, actors) or (trig.pos == "verb" and any(
                c.dep_ == "obj" and _session_of_a_body(c, actors) for c in tok.children))):
            # ("a tenu une réunion avec son conseil de sécurité nationale": the verb's meeting)
            return Reading(etype, trig, [], "session")
    sources, targets = _arguments(tok, trig, etype, actors, lex, speaker)
    if trig.willing and not (sources and targets) and (willed := _willed(tok, trig)) is not None:
        # "sa disponibilité à aider le Sénégal": who is to be helped is the infinitive's
        also = _infinitive_arguments(willed, trig, etype, actors, lex, speaker)
        sources, targets = sources or also[0], targets or [t for t in also[1] if t not in sources]
    elif etype == "COOPERATE" and trig.pos == "verb" and sources \
            and all(t.country in {a.country for a in sources} for t in targets):
        # "a réitéré la disponibilité de son pays à accompagner le Niger": the will the verb
        # restates names who is to be helped in its infinitive (its "de son pays" is the source's)
        for c in tok.children:
            will = next((t for t in lex.nouns.get(fold(c.lemma_), ()) if t.willing), None) if c.dep_ == "obj" else None
            if will is not None and (willed := _willed(c, will)) is not None:
                also = _infinitive_arguments(willed, will, etype, actors, lex, speaker)
                targets = [t for t in also[1] if t not in sources] or targets
                break
    if etype in GIVEN_TO and sources and not targets:
        targets = _capital_given_to(tok, actors) or _region_given_to(tok)
    if etype == "CONSULT" and trig.pos == "verb" and len({a.country for a in sources if a.country}) >= 2 and _is_reflexive(tok):
        # "Des représentants de la Russie et de l'Ukraine se sont rencontrés aux Émirats": met
        # each other there; the country after "aux" is the venue
        venue = [a for c in tok.children if _case(c) in TO_WORDS for a in _actors_of(c, actors) if a.kind == "country"]
        targets = [t for t in targets if t not in venue]
    if trig.mode == ENVOY and trig.pos == "noun" and tok.dep_ == "obj" and (sent_by := _subject(tok.head, actors)):
        # "Le Maroc a annoncé l'envoi d'un émissaire à Tripoli": the envoy ("de") is the sender's
        # own; who announced it sends him, to the state of the place after "à"
        own = {a.country for a in sent_by}
        sources = sent_by
        targets = _sent_to(_own_subtree(tok), sent_by, actors) or [t for t in targets if t.country not in own]
    conveyed = _conveyed(tok, trig, actors, lex) if etype == "SUPPORT" else None
    if conveyed is not None:
        # "a transmis les remerciements de SM le Roi au Roi Felipe VI": the thanks are the King's
        # (a state's, "les condoléances du Maroc", are said by its minister, the subject)
        owners = conveyed[0]
        if not all(o.kind == "country" and o.country in {a.country for a in sources} for o in owners):
            sources = owners
        targets = conveyed[1] or [t for t in targets if t not in owners]
    if etype == "REQUEST" and trig.pos == "noun" and _behest(tok, lex) and (verb := _verb_above(tok)) is not None:
        # "à la demande de la Russie, le Conseil de sécurité tiendra une session": asked of who
        # acts; « À la demande du Président, j'ai décidé ... », a déclaré le ministre: of him
        doers = _subject(verb, actors) or ([speaker] if speaker is not None and _first_person_subject(verb) else [])
        targets = [a for a in doers if a not in sources] or targets
    if speaker is not None and not sources and _first_person_subject(tok):
        sources = [speaker]  # « Nous appelons ... », a déclaré l'ambassade
        if etype in SYMMETRIC and _plural_first_person(tok) and all(t.country == speaker.country for t in targets):
            # « Nous avons convenu de ... », a déclaré M. Fidan lors d'une conférence de presse
            # commune avec son homologue Fouad Hussein: "nous" is the speaker and whom he is with
            targets = [a for t in sent if _case(t) == "avec" for a in _actors_of(t, actors)
                       if a.country and a.country != speaker.country] or targets
    if (etype == "PROTEST" or trig.mode == STORM) and not sources and any(c.dep_ == "nsubj" for c in tok.children):
        # "Des milliers de personnes ont manifesté devant l'ambassade française à Niamey": a
        # crowd named by no role, the verb's subject, is the protesters, of the place where they
        # march (_localised) -- a noun's ("lors de la manifestation") may be anyone's; a crowd
        # that storms a building riots (_as_riot)
        sources = [_localised(CROWD, sent, actors)]
    conditional = threatened is not None or promised
    if threatened is not None:
        targets = [threatened]
    elif etype == "THREATEN" and trig.pos == "verb" and (cond := _threatened_on_condition(tok, actors)) is not None:
        targets = [cond]  # "a menacé de riposter si l'Otan déployait des troupes": the Otan is threatened
        conditional = True
    if speaker is not None:
        sources, targets = _named_by_speaker(sources, targets, speaker, etype, _quoted(tok))
    concerted = False
    if not trig.joint and etype not in SYMMETRIC and targets and (partners := _partners_in_concert(tok, actors, lex)):
        # ... and the partner is no target of what they did together (nor may the party model,
        # which reads no "en coopération avec", make it one)
        kept = [t for t in targets if t not in partners]
        targets, concerted = kept, len(kept) < len(targets)
    if trig.joint and len({a.country for a in sources if a.country}) == 1:
        # "a démantelé, en coordination avec la DGST marocaine, une cellule": a partner in concert
        sources = sources + [a for a in _partners_in_concert(tok, actors, lex)
                             if a.country and a.country not in {s.country for s in sources}]
    if trig.joint and not _joint_decision(tok, sources, lex):
        return Reading(etype, trig, [], "joint")
    if not sources and not targets and etype in SYMMETRIC and actors.pair and _bare_participle(tok):
        # "le plan d'action ..., signé aujourd'hui": signed by the article's two parties
        sources, targets = [actors.pair[0]], [actors.pair[1]]
    if trig.undergone:  # "les diplomates ont sept jours pour quitter le pays": expelled --
        # by the state whose territory they must leave, where the text names it ("le territoire malien")
        left = [t for t in targets if t.kind == "country"]
        sources, targets = left, [t for t in targets if t not in left] + sources
    # "l'ambassadeur a été convoqué": no source named
    agentless = trig.pos == "verb" and (_is_passive(tok) or trig.undergone) and not sources
    # an institution's word, not a person's (a lawyer reporting an arrest did not make it)
    foreign = [t for t in targets if t.country and speaker is not None and speaker.kind != "person"
               and t.country != speaker.country]
    # "l'ambassadeur a été convoqué mercredi par le ministère algérien", the parser hanging "par
    # le ministère" on "mercredi": the rules find the passive's agent where the party model's
    # paths from the verb do not
    agent = _agent_after(tok) if sources and trig.pos == "verb" and _is_passive(tok) else None
    # an act the subject undergoes inverts the roles the party model reads from the subject
    # (and a threat's target read from its condition, which no path from the verb reaches)
    received = trig.pos == "noun" and _received(tok, etype, lex)
    inferred = (agent is not None and agent.head.i != tok.i) or received or conveyed is not None \
        or trig.undergone or conditional or concerted or (trig.pos == "noun" and _agent_of_noun(tok, sources, actors)) \
        or (trig.pos == "verb" and bool(sources) and not any(c.dep_.startswith("nsubj") for c in tok.children)
            and _subject_after_adjunct(tok, actors) == sources) \
        or (bool(sources) and _relative_of_its_subject(tok))
    # (the last two: the parser's paths lead to the adjunct, or to the main clause's subject)
    if agentless and etype == "SANCTION" and (body := _body_left(tok, actors)):
        # "Le Mali est suspendu de tous les organes de décision de la Cédéao": by the organisation
        sources, agentless, inferred = body, False, True
    if agentless and etype in SENT_ACTS and (sent_out := _sent_out(tok, targets, actors)) is not None:
        # "Une équipe de secouristes algériens a été dépêchée en Turquie": sent by Algeria
        sources, targets = sent_out
        agentless, inferred = False, True
    if agentless and foreign and etype not in SYMMETRIC:
        # "34 diplomates français ont été déclarés persona non grata, écrit la diplomatie
        # russe": who announces a passive act on foreigners is who did it; a measure of
        # force is the state's ("Russie"), the body only announces it
        doer = _state_of(speaker) if etype in FORCE else speaker
        sources, targets, agentless, inferred = [doer], foreign, False, True
    if trig.mode == DENIAL and sources and _pronoun_subject(tok) \
            and (accusation := _own_accusation(events, sent, sources[0])) is not None:
        # "Kinshasa accuse Kigali de soutenir le M23, ce qu'il dément": "il" read as the accuser;
        # who denies an accusation is the one it accuses, and it answers the accuser (a named
        # denier may accuse too: "New Delhi a qualifié ces accusations d'absurdes, démentant ...")
        sources, targets = [accusation.target], [accusation.source]
    if etype == "REJECT" and sources and not any(t.country and t.country != sources[0].country for t in targets):
        # (the party model, which reads the sentence only, cannot see the act answered; nor is
        # one's own side what a refusal answers: "Les FSR ont démenti toute implication, accusant
        # l'armée soudanaise ..." answers Chad, who accused them)
        answered = _answered(events, sources[0])
        targets, inferred = answered or targets, inferred or bool(answered)
    if etype == "CONCEDE" and trig.lemma == "accepter" and sources and not any(t.country for t in targets):
        # "Paris a accepté de retirer ses soldats", after Dakar asked it to: conceded to who
        # asked (not to the soldiers withdrawn)
        answered = _answered(events, sources[0])
        targets, inferred = answered or targets, inferred or bool(answered)
    if etype == "REQUEST" and trig.pos == "noun" and sources and not targets and _case(tok) in ON_REQUEST:
        # "le Conseil tiendra une session à la demande de la Russie": asked of who acts on it
        targets = [a for a in _subject(tok, actors) if a not in sources]
    if received and targets and not sources:
        # "L'Espagne a indiqué avoir reçu une demande officielle d'aide": who received it is the
        # target; who sent it, unnamed, is the article's other country (the party model had
        # turned the receiver into the sender)
        other = _other_country(targets[0].country, actors) if targets[0].country else None
        sources = _as_sentence_names([state_actor(load_gazetteer(), other)], sent, actors) if other else []
        inferred = inferred or bool(sources)
    if etype == "CONSULT" and trig.pos == "noun" and targets and not sources and not received \
            and (tok.dep_ in {"nsubj", "nsubj:pass"} or _case(tok) == "quant"):
        # "Les échanges avec le ministre burkinabè ont permis d'aborder ...", after "X a tenu des
        # entretiens avec plusieurs ministres africains": one of the host's meetings, a series a
        # communiqué tells one counterpart a paragraph: the meeting the subject of its clause,
        # or its topic ("Quant aux entretiens avec X, ils ..."), not a meeting one had ("Nous
        # venons d'avoir un entretien avec le Premier ministre") or that dates what the clause
        # says ("a indiqué la commissaire, après une audience avec le président")
        own = {a.country for a in targets}
        sources = next(([e.source] for e in reversed(events) if e.type == "CONSULT" and e.source is not None
                        and e.source.country and e.source.country not in own), [])
        inferred = inferred or bool(sources)
    if etype in VERBAL and sources and not targets and _names_an_earlier_act(tok, lex):
        # (words named again, "ces propos", are the last words said: not a strike reported between)
        targets = _earlier_party(events, sources, sent, actors, VERBAL if _names_words_again(tok, lex) else None)
    elif etype in VERBAL and sources and not targets and (named := _act_of_its_type(tok, lex)) is not None:
        # "ont condamné l'attaque" after "un attentat revendiqué par les Shebab": who did the
        # last act of that type the article reported
        targets = _earlier_party(events, sources, sent, actors, named)
        # (the party model, which reads the sentence only, cannot see that earlier act either)
        inferred = inferred or bool(targets)
    # (co-subjects who condemn a use of force condemn whoever used it, not each other: "l'Union
    # européenne, Londres et Paris dénoncent une attaque « barbare »" after Russia's bombing)
    condemned_force = etype == "ACCUSE" and trig.pos == "verb" and any(
        c.dep_ == "obj" and _force_noun(c, lex) for c in tok.children)
    if condemned_force and len(sources) >= 2 and not targets:
        targets = _earlier_party(events, sources, sent, actors, "ASSAULT")
        inferred = inferred or bool(targets)
    # (co-subjects who send aid to no one named send it where the article's aid went, not to each
    # other: "La Chine et l'Inde ont envoyé des équipes de sauvetage" after aid to Myanmar)
    joint_aid = etype == "AID" and len(sources) >= 2 and not any(t.country for t in targets)
    if joint_aid:  # (a target of no country is what they send: "ont dépêché des secouristes")
        targets = _earlier_party(events, sources, sent, actors, "AID", "target")
        inferred = inferred or bool(targets)
    if agentless and etype == "COERCE":
        sources = _territorial_authorities(targets, sent, actors, tok)
        agentless = not sources
    if trig.partnered and len({a.country for a in sources if a.country}) < 2:
        # "L'Union africaine a adopté une déclaration condamnant le coup d'État au Niger": a text
        # one body adopts is an agreement only with a partner it names ("avec", "entre")
        targets = [t for t in targets if t in _partners_named(tok, actors)]
        if sources and not targets and not _is_passive(tok):
            # (and no partner guessed for the body that adopts it either: not the article's other
            # party, nor the party of another act of its sentence -- "le Parlement irakien a
            # adopté une résolution réclamant l'expulsion des troupes de la coalition" agrees
            # with no one; a text "adoptée à l'issue des entretiens entre X et Y" is theirs)
            return Reading(etype, trig, [], NO_PARTNER, sources, inferred)
    if etype == "REQUEST" and targets and all(_civilians(t) for t in targets) and _own_people_addressed(tok):
        # "Les États-Unis ont exhorté leurs ressortissants à quitter le Liban": a state's word to
        # its own people, no act between two parties
        return Reading(etype, trig, [], OWN_PEOPLE, sources, inferred)
    if etype == "CONSULT" and targets and all(_civilians(t) for t in targets):
        # "Le Maroc a accueilli des réfugiés syriens", "a reçu des étudiants guinéens": people
        # hosted, not met (no training event has a civilian group as a party to a meeting)
        return Reading(etype, trig, [], HOSTED, sources, inferred)
    if etype == "ASSAULT" and any(_in_a_crowd(a, lex) for a in sources):
        # a crowd's force is a riot (_as_riot), whoever the party model then names its source
        # ("Des manifestants ont pris d'assaut l'ambassade": the protesters of the place)
        etype = "PROTEST"
    if trig.mutual and not any(t.country for t in targets) and len({a.country for a in sources}) == 2 \
            and None not in {a.country for a in sources}:
        # "l'armée israélienne et le Hezbollah ont échangé des tirs", "ont procédé à un échange
        # de prisonniers": each on the other (the prisoners, of no country, are no third party)
        targets = [a for a in sources if a.country != sources[0].country][:1]
        pairs = [(sources[0], targets[0]), (targets[0], sources[0])]
    else:
        # (co-subjects who warn, accuse, ask or refuse with no one named do it side by side, not
        # to each other -- "Le Mali et le Burkina Faso ont averti qu'une intervention au Niger
        # serait une déclaration de guerre"; the training gold pairs no two co-subjects so --
        # unless the verb says it: "se sont accusés mutuellement")
        side_by_side = etype in SIDE_BY_SIDE and not _reciprocal(tok)
        pairs = _dyads(sources, targets, etype, actors, agentless=agentless, sent=sent,
                       mutually=not (condemned_force or joint_aid or side_by_side))
    return Reading(etype, trig, pairs, None if pairs else "no_parties", sources, inferred)


def _partners_named(tok: Token, actors: ArticleActors) -> list[Actor]:
    """Who an act is done with by name: after "avec" or "entre" on the verb or on its object
    ("a adopté avec l'UE un plan", "a validé une feuille de route avec Madrid")."""
    phrases = [c for c in tok.children if _case(c) in {"avec", "entre"}]
    phrases += [g for c in tok.children if c.dep_ == "obj" for g in c.children if _case(g) in {"avec", "entre"}]
    return [a for p in phrases for a in _actors_of(p, actors)]


HOSTED = "hosted"   # the rules' verdict on a meeting with civilians only: no act, whatever the model
OWN_PEOPLE = "own people"   # their verdict on a request to the requester's own people: none either


def _own_people_addressed(tok: Token) -> bool:
    """Whether a verb's object or "à" complement is its subject's own people: a possessive
    determiner on it ("ses ressortissants", "à leurs citoyens")."""
    return any((c.dep_ in {"obj", "iobj"} or (c.dep_.startswith("obl") and _case(c) in {"a", "au", "aux"}))
               and any(g.dep_ == "det" and fold(g.text) in POSSESSIVES for g in c.children)
               for c in tok.children)


def _civilians(a: Actor) -> bool:
    """A group of civilians (roles.yaml's CIV groups: refugees, students, nationals, ...)."""
    return a.kind == "group" and a.sector == "CIV"


def _commit(c: _Coding, sent: Span, si: int, tok: Token, reading: Reading, speaker: Actor | None,
            rechoose: bool = True) -> None:
    """Code a reading's events, one per (type, source, target) in the sentence, a meeting
    between the same two parties once in the article. A reading of one pair has its sides
    picked again by the party model (lists of parties -- one event each -- are the rules'),
    unless ``rechoose`` is False (sides guessed by ``_fallback_pair``) or the rules inferred
    the pair in a way the model cannot see (``Reading.inferred``)."""
    etype = reading.etype
    pairs = reading.pairs
    if c.parties is not None and len(pairs) == 1 and rechoose and not reading.inferred:
        prev = c.sents[si - 1] if si > 0 else None
        cands = party_candidates(tok, sent, prev, c.actors, pairs[0])
        pairs = [c.parties.choose(tok, etype, cands, pairs[0], c.actors.home,
                                  None if speaker is _NOT_LOOKED_FOR else speaker, etype in SYMMETRIC,
                                  c.actors.other_than_guessed)]
    for src, tgt in _without_stray_parties(pairs):
        if src is not None and tgt is not None and src.country and src.country == tgt.country:
            continue  # domestic, as _dyads has it: the party and name models may have made it so
        key = _key(si, etype, src, tgt)
        if key in c.seen:
            continue
        if etype == "CONSULT":
            pair = frozenset({_akey(src), _akey(tgt)})
            if pair in c.met:
                continue
            c.met.add(pair)
        c.seen.add(key)
        c.events.append(_event(c.doc, sent, si, tok, reading.trig, etype, src, tgt, c.article, c.actors, c.clause_cues))


def _without_stray_parties(pairs: list[tuple[Actor | None, Actor | None]]) -> list[tuple[Actor | None, Actor | None]]:
    """A reading's pairs less those whose one side has no country while another pair of the same
    other side has one there: "a demandé à la France de retirer ses soldats" asks France, not
    also "soldats" of no country (the embedded act's object); "a appelé le Conseil de sécurité
    à condamner cette attaque terroriste" calls on the Council, not on "terroriste". In the
    training folds such pairs were never a gold event."""
    if len(pairs) < 2:
        return pairs

    def stray(k: int, side: int) -> bool:
        mine = pairs[k][side]
        if mine is not None and mine.country:
            return False
        other = _side(pairs[k][1 - side])
        return any(j != k and _side(q[1 - side]) == other and q[side] is not None and q[side].country
                   for j, q in enumerate(pairs))

    return [pair for k, pair in enumerate(pairs) if not (stray(k, 0) or stray(k, 1))]


# --- the act model ----------------------------------------------------------------------------

# A candidate the rules read whole -- its conditions hold, no filter refused it, and they found
# its parties -- is accepted CODED_MARGIN under the model's threshold: its parties are the
# rules' own, not a guess. CV (5 folds): event F1 0.692 -> 0.697, dyad 0.533 -> 0.538, actor
# 0.349 -> 0.350, up or equal in every fold for event and dyad; 0.1 gave 0.698 / 0.534 / 0.348.
# Re-swept on the models of 2026-12-05 (event / dyad, fixed draw, by story, four draws): 0.05
# 0.7296 / 0.5717, 0.7116 / 0.5641, 0.7101 / 0.5537; 0.1 0.7308 / 0.5729, 0.7156 / 0.5654,
# 0.7117 / 0.5545; 0.15 0.7306 / 0.5722, 0.7161 / 0.5645, 0.7135 / 0.5547.
CODED_MARGIN = 0.1


def _rank(judged: tuple[float, Trigger, Reading]) -> float:
    """How a reading of a word ranks against the word's other readings the model accepts: its
    probability, SPECIFIC_MARGIN more for a specific entry's, as its threshold is that much
    lower ("Washington a rapatrié son personnel diplomatique de Khartoum": the evacuation the
    entry with "personnel" reads, 0.45, not the aid the model makes of "rapatrier" alone, 0.50),
    and CODED_MARGIN less for one no rule read (UNMET)."""
    probability, _, reading = judged
    if reading.reason in UNMET:
        # (one whose conditions fail ranks under its probability: "a livré à la Gambie un opposant
        # recherché" is the hand-over its entry reads, not the aid the model makes of "livrer")
        return probability - CODED_MARGIN
    return probability + (SPECIFIC_MARGIN if _specific(reading) else 0.0)


UNMET = {"conditions", "unlisted"}   # a candidate no rule read: its conditions fail, or no entry lists it


def _specific(reading: Reading) -> bool:
    """Whether the rules read a candidate whole by an entry whose `with:` words stand in its
    phrase, not a weak cue's."""
    return reading.reason is None and bool(reading.trig.with_) and not reading.trig.weak


def _threshold(model: ActModel, reading: Reading) -> float:
    if reading.reason is not None:
        return model.threshold
    return model.threshold - (SPECIFIC_MARGIN if _specific(reading) else CODED_MARGIN)


# A reading by a specific entry -- one whose `with:` words stand in the trigger's phrase, not a
# weak cue ("quitter" with "la CEDEAO", "répondre" with "aux accusations") -- is surer than a
# bare word's: SPECIFIC_MARGIN under the threshold ("Le Burkina Faso a quitté la CEDEAO" had
# been refused at 0.38: "quitter" mostly reports expelled diplomats leaving). CV event / dyad
# (fixed draw, by story, four draws): 0.1 (CODED_MARGIN) 0.7411 / 0.5905, 0.7322 / 0.5876,
# 0.7322 / 0.5772; 0.15 0.7411 / 0.5905, 0.7333 / 0.5883, 0.7333 / 0.5785; 0.2 0.7415 / 0.5912,
# 0.7333 / 0.5883, 0.7337 / 0.5790; 0.3 0.7409 / 0.5907, 0.7333 / 0.5883, 0.7330 / 0.5781.
SPECIFIC_MARGIN = 0.2


def _judge(c: _Coding, sent: Span, si: int, tok: Token, trig: Trigger, held: bool, speaker: Actor | None,
           model: ActModel) -> tuple[float, Trigger, Reading] | None:
    """The act model's probability that a candidate trigger reports a done act, with the
    rules' reading of it; None when modality rules it out (the codebook codes no negated,
    future, conditional, hypothetical or background act: the rules' call, never the model's --
    but a threat, which is said of the future and often in the negative, is the model's)."""
    threat = trig.type == "THREATEN"
    probed = None
    if not held and not threat and isinstance(model, ActModel) \
            and _out_of_reach(c, sent, si, tok, trig.type, _unmet(trig), model, trig.mode):
        # most candidates whose conditions fail stay under the threshold whatever the rules
        # read: weighed first, before the filters and the modality climb, which would all
        # refuse them too (each refusal below is a None for such a candidate; a threat's
        # modality is the model's, so it goes the whole way)
        return None
    if _asked_for(tok, trig, c.lex) or _generic(tok, trig, c.lex) or _thanked_for(tok, trig, c.lex) \
            or _none_of_it(tok, trig) or _learned_object_of_its_verb(tok, trig, c.lex) or _qualifies_its_verb(tok, trig, c.lex) \
            or _ended_by_its_verb(tok, trig, c.lex) or _talked_about(tok, trig, c.lex) \
            or _text_described(tok, trig, c.lex) or _counts_people(tok, c.actors, c.lex) \
            or (trig.type == "ACCUSE" and _a_claim(tok, c.lex) and claims_what_may_come(tok, c.lex)) \
            or (trig.type in {"ACCUSE", "SUPPORT"} and _a_claim(tok, c.lex) and _claims_own_act(tok)):
        # (a claim of one's own act, "l'armée a soutenu avoir repoussé l'attaque", is neither an
        # accusation nor support: the infinitive's act is what it reports)
        return None
    if trig.pos == "noun" and _dated_by_its_participle(c, tok, trig.type):
        return None
    if held:
        reading = _read(c, sent, tok, trig, speaker)
    elif (is_negated(tok, c.lex) and not threat) or _named_again(tok, c.actors):
        return None
    else:
        why = c.blocked(tok, will_counts=trig.type == "COOPERATE")
        if why:
            reading = Reading(trig.type, trig, [], _modal_reason(why))
        else:
            # what the rules would make of it had its conditions held -- its parties, or why
            # they would not code it -- tells the model what the bare "conditions" does not
            # (CV event F1 0.687 -> 0.692, dyad 0.528 -> 0.533)
            unmet = _unmet(trig)
            if trig.pos == "verb" and _supports_another_act(tok, trig.type, c.lex):
                return None
            if isinstance(model, ActModel) and _out_of_reach(c, sent, si, tok, trig.type, unmet, model, trig.mode):
                return None
            probe = _read(c, sent, tok, trig, speaker)
            if unmet == "unlisted" and probe.reason == "governed" and trig.type in lexicon_types(tok.head, c.lex):
                # "un don de 20 millions de dollars": a word the model learned for an act, inside
                # the phrase of a word the lexicon lists for that act, is that act's amount
                return None
            if unmet == "unlisted" and trig.pos == "noun" and _orders_an_act(tok, c.lex):
                # "ont reçu l'instruction de geler les opérations": the act ordered is the
                # infinitive's; the learned noun is the order (AID, from "a donné ses instructions
                # pour le déploiement d'un hôpital")
                return None
            reading = Reading(trig.type, trig, probe.pairs, unmet, probe=probe)
            probed = probe.reason or "coded"
    if threat and reading.reason in FUTURE_OF_A_THREAT:
        # "la France répliquera", "ce crime ne restera pas impuni": a threat is said of the
        # future, often in the negative; the model judges that tense, the rules find its parties
        reading = _read(c, sent, tok, trig, speaker, learned=True)
        reading.reason = reading.reason or "threat_tense"
    # what a participle describing a noun governs ("trois ressortissants soupçonnés de financer
    # le terrorisme") is said of the noun, not done: the rules' call too (CV event 0.721 -> 0.721,
    # dyad 0.555 -> 0.561; by story 0.700 -> 0.697, 0.554 -> 0.549: even, and the model had coded
    # that funding an AID at 0.70)
    if reading.reason in MODALITY or (not threat and _verb_not_done(c, tok, trig.type)) or (not held and _asks(sent)) \
            or "describes" in (reading.reason, probed) or {HOSTED, OWN_PEOPLE} & {reading.reason, probed} \
            or ("reported" in (reading.reason, probed) and _asked(tok, c.lex)) \
            or ("reported" in (reading.reason, probed) and _describes_a_noun(tok, reading.etype, c.lex)):
        # (the last: what a participle describing a noun reports, "le vice-président, accusé de
        # soutenir une milice", is said of him, whichever the rules found first)
        return None
    if not isinstance(model, ActModel):  # a recorder of training data: every feature, by name
        features = candidate_features(tok, reading.etype, reading.reason, reading.pairs, sent, si, c.lex,
                                      _sentence_context(c, sent, si), probed, reading.trig.mode)
        return model.probability(features, sentence=si), trig, reading
    return logistic(_act_score(c, sent, si, tok, reading.etype, reading.reason, reading.pairs, probed, model,
                               reading.trig.mode)), trig, reading


def _unmet(trig: Trigger) -> str:
    """Why the rules did not read a candidate: its entry's conditions fail, or no entry lists
    its word (one the act model learned)."""
    return "unlisted" if trig.mode == "learned" else "conditions"


def _orders_an_act(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun governs an infinitive after "de" that the lexicon lists for an act
    ("l'instruction de geler", "la consigne d'expulser"); read by position, the parser hanging
    the infinitive on the noun's verb as often."""
    doc = noun.doc
    if noun.i + 2 >= sentence_of(noun).end or fold(doc[noun.i + 1].text) not in {"de", "d'"}:
        return False
    verb = doc[noun.i + 2]
    return verb.pos == VERB and "Inf" in morph(verb, "VerbForm") and bool(lexicon_types(verb, lex))


# what a meeting or an agreement is about ("sur l'Ukraine"), or what a joint act is against
# ("des opérations conjointes contre Boko Haram"): no party of it
TOPIC_CASES = {"sur", "concernant", "contre"}


def _without_topic(obj: Token, etype: str, actors: ArticleActors) -> list[Actor]:
    """The actors an object names, less the topic of a meeting or an agreement: "ont tenu une
    réunion à Genève sur l'Ukraine" is not held with Ukraine (an attack "sur Gaza" is on it),
    "ont mené des opérations conjointes contre Boko Haram" not with Boko Haram."""
    named = _actors_of(obj, actors)
    if etype not in SYMMETRIC or obj.pos != NOUN:
        return named
    topic = _topic(obj, actors)
    return [a for a in named if a not in topic]


def _conveyed(tok: Token, trig: Trigger, actors: ArticleActors, lex: Lexicon) -> tuple[list[Actor], list[Actor]] | None:
    """Whose thanks, wishes or condolences a conveying verb passes on, and to whom: "Le ministre a
    transmis les remerciements de SM le Roi Mohammed VI au Roi Felipe VI" -> ([Mohammed VI],
    [Felipe VI]), read from the verb or from the noun; None when the feeling is the subject's
    own ("a transmis ses condoléances"). The parser hangs "le Roi" of "de SM le Roi" on the
    noun with no preposition: a phrase with none right after a style's ("SM", "Sa Majesté") is
    the style's bearer."""
    if trig.pos == "verb":
        verb = tok
        feeling = next((c for c in tok.children if c.dep_ == "obj" and fold(c.lemma_) in trig.with_), None)
    else:
        verb, feeling = tok.head, tok if tok.dep_ == "obj" else None
    if feeling is None or fold(verb.lemma_) not in lex.conveying_verbs:
        return None
    owners: list[Actor] = []
    addressees: list[Actor] = []
    styled = None   # where a style's phrase went ("de SM", "à SM"): the name hung apart after it goes there too
    for c in feeling.children:
        if c.dep_ != "nmod":
            continue
        case = _case(c)
        role = styled if case == "" else owners if case in OF_WORDS else addressees if case in TO_WORDS else None
        style = fold(c.text) in STYLES
        if role is not None and (style or actors.at(c.i) is not None):   # (a name it heads: not "de félicitations à X")
            role += [a for a in _actors_of(c, actors) if a not in role]
        styled = role if style else None
    if not owners:
        return None
    # (or on the verb, or hung on the owner's name: "de SM le Roi X au Roi Y", "au" under "Roi")
    addressees += [a for c in [*verb.children, *feeling.subtree] if c.dep_ in {"obl:arg", "obl:mod", "iobj", "nmod"}
                   and c.head.i != feeling.i and _case(c) in TO_WORDS and actors.at(c.i) is not None
                   for a in _actors_of(c, actors) if a not in addressees]
    return owners, [a for a in addressees if a not in owners]


def _sent_to(phrases: Iterable[Token], senders: list[Actor], actors: ArticleActors) -> list[Actor]:
    """The states of the places after "à", "au", "aux" or "en" among ``phrases`` (the verb's or
    the noun's) where an envoy is sent: of another country than the senders'."""
    own = {a.country for a in senders}
    return [a for t in phrases if _case(t) in TO_WORDS and (m := actors.at(t.i)) is not None and m.place_only
            for a in m.actors if a.country and a.country not in own]


def _body_left(verb: Token, actors: ArticleActors) -> list[Actor]:
    """The international organisation a passive verb says a member is put out of ("suspendu de
    l'Union africaine", "exclu des organes de décision de la Cédéao"): the one that did it."""
    return next(([a] for c in verb.children if c.dep_.startswith("obl") and _case(c) in OF_WORDS
                 for t in _own_subtree(c) if (m := actors.at(t.i)) is not None and not m.place_only
                 for a in m.actors if a.country == "IGO"), [])


def _mediated_parties(noun: Token, mediators: list[Actor], actors: ArticleActors) -> list[Actor]:
    """The parties of the act a mediation brought about: the subjects of the verb its phrase
    hangs on ("après une médiation du Qatar, le Hamas a libéré deux otages": Qatar consulted
    Hamas; "grâce à la médiation algérienne, le Mali et les rebelles ont signé un accord": both)."""
    verb = _verb_above(noun)
    if verb is None:
        return []
    return [a for a in _subject(verb, actors) if a not in mediators and a.country not in {m.country for m in mediators}]


# acts that judge what others did: praising or condemning a meeting or an agreement is aimed at
# all who took part in it
JUDGED_MEETING_TYPES = {"SUPPORT", "ACCUSE"}


def _meeting_parties(noun: Token, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """Everyone a meeting or an agreement names as taking part, when a verb judges it: "a salué
    la rencontre des ministres de l'Érythrée et de la Somalie avec le chef de la diplomatie
    djiboutienne" praises all three (the phrase's nearest name alone had left out the ones
    before "avec" or after it). Empty when the noun is no meeting or agreement, or names fewer
    than two parties: the phrase's own names then do."""
    if noun.pos != NOUN:
        return []
    entry = _usual_reading(noun, lex)
    if entry is None or entry.type not in SYMMETRIC:
        return []
    topic = _topic(noun, actors)
    # (the parser may hang "avec" on the "de" complement: "la rencontre des ministres ... avec")
    parts = [c for c in noun.children if _case(c) in OF_WORDS | {"avec", "entre"}]
    parts += [g for c in parts if _case(c) in OF_WORDS for g in c.children if _case(g) == "avec"]
    found: list[Actor] = []
    for c in parts:
        if not _located(c) and not _near_place(c):
            found.extend(a for a in _actors_of(c, actors) if a not in found and a not in topic)
    return found if len({a.country or a.name for a in found}) >= 2 else []


def _topic(phrase: Token, actors: ArticleActors) -> list[Actor]:
    """The actors named in a topic inside a phrase (`_introduces_topic`): what it is about or
    against; or what it founds ("la Charte du Liptako-Gourma instituant l'Alliance des Etats
    du Sahel": signed by the three states, not with the alliance it creates)."""
    lex = load_lexicon()
    return [a for t in phrase.subtree if t.i != phrase.i and _introduces_topic(t, lex) for a in _actors_of(t, actors)]


def _introduces_topic(t: Token, lex: Lexicon) -> bool:
    """Whether the phrase a word heads is a topic: after "sur", "concernant" or "contre", after
    "au sujet de" or "à propos de" (the parser makes "sujet" the noun and the rest its
    complement), the object of "concernant" as a participle, or what is founded."""
    if _case(t) in TOPIC_CASES or (fold(t.lemma_) in lex.topic_nouns and _case(t) in {"au", "a"}):
        return True
    return t.dep_ == "obj" and t.head.dep_ == "acl" and fold(t.head.lemma_) in lex.founding_verbs | lex.topic_verbs


GIVEN_TO = {"SUPPORT", "AID"}   # acts whose "à" complement is who receives them


def _capital_given_to(tok: Token, actors: ArticleActors) -> list[Actor]:
    """The government a capital after "à" names where support or aid goes to it: "a apporté son
    soutien à Kiev", "une aide à Kaboul" (resolved as a place, where one meets or signs: "à
    Rabat"). Looked for below the trigger and its object noun; named as written."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "obj")]
    for c in (g for h in heads for g in h.children):
        government = _government_after_a(c, actors)
        if government is not None:
            return [government]
    return []


def _region_given_to(tok: Token) -> list[Actor]:
    """The state of a region aid or support goes to, named as written: "a fourni du carburant à
    la bande de Gaza", "des médicaments vers Gaza" (countries.yaml's ``regions``, which no actor
    mention stands for). Looked for below the trigger and its object noun."""
    gaz, doc = load_gazetteer(), tok.doc
    # (the object of "a fourni du carburant", read as a partitive "de" phrase, is an obl:arg)
    heads = [tok, *(c for c in tok.children if c.dep_ in ("obj", "obl:arg"))]
    for c in (g for h in heads for g in h.children if g.dep_.startswith(("obl", "nmod"))):
        if _case(c) not in DESTINATION_CASES | {"pour"}:
            continue
        span = range(c.left_edge.i, c.right_edge.i + 1)
        words = [fold(doc[k].text) for k in span]
        for k in range(len(words)):
            region = gaz.region_at(words, k)
            if region:
                code, n = region
                return [Actor(doc[min(c.i, span[k]):span[k] + n].text, code, "GOV", "country")]
    return []


# acts whose verb names who it is addressed to after "à" ("a reproché à Kinshasa de ...")
ADDRESSED_TYPES = {"ACCUSE", "REQUEST"}


def _own_delegation(c: Token, actors: ArticleActors, lex: Lexicon) -> bool:
    """Whether an "avec" phrase is the subject's own company, not a counterpart: "une
    délégation", "sa délégation" with no country of its own ("avec une délégation kazakhe" is
    one)."""
    indefinite_or_own = any(d.dep_ in {"det", "nmod:poss"} and fold(d.text) in {"une", "sa", "son", "leur"}
                            for d in c.children)
    national = any((m := actors.at(g.i)) is not None and m.adjective for g in c.children if g.dep_ == "amod")
    return fold(c.lemma_) in lex.own_company_nouns and indefinite_or_own and not national


def _infinitive_arguments(willed: Token, will: Trigger, etype: str, actors: ArticleActors, lex: Lexicon,
                          speaker: Actor | None) -> tuple[list[Actor], list[Actor]]:
    """The parties of the infinitive a will word governs ("sa disponibilité à aider le Sénégal"),
    read as that verb's own with the will's entry."""
    return _arguments(willed, replace(will, lemma=fold(willed.lemma_), pos="verb", willing=frozenset()),
                      etype, actors, lex, speaker)


def _capital_addressed(c: Token, etype: str, actors: ArticleActors) -> Actor | None:
    """A verb's argument "à <capital>" of an act addressed to someone: the government. The
    parser may call it an adjunct where it stands between the verb and its object ("Paris a
    réclamé à Téhéran la libération de ...": where a request is made stands after it)."""
    if etype not in ADDRESSED_TYPES:
        return None
    between = c.dep_ == "obl:mod" and c.head.i < c.i and any(o.dep_ == "obj" and o.i > c.i for o in c.head.children) \
        and not any(t.is_punct for t in c.doc[c.head.i + 1:c.i])
    return _government_after_a(c, actors) if c.dep_ == "obl:arg" or between else None


def _government_after_a(c: Token, actors: ArticleActors) -> Actor | None:
    """The government a capital after "à" stands for, where the phrase is who an act is
    addressed or given to ("a reproché à Kinshasa de collaborer avec les FDLR": Kinshasa, which
    a place after "à" reads as where something happened)."""
    m = actors.at(c.i)
    if _case(c) in {"a", "au", "aux"} and m is not None and m.place_only and m.start == c.i \
            and m.actors and m.actors[0].country not in (None, "IGO"):
        return Actor(c.doc[m.start:m.end].text, m.actors[0].country, "GOV", "country")
    return None


def _visited(noun: Token, c: Token, etype: str, actors: ArticleActors) -> list[Actor]:
    """The country a visit goes to, named by its capital: "lors d'une visite à Riyad" is a
    visit to Saudi Arabia, whatever other country the sentence names (a meeting "à Genève" is
    not with Switzerland: visits only)."""
    m = actors.at(c.i)
    if etype != "CONSULT" or fold(noun.lemma_) not in VISIT_WORDS or m is None or not m.place_only:
        return []
    # (named as the sentence names its host, if it does: "le président Erdoğan")
    return [_named_in_sentence(a.country, sentence_of(noun), actors) or a for a in m.actors if a.country and a.country != "IGO"]


def _where_relative(noun: Token) -> Token | None:
    """The place a relative "où" stands for, when a noun is a complement of its clause's verb
    ("à Rabat, où elle se trouvait en visite": Rabat, the word before the comma -- the parser
    may hang the clause on the main verb rather than on the place)."""
    verb = noun.head
    where = next((c for c in verb.children if fold(c.text) == "ou" and c.dep_ != "cc" and c.i < noun.i), None)
    if where is None or where.i < 2:
        return None
    before = noun.doc[where.i - 1]
    return noun.doc[where.i - 2] if before.text == "," else before


def _supports_another_act(tok: Token, etype: str, lex: Lexicon) -> bool:
    """Whether a verb whose own conditions fail is only the support of its object, a noun the
    lexicon lists for other acts: "a lancé un appel à la communauté internationale" is a request,
    not the attack "lancer" is when it launches strikes (the act model had coded it at 0.56)."""
    if not _supports(tok, lex) and fold(tok.lemma_) not in lex.answering_verbs:
        return False
    if fold(tok.lemma_) in lex.answering_verbs and any(
            _answer_done(c) and (m := match_trigger(c, lex)) is not None and m.type not in {"NONE", etype}
            for c in tok.children):
        # "a riposté en relevant ses droits de douane": the answer is what the gerund does
        return True
    for child in tok.children:
        if (_plural_object(child) or _answered_with(child, lex)) and child.pos == NOUN:
            entries = [t for form in _lemmas(child) for t in lex.nouns.get(form, ())]
            if any(t.type == etype for t in entries):
                return False
            # an unconditional entry, or one whose conditions hold here ("opération" is a joint
            # operation only when "conjointe": a bare one launched may be the attack)
            # ("lancer des manœuvres militaires": a weak cue whose conditions hold is one too)
            return any(not t.with_ and not t.after and not t.willing for t in entries) \
                or match_trigger(child, lex) is not None \
                or any(t.weak and _conditions_hold(child, t, []) for t in entries)
    return False


def _learned_object_of_its_verb(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Whether a noun the act model learned (no lexicon entry) is what a verb the lexicon lists
    for the same act does ("de livrer davantage de systèmes de défense": the delivery is the
    verb's, to be coded or refused there -- here asked, not done)."""
    if trig.mode != "learned" or trig.pos != "noun" or tok.head == tok:
        return False
    head = tok.head
    while head.pos == ADV and head.head != head:  # "davantage de systèmes", "plus de vivres"
        head = head.head
    return head.pos == VERB and trig.type in lexicon_types(head, lex)


def _ended_by_its_verb(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Whether talks or cooperation a noun names are what a sanction verb ends or freezes ("a
    gelé ses contacts avec l'ambassade", "a suspendu les discussions"): ended, not held (the
    rules call it governed; the act model had still coded a meeting beside the sanction)."""
    if trig.pos != "noun" or trig.type not in SYMMETRIC or tok.dep_ not in {"obj", "nsubj:pass"} \
            or tok.head.pos_ not in {"VERB", "ADJ"}:  # (the tagger may call "gelé" an adjective)
        return False
    frame = match_trigger(tok.head, lex)
    return frame is not None and frame.type == "SANCTION"


def _qualifies_its_verb(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Whether an act noun after "comme" is what a verb of the same act calls its object ("ce
    que Bagdad a dénoncé comme une violation de sa souveraineté", "a condamné comme un acte
    terroriste"): the verb's act, no other -- the act model had coded the violation between the
    sentence's other parties -- and so is what that noun's phrase holds ("souveraineté", a word
    the model learned for accusations)."""
    if trig.pos != "noun":
        return False
    noun = tok
    for _ in range(2):
        if _case(noun) == "comme" or noun.dep_ != "nmod" or noun.head.pos != NOUN:
            break
        noun = noun.head
    if _case(noun) != "comme" or noun.head == noun or noun.head.pos != VERB:
        return False
    return trig.type in lexicon_types(noun.head, lex)


def _thanked_for(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Whether an act noun is what a thanks or a praise is for ("a remercié l'Arabie saoudite
    pour son soutien", "a félicité le Qatar pour son aide"): the reason of the SUPPORT coded on
    its verb, no act of its own (the training gold codes the thanks alone). A praise is for the
    praised one's own act ("son aide"; "a félicité le Maroc pour la signature de l'accord" may
    report the signing); thanks are for any act, after "pour" or "de" ("a remercié l'Algérie
    pour l'aide envoyée aux réfugiés", "sa gratitude à l'Espagne pour l'envoi de secouristes":
    modality.yaml's thanking_words), and so is a participle describing it ("envoyée")."""
    noun = tok.head if trig.pos == "verb" and tok.dep_ == "acl" and tok.head.pos == NOUN else tok
    if (trig.pos != "noun" and noun is tok) or noun.head == noun or _case(noun) not in {"pour", "de", "d'"}:
        return False
    head = noun.head
    if fold(head.lemma_) in lex.thanking_words or any(c.dep_ == "obj" and fold(c.lemma_) in lex.thanking_words
                                                     for c in head.children):
        return True
    thanks = match_trigger(head, lex)
    return noun is tok and _case(tok) == "pour" and _possessed(tok) \
        and thanks is not None and thanks.type == "SUPPORT" and thanks.pos == "verb"


def _possessed(tok: Token) -> bool:
    """Whether a noun opens with a possessive ("son soutien", "leur retrait")."""
    return any(c.dep_ in {"det", "nmod:poss"} and fold(c.text) in OWN for c in tok.children)


def _generic(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Whether an act noun names any act of its kind ("toute attaque contre l'un des membres",
    "chaque violation"): no act that took place (modality.yaml, generic_determiners); nor does
    a participle that qualifies such a noun ("contre toute attaque visant Israël": the act
    model had coded "visant" an attack at 0.82)."""
    if trig.pos == "noun":
        return _any_of_its_kind(tok, lex)
    return tok.dep_ == "acl" and tok.head.pos == NOUN and _any_of_its_kind(tok.head, lex)


def _relative_of_its_subject(verb: Token) -> bool:
    """Whether a verb is a relative clause whose subject is its "qui": "en réponse aux critiques
    de l'Algérie, qui soutient les indépendantistes": the antecedent the rules find acts, not
    the main clause's subject the party model's paths lead to."""
    return verb.dep_ == "acl:relcl" and any(c.dep_ == "nsubj" and fold(c.text) == "qui" for c in verb.children)


def _none_of_it(tok: Token, trig: Trigger) -> bool:
    """Whether an act noun is denied by its determiner ("qu'il n'y ait plus aucune menace pour
    Israël"): no act, a threat included (whose negation the model otherwise weighs: "ne restera
    pas impuni" threatens)."""
    return trig.pos == "noun" and denied(tok)


def _withdrawn_from(noun: Token, actors: ArticleActors) -> list[Actor]:
    """The state a withdrawal leaves, named inside the forces' own phrase: "le retrait des
    soldats français du Mali" (one mention, France's soldiers, with Mali after their "du")."""
    for c in noun.children:
        if _case(c) in OF_WORDS and actors.at(c.i) is None:
            # "le retrait des troupes américaines de Syrie": the phrase names its nation by an
            # adjective, the state left after "de" hung on it
            left = [g for t in c.subtree if _stationed_in(t, actors) and actors.at(t.i) is not None
                    for g in actors.at(t.i).actors if g.kind == "country"]
            if left:
                return left[:1]
        m = actors.at(c.i) if _case(c) in OF_WORDS else None
        if m is None or len(m.actors) != 1 or m.actors[0].kind not in {"group", "role", "body"}:
            continue
        own = m.actors[0].country
        for place in actors.places:
            if m.start < place.start < m.end and place.place.kind == "country" and place.place.code != own \
                    and fold(c.doc[place.start - 1].text) in OF_WORDS:
                return [state_actor(load_gazetteer(), place.place.code)]
    return []


def _what_is_asked(phrase: Token, actors: ArticleActors) -> list[Actor] | None:
    """For a "de" complement that names no one at its head and hangs a phrase after "à" or
    "auprès de" ("une demande d'adhésion à la CEDEAO"): the actors of that phrase, to whom the
    thing named goes. None for any other complement ("la demande du Mali", "la demande d'aide
    du Mali": the requester)."""
    if phrase.pos != NOUN or actors.at(phrase.i) is not None:
        return None
    to = [g for g in phrase.children if g.dep_ == "nmod" and _case(g) in ADDRESSEE_CASES]
    return [a for g in to for a in _actors_of(g, actors)] if to else None


def _any_of_its_kind(phrase: Token, lex: Lexicon) -> bool:
    """Whether a phrase is about any act of its kind ("toute attaque", "chaque violation"; a
    verb's complement "contre toute ingérence dans les affaires de Taïwan" names no one the act
    is done to: Taiwan had been a second target of the warning)."""
    return any(c.dep_ == "det" and fold(c.text) in lex.generic_determiners for c in phrase.children)


def _a_claim(tok: Token, lex: Lexicon) -> bool:
    """Whether the word is one the lexicon reads as an allegation ("soutenir que", "affirmer que")."""
    return any(t.allegation for form in _lemmas(tok) for t in lex.verbs.get(form, ()))


def _sentence_context(c: _Coding, sent: Span, si: int) -> SentenceContext:
    if si not in c.contexts:
        c.contexts[si] = sentence_context(sent, c.lex)
    return c.contexts[si]


def _act_score(c: _Coding, sent: Span, si: int, tok: Token, etype: str, reason: str | None, pairs: list,
               probe: str | None, model: ActModel, mode: str | None = None) -> float:
    """The act model's score of a candidate (``ActModel.score`` of its ``candidate_features``),
    the part its word and sentence give summed once a (word, type): a word is weighed unread
    (``_out_of_reach``), then with its probe reading, and its sentence's words are most of its
    features."""
    shared = c.word_scores.get((tok.i, etype, mode))
    if shared is None:
        ctx = _sentence_context(c, sent, si)
        words = c.sentence_scores.get((si, etype))
        if words is None:
            # (the weights of sentence_features(etype, ctx), of the names "type=...", "{etype}|w=...")
            words = c.sentence_scores[si, etype] = model.bias + model.weight_prefixed(
                ("", [f"type={etype}"]), (etype, ctx.word_features()))
        known = c.token_features.get(tok.i)  # the word's features are the same whatever the type
        if known is None:
            found = word_features(tok, sent, si, c.lex, ctx)
            known = c.token_features[tok.i] = found, model.weight(found)
        found, alone = known
        shared = c.word_scores[tok.i, etype, mode] = words + alone + model.weight_prefixed((etype, found)) \
            + model.weight(entry_features(etype, mode))
    read = reading_features(reason, pairs, probe)
    return shared + model.weight_prefixed(("", read), (etype, read))   # typed(etype, read)


def _out_of_reach(c: _Coding, sent: Span, si: int, tok: Token, etype: str, unmet: str, model: ActModel,
                  mode: str | None = None) -> bool:
    """Whether a candidate whose conditions fail stays under the model's threshold whatever its
    probe reading finds: its score with no pair and no probe, plus the most a reading can add
    (``ActModel.probe_gain``). Most candidates do, and reading them all -- the rules' whole
    walk for parties -- had made the coding a quarter slower; left unread, they change no
    decision (the same events on the training articles, byte for byte)."""
    t = model.threshold
    return _act_score(c, sent, si, tok, etype, unmet, [], None, model, mode) + model.probe_gain(etype) \
        < math.log(t / (1 - t)) - 1e-9


def _accept(c: _Coding, sent: Span, si: int, tok: Token, trig: Trigger, speaker: Actor | None,
            reading: Reading, probability: float = 1.0) -> None:
    """Code a candidate the model accepted, with the parties the rules find (their construction
    filters lifted when they had refused it), else those of the sentence's other events, else,
    for a symmetric act, the sentence's first two actors of different countries. An act still
    without parties waits for the end of its sentence (``_place_unplaced``)."""
    if trig.undergone and any(e.type == reading.etype for e in _sentence_events(c.events, si)):
        # "L'Algérie a déclaré persona non grata douze agents et leur a donné 48 heures pour
        # quitter le territoire": what they undergo is the act the sentence already coded
        return
    if _content_of_its_act(tok, reading.etype, _sentence_events(c.events, si)):
        return
    refused = reading.reason is not None
    if refused:
        reading = _read_whole(c, sent, tok, trig, speaker, reading.probe)
        if reading.reason == NO_PARTNER:
            return
        if _object_of_another_s_act(tok, reading, _sentence_events(c.events, si)):
            return
    c.accepted[si, reading.etype] = max(probability, c.accepted.get((si, reading.etype), 0.0))
    if refused:
        if not reading.pairs:
            reading.pairs = _neighbours(c, si)
        if not reading.pairs and reading.etype in SYMMETRIC:
            reading.pairs = _two_parties_named(c, sent)
        if not reading.pairs:
            key = (si, reading.etype)
            if key not in c.unplaced or c.unplaced[key][0] < probability:
                c.unplaced[key] = (probability, tok, reading)
            return
    _commit(c, sent, si, tok, reading, speaker)


def _content_of_its_act(tok: Token, etype: str, events: Iterable[Event]) -> bool:
    """Whether a word is the complement of a coded act's verb of the same type: "Le Rwanda est
    accusé par Kinshasa de soutenir le M23": "soutenir", an allegation, is what the accusation
    says, not a second accusation (by Rwanda)."""
    return tok.dep_ in {"xcomp", "ccomp"} and tok.head.i != tok.i \
        and any(e.type == etype and e.trigger_start == tok.head.idx for e in events)


def _object_of_another_s_act(tok: Token, reading: Reading, events: Iterable[Event]) -> bool:
    """Whether a noun the rules refused is the object of a coded act's verb of the same type,
    and read whole gives it other doers than that act's: "Pyongyang a brandi la menace d'une
    riposte si Séoul et Washington ...": the threat brandished is Pyongyang's, the act of
    "brandi", not one between the two it names next (where the doer is the verb's, "a envoyé
    une aide ... à destination de la Syrie, outre une aide ... à destination de la Turquie",
    the noun may name one more recipient). So is a noun inside the object ("a lancé une vague
    de frappes")."""
    if tok.dep_ == "nmod" and tok.head.dep_ == "obj" and tok.head.pos == NOUN:
        tok = tok.head   # "a lancé une série de frappes": the noun inside the object
    if not _partitive_object(tok) or tok.head.i == tok.i:
        return False  # ("a lancé une nouvelle vague de frappes": "de frappes" hung on the verb)
    doers = {_akey(e.source) for e in events if e.type == reading.etype and e.trigger_start == tok.head.idx}
    return bool(doers) and not any(_akey(src) in doers for src, _ in reading.pairs)


def _read_whole(c: _Coding, sent: Span, tok: Token, trig: Trigger, speaker: Actor | None,
                probe: Reading | None) -> Reading:
    """The rules' reading of an accepted candidate, no filter applied (``_read(learned=True)``):
    its probe reading when that one passed every filter as the same act (the same walk for
    parties, already done), else read again."""
    if probe is not None and probe.reason in (None, "no_parties") and probe.trig is trig:
        return probe
    return _read(c, sent, tok, trig, speaker, learned=True)


# A sentence's act of one type is dropped when the act model was much surer of another type
# there: below RIVAL_FLOOR and more than RIVAL_MARGIN under the sentence's surest type. A
# sentence mostly reports one kind of act, and a weaker second type is mostly the same act read
# twice ("a condamné l'attaque": ACCUSE, and "attaque" read as ASSAULT). Simulated on the
# cross-validated predictions, chosen on half the training articles and scored on the other half
# (three random halvings, both ways): event F1 +0.006 on average, better in five of six; then
# measured in cross-validation, with the docs/measurements.md figures. Re-swept 2026-12-04 on
# the models of then (CV event / dyad, random folds; by story): margin 0 0.726 / 0.560 (0.702 /
# 0.551), 0.05 0.724 / 0.560 (0.703 / 0.552), 0.1 0.720 / 0.557 (0.701 / 0.549), 0.15 0.718 /
# 0.557, 0.2 0.718 / 0.554.
RIVAL_MARGIN = 0.05
RIVAL_FLOOR = 0.7


def _without_weak_rivals(events: list[Event], accepted: dict[tuple[int, str], float], doc: Doc,
                         lex: Lexicon) -> list[Event]:
    """The events, less those of a type the model was much less sure of than of another type
    coded in the same sentence (see RIVAL_MARGIN) -- unless its verb is coordinated with
    another type's ("a condamné les frappes et exhorté Israël à la retenue"): two predicates
    report two acts, not one act read twice."""
    top: dict[int, float] = {}
    types: dict[int, set[str]] = {}
    for e in events:
        p = accepted.get((e.sentence_index, e.type))
        if p is not None:
            top[e.sentence_index] = max(p, top.get(e.sentence_index, 0.0))
            types.setdefault(e.sentence_index, set()).add(e.type)

    def weak(e: Event) -> bool:
        p = accepted.get((e.sentence_index, e.type))
        return p is not None and len(types[e.sentence_index]) > 1 and p < RIVAL_FLOOR \
            and p < top[e.sentence_index] - RIVAL_MARGIN and not _coordinated_with_another(e, events, doc, lex) \
            and not _main_predicate(e, doc, lex)

    return [e for e in events if not weak(e)]


def _without_learned_echoes(events: list[Event]) -> list[Event]:
    """The events, less one whose word only the act model reads as its type where a word the
    lexicon lists is coded that type in the same sentence: "l'Allemagne considère le plan
    d'autonomie comme une bonne base pour une solution" is one support, which "considère"
    reports; "solution", a word the model learned from such sentences, echoes it."""
    listed = {(e.sentence_index, e.type) for e in events if e.mode != "learned"}
    return [e for e in events if e.mode != "learned" or (e.sentence_index, e.type) not in listed]


def _without_targetless_twins(events: list[Event]) -> list[Event]:
    """The events, less one with no target where its sentence has an event of the same type and
    source with one: "Séoul a convoqué l'ambassadeur de Russie pour protester" is one accusation,
    of Russia, not a second aimed at no one."""
    aimed = {(e.sentence_index, e.type, _akey(e.source)) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or (e.sentence_index, e.type, _akey(e.source)) not in aimed]


def _as_riot(e: Event, lex: Lexicon) -> Event:
    """Force used by a crowd is a protest, a riot: "Des milliers de manifestants ont attaqué
    l'ambassade de France" (the codebook's PROTEST: "storm a building, by crowds"; the training
    gold codes every act of protesters so). So is a crowd's protesting: "Des milliers de
    manifestants se sont rassemblés pour protester contre ..." demonstrate, they file no complaint
    (what they accuse someone of stays an accusation). The crowds are triggers.yaml's ``crowd_roles``."""
    crowd = e.source is not None and _in_a_crowd(e.source, lex)
    if crowd and (e.type == "ASSAULT" or (e.type == "ACCUSE" and e.mode == "protest")):
        return replace(e, type="PROTEST", mode="riot" if e.type == "ASSAULT" else "demonstrate")
    return e


def _in_a_crowd(a: Actor, lex: Lexicon) -> bool:
    """Whether an actor is a crowd (triggers.yaml's ``crowd_roles``) or a group of civilians
    ("Des étudiants ont pris d'assaut l'ambassade"), whose force is no armed attack."""
    return (bool(a.role) and fold(a.role) in lex.crowd_roles) or _civilians(a)


def _without_sourceless_twins(events: list[Event]) -> list[Event]:
    """The events, less one with no source where its sentence has an event of the same type and
    target with one: "Des soldats tchadiens ont été tués lors d'une attaque de Boko Haram" is one
    attack, Boko Haram's, not a second by no one."""
    done = {(e.sentence_index, e.type, _akey(e.target)) for e in events if e.source is not None}
    return [e for e in events if e.source is not None or (e.sentence_index, e.type, _akey(e.target)) not in done]


def _without_vaguer_twins(events: list[Event]) -> list[Event]:
    """The events, less one whose sentence has an event of the same type between the same two
    countries that names a side more specifically and none less: "Le président al-Sissi a reçu
    son homologue turc Recep Tayyip Erdogan, la première visite d'un chef d'État turc en Égypte"
    is one meeting of the two presidents, not a second between their states."""
    by_sentence: dict[tuple[int, str], list[Event]] = {}
    for e in events:
        by_sentence.setdefault((e.sentence_index, e.type), []).append(e)
    return [e for e in events if not any(o is not e and _vaguer(e, o) for o in by_sentence[(e.sentence_index, e.type)])]


def _vaguer(e: Event, o: Event) -> bool:
    """Whether ``e`` names the same two countries as ``o`` (in either order for a symmetric
    act), neither side more specifically (a person, then an office or body, then a country) and
    one less."""
    orders = [((e.source, o.source), (e.target, o.target))]
    if e.type in SYMMETRIC:
        orders.append(((e.source, o.target), (e.target, o.source)))
    for sides in orders:
        if all(a is not None and b is not None and a.country is not None and a.country == b.country for a, b in sides):
            ranks = [(KIND_RANK.get(a.kind, len(KIND_RANK)), KIND_RANK.get(b.kind, len(KIND_RANK))) for a, b in sides]
            return all(ra >= rb for ra, rb in ranks) and any(ra > rb for ra, rb in ranks)
    return False


def _main_predicate(e: Event, doc: Doc, lex: Lexicon) -> bool:
    """Whether the event's verb is its sentence's main one: "a imposé des sanctions à deux
    commandants, accusés d'avoir orchestré des massacres" reports the sanction first, whatever
    the model makes of the participle after it."""
    span = doc.char_span(e.trigger_start, e.trigger_end)
    return span is not None and _predicate(span.root, lex).dep_ == "ROOT"


def _coordinated_with_another(e: Event, events: list[Event], doc: Doc, lex: Lexicon) -> bool:
    """Whether the event's trigger is a verb coordinated with the verb of an event of another
    type in its sentence. An act noun announced as decided stands in its deciding verb's place
    ("a annoncé la rupture de ses relations avec Israël et l'a accusé de crimes": two acts)."""
    span = doc.char_span(e.trigger_start, e.trigger_end)
    if span is None:
        return False
    verb = _predicate(span.root, lex)
    if verb.pos_ != "VERB":
        return False
    linked = {verb.head.i} if verb.dep_ == "conj" else set()
    if (shared := participle_of(verb)) is not None:
        linked.add(shared.i)  # "a rejeté ces accusations et menacé de ...", hung on "accusations"
    if verb.dep_ == "conj" and _finite(verb) and not _finite(verb.head):
        # "a accusé le Rwanda d'avoir envahi son territoire et a rompu ses relations": the parser
        # hangs the finite verb on the infinitive; it is coordinated with the verb above
        linked.add(verb.head.head.i)
    linked |= {c.i for c in verb.children if c.dep_ == "conj"}
    for o in events:
        if o.sentence_index == e.sentence_index and o.type != e.type:
            other = doc.char_span(o.trigger_start, o.trigger_end)
            if other is not None and _predicate(other.root, lex).i in linked:
                return True
    return False


def _finite(verb: Token) -> bool:
    """Whether a verb or its auxiliary is conjugated ("a rompu"; not "d'avoir envahi")."""
    return any("Fin" in morph(t, "VerbForm") for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux"))))


def _predicate(tok: Token, lex: Lexicon) -> Token:
    """The verb that reports an act: its trigger, or the deciding verb of an act noun announced
    as decided."""
    return tok.head if tok.pos == NOUN and _announced_as_decided(tok, lex) else tok


def _place_unplaced(c: _Coding, sent: Span, si: int, speaker: Actor | None) -> None:
    """Code, once a sentence is read, each act type the model accepted there but no rule found
    parties for, unless an event of that type was coded in the sentence (one act reported
    twice). The codebook codes an act between two parties; where the rules find none, the
    likeliest are the nearest ones (``_fallback_pair``). Cross-validated over the training set:
    event F1 0.644 -> 0.663, dyad 0.488 -> 0.490, actor 0.325 -> 0.312 (the guessed sides are
    seldom named as the annotators name them). The party model does not pick these sides again:
    with it, every figure was lower (0.661 / 0.487 / 0.310)."""
    unplaced, c.unplaced = c.unplaced, {}
    coded = {e.type for e in _sentence_events(c.events, si)}
    for (_, etype), (probability, tok, reading) in unplaced.items():
        if probability < GUESSED_PARTIES_THRESHOLD:
            continue
        if etype in coded or (etype == "CONSULT" and _meeting_named_again(tok, c.events)):
            continue
        pair = _fallback_pair(c, sent, si, reading, None if speaker is _NOT_LOOKED_FOR else speaker)
        if pair is not None:
            reading.pairs = [pair]
            before = len(c.events)
            _commit(c, sent, si, tok, reading, speaker, rechoose=False)
            for e in c.events[before:]:
                e.parties_guessed = True


# how sure the act model must be of an act whose parties no rule found (its threshold is 0.5):
# a guessed pair is right half as often as the rules' (CV, fixed draw: 17 of 58 guessed events
# had the right dyad, 341 of 580 of the others). Cross-validated 2026-12-06: event / dyad / actor
# at 0.5 (as any act) 0.758 / 0.615 / 0.405 fixed, 0.739 / 0.603 / 0.395 by story; 0.55 0.757 /
# 0.616 / 0.406, 0.739 / 0.606 / 0.402; 0.6 0.757 / 0.617 / 0.407, 0.740 / 0.610 / 0.404; 0.65
# 0.754 / 0.616 / 0.409, 0.738 / 0.608 / 0.401; 0.7 0.751 / 0.618 / 0.411, 0.739 / 0.609 / 0.404
GUESSED_PARTIES_THRESHOLD = 0.6


def _named_again(tok: Token, actors: ArticleActors) -> bool:
    """Whether an act noun opens with a demonstrative and names no party of its own ("a salué
    cet accord", "pour faire cette demande"): it names an act the article told before, which the
    lexicon, which did not hold it here, leaves to that telling -- the act model had coded a
    second agreement, by whoever greeted the first. ("Ces opérations conjointes des forces
    armées du Burkina Faso et du Mali" name theirs, and are coded here.)"""
    return tok.pos_ == "NOUN" and _determined(tok, DEMONSTRATIVES) \
        and not any((m := actors.at(t.i)) is not None and not m.place_only for t in tok.subtree if t.i != tok.i)


def _determined(tok: Token, determiners: set[str] | frozenset[str]) -> bool:
    """Whether one of these determiners opens a noun ("cet accord", "les entretiens", "d'aide")."""
    return any(d.dep_ == "det" and fold(d.text) in determiners for d in tok.children)


def _meeting_named_again(tok: Token, events: list[Event]) -> bool:
    """Whether a meeting noun with no parties of its own, definite ("L'entretien a porté sur
    ...", "Cette rencontre"), names again a meeting the article has coded: no new meeting to
    give the nearest parties to."""
    return tok.pos_ == "NOUN" and _determined(tok, DEFINITE | DEMONSTRATIVES) \
        and any(e.type == "CONSULT" for e in events)


def _sentence_events(events: list[Event], si: int) -> Iterable[Event]:
    """The events of sentence ``si`` when it is the last one coded: they end the list (a walk
    from the end, so that a long article's every sentence does not read all its events)."""
    for e in reversed(events):
        if e.sentence_index != si:
            return
        yield e


def _fallback_pair(c: _Coding, sent: Span, si: int, reading: Reading,
                   speaker: Actor | None) -> tuple[Actor, Actor] | None:
    """The parties of an act no rule found parties for. With an agent (the rules' source, else
    the sentence's speaker): against the first actor of another country named in the sentence
    ("X a salué ce rapprochement avec le Niger"), else in the sentence before, else the
    article's other party. Without one: the sentence's first two actors of different countries.
    Else: the parties of the article's last event, which the sentence most likely goes on about
    (the order measured best among these guesses in cross-validation)."""
    source = reading.sources[0] if reading.sources else speaker
    if source is not None:
        for span in (sent, c.sents[si - 1] if si > 0 else None):
            other = _first_named_other(span, source.country, c.actors) if span is not None else None
            if other is not None:
                return source, other
        other = next((a for a in c.actors.pair or () if a.country != source.country), None)
        if other is not None and source.country:
            return source, other
    else:
        two = _two_parties_named(c, sent)
        if two:
            return two[0]
    last = next(((e.source, e.target) for e in reversed(c.events) if e.source is not None and e.target is not None), None)
    return last if last is not None and last[0].country != last[1].country else None


def _first_named_other(span: Span, country: str | None, actors: ArticleActors) -> Actor | None:
    """The first actor named in the span with a known country other than ``country``."""
    return next((a for a in _named(span, actors) if a.country and a.country != country), None)


def _named(span: Span, actors: ArticleActors, kinds: frozenset[str] | None = None) -> Iterator[Actor]:
    """The first actor of each mention that starts in the span and says who, not where (no
    place, nothing "près de la frontière malienne"); ``kinds``: only mentions of these kinds."""
    for i in range(span.start, span.end):
        m = actors.at(i)
        if m is not None and m.start == i and not m.place_only and m.actors \
                and (kinds is None or m.kind in kinds) and not _says_where(span.doc[i]):
            yield m.actors[0]


def _says_where(tok: Token) -> bool:
    """A mention that only says where ("près de la frontière malienne"), not who."""
    return _near_place(tok) or _near_place(tok.head)


def _two_parties_named(c: _Coding, sent: Span) -> list[tuple[Actor, Actor]]:
    """The sentence's first two actors of different countries: the parties of a meeting,
    agreement or cooperation the model is sure of and no rule found parties for (direction
    does not matter for these; cross-validation: +0.007 event F1, +0.004 dyad F1)."""
    named: list[Actor] = []
    for a in _named(sent, c.actors, _ACTOR_MENTIONS):
        if a.country and all(a.country != b.country for b in named):
            named.append(a)
            if len(named) == 2:
                return [(named[0], named[1])]
    return []


_ACTOR_MENTIONS = frozenset({"actor"})


# the rules' modality verdicts, which the model may not overturn (CODEBOOK.md, section 5)
MODALITY = {"negated", "future", "modal", "hypothesis", "framed", "background", "question", "called", "state"}
FUTURE_OF_A_THREAT = {"negated", "future", "modal"}


def _verb_not_done(c: _Coding, tok: Token, etype: str) -> bool:
    """An event noun that is a verb's object is done only if the verb is: "signera un accord",
    "n'a pas eu d'entretien", "pourrait demander l'aide" report no act; so is one counted by
    the object ("aura une série d'entretiens"). A stated will to cooperate is the act itself
    (COOPERATE): "s'est dit prêt à reprendre sa coopération" is coded, as its verb would be."""
    if tok.dep_ == "nmod" and _case(tok) in OF_WORDS and fold(tok.head.lemma_) in c.lex.quantity_nouns:
        tok = tok.head
    elif tok.dep_ == "nmod" and _case(tok) in OF_WORDS and tok.head.pos == NOUN:
        # "n'a pas adressé de message de félicitations": what the message holds is not sent
        # either (only a negation reaches that far: four draws' CV event 0.722 -> 0.723; with the
        # modal frames too, one draw had lost 0.003)
        container = tok.head
        return _partitive_object(container) and container.head.pos in (VERB, AUX) \
            and is_negated(container.head, c.lex)
    if tok.pos not in (NOUN, PROPN) or not _partitive_object(tok) or tok.head.pos not in (VERB, AUX):
        return False  # ("en réponse à la demande des autorités, les forces quitteront": asked, done)
    # (and what an accusation or request says of its verb: "reprochent à l'organisation d'avoir
    # imposé des sanctions", "appelle à lever les sanctions")
    return is_negated(tok.head, c.lex) or c.blocked(tok.head, will_counts=etype == "COOPERATE") is not None \
        or _is_reported_content(tok.head, c.lex)


def _partitive_object(tok: Token) -> bool:
    """A verb's object, or the partitive one the parser reads as an oblique with "de", for a
    case ("n'a pas envoyé d'aide") or a determiner ("n'a pas adressé de message")."""
    return tok.dep_ == "obj" or (tok.dep_.startswith("obl") and (
        _case(tok) in OF_WORDS or _determined(tok, {"de", "d'"})))


def _asks(sent: Span) -> bool:
    """A question reports no act ("ces camionneurs ont-ils été tués par l'armée ?"); a quoted
    question inside a report ("« Qui a tiré ? », a demandé X") leaves the report's act alone."""
    for tok in reversed(sent):  # the last word, not the text: every candidate of a sentence asks
        if not tok.is_space:
            return tok.text.endswith("?")
    return False


def _modal_reason(why: str) -> str:
    """modality.blocked's explanation as one of MODALITY ("modal 'pourrait'" -> "modal")."""
    first = why.split()[0]
    return {"governed": "framed"}.get(first, first)


def _neighbours(c: _Coding, si: int) -> list[tuple[Actor | None, Actor | None]]:
    """Parties for an act the model is sure of and the rules found none for: those of the
    sentence's other events ("ont signé un accord de financement": the signatories give)."""
    return [(e.source, e.target) for e in reversed(list(_sentence_events(c.events, si)))][:2]


# --- triggers ---------------------------------------------------------------------------------

VERB_ENDINGS = ("aient", "ait", "ent", "ons", "ez", "ees", "es", "ee", "e", "er")


def _lemmas(tok: Token) -> tuple[str, ...]:
    return _lemma_forms(tok.lemma_, tok.text, tok.pos_)


@lru_cache(maxsize=65536)
def _lemma_forms(lemma: str, text: str, pos: str) -> tuple[str, ...]:
    """The forms a token is looked up under in the lexicon: its lemma, a guessed infinitive, its
    word, a plural noun's singular. Memoised on the three strings: every noun and verb of every
    article comes here, and a corpus's vocabulary is small."""
    out = [fold(lemma)]
    w = fold(text)
    if pos == "VERB" and not out[0].endswith(("er", "ir", "re", "oir")):
        # the lemmatizer leaves some forms as they are ("invite"): guess the -er infinitive
        for end in VERB_ENDINGS:
            if w.endswith(end) and len(w) > len(end) + 2:
                out.append(w[: -len(end)] + "er")
                break
    if pos == "ADJ":  # participles tagged as adjectives: "signés" -> "signer"
        for end in ("ees", "es", "ee", "e"):
            if w.endswith(end):
                out.append(w[: -len(end)] + "er")
                break
    if w not in out:
        out.append(w)
    if pos == "NOUN" and out[0] == w and w.endswith("s") and len(w) > 4:
        # a plural the lemmatizer leaves whole, a word said in the plural ("condoléances")
        out.append(w[:-1])
    return tuple(out)


# part of speech (spaCy's number) -> its name, and whether it is looked up among verbs or nouns
_TRIGGER_POS = {VERB: ("VERB", True), ADJ: ("ADJ", True), AUX: ("AUX", True),
                NOUN: ("NOUN", False), PROPN: ("PROPN", False)}


_LEARNED_POS = {VERB, NOUN, ADJ}
_CANDIDATE_POS = _LEARNED_POS | set(_TRIGGER_POS)


def match_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """The lexicon's trigger for a token whose conditions hold, if any. Every token of every
    article comes here, and a trigger's head again from the rules that ask what frames it:
    the part of speech is compared as spaCy's number, not its name, and the answer is kept
    for the article."""
    kind = _TRIGGER_POS.get(tok.pos)
    if kind is None:
        return None
    matched = memo_of(tok.doc, "trigger", lex)
    if tok.i not in matched:
        matched[tok.i] = _match_trigger(tok, lex, _NOUN_KIND if _noun_tagged_verb(tok, lex) else kind)
    return matched[tok.i]


_NOUN_KIND = ("NOUN", False)


def _noun_tagged_verb(tok: Token, lex: Lexicon) -> bool:
    """A participle the tagger read as a verb where its article makes it a noun the lexicon
    lists ("a été l'invité de son homologue"): the noun's act, not the verb's ("inviter", a
    request). One the nouns do not list keeps its verb's reading ("une sévère mise en garde")."""
    return tok.pos == VERB and tok.i in _with_determiner(tok.doc) and bool(_noun_types(tok, lex))


def _with_determiner(doc: Doc) -> set[int]:
    """The words that have a determiner ("det" dependent), read once an article from the doc's
    arrays: asked of every verb of every sentence."""
    found = memo(doc)
    if "with_determiner" not in found:
        det, heads = doc.vocab.strings.add("det"), head_indices(doc)
        found["with_determiner"] = {heads[i] for i, dep in enumerate(column(doc, DEP)) if dep == det}
    return found["with_determiner"]


def _match_trigger(tok: Token, lex: Lexicon, kind: tuple[str, bool]) -> Trigger | None:
    pos, verbal = kind
    table = lex.verbs if verbal else lex.nouns
    phrase: list[set[str]] = []  # the trigger's phrase words, gathered once for all candidates
    decided: bool | None = None  # asked only of a noun with a weak entry
    for lemma in _lemma_forms(tok.lemma_, tok.text, pos):
        for trig in table.get(lemma, ()):
            if trig.weak:
                if verbal:
                    continue
                if decided is None:
                    decided = _announced_as_decided(tok, lex)
                if not decided:
                    continue
            if _conditions_hold(tok, trig, phrase):
                return trig
    return None


def _announced_as_decided(tok: Token, lex: Lexicon) -> bool:
    """Whether an event noun is the object of a deciding verb ("a annoncé le retrait de ses
    troupes", "a ordonné la suspension", "a procédé au rappel"): the codebook codes an act
    announced as decided, so a weak cue then holds as its act and the rules read it whole (CV
    event 0.731 -> 0.735, by story 0.716 -> 0.717, four draws 0.712 -> 0.714; dyad and actor
    within 0.004; docs/measurements.md, "Sixth stop of 2026-12-05")."""
    head = tok.head
    if _answered_with(tok, lex):
        return True
    if head.i == tok.i or head.pos != VERB or fold(head.lemma_) not in lex.deciding_verbs:
        return False
    return _plural_object(tok) or (tok.dep_ in ("obl:arg", "obl:mod") and fold(head.lemma_) == "proceder")


def _answered_with(tok: Token, lex: Lexicon) -> bool:
    """Whether an act noun is what an answering verb's subject did in answer ("a riposté par des
    tirs", "a réagi par l'expulsion de deux diplomates"; modality.yaml's answering_verbs)."""
    head = tok.head
    return head.i != tok.i and head.pos == VERB and tok.dep_.startswith("obl") and _case(tok) == "par" \
        and fold(head.lemma_) in lex.answering_verbs


def _agent_of_noun(tok: Token, sources: list[Actor], actors: ArticleActors) -> bool:
    """Whether an act noun names its doer after "par", and the rules took it for the source: "en
    réponse à l'imposition de nouvelles sanctions par Washington" (the party model, reading the
    paths from the verb above, had made the speaker of the sentence impose them)."""
    return bool(sources) and any(_case(c) == "par" and any(a in sources for a in _actors_of(c, actors))
                                 for c in tok.children)


def _answer_done(tok: Token) -> bool:
    """Whether a verb is an answering verb's gerund ("a riposté en expulsant deux diplomates",
    "a réagi en rappelant son ambassadeur"): what the subject did in answer."""
    return tok.dep_ == "advcl" and _case(tok) == "en" and "Part" in morph(tok, "VerbForm") \
        and "Pres" in morph(tok, "Tense")


def _plural_object(tok: Token) -> bool:
    """Whether a noun is its verb's object, also where the parser read its article "des" as
    "de les" after a date ("a lancé samedi des manœuvres": an oblique of "de"). Asked of the
    verbs that take an object (deciding and support verbs), where "des" is the article."""
    return tok.dep_ == "obj" or (tok.dep_ == "obl:arg" and _case(tok) == "des")


def lexicon_types(tok: Token, lex: Lexicon) -> tuple[str, ...]:
    """The act types the lexicon lists for a token's lemma, whatever their conditions: what the
    act model reads of the lexicon ("accueillir" is a CONSULT word even where no rule held)."""
    kind = _TRIGGER_POS.get(tok.pos)
    if kind is None:
        return ()
    # asked of every noun and verb, and again of each word of a sentence the act model reads:
    # remembered by the token's ids (no string is made), a corpus's vocabulary being small
    key = (tok.lemma, tok.orth, tok.pos)
    types = lex.types_seen.get(key)
    if types is None:
        types = _remember(lex.types_seen, key, _listed_types(lex.verb_types if kind[1] else lex.noun_types,
                                                             _lemma_forms(tok.lemma_, tok.text, kind[0])))
    return types


def _remember(seen: dict[K, T], key: K, answer: T) -> T:
    """Keep ``answer`` in one of the Lexicon's memos by token ids (``lexicon_types``,
    ``_has_strict_reading``), emptied past 200,000 entries so that a long watch does not grow
    it without end. (The look-up stays in the caller: it is the hot path.)"""
    if len(seen) >= 200_000:
        seen.clear()
    seen[key] = answer
    return answer


def _noun_types(tok: Token, lex: Lexicon) -> tuple[str, ...]:
    """The act types the lexicon's nouns list for a word (``lexicon_types`` of a noun-tagged
    verb, "l'invité")."""
    return _listed_types(lex.noun_types, _lemma_forms(tok.lemma_, tok.text, "NOUN"))


def _listed_types(table: dict[str, tuple[str, ...]], forms: tuple[str, ...]) -> tuple[str, ...]:
    """The act types a table of lemmas lists under any of a word's forms, sorted (the table's
    own tuple for a word of one form, sorted already)."""
    return table.get(forms[0], ()) if len(forms) == 1 else tuple(sorted({t for form in forms for t in table.get(form, ())}))


def _phrase_words(tok: Token) -> set[str]:
    """Lemmas and words of the trigger's own phrase (an infinitive after "de" included), and the
    few words after it. Its auxiliaries are left out: folded, "a" of "a appelé" would read as
    the preposition "à" of "appeler à la retenue"."""
    words: set[str] = set()
    lemmas, texts = folded_lemmas(tok.doc), folded_words(tok.doc)
    # (nor the clause's own subordinator: the "que" of "tandis que la Russie a soutenu" is no
    # "soutenir que", a claim)
    stack = [c for c in tok.children
             if (c.dep_ not in CLAUSAL or _infinitive_complement(c)) and not c.dep_.startswith("aux")
             and not (c.dep_ == "mark" and c.i < tok.i)]
    while stack:
        t = stack.pop()
        words.update((lemmas[t.i], texts[t.i]))
        # coordinated nouns stay in ("assure les autorités et le peuple de sa solidarité"),
        # coordinated verbs are other clauses
        stack.extend(c for c in t.children if c.dep_ not in {"parataxis", "acl:relcl", "advcl"}
                     and not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))
    for t in _words_after(tok, 3):
        words.update((lemmas[t.i], texts[t.i]))
    rel = _relative_pronoun(tok)
    for t in _relative_antecedents(rel) if rel is not None else []:
        words.update((lemmas[t.i], texts[t.i]))
    if tok.dep_ == "acl":  # "les efforts d'envergure déployés": the noun the participle qualifies
        for anc in list(tok.ancestors)[:2]:
            words.update((lemmas[anc.i], texts[anc.i]))
    return words


def _infinitive_complement(c: Token) -> bool:
    """"a demandé au consul de quitter le pays": an infinitive after "de" the parser hung as an
    adverbial clause is the verb's complement."""
    return c.dep_ == "advcl" and any(g.dep_ == "mark" and fold(g.text) in {"de", "d'"} for g in c.children)


def _relative_pronoun(tok: Token) -> Token | None:
    """The relative pronoun subject of the clause a trigger stands in, through its infinitive
    chain ("qui est appelée à se renforcer")."""
    cur, steps = tok, 0
    while steps < 3:
        rel = next((c for c in cur.children if c.dep_.startswith("nsubj") and "Rel" in morph(c, "PronType")), None)
        if rel is not None:
            return rel
        if cur.dep_ != "xcomp":
            return None
        cur, steps = cur.head, steps + 1
    return None


def _relative_antecedents(rel: Token) -> list[Token]:
    """The nouns a relative pronoun may stand for: the parser hangs "la coopération entre les
    ministères du Maroc et de la République italienne, qui est appelée à se renforcer" on the
    nearest noun, or on the verb; the antecedent may be any noun back to the verb before it."""
    nouns = []
    for i in range(rel.i - 1, sentence_of(rel).start - 1, -1):
        t = rel.doc[i]
        if t.pos_ in {"VERB", "AUX"}:
            break
        if t.pos_ == "NOUN":
            nouns.append(t)
    return nouns


def _verb_before(rel: Token) -> Token | None:
    """The verb whose phrase holds a relative pronoun's antecedent: the first one before it."""
    return next((rel.doc[i] for i in range(rel.i - 1, sentence_of(rel).start - 1, -1) if rel.doc[i].pos_ == "VERB"), None)


def _words_after(tok: Token, n: int) -> list[Token]:
    """The n words after a trigger, over an incise between commas: "le rappel, pour
    consultations, de l'ambassadeur"."""
    out: list[Token] = []
    i, end = tok.i + 1, sentence_of(tok).end
    # ("n'a accepté que l'aide de la Turquie": "ne ... que" restricts the object, no clause follows)
    restricted = any(fold(c.text) in {"ne", "n'"} for c in tok.children)
    while i < end and len(out) < n:
        t = tok.doc[i]
        if t.text == "," and not out:
            close = next((j for j in range(i + 1, min(i + 6, end)) if tok.doc[j].text == ","), None)
            if close is not None:
                i = close + 1
                continue
        out.append(t)
        if fold(t.text) in SUBORDINATORS and not restricted:
            break  # "a rappelé que l'ambassadeur ...": what follows is another clause's
        i += 1
    return out


SUBORDINATORS = {"que", "qu'"}


def _is_reflexive(tok: Token) -> bool:
    if any(fold(c.text) in {"se", "s'"} or "Yes" in morph(c, "Reflex") for c in tok.children):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and fold(prev.text) in {"se", "s'"}


@per_token
def _is_passive(tok: Token) -> bool:
    """"a été reçu par"; not a reflexive ("s'était dite préoccupée par": the cause, no agent),
    nor a verb conjugated with "être" ("les deux ministres sont convenus de": they agreed).
    Asked of a word for each act type it is read as: answered once an article."""
    if _is_reflexive(tok):
        return False
    if (any(lemma in load_lexicon().etre_verbs for lemma in _lemmas(tok))
            and not any(c.dep_ == "obl:agent" or fold(c.text) == "ete" for c in tok.children)):
        return False
    if any(c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in tok.children) \
            and not any(c.dep_ == "aux:pass" or fold(c.text) == "ete" for c in tok.children):
        # "», a-t-il averti": a past tense with "avoir" (the parser called "-il" a passive
        # subject); "a envoyé ... par la voie terrestre" (the parser called the way an agent)
        return False
    if any(c.dep_ in {"aux:pass", "nsubj:pass", "obl:agent"} for c in tok.children) or "Pass" in morph(tok, "Voice"):
        return True
    # a past participle with no auxiliary ("des accusations démenties par Téhéran") is passive
    return (tok.pos_ == "VERB" and "Part" in morph(tok, "VerbForm") and "Past" in morph(tok, "Tense")
            and tok.dep_ in {"acl", "nmod", "amod"} and not any(c.dep_.startswith("aux") for c in tok.children)
            and not _finite_acl(tok) and participle_of(tok) is None)


def _joint_decision(tok: Token, sources: list[Actor], lex: Lexicon) -> bool:
    """"Ankara et Le Caire ont décidé de se consulter": states deciding together, on a matter
    that is not itself an act we code ("ont décidé de rappeler leurs ambassadeurs" is SANCTION)."""
    if len({a.country for a in sources if a.country}) < 2:
        return False
    # deciding together to meet or cooperate is the agreement; to recall or expel is that act
    return not any(c.dep_ in {"xcomp", "ccomp", "obj"} and (t := match_trigger(c, lex)) is not None and t.type not in SYMMETRIC
                   for c in tok.children)


def _planned_by_joint_decision(tok: Token, lex: Lexicon, actors: ArticleActors) -> bool:
    """"ont décidé de se consulter régulièrement", "ont convenu de rouvrir leur frontière": the act
    agreed on is planned; the AGREE is coded (the codebook: AGREE whatever was agreed)."""
    if tok.head == tok:
        return False
    decided = tok.head
    if tok.dep_ == "acl" and decided.dep_.startswith("obl") and decided.head.pos == VERB \
            and any(c.dep_ == "mark" and fold(c.text) in {"de", "d'"} for c in tok.children):
        decided = decided.head  # "ont convenu à Rabat de rouvrir": the parser hangs it on the place
    elif tok.dep_ != "xcomp":
        return False
    trig = match_trigger(decided, lex)
    if trig is None:
        return False
    if trig.joint:
        return _joint_decision(decided, _subject(decided, actors), lex)
    return trig.type == "AGREE"


def _alleged_clause(tok: Token) -> Token | None:
    """"Rabat soutient que l'Iran aurait entraîné ...": the conditional clause a claim reports."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ == "VERB":
            # a conditional perfect ("aurait entraîné", "seraient intervenus"), not a modal ("pourrait")
            if any(a.dep_.startswith("aux") and "Cnd" in morph(a, "Mood") for a in c.children):
                return c
    return None


def _claims_own_act(tok: Token) -> bool:
    """Whether a claim verb says what its own subject did, in an infinitive ("Moscou affirme
    avoir visé des objectifs militaires", "l'armée a soutenu avoir repoussé l'attaque"): no
    accusation of another, which a "que" clause reports ("soutient que l'Iran aurait ...")."""
    return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} and _infinitive(c) for c in tok.children) \
        and not any(c.dep_ == "ccomp" for c in tok.children)


def _subject_word(tok: Token) -> set[str]:
    """The head word of the subject of an infinitive's governing verb ("les soldats français ont
    commencé à quitter": "soldats"), which an entry's ``after`` words may name farther than three
    words before the trigger."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.i == tok.i:
        return set()
    return {fold(c.text) for c in cur.children if c.dep_ == "nsubj"}


def _conditions_hold(tok: Token, trig: Trigger, phrase: list[set[str]]) -> bool:
    """Whether a candidate trigger's conditions hold; ``phrase`` keeps the trigger's phrase
    words once gathered (a token may be tried for several triggers)."""
    if trig.allegation and _alleged_clause(tok) is None:
        return False
    if trig.reflexive is not None and _is_reflexive(tok) != trig.reflexive:
        return False
    if trig.passive is False and _is_passive(tok):
        return False
    if trig.after and not ({fold(t.text) for t in tok.doc[max(sentence_of(tok).start, tok.i - 3):tok.i]} | _subject_word(tok)) & trig.after:
        return False
    if trig.willing:  # a will word: its conditions are its infinitive's (``_willed``)
        return _willed(tok, trig) is not None
    if trig.naming and not _names_its_object(tok):
        return False
    qualified = trig.qualifies and tok.dep_ == "acl" and fold(tok.head.lemma_) in trig.qualifies
    if trig.qualifies and not qualified:
        return False
    if trig.counterpart:
        # "a évoqué avec son homologue gambien la sécurité", not "a évoqué l'accord à signer avec
        # le Maroc": the one met hangs on the verb
        return any(_case(c) in trig.with_ for c in tok.children)
    if trig.direct:
        # "a dénoncé l'accord de défense", not "a dénoncé la violation de l'accord": the object
        # itself is what the act is done to (or what it counts: "a adopté son quinzième paquet
        # de sanctions"; not "a adopté une résolution condamnant les sanctions")
        objects = [c for c in tok.children if c.dep_ == "obj"]
        objects += [g for c in objects if fold(c.lemma_) in load_lexicon().quantity_nouns
                    for g in c.children if g.dep_ == "nmod" and _case(g) in OF_WORDS]
        return any(fold(c.lemma_) in trig.with_ for c in objects)
    if trig.with_ or trig.without:
        if not phrase:
            phrase.append(_phrase_words(tok))
        words = phrase[0] | ({fold(c.lemma_) for c in tok.head.children} if qualified else set())
        if trig.with_ and not (words & trig.with_):
            return False
        if trig.without and words & trig.without:
            return False
    return True


def _names_its_object(tok: Token) -> bool:
    """Whether a verb has two objects, the second the name it gives the first: "ce qu'elles ont
    appelé un revirement brusque" (a relative "qu'" and a noun), "a appelé ce geste une trahison";
    after a relative, a determiner right after the verb opens the name, which the parser may hang
    on the verb of the relative's antecedent ("ont condamné ce qu'elles ont appelé un « revirement »")."""
    objects = [c for c in tok.children if c.dep_ == "obj"]
    if len(objects) >= 2:
        return True
    return any("Rel" in morph(c, "PronType") for c in objects) and tok.i + 1 < sentence_of(tok).end \
        and tok.doc[tok.i + 1].pos_ == "DET"


WILL_REACH = 8   # words from a will word to the infinitive it governs ("la détermination de l'UE à aider")
_WILL_MARKS = {"a", "de", "d'"}


OBJECT_CLITICS = ARTICLES   # the same forms, as pronouns: "de les renforcer"


def _willed(tok: Token, trig: Trigger) -> Token | None:
    """The infinitive that a will word ("volonté", "déterminé", "prête") governs after "à" or
    "de" in its clause, when it is one of the entry's ``willing`` verbs and it or its phrase is
    one of the entry's ``with`` words: "sa disponibilité à aider la Tunisie", "la volonté des
    deux pays de renforcer leur coopération", not "sa volonté de renforcer la présence
    militaire". Read by position, not by the parse, which hangs the infinitive on the will word,
    on its complement ("des deux pays") or on the clause's verb."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(sentence_of(tok).end, tok.i + 1 + WILL_REACH)]:
        if t.pos_ in {"VERB", "AUX"}:
            if "Inf" not in morph(t, "VerbForm"):
                return None  # a finite verb: another clause
            if any(c.dep_ == "mark" and fold(c.text) in _WILL_MARKS for c in t.children):
                lemma = fold(t.lemma_)
                if lemma not in trig.willing:
                    return None
                said = {lemma} | _phrase_words(t)
                if any(c.dep_ == "obj" and c.pos_ == "PRON" and fold(c.text) in OBJECT_CLITICS for c in t.children):
                    # "ont salué l'excellence des relations et exprimé leur volonté de les renforcer":
                    # what the pronoun stands for, a noun before the will word in the sentence
                    said |= {fold(w.lemma_) for w in doc[sentence_of(tok).start:tok.i] if w.pos_ == "NOUN"}
                return t if not trig.with_ or said & trig.with_ else None
        elif t.text in {";", ":"}:
            return None
    return None


def _governed_by_trigger(tok: Token, lex: Lexicon) -> bool:
    """An event noun under a trigger verb is that verb's matter, not a second act:
    "a tenu une réunion" is one meeting, "a condamné l'attaque" one condemnation. So is one
    under an act noun ("son soutien au cessez-le-feu", "sa condamnation de l'attaque"): the
    rules' verdict "governed", which the act model weighs (CV event 0.730 -> 0.730, by story
    dyad 0.561 -> 0.564, four draws event 0.708 -> 0.710, contexts 0.665 -> 0.669)."""
    head = tok.head
    if head == tok:
        return False
    if head.pos_ == "NOUN":
        return tok.dep_ == "nmod" and _case(tok) in OF_OR_TO and bool(lexicon_types(head, lex))
    if head.pos_ not in {"VERB", "ADJ"}:
        return False
    frame = match_trigger(head, lex)
    # "a décidé le rappel de son ambassadeur": a decision announces the act, it does not absorb it
    return frame is not None and not frame.joint


CONTENT_FRAMES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}
UNDONE_FRAMES = {"REJECT", "REQUEST", "THREATEN"}   # what they govern is asked, refused or threatened
UNDONE_CLAUSE_FRAMES = {"REQUEST", "THREATEN"}   # a weak cue of these still frames its clause
ASKED_FOR_CASES = {"pour", "a", "en"}   # "un appel pour une trêve / à la libération / en faveur de"


def _dated_by_its_participle(c: _Coding, noun: Token, etype: str) -> bool:
    """An act noun whose participle of the same act is background, future or hypothetical ("L'accord
    signé l'an dernier entre Rabat et Madrid a permis ...", "l'accord qui sera signé"): the noun
    is that act, dated by it (the act model had coded the agreement at 0.91, its signing vetoed)."""
    return any(ch.dep_ in {"acl", "acl:relcl"} and ch.pos == VERB and etype in lexicon_types(ch, c.lex)
               and c.blocked(ch) for ch in noun.children)


def _talked_about(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """An act noun that is the matter of talks: "des négociations sur un accord de libre-échange",
    "des discussions sur un cessez-le-feu", "ont discuté de l'aide": talked about, not done (the
    codebook: talks about cooperation restate the meeting; the act model had coded the
    agreement under "négociations sur" at 0.79). modality.yaml's talk_words and talk_cases."""
    if trig.pos != "noun" or trig.type == "CONSULT":
        return False
    tok = _named_whole(tok, trig, lex)
    head = tok.head
    if head == tok or fold(head.lemma_) not in lex.talk_words:
        return False
    if head.pos == NOUN:
        return tok.dep_ == "nmod" and _case(tok) in lex.talk_cases
    return head.pos == VERB and (tok.dep_ == "obj" or (tok.dep_.startswith("obl") and _case(tok) in lex.talk_cases | OF_WORDS))


def _text_described(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """An agreement noun that is the subject of a verb saying what the text holds: "le mémorandum
    d'entente prévoit la formation de cadres", "l'accord porte sur le gaz" describe a text, they
    report no signing (modality.yaml's content_verbs; the act model had coded the memorandum an
    agreement at 0.72)."""
    if trig.type != "AGREE" or trig.pos != "noun":
        return False
    tok = _named_whole(tok, trig, lex)
    return tok.dep_ == "nsubj" and tok.head.pos == VERB and fold(tok.head.lemma_) in lex.content_verbs


def _counts_people(tok: Token, actors: ArticleActors, lex: Lexicon) -> bool:
    """A noun counting the people its "de" names: "plus de 3 millions de Soudanais ont besoin
    d'aide", "une dizaine de ressortissants nigériens" (modality.yaml's count_nouns; the act
    model had coded the count an aid at 0.86)."""
    return fold(tok.lemma_) in lex.count_nouns and any(
        c.dep_ == "nmod" and _case(c) in OF_WORDS and actors.at(c.i) is not None for c in tok.children)


def _named_whole(tok: Token, trig: Trigger, lex: Lexicon) -> Token:
    """The noun whose name an act noun completes ("mémorandum d'entente", "protocole d'accord":
    one text), else the noun itself: what is said of the whole is said of the part."""
    head = tok.head
    if trig.pos == "noun" and tok.dep_ == "nmod" and head.pos == NOUN and _case(tok) in OF_WORDS \
            and trig.type in lexicon_types(head, lex):
        return head
    return tok


def _asked_for(tok: Token, trig: Trigger, lex: Lexicon) -> bool:
    """"a sollicité l'aide de la communauté internationale", "réclame la libération", "menace de
    sanctions", "rejette l'accord": an act named as the object of a request, a refusal or a
    threat is not done -- a modality, the rules' call like a negation, not the act model's (which
    had coded the aid asked for at 0.71). A condemned attack, by contrast, took place. The same
    holds under a noun of those acts: "une demande d'extradition" asks for one (the codebook's
    REQUEST), "la menace de sanctions" threatens them, "le refus de l'aide" refuses it (CV
    event 0.727 -> 0.730, by story 0.711 -> 0.712; "demande d'extradition" had been coded a
    COOPERATE)."""
    if trig.pos != "noun" or trig.type in UNDONE_FRAMES or tok.head == tok:
        return False
    head = tok.head
    if head.pos_ == "PROPN" and head.dep_ == "obj" and tok.dep_ == "nmod" and _case(tok) in OF_WORDS:
        # "a menacé la Colombie de sanctions": the parser hangs what is threatened on the one
        # threatened, a name
        frame = match_trigger(head.head, lex)
        return frame is not None and frame.type in UNDONE_FRAMES
    if head.pos_ == "NOUN" and tok.dep_ == "nmod" and _case(tok) in ASKED_FOR_CASES - {"a"} \
            and head.dep_ in {"obj", "obl:arg", "obl:mod"}:
        # "a plaidé auprès de son homologue américain pour l'acheminement de l'aide": the parser
        # hangs what is pleaded for on the one it is pleaded with (through "auprès", an adverb)
        verb = head.head.head if head.head.pos_ == "ADV" else head.head
        frame = match_trigger(verb, lex) if verb.pos_ == "VERB" else None
        if frame is not None and frame.type == "REQUEST":
            return True
    if head.pos_ == "NOUN":
        # (and what an act asked for is made of: "pour l'acheminement de l'aide")
        return tok.dep_ == "nmod" and _case(tok) in OF_WORDS \
            and (_names_an_undone_act(head, lex) or (bool(lexicon_types(head, lex)) and _asked_for(head, trig, lex)))
    if head.pos_ != "VERB" or tok.dep_ not in {"obj", "obl:arg", "obl", "obl:mod"}:
        return False
    if tok.dep_ == "obl:mod":
        # "a lancé un appel au Tchad pour une trêve": the parser hangs what the request noun
        # asks for on its support verb
        return _case(tok) in ASKED_FOR_CASES and _supports(head, lex) \
            and any(c.dep_ == "obj" and _names_an_undone_act(c, lex) for c in head.children)
    frame = match_trigger(head, lex)
    if frame is None and head.dep_ in {"xcomp", "ccomp", "acl"} and head.head != head:
        # "a prié l'Arabie saoudite de cesser ses attaques": the object of what is asked
        frame = match_trigger(_framing_verb(head), lex)
    return frame is not None and frame.type in UNDONE_FRAMES


def _framing_verb(tok: Token) -> Token:
    """The word a clause hangs on; for an infinitive the parser hangs on the one exhorted rather
    than on the verb ("a exhorté la junte à libérer le président"), that verb."""
    head = tok.head
    if tok.dep_ == "acl" and _infinitive(tok) and head.dep_ in {"obj", "iobj", "obl:arg"}:
        return head.head
    return head


def _infinitive(tok: Token) -> bool:
    """An infinitive, present or past ("d'avoir imposé des sanctions": the auxiliary's)."""
    return "Inf" in morph(tok, "VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in morph(c, "VerbForm") for c in tok.children)


def _is_reported_content(tok: Token, lex: Lexicon) -> bool:
    """"accuse Kigali de soutenir le M23", "appelle Alger à libérer": the act inside an
    accusation, request, denial or threat is not itself done."""
    if tok.dep_ not in {"xcomp", "ccomp", "acl", "advcl"} or tok.head == tok:
        return False
    if any(c.dep_ == "cc" and c.i < tok.i for c in tok.children):
        return False  # "condamne l'attaque et assure ... de sa solidarité": a second act, coordinated
    if tok.dep_ == "advcl" and _present_participle(tok):
        return False  # "a dénoncé une violation de sa souveraineté, appelant Ankara à cesser": a second act
    if circumstance(tok):
        return False  # "Alors que la Turquie a abattu un avion russe, Poutine a dénoncé ...": when, not what
    head = _framing_verb(tok)
    frame = match_trigger(head, lex)
    if frame is None and head.pos == NOUN and _infinitive(tok):
        # an infinitive under a noun of a request or threat, read or not as one: "la menace de
        # lancer une offensive" (the parser's noun for "La Turquie menace de lancer ..."),
        # "son appel à libérer" ("un appel demandant ...": the participle is the request itself)
        return _names_an_undone_act(head, lex)
    if frame is None and head.pos == VERB and not _is_passive(head):
        # a weak cue of a request or threat still frames its clause: "a insisté pour que le Maroc
        # reprenne ses migrants", "a prévenu que l'armée riposterait" -- asked or threatened,
        # whether or not the verb is coded itself (but "la coopération, appelée à se renforcer"
        # is bound to: no one asks)
        return any(t.weak and t.type in UNDONE_CLAUSE_FRAMES for form in _lemmas(head) for t in lex.verbs.get(form, ()))
    return frame is not None and frame.type in CONTENT_FRAMES


def _asked(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb the rules read as another act's content is what a request or a threat
    asks or threatens ("a demandé au Japon de fournir une aide", "menace de rompre"): not done,
    the rules' call like a negation (the act model had coded the aid asked for at 0.68). An
    accusation's content ("accuse Kigali de soutenir le M23") is left to the model."""
    frame = match_trigger(_framing_verb(tok), lex)
    return frame is not None and frame.type in UNDONE_CLAUSE_FRAMES


def _names_an_undone_act(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun is one the lexicon lists for a request, a refusal or a threat ("demande",
    "refus", "menace"), whatever its conditions: what it governs is asked, refused or threatened."""
    return bool(UNDONE_FRAMES.intersection(lexicon_types(noun, lex)))


def _describes_a_noun(tok: Token, etype: str, lex: Lexicon | None = None) -> bool:
    """"le mouvement armé soutenu par l'Iran", "le M23 appuyé par l'armée rwandaise": a
    participle that describes a noun is background, not an act the sentence reports. An
    agreement, aid and cooperation are the exceptions: "l'accord signé vendredi par les deux
    ministres", "trois hôpitaux financés par l'Allemagne", "les informations échangées par les
    services algériens et tunisiens" report one (AID: CV event 0.717 -> 0.721, AID 0.72 ->
    0.74, by story AID 0.67 -> 0.69; COOPERATE: even).
    What such a participle governs describes the noun too: "trois ressortissants soupçonnés de
    financer le terrorisme" report no funding, "deux terroristes recherchés pour l'attentat de
    Derna" no attack."""
    if tok.dep_ == "xcomp" and tok.head != tok and _describes_a_noun(tok.head, ""):
        return etype not in {"AGREE"}
    if tok.pos_ == "NOUN" and tok.dep_ in {"obl", "obl:arg", "obl:mod"} and tok.head != tok \
            and _describes_a_noun(tok.head, ""):
        # "deux terroristes recherchés pour l'attentat de Derna": no attack by who hands them over
        return etype not in {"AGREE", "AID"}
    return (tok.dep_ == "acl" and "Part" in morph(tok, "VerbForm") and "Pres" not in morph(tok, "Tense")
            and etype not in {"AGREE", "AID", "COOPERATE"} and not _finite_acl(tok) and not _verbless_report(tok)
            and participle_of(tok) is None and not (lex is not None and _reaction_to_an_act(tok, etype, lex)))


REACTIONS = {"REJECT", "SUPPORT", "ACCUSE"}
# nouns for something done or said that a participle's agent may answer ("un geste salué par
# Niamey"), beside those the lexicon lists for an act ("des accusations rejetées par Cotonou")
DEEDS = {"geste", "decision", "mesure", "initiative", "annonce", "propos", "declaration", "position"}


def _reaction_to_an_act(tok: Token, etype: str, lex: Lexicon) -> bool:
    """Whether a participle describing a noun is someone's reaction to what the noun names:
    "des accusations aussitôt rejetées par Cotonou", "un geste salué par Niamey" report Cotonou's
    denial and Niamey's praise -- the participle's agent names who reacts to an act of another
    type, or to a deed ("geste", "décision")."""
    if etype not in REACTIONS or not any(c.dep_ == "obl:agent" or _case(c) == "par" for c in tok.children):
        return False
    noun = tok.head
    named = {t.type for form in _lemmas(noun) for t in lex.nouns.get(form, ())}
    # (an act of the participle's own type is that act told: "le soutien militaire apporté par
    # l'Iran" is Iran's support, which the noun codes, not a reaction to it)
    return etype not in named and (bool(named) or fold(noun.lemma_) in DEEDS)


def _session_of_a_body(tok: Token, actors: ArticleActors) -> bool:
    """"une réunion élargie du Conseil supérieur de défense": a meeting *of* an institution is
    its session, not talks between parties; so is one "avec son conseil de sécurité nationale",
    one's own council."""
    if tok.pos_ != "NOUN":
        return False
    met = [c for c in tok.children if _case(c) == "avec"]
    if met and not any(_case(c) == "entre" for c in tok.children) and all(_own_body(c, actors) for c in met):
        return True
    if any(_case(c) in {"avec", "entre"} for c in tok.children):
        return False
    for c in tok.children:
        if _case(c) in {"de", "du", "d'"}:
            m = actors.at(c.i)
            if m is not None and len(m.actors) == 1 and m.actors[0].kind == "body":
                return True
    return False


def _own_body(phrase: Token, actors: ArticleActors) -> bool:
    """Whether a phrase names one's own body ("son conseil de sécurité nationale", "leur cabinet")."""
    return any(fold(d.text) in SINGULAR_OWN | {"leur", "leurs"} for d in phrase.children if d.dep_ == "det") \
        and (m := actors.at(phrase.i)) is not None and all(a.kind == "body" for a in m.actors)


def _held_by_group(tok: Token, actors: ArticleActors) -> list[Actor]:
    """"a pilonné le centre de Beyrouth et sa banlieue sud, bastion du Hezbollah": a place
    described, between commas, as an armed group's is struck as that group's."""
    described = [t for c in tok.children if c.dep_ == "obj" for t in c.subtree if t is not c]
    for c in [*tok.children, *described]:
        if c.i < tok.i or _case(c) or c.pos_ != "NOUN" or c.dep_ not in {"obl:mod", "appos", "obl"} \
                or tok.doc[c.i - 1].text != ",":
            continue
        groups = [a for t in c.subtree if (m := actors.at(t.i)) is not None for a in m.actors if a.kind == "group"]
        if groups:
            return _unique(groups)
    return []


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary, describing a noun: "l'accord signé vendredi"."""
    return tok.pos_ == "VERB" and "Part" in morph(tok, "VerbForm") and "Pres" not in morph(tok, "Tense") \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def _verbless_report(tok: Token) -> bool:
    """"Des accusations démenties par Téhéran ce mercredi": a sentence with no verb of its own
    whose participle, with its agent, is what the sentence reports."""
    head = tok.head
    return (head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and _agent_after(tok) is not None
            and not any(t.pos_ in {"VERB", "AUX"} and t.i != tok.i for t in sentence_of(tok)))


def _agent_after(tok: Token) -> Token | None:
    """The "par X" of a passive, in its phrase or, where the parser hung it on a neighbour,
    right after it ("démenties par Téhéran" with "Téhéran" under the noun); not that of another
    participle inside the phrase ("a été rappelé compte tenu de la tragédie causée par les
    attaques d'Israël": Israel caused the tragedy, it did not recall the ambassador), but for
    one that says who did an act the phrase names ("tuées dans un attentat revendiqué par les
    Shebab")."""
    agent = next((t for t in _own_subtree(tok) if t.i > tok.i and _case(t) == "par"
                  and (t.head.i == tok.i or t.head.pos != VERB
                       or fold(t.head.head.lemma_) in load_lexicon().nouns)), None)
    if agent is None and tok.i + 2 < sentence_of(tok).end and fold(tok.doc[tok.i + 1].text) == "par":
        agent = tok.doc[tok.i + 2]
    return agent


def _finite_acl(tok: Token) -> bool:
    """A finite verb the parser hung on a noun as its modifier: "Le Maroc et l'Allemagne ont,
    par ailleurs, salué ...", where "ont" may even be taken for punctuation; "L'Algérie menace
    de suspendre ...", the present tense itself hung on the name as an adjective."""
    if tok.dep_ in {"amod", "advmod"} and tok.pos_ == "VERB" and "Fin" in morph(tok, "VerbForm") \
            and tok.head.i < tok.i and tok.head.pos_ in {"PROPN", "NOUN"}:
        return True
    if tok.dep_ != "acl":
        return False
    if any(c.dep_.startswith("aux") for c in tok.children):
        return True
    lo, hi = sorted((tok.head.i, tok.i))
    return any(t.pos_ == "AUX" and "Fin" in morph(t, "VerbForm") for t in tok.doc[lo + 1:hi])


def _is_subheading(sent: Span) -> bool:
    """Sub-headings inside the body are treated like titles: not coded."""
    return len(sent) < 14 and not sent.text.strip().endswith((".", "!", "?", "»", '"', "…", ":", ")"))


# --- arguments --------------------------------------------------------------------------------

def _actors_of(tok: Token | None, actors: ArticleActors) -> list[Actor]:
    """The actors a phrase names: at its head, else the nearest mention inside it; plus conjuncts.
    Asked of the same phrases by each act type a sentence's words are read as: worked out once
    an article (a copy is returned, which the caller may extend)."""
    if tok is None:
        return []
    found = memo_of(tok.doc, "actors_of", actors)
    if tok.i not in found:
        found[tok.i] = _phrase_names(tok, actors)
    return list(found[tok.i])


def _dont_members(noun: Token, actors: ArticleActors) -> list[Actor]:
    """The members a phrase lists after "dont": "sept pays latino-américains, dont l'Argentine,
    le Chili et le Pérou", "les félicitations de nombreux dirigeants, dont le président américain
    Joe Biden et ..." (the parser hangs the list on the noun as a relative clause)."""
    return [a for c in noun.children if c.dep_ == "acl:relcl" and c.pos_ in {"NOUN", "PROPN"}
            and any(fold(g.text) == "dont" and g.i < c.i for g in c.children)
            for a in _actors_of(c, actors)]


def _under_aegis(t: Token, top: Token) -> bool:
    """Whether a word inside ``top``'s phrase is under an aegis noun ("sous l'égide de l'Algérie",
    "en présence du président"): who sponsors or watches an act, no party of it ("l'offre de
    médiation du Kenya" is the Kenyan offer itself); or under a behest noun after "à" ("à la
    demande de la France"): who asked for it."""
    lex = load_lexicon()
    return _below(t, top, lambda h: h.pos == NOUN and (
        (fold(h.lemma_) in lex.aegis_nouns and _case(h) not in OF_WORDS) or _behest(h, lex)))


def _behest(noun: Token, lex: Lexicon) -> bool:
    """A noun after "à" of who asked for an act ("à la demande de la France"), or after "sur"
    of who ordered it ("sur instructions du président Kaïs Saïed"): modality.yaml's behest_nouns
    and order_nouns."""
    lemma, case = fold(noun.lemma_), _case(noun)
    return (lemma in lex.behest_nouns and case == "a") or (lemma in lex.order_nouns and case in {"sur", "par"})


def _phrase_names(tok: Token, actors: ArticleActors) -> list[Actor]:
    found: list[Actor] = []
    listed: list[Actor] = []
    m = actors.at(tok.i)
    if m is None or m.place_only:
        # (not one under whose aegis the act is done: "un accord de paix, sous l'égide des États-Unis";
        # nor what a fight is against: "a salué le niveau de coordination atteint dans la lutte
        # contre les réseaux de trafic de migrants" praises no migrant)
        lex = load_lexicon()
        inner = [t for t in _own_subtree(tok) if actors.at(t.i) and not actors.at(t.i).place_only
                 and not _under_aegis(t, tok)
                 and not _below(t, tok, lambda h: (_case(h) == "contre" and fold(h.head.lemma_) in lex.fight_nouns)
                                or fold(h.lemma_) in lex.make_nouns)]
        # the nearest, but a name before a nationality adjective ("l'imam malien Mahmoud Dicko"),
        # and that before a place ("les collaborateurs des établissements français en Russie");
        # and what it is against last ("l'aviation israélienne contre le Liban" is Israel's)
        # (and a country after "de" that the parser hangs on a nationality adjective is where
        # that nation's people are: "les troupes américaines de Syrie" are the Americans)
        inner.sort(key=lambda t: (_located(t), _below(t, tok, lambda h: _case(h) == "contre"),
                                  _stationed_in(t, actors), actors.at(t.i).adjective, abs(t.i - tok.i)))
        m = actors.at(inner[0].i) if inner else None
        if m is not None:
            # "les manœuvres des services algériens et iraniens": the mention found inside the
            # phrase brings its own conjuncts
            # (or beside it: "les régimes du Burkina Faso, du Mali et du Niger", each country hung
            # on "régimes")
            listed = [a for c in (*inner[0].children, *tok.children)
                      if (c.head.i == inner[0].i and c.dep_ == "conj" or _country_appos(inner[0], c, actors))
                      and c.i > inner[0].i for a in _actors_of(c, actors)]
    if m is not None and not m.place_only:
        found.extend(m.actors)
        if len(found) == 1 and found[0].kind != "country":
            found = _shares(found, _listed_countries(found[0], m, tok.doc, actors), actors)
        if len(found) == 1 and found[0].country == "IGO":
            # "les États membres de l'AES, le Mali, le Burkina Faso et le Niger": the members act
            members = _member_states(tok, actors)
            if len(members) >= 2:
                found = members
    found.extend(a for a in listed if a not in found)
    for c in tok.children:
        # (a verb the parser hangs on the phrase as its conjunct is another clause: "ont salué les
        # mesures américaines et appelé la Chine à ...")
        if (c.dep_ == "conj" and c.pos != VERB) or _next_in_list(tok, c) or _country_appos(tok, c, actors):
            found.extend(a for a in _actors_of(c, actors) if a not in found)
        elif c.dep_ == "appos" or (c.pos == PROPN and c.dep_ == "nmod" and m is not None and actors.at(c.i) is m):
            # "son homologue Antoine Diome et le président ...": the parser may hang the next
            # item on the phrase's apposition, or on the name of the person the phrase names
            # (a plural title's second name is its own: "ses homologues tunisien Kaïs Saïed et
            # libyen Mohamed el-Menfi")
            if c.dep_ == "appos" and "Plur" in morph(tok, "Number") and (n := actors.at(c.i)) is not None \
                    and n is not m and n.start == c.i:
                found.extend(a for a in n.actors if a not in found)
            for g in c.children:
                if g.dep_ == "conj" or _country_appos(c, g, actors):
                    found.extend(a for a in _actors_of(g, actors) if a not in found)
        elif c.dep_ == "amod" and len(found) == 1 and found[0].kind != "country":
            found = _shares(found, _coordinated_nationalities(found[0], c, actors), actors)
    for c in _repeating_conjuncts(tok):
        found.extend(a for a in _actors_of(c, actors) if a not in found)
    if m is not None and not m.place_only:
        for c in _listed_beside(tok, actors):
            found.extend(a for a in _actors_of(c, actors) if a not in found)
        # a list the parser scatters over the sentence, read by position: "les offres d'aide de
        # l'Espagne, du Qatar, du Royaume-Uni et des Émirats"; "s'est entretenu avec le ministre
        # portugais, X, les ministres de l'intérieur du Ghana, Y, de la Gambie, Z et le ministre
        # de la sécurité au Burkina Faso, W", people each with a title the parser chains as
        # appositions (a country named before a person's name there is that person's, no item
        # of its own)
        first = found[0] if len(found) == 1 else None
        if first is not None and (first.kind == "country" or _named_person(first)):
            found.extend(a for c in _listed_by_position(tok.doc, m.end - 1, sentence_of(tok).end, actors)
                         for a in actors.at(c.i).actors
                         if a not in found and (first.kind == "country" or _named_person(a)))
    if all(a.country is None or a.kind == "role" and a.role == fold(tok.lemma_) for a in found):
        found = _dont_members(tok, actors) or found
    return found


def _country_appos(head: Token, c: Token, actors: ArticleActors) -> bool:
    """"l'aide de quatre pays : l'Espagne, la Grande-Bretagne, le Qatar et les Émirats": the
    parser hangs the list's second item on the first as an apposition; a country set beside a
    country is the next item of a list, not another name for it. So is a country hung on one as
    its complement after a comma ("les régimes du Burkina Faso, du Mali et du Niger")."""
    if c.i < head.i or c.dep_ not in {"appos", "nmod"}:
        return False
    if c.dep_ == "nmod" and (c.left_edge.i == 0 or c.doc[c.left_edge.i - 1].text != ","):
        return False
    first, then = actors.at(head.i), actors.at(c.i)
    if first is None or then is None or first is then or then.place_only:
        return False
    kinds = {a.kind for a in (*first.actors, *then.actors)}
    # (an organisation with a country after it is a list too: "L'Union africaine, la Turquie,
    # le Qatar et les Émirats ont condamné"; two organisations may be one named twice)
    return kinds <= {"country", "igo"} and any(a.kind == "country" for a in (*first.actors, *then.actors))


def _repeating_conjuncts(tok: Token) -> list[Token]:
    """"ses condoléances aux familles des victimes ainsi qu'aux gouvernements du Mali et de la
    France": a conjunct that repeats the phrase's preposition is coordinated with the phrase,
    though the parser hangs it on a word inside it ("victimes")."""
    out: list[Token] = []
    for first in _own_subtree(tok):
        if _case(first) in PREPOSITIONS[0]:
            out += [c for t in _own_subtree(first) if t.i != first.i for c in t.children
                    if c.dep_ == "conj" and _case(c) in PREPOSITIONS[0] and c not in out]
    return out


PREPOSITIONS = ({"a", "au", "aux"}, OF_WORDS)
OF_OR_TO = PREPOSITIONS[0] | OF_WORDS   # (folded, as ``_case`` gives them)


SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}


def _listed_beside(tok: Token, actors: ArticleActors) -> list[Token]:
    """"L'UE a sanctionné l'Iran, la Biélorussie et la Corée du Nord", "des sanctions contre
    l'Iran, la Biélorussie et la Corée du Nord": the parser hangs the list's next items above
    the first (the verb's adjunct or second object), not on it. Phrases that follow it one
    comma apart, hung on a word above it, each naming an actor, are its list when the last of
    them closes it with "et" or "ou" (one event per counterpart); else none of them is."""
    doc, sent = tok.doc, sentence_of(tok)
    above = {t.i for t in tok.ancestors}
    items: list[Token] = []
    end = tok.right_edge.i
    while end + 2 < sent.end and doc[end + 1].text == ",":
        h = doc[end + 2]
        while h.head.i != h.i and h.head.left_edge.i == end + 2 and h.head.i not in above:
            h = h.head  # the phrase that starts after the comma
        m = actors.at(h.i)
        if h.head.i not in above or h.dep_ in SUBJECT_DEPS or h.pos not in (PROPN, NOUN) \
                or m is None or m.place_only or not m.actors:
            break
        items.append(h)
        end = h.right_edge.i
    closed = bool(items) and any(g.dep_ == "conj" and any(fold(x.text) in {"et", "ou"} for x in g.children if x.dep_ == "cc")
                                 for g in items[-1].children)
    return items if closed else []


LIST_GLUE = OF_WORDS | ARTICLES   # what may open a list's next item ("du Qatar", "de l'Espagne")


def _listed_by_position(doc: Doc, end: int, sent_end: int, actors: ArticleActors) -> list[Token]:
    """The items that follow a list's first item (a mention ending at ``end``) one comma apart,
    the last after "et" or "ou", each a mention of an actor opened only by prepositions and
    articles ("de l'Espagne, du Qatar, du Royaume-Uni et des Émirats arabes unis"); none unless
    "et" or "ou" closes the list."""
    items: list[Token] = []
    i = end + 1
    while i < sent_end and (doc[i].text == "," or fold(doc[i].text) in {"et", "ou"}):
        closing = doc[i].text != ","
        j = i + 1
        while j < sent_end and fold(doc[j].text) in LIST_GLUE:
            j += 1
        m = actors.at(j) if j < sent_end else None
        if m is None or m.start != j or m.place_only or not m.actors:
            return []
        items.append(doc[j])
        if closing or any(fold(t.text) in {"et", "ou"} for t in doc[j:m.end]):
            return items  # (a mention may hold the list's end: "du Royaume-Uni et des Émirats")
        i = m.end
    return []


def _next_in_list(tok: Token, c: Token) -> bool:
    """"sa gratitude au Premier ministre Anwar, au gouvernement chinois et au président Trump":
    the parser hangs the second item on the first as its complement; a complement after a
    comma that repeats the first item's preposition is the list's next item (CODEBOOK: one
    event per counterpart), where "la Mission de l'ONU au Mali" has no comma."""
    if c.dep_ != "nmod" or c.i < tok.i or c.left_edge.i == 0 or tok.doc[c.left_edge.i - 1].text != ",":
        return False
    if fold(c.lemma_) in load_lexicon().circumstance_nouns:
        return False  # ", au lendemain de la visite": when, not who
    first, then = _case(tok), _case(c)
    if not first and not then:
        # "L'Égypte, la Jordanie et les Émirats ont condamné": a list of subjects whose second
        # item the parser hangs on the first, the last on the second
        return any(g.dep_ == "conj" for g in c.children)
    return bool(first) and (first == then or any(first in p and then in p for p in PREPOSITIONS))


def _shares(found: list[Actor], others: list[Actor], actors: ArticleActors) -> list[Actor]:
    """An office of several countries, one actor each, each the person the article names in
    it if it does ("les Premiers ministres espagnol et belge": Pedro Sánchez, Alexander De Croo)."""
    others = [a for a in others if a not in found]
    return [actors.holder(a) for a in found + others] if others else found


def _listed_countries(base: Actor, m: ActorMention, doc: Doc, actors: ArticleActors) -> list[Actor]:
    """"les chefs de la diplomatie du Tchad, du Gabon et du Togo": the same office of each
    country listed after the one the mention names, one actor each (CODEBOOK: one event per
    counterpart)."""
    out = []
    if base.kind == "person":
        return out  # (a person's name carries no country: "Kaïs Saïed et libyen" is no Libyan Kaïs)
    words = base.name.split()
    for t in doc[m.start:m.end]:
        if t.pos != PROPN or t.text not in words:  # the country the office's name carries
            continue
        # the parser hangs the others on the country ("du Tchad et du Togo": conj) or beside it
        # ("du Tchad, du Gabon": a second complement of "diplomatie")
        listed = [c for c in t.children if c.dep_ == "conj"]
        listed += [c for c in t.head.children if c.dep_ == "nmod" and c.i >= m.end and _case(c) in OF_WORDS]
        listed += [g for c in listed for g in c.children if g.dep_ == "conj"]
        listed += _listed_after(m, doc, actors)
        for c in sorted(set(listed), key=lambda c: c.i):
            other = actors.at(c.i) if c.i >= m.end else None
            named = other.actors[0] if other is not None and other.actors else None
            if named is not None and named.kind == "country" and named.country not in (None, "IGO", base.country):
                # an organisation's name carries no country: "l'Union européenne, Londres et
                # Paris" lists three parties, not the Union of each
                out.append(named if base.kind == "igo" else
                           replace(base, country=named.country, name=_complement_swapped(base.name, t, c, actors)))
    return out


_OF_AND_ARTICLES = OF_WORDS | ARTICLES   # the "de" words of the role phrases, and articles
_LIST_WORDS = {"et", ","}                # what joins the items of a list of names


def _listed_after(m: ActorMention, doc: Doc, actors: ArticleActors) -> list[Token]:
    """The names listed right after a mention by the words alone, each behind a comma or "et"
    and its own "de" word: "les ministres du Yémen, du Niger et du Mali", where the parser
    hangs "du Niger" on the verb. Anything else ends the list ("le ministre du Niger, de
    passage à Rabat")."""
    out: list[Token] = []
    i, end = m.end, sentence_at(doc, m.start).end
    while i + 2 < end and doc[i].text in _LIST_WORDS and fold(doc[i + 1].text) in OF_WORDS:
        j = i + 2
        while j < end and fold(doc[j].text) in ARTICLES:
            j += 1
        other = actors.at(j) if j < end else None
        if other is None or other.start != j or other.place_only:
            break
        out.append(doc[j])
        i = other.end
    return out


def _complement_swapped(name: str, old: Token, new: Token, actors: ArticleActors) -> str:
    """An office's name with one listed country for another, each with the article's own
    preposition and article: "gouvernements du Mali" -> "gouvernements de la Belgique" (not
    "du Belgique")."""
    def own(tok: Token, start: int, end: int) -> str:
        while start > 0 and fold(tok.doc[start - 1].text) in _OF_AND_ARTICLES:
            start -= 1
        return tok.doc[start:end].text.replace("\u2019", "'")

    # the old country within the office's mention: the word and its flat name parts ("Burkina Faso")
    was = own(old, old.i, max([old.i, *(c.i for c in old.children if c.dep_.startswith("flat"))]) + 1)
    m = actors.at(new.i)   # the new one is a country's own mention
    now = own(new, *((m.start, m.end) if m is not None else (new.i, new.i + 1)))
    if was and was in name:
        return name.replace(was, now, 1)
    return " ".join(new.text if w == old.text else w for w in name.split())


def _coordinated_nationalities(base: Actor, adj: Token, actors: ArticleActors) -> list[Actor]:
    """"les forces maliennes et burkinabè": the same body of each country the adjectives name."""
    out = []
    for c in adj.children:
        m = actors.at(c.i)
        if c.dep_ == "conj" and m is not None and m.adjective and m.actors and m.actors[0].country:
            name = base.name.replace(adj.text, c.text) if adj.text in base.name else f"{base.name} ({c.text})"
            out.append(replace(base, name=name, country=m.actors[0].country, office=None))
    return out


def _located(tok: Token) -> bool:
    """A name after "en", "à", "au", "dans": a place in the phrase, not who the phrase is."""
    return tok.i > 0 and fold(tok.doc[tok.i - 1].text) in LOCATIVE


def _named_person(a: Actor) -> bool:
    """A person the text names ("Ambrose Dery"), not a group taken for one."""
    return a.kind == "person" and a.name[:1].isupper()


def _stationed_in(tok: Token, actors: ArticleActors) -> bool:
    """A name after "de" that follows a nationality adjective, hung on it or on its noun: "les
    troupes américaines de Syrie", where the Americans are (or leave), not whose troops they are."""
    if _case(tok) not in OF_WORDS or tok.head.i == tok.i:
        return False
    return any((m := actors.at(t.i)) is not None and m.adjective and t.i < tok.i
               for t in (tok.head, *(c for c in tok.head.children if c.dep_ == "amod")))


def _member_states(tok: Token, actors: ArticleActors) -> list[Actor]:
    members: list[Actor] = []
    for t in tok.subtree:
        m = actors.at(t.i)
        if m and m.start == t.i and not m.place_only and not m.adjective:
            members.extend(a for a in m.actors if a.kind == "country" and a not in members)
    return members


NEAR = {"pres", "autour", "loin", "proximite", "long", "large", "abords"}


def _near_place(tok: Token) -> bool:
    """"près de la frontière malienne", "au large de la Libye", "le long de leurs frontières";
    not "près de 300 migrants" (almost)."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    first = tok.left_edge.i
    return any(fold(c.text) in NEAR for c in tok.children if c.dep_ in {"advmod", "case", "fixed"}) \
        or (first > 0 and fold(tok.doc[first - 1].text) in NEAR)


@per_token
def _aside(tok: Token) -> bool:
    """A phrase that says where, when or why, never who: "près de la frontière", "à l'issue de
    la conférence sur la paix en Ukraine"; nor is the one the act is reported by ("a tiré sur
    un navire, selon l'armée philippine") a party of it. (Asked of the same tokens again and
    again as the rules climb from each word of a phrase: answered once a token.)"""
    return _near_place(tok) or fold(tok.lemma_) in load_lexicon().circumstance_nouns or _case(tok) == "selon"


def _counterpart_only(c: Token, actors: ArticleActors) -> bool:
    """Whether a subject names no actor of its own, only a counterpart ("un entretien avec le
    ministre koweïtien, au cours duquel il l'a félicité": the meeting's "avec" is not who
    congratulates; "il" is)."""
    if actors.at(c.i) is not None:
        return False
    inner = [t for t in c.subtree if t.i != c.i and (m := actors.at(t.i)) is not None and not m.place_only]
    return bool(inner) and all(_below(t, c, lambda h: _case(h) in {"avec", "entre", "contre"}) for t in inner)


def _below(t: Token, top: Token, test: Callable[[Token], bool]) -> bool:
    """Whether ``test`` holds of ``t`` or of a head of it below ``top``, inside ``top``'s phrase."""
    while t != top and t.head != t:
        if test(t):
            return True
        t = t.head
    return False


# the prepositions of a time adjunct ("après son adhésion à l'OTAN", "avant sa visite en Chine"):
# who is named in it is no party of the act it dates
TIME_CASES = {"apres", "avant", "depuis", "pendant"}  # (not "dès": folded, it is "des", "de les")


def _in_no_partys_place(t: Token, top: Token) -> bool:
    """Whether ``t``, inside ``top``'s phrase, lies (itself or a head below ``top``) where who is
    named is no party of ``top``'s act: an aside; what an accusation or request there says ("Le
    Rwanda, accusé par l'ONU de soutenir le M23, a rejeté ces accusations": the M23 is what the
    accusation is about); a time adjunct ("Moscou menace Helsinki de représailles après son
    adhésion à l'OTAN": Helsinki is threatened, not NATO); where a thing was made ("avec un
    missile de fabrication américaine": modality.yaml's make_nouns). One climb for them all."""
    lex = load_lexicon()
    return _below(t, top, lambda h: _aside(h) or (h.dep_ in {"xcomp", "ccomp"} and _is_reported_content(h, lex))
                  or (h.dep_.startswith("obl") and _case(h) in TIME_CASES) or fold(h.lemma_) in lex.make_nouns)


def _that_clause(tok: Token) -> bool:
    """Whether a clause is a verb's "que" complement ("demande que ...", "pour que ...")."""
    return tok.dep_ in {"ccomp", "advcl"} and tok.pos == VERB and _marked_by_que(tok)


def _marked_by_que(tok: Token) -> bool:
    return any(m.dep_ == "mark" and fold(m.text) in {"que", "qu'"} for m in tok.children)


@per_token
def _own_subtree(tok: Token) -> list[Token]:
    """The word's phrase without its coordinated, relative, adverbial and reported clauses, in
    the order of a depth-first walk: listed once an article, each act type's reading of a word
    walking it again."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _OTHER_CLAUSES)
    return out


_OTHER_CLAUSES = {"conj", "acl:relcl", "parataxis", "advcl", "ccomp"}


def _clause(tok: Token) -> list[Token]:
    """The act's clause: its main predicate's phrase, without coordinated or reported clauses."""
    cur = tok
    while cur.dep_ not in {"ROOT", "conj", "parataxis", "ccomp"} and cur.head != cur:
        cur = cur.head
    return sorted(_own_subtree(cur), key=lambda t: t.i)


def _case(tok: Token) -> str:
    """The word's preposition or subordinator (its first "case" or "mark" dependent), folded."""
    return _case_words(tok.doc).get(tok.i, "")


def _case_words(doc: Doc) -> dict[int, str]:
    """Each word's first "case" or "mark" dependent, folded, by the word's index: read once an
    article from the doc's arrays (the rules ask it of the same words a thousand times an
    article, and each asking built a Token for each of the word's dependents). "auprès du
    Japon": the parser may make "auprès" an adverb the name hangs on; the name's case is then
    "aupres"."""
    found = memo(doc)
    if "case_words" not in found:
        strings = doc.vocab.strings
        marks = {strings.add("case"), strings.add("mark")}
        heads, texts, pos, cases = head_indices(doc), folded_words(doc), parts_of_speech(doc), {}
        for i, dep in enumerate(column(doc, DEP)):
            if dep in marks:
                cases.setdefault(heads[i], texts[i])
        for i in cases:
            head = heads[i]
            if pos[head] == ADV and texts[head] == "aupres":
                cases[i] = "aupres"
        found["case_words"] = cases
    return found["case_words"]


def _subject(tok: Token, actors: ArticleActors) -> list[Actor]:
    """The acting subject, climbing from infinitives and coordinated verbs to the verb that has one."""
    if (noun := _noun_a_participle_follows(tok)) is not None and (m := actors.at(noun.i)) is not None \
            and not m.place_only and m.actors:
        return list(m.actors)
    cur, steps = tok, 0
    while steps < 5:
        if _finite_acl(cur) and not any(c.dep_.startswith("nsubj") for c in cur.children):
            return _actors_of(cur.head, actors)  # a finite verb misparsed as a noun's modifier
        shared = participle_of(cur)
        if shared is not None:
            cur, steps = shared, steps + 1  # the verb whose auxiliary it shares
            continue
        # (a subject the parser hung on the auxiliary, past a phrase set between them: "Il a par
        # ailleurs rencontré son homologue")
        kids = [*cur.children, *(g for a in cur.children if a.dep_.startswith("aux") for g in a.children
                                 if g.dep_ == "nsubj")]
        subjectless = not any(c.dep_.startswith("nsubj") and not _object_as_subject(c) for c in kids)
        for c in kids:
            if _object_as_subject(c) or (_counterpart_only(c, actors) and any(
                    o is not c and o.dep_ == "nsubj" and actors.at(o.i) is not None for o in kids)):
                continue  # (a second subject that names someone: "..., au cours duquel il l'a félicité")
            if c.dep_ == "nsubj" or (c.dep_ == "nsubj:pass" and not _is_passive(cur)) \
                    or _clitic_subject(c) or (subjectless and (_unlabelled_subject(c) or inverted_subject(c))):
                if "Rel" in morph(c, "PronType") and cur.dep_ == "acl:relcl":
                    return _actors_of(cur.head, actors)
                if fold(c.text) == "qui" and (antecedent := _named_just_before(c, actors)):
                    # "d'autres puissances comme le Canada, qui ont annoncé l'expulsion de ...":
                    # a relative the parser hangs on the main verb is still the name's before it
                    return antecedent
                found = _actors_of(c, actors) or _collective(c) or _dont_members(c, actors)
                named = next((o for o in kids if o.dep_ == "nsubj" and o.i == c.right_edge.i + 1), None)
                if found and named is not None and all(a.kind == "country" for a in found) \
                        and (n := actors.at(named.i)) is not None and any(a.kind != "country" for a in n.actors):
                    # "Le puissant mouvement libanais Hezbollah a revendiqué": the name right after the
                    # phrase, which the parser makes a second subject, is the one its adjective was for
                    found = list(n.actors)
                if found:
                    # "Le Kenya et l'Éthiopie ont exprimé": the parser may make each a subject
                    found += [a for o in cur.children if o.dep_ == "nsubj" and o.i > c.i and _coordinated_subject(c, o)
                              for a in _actors_of(o, actors) if a not in found]
                    found += [a for a in _followers(c, actors) + _followers(cur, actors) if a not in found]
                    return found + [a for a in _listed_before(c, actors) if a not in found]
        if subjectless and cur.dep_ == "xcomp" and fold(cur.head.lemma_) in load_lexicon().causing_verbs:
            # "Les pourparlers ont conduit les deux parties à conclure un accord": who is led
            # to act acts (the causing verb's object, not its subject)
            led = [a for o in cur.head.children if o.dep_ == "obj" for a in _actors_of(o, actors)]
            if led:
                return led
        if subjectless:
            found = _subject_after_adjunct(cur, actors) or _decider_of(cur, actors)
            if not found and (hung := _subject_hung_on_a_relative(cur)) is not None:
                found = _actors_of(hung, actors)
            if found:
                return found
        if subjectless and cur.i == tok.head.i != tok.i and _present_participle(tok) and after_incise_mark(cur):
            # "« ... », a écrit le chef de l'État, remerciant Oman": a participle hung on an
            # incise is its inverted subject's, which the parser took for an object
            found = [a for c in cur.children if c.dep_ == "obj" and c.i > cur.i for a in _actors_of(c, actors)]
            if found:
                return found
        fronted = _subject_before(cur)
        if fronted is not None and not any(c.dep_.startswith("nsubj") for c in cur.children):
            found = _actors_of(fronted, actors)
            if found:
                return found
        if subjectless and cur.dep_ == "ROOT":
            found = _antecedent_of_a_relative(cur, actors)
            if found:
                return found
        if not subjectless and cur.dep_ == "ccomp":
            # "a prévenu que toute agression recevrait une réponse": a reported clause with a
            # subject of its own that names no one is no one's, not the reporter's
            return []
        if cur.dep_ not in SUBJECT_CLIMB or cur.head == cur:
            return []
        cur, steps = cur.head, steps + 1
    return []


def _decider_of(verb: Token, actors: ArticleActors) -> list[Actor]:
    """Who an infinitive hung on a decision noun names as deciding it: "la décision des
    autorités nigériennes d'expulser l'ambassadeur de France" is theirs, not the subject's of the
    verb that judges it."""
    noun = verb.head
    if verb.dep_ != "acl" or "Inf" not in morph(verb, "VerbForm") or noun.pos_ != "NOUN" \
            or fold(noun.lemma_) not in load_lexicon().act_reference_nouns:
        return []
    return [a for c in noun.children if c.i < verb.i and (_case(c) in OF_WORDS or c.dep_ in {"amod", "nmod:poss"})
            for a in _actors_of(c, actors)]


def _followers(subject: Token, actors: ArticleActors) -> list[Actor]:
    """Who the subject's "suivi(e)(s) par" or "imité(e)(s) par" names: "Les États-Unis, suivis
    par le Royaume-Uni et l'Australie, ont annoncé le retrait de leurs diplomates" -- they did
    it too (the parser may hang the second on the participle, and the participle on the verb:
    "... ont reconnu l'État de Palestine, suivis lundi par la France")."""
    hung = [c for c in subject.children if c.dep_ in {"acl", "advcl"}]
    # (or on the verb's object, which it does not agree with: "... ont reconnu l'État de
    # Palestine, suivies jeudi par la Slovénie")
    hung += [c for o in subject.children if o.dep_ == "obj" for c in o.children if c.dep_ == "acl" and disagrees(c, o)]
    return [a for c in hung if fold(c.lemma_) in FOLLOWING_VERBS
            for g in c.children if g.dep_ == "obl:agent" or _case(g) == "par" or (g.dep_ == "conj" and g.pos in (PROPN, NOUN))
            for a in _actors_of(g, actors)]


FOLLOWING_VERBS = {"suivre", "imiter"}


# (not "en": "en lui divulguant" is a gerund, its subject the clause's)
PARTICIPLE_CLITICS = {"lui", "leur", "les", "la", "le", "l'", "nous", "vous", "se", "s'", "y", "ne", "n'"}


def _noun_a_participle_follows(tok: Token) -> Token | None:
    """The noun a subjectless present participle follows with no comma, which it qualifies: "un
    appel de son homologue marocain lui demandant de l'aide" is the counterpart's asking (the
    parser hangs the participle on the main verb, whose subject would be read)."""
    if not _present_participle(tok) or tok.dep_ not in {"advcl", "acl"} \
            or any(c.dep_.startswith("nsubj") for c in tok.children):
        return None
    i = tok.i - 1
    while i > sentence_of(tok).start and fold(tok.doc[i].text) in PARTICIPLE_CLITICS:
        i -= 1
    before = tok.doc[i]
    if before.pos_ == "ADJ" and before.dep_ == "amod" and before.head.i < before.i:
        before = before.head
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def _present_participle(tok: Token) -> bool:
    """"appelant", "remerciant": a verb's present participle, by its morphology."""
    return "Part" in morph(tok, "VerbForm") and "Pres" in morph(tok, "Tense")


def _coordinated_subject(first: Token, then: Token) -> bool:
    """Whether a second subject of one verb follows the first after "et" or a comma (the parser's
    two subjects for one coordinated one)."""
    between = {fold(t.text) for t in first.doc[first.right_edge.i + 1:then.left_edge.i]}
    if between == {","} and then.pos == NOUN and first.pos == PROPN:
        return False  # "La Finul, la force de l'ONU déployée entre le Liban et Israël, a accusé": an apposition
    return bool(between) and between <= {"et", ","}


def _clitic_subject(tok: Token) -> bool:
    """"Il l'a remercié", "Il leur a exposé": before an object clitic the parser may call the
    subject pronoun an expletive (a true one, "il s'agit", "il faut", has none)."""
    return tok.dep_ == "expl:subj" and any(c.dep_ in {"obj", "iobj"} and c.pos_ == "PRON" and c.i > tok.i
                                           for c in tok.head.children)


def _act_subject(verb: Token, etype: str, lex: Lexicon) -> Token | None:
    """The verb's subject when it is a noun reporting an act of the verb's own type
    ("le bombardement ... a tué", "l'attaque des rebelles a détruit le poste")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    trig = match_trigger(subject, lex)
    return subject if trig is not None and trig.type == etype and trig.pos == "noun" else None


def _listed_before(subject: Token, actors: ArticleActors) -> list[Actor]:
    """The parties listed right before a subject's name, by the words alone ("le Bahreïn et les
    Émirats arabes unis rouvrent": the parser may hang "Bahreïn" elsewhere and give the verb
    the last name only). Each earlier item must be a name that ends where "et" (or, further
    back, a comma: "A, B et C"), maybe with a determiner, leads to the next one; a comma alone
    ends a fronted phrase ("Au nom du Sénégal, le ministre a condamné"), not a list, unless
    the subject itself goes on with "et" ("Les États-Unis, le Japon et la Corée du Sud ont
    condamné": the parser may give the verb the middle name and hang the first elsewhere)."""
    m = actors.at(subject.i)
    if m is None or m.kind != "actor":
        return []
    doc, found, start = subject.doc, [], m.start
    listing = any(c.dep_ == "conj" and c.i > subject.i and any(fold(g.text) == "et" for g in c.children if g.dep_ == "cc")
                  for c in subject.children)
    while True:
        j = start - 1
        if j >= sentence_of(subject).start and fold(doc[j].text) in ARTICLES:
            j -= 1
        if j < sentence_of(subject).start or fold(doc[j].text) not in (_LIST_WORDS if found or listing else {"et"}):
            return found
        j -= 1
        before = actors.at(j) if j >= sentence_of(subject).start else None
        if before is None or before.end != j + 1 or before.kind != "actor" or before.place_only:
            return found
        found = [a for a in before.actors if a not in found] + found
        start = before.start


def _mention_before(tok: Token, actors: ArticleActors) -> list[Actor]:
    """The nearest actor named before a verb in its clause (no other verb or comma between)."""
    for i in range(tok.i - 1, sentence_of(tok).start - 1, -1):
        t = tok.doc[i]
        if t.pos_ == "VERB" or t.text in {",", ";", ":"}:
            break
        m = actors.at(i)
        if m is not None and not m.place_only and m.kind == "actor":
            return list(m.actors)
    return []


def _unlabelled_subject(c: Token) -> bool:
    """"Séoul et Tokyo ont salué ...": the parser may leave a verb with no subject and call the
    name before it a bare dependent ("dep"); a name that opens the sentence before its verb is
    the subject."""
    # (or a bare oblique: "Plusieurs pays, dont la France et l'Italie, ont condamné ...")
    return (c.dep_ == "dep" or (c.dep_ == "obl:mod" and not any(g.dep_ == "case" for g in c.children))) \
        and c.pos in (PROPN, NOUN) and c.i < c.head.i and c.left_edge.i == sentence_of(c).start


def _subject_after_adjunct(verb: Token, actors: ArticleActors) -> list[Actor]:
    """"Selon la Tunisie, le Maroc et l'Algérie ont condamné", "Au nom du Sénégal, le Maroc et
    l'Algérie ont condamné": the parser may make the subject's names conjuncts or appositions
    of the fronted adjunct's, leaving the verb with no subject. When the sentence opens with a
    preposition, the names listed between the comma that closes it and the verb, and nothing
    else, are the subject (read from the words)."""
    sent = sentence_of(verb)
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if sent[0].pos_ != "ADP" or first <= sent.start:
        return []
    comma = next((i for i in range(first - 1, sent.start, -1) if verb.doc[i].text == ","), None)
    if comma is None:
        return []
    found, i = [], comma + 1
    while i < first:
        m = actors.at(i)
        if m is not None and m.start == i and m.kind == "actor" and not m.place_only and m.end <= first:
            found += [a for a in m.actors if a not in found]
            i = m.end
        elif fold(verb.doc[i].text) in ARTICLES | _LIST_WORDS:
            i += 1
        else:
            return []
    return found


def _antecedent_of_a_relative(verb: Token, actors: ArticleActors) -> list[Actor]:
    """"Le JNIM, qui a revendiqué l'enlèvement, a lancé un ultimatum": the parser may take the
    relative clause for an adverbial one and hang the name on it, leaving the main verb with no
    subject; the name that opens the sentence right before ", qui" is that subject."""
    sent = sentence_of(verb)
    for t in sent:
        if t.i >= verb.i:
            break
        if fold(t.text) == "qui" and t.i >= 2 and t.doc[t.i - 1].text == "," and t.head.i < verb.i:
            m = actors.at(t.i - 2)
            if m is not None and not m.place_only and m.start <= sent.start + 2:
                return list(m.actors)
            break
    return []


def _subject_before(verb: Token) -> Token | None:
    """"après qu'Israël a pilonné Beyrouth": the parser may hang the subject of a clause that
    "que" opens on the main verb; it is the noun right before the verb's auxiliaries that
    carries the "que"."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    prev = verb.doc[first - 1] if first > sentence_of(verb).start else None
    if prev is not None and prev.dep_ == "conj" and prev.head.i < prev.i:
        prev = prev.head  # "qu'Ankara et Le Caire avaient décidé": the first conjunct has the "que"
    if prev is not None and prev.pos_ in {"PROPN", "NOUN"} and prev.head != verb and _marked_by_que(prev):
        return prev
    return None


def _subject_hung_on_a_relative(verb: Token) -> Token | None:
    """"Le président turc, dont le pays est membre de l'Otan, a appelé Moscou": the parser may
    hang the verb's subject on the predicate of the relative clause set before it, which then
    has two subjects, the later the relative's own ("dont le pays", "qui"): the earlier is the
    verb's."""
    for clause in verb.children:
        if clause.i > verb.i or clause.dep_ not in {"advcl", "acl", "parataxis"}:
            continue
        subjects = sorted((g for g in clause.children if g.dep_.startswith("nsubj")), key=lambda g: g.i)
        if len(subjects) == 2 and any("Rel" in morph(t, "PronType") for t in (subjects[1], *subjects[1].children)):
            return subjects[0]
    return None


def _collective(tok: Token) -> list[Actor]:
    """"la grande majorité des États participants": many parties named together, of no one
    country (modality.yaml, collective_nouns)."""
    nouns = load_lexicon().collective_nouns
    for t in (tok, *(c for c in tok.children if c.dep_ == "nmod")):
        if t.pos_ in {"NOUN", "PROPN"} and "Plur" in morph(t, "Number") and fold(t.lemma_) in nouns:
            end = t.i + 1  # the noun and the adjectives right after it: "États participants"
            while end < sentence_of(t).end and t.doc[end].dep_ == "amod" and t.doc[end].head == t:
                end += 1
            return [Actor(t.doc[t.i:end].text, None, "GOV", "collective")]
    return []


def _arguments(tok: Token, trig: Trigger, etype: str, actors: ArticleActors, lex: Lexicon,
               speaker: Actor | None = None) -> tuple[list[Actor], list[Actor]]:
    sources: list[Actor] = []
    targets: list[Actor] = []
    if trig.pos == "noun":
        # "la destruction d'un drone malien par l'armée algérienne": with an agent named, the
        # noun's "de" complement is what the act was done to
        has_agent = any(_case(c) == "par" for c in tok.children)
        # "la rencontre à Djibouti des ministres de l'Érythrée ... avec le chef de la diplomatie
        # djiboutienne": the counterpart, which the parser may hang on the noun's "de" complement;
        # with one, a place after "à" says where they met
        avec_phrases = [g for c in tok.children for g in (c, *(c.children if _case(c) in OF_WORDS else ()))
                        if _case(g) == "avec"]
        possessed = _possessed(tok)
        for c in tok.children:
            case = _case(c)
            if _near_place(c):
                continue  # "une attaque près de la frontière malienne": where, not who
            if c.dep_ == "amod":
                # "une attaque terroriste", "les frappes israéliennes": the adjective names the agent
                m = actors.at(c.i)
                if not sources and m is not None and m.start == c.i and not m.place_only:
                    sources.extend(a for a in m.actors if a.country or a.kind == "group")
            elif case == "entre":
                sources, targets = _between(_actors_of(c, actors), etype)
            elif case in {"avec", "a", "au", "aupres", "contre", "vers"}:
                if case != "avec" and avec_phrases and _located(c):
                    continue
                targets.extend(_actors_of(c, actors) or _visited(tok, c, etype, actors))
            elif case == "par" or c.dep_ == "nsubj":  # "Le gouvernement est en contact avec ..."
                sources.extend(_actors_of(c, actors))
            elif case in OF_WORDS and (c.pos == VERB or any(g.dep_ == "nummod" for g in c.children)):
                # "menace de lancer une opération dans le nord de la Syrie": what the act is
                # (an infinitive), "une aide de 50 millions de dollars en faveur du peuple
                # soudanais": how much; neither names who does it
                continue
            elif case in OF_WORDS or c.dep_ == "nmod:poss":
                # "leur retrait de la CEDEAO": with a possessive, the possessor withdraws and the
                # "de" complement is what it withdraws from
                left = etype == "RETREAT" and possessed and c.dep_ != "nmod:poss"
                if etype in PATIENT_NOUN_TYPES or has_agent or left:
                    targets.extend(_actors_of(c, actors))
                elif (asked := _what_is_asked(c, actors)) is not None:
                    # "une demande d'adhésion à la CEDEAO": the complement is what is asked, and
                    # the one it goes to is its addressee, not the act's doer
                    targets.extend(asked)
                else:
                    sources.extend(_actors_of(c, actors))
        targets.extend(a for g in avec_phrases if g.head.i != tok.i for a in _actors_of(g, actors) if a not in targets)
        if etype == "RETREAT" and not targets:
            targets = _withdrawn_from(tok, actors)
        if etype == "CONSULT" and not targets and (place := _where_relative(tok)) is not None:
            # "a déclaré X à Rabat, où elle se trouvait en visite": the visit is to where "où" stands for
            targets = _visited(tok, place, etype, actors)
        if not targets and etype in SYMMETRIC and tok.dep_ == "nsubj" and tok.head.i != tok.i:
            # "Avec le ministre éthiopien, X, les discussions ont porté sur ...": the counterpart
            # fronted, hung on the verb whose subject the meeting is
            targets = [a for c in tok.head.children if c.dep_.startswith("obl") and _case(c) == "avec"
                       and not _own_delegation(c, actors, lex) for a in _actors_of(c, actors)]
        if trig.blamed and has_agent and sources:
            # "Alger a dénoncé des violations de son espace aérien par des drones maliens": who
            # violated is blamed; who speaks of it blames
            verb = _verb_above(tok)
            blamers = _subject(verb, actors) if verb is not None else []
            if not blamers and speaker is not None:
                blamers = [speaker]
            sources, targets = [a for a in blamers if a not in sources], sources
        if trig.mediated and sources and not targets:
            targets = _mediated_parties(tok, sources, actors)
        if etype in SYMMETRIC and targets:
            topic = _topic(tok, actors)   # "une réunion à Genève sur l'Ukraine": not with Ukraine
            targets = [a for a in targets if a not in topic]
        if etype in SYMMETRIC and sources and tok.head != tok and _supports(tok.head, lex) \
                and all(a.kind == "country" for a in sources + targets):
            # "X et son homologue espagnol ont présidé la réunion du groupe hispano-marocain":
            # the states the noun's complement names are those of the people who hold it
            holders = _subject(tok.head, actors)
            if len(holders) >= 2 and {a.country for a in sources + targets} <= {a.country for a in holders}:
                sources, targets = _between(holders, etype)
        if not sources and not targets:
            between = next((t for t in tok.doc[tok.i + 1: min(tok.i + 12, sentence_of(tok).end)] if fold(t.text) == "entre"), None)
            if between is not None and between.head.i != tok.i:
                sources, targets = _between(_actors_of(between.head, actors), etype)
        if not sources and not targets and etype in SYMMETRIC and (gathering := _gathering_verb(tok, lex)) is not None:
            # "La réunion a regroupé les chefs d'état-major du Mali, du Burkina Faso et du Niger",
            # "une réunion ayant réuni les deux ministres": its parties are what it gathered
            sources, targets = _between([a for c in gathering.children if c.dep_ == "obj" for a in _actors_of(c, actors)], etype)
        if not sources and not targets and tok.dep_ == "nsubj" and fold(tok.head.lemma_) in lex.opposing_verbs:
            # "Des affrontements ont opposé l'armée soudanaise aux forces tchadiennes": the act's
            # parties are what it opposed, the verb's object and its "à" complement
            verb = tok.head
            sources = [a for c in verb.children if c.dep_ == "obj" for a in _actors_of(c, actors)]
            targets = [a for c in verb.children if c.dep_.startswith("obl") and _case(c) in ADDRESSEE_CASES
                       for a in _actors_of(c, actors)]
        # "a tenu une réunion": the verb's subject holds it; "préoccupée par les arrestations":
        # a cause after "par" is no act of the subject's
        if _received(tok, etype, lex):
            # "le Niger a reçu une demande d'extradition du Bénin": the subject undergoes it, the
            # noun's "de" complement (or "de la part de") does it
            done_by = [a for c in tok.children if _case(c) in OF_WORDS and c.dep_ != "amod"
                       for a in _actors_of(c, actors) if a.country is not None] or _dont_members(tok, actors)
            done_by += [a for c in tok.head.children if c.dep_.startswith("obl") and _case(c) in OF_WORDS | {"par"}
                        for a in _actors_of(c, actors)]
            # "a obtenu un prêt auprès de la France": the lender, hung on the noun or the verb, or
            # on an "auprès" the parser hangs there as a word of its own
            done_by += [a for w in (*tok.children, *tok.head.children) for c in (w, *w.children)
                        if _case(c) == "aupres" for a in _actors_of(c, actors)]
            sources, targets = done_by or sources, _subject(tok.head, actors) or targets
        elif not sources and tok.head != tok \
                and ((tok.dep_ != "obl:agent" and _case(tok) != "par" and _supports(tok.head, lex)) or _answered_with(tok, lex)):
            # (the parser may take the answer after "par" for a passive's agent: "a répondu par
            # la fermeture de sa frontière" -- "répondre" is active, its subject answers)
            sources = _subject(tok.head, actors)
            if not targets:
                # "a élevé une protestation auprès de Pyongyang": the parser hangs the one it is
                # addressed to on the support verb
                targets = [a for c in _verb_dependents(tok.head) if c.dep_.startswith("obl") and _case(c) in SUPPORTED_CASES
                           for a in _actors_of(c, actors)]
        elif sources and all(a.kind == "country" for a in sources) and tok.head != tok \
                and (_supports(tok.head, lex) or fold(tok.head.lemma_) in lex.reasserting_verbs) \
                and (speakers := [a for a in _subject(tok.head, actors) if a.kind in SPECIFIC_KINDS]) \
                and {a.country for a in speakers} == {a.country for a in sources}:
            # "Le chef de la diplomatie espagnole a réaffirmé le soutien de Madrid": who speaks for
            # the state the noun names, the more specific name (the codebook's person who speaks)
            sources = speakers
        elif not sources and _counted(tok, lex) and _supports(tok.head.head, lex):
            # "L'Union européenne a adopté son quinzième paquet de sanctions contre Moscou": the
            # subject of the verb the counting noun hangs on carries them out
            sources = _subject(tok.head.head, actors)
        elif not sources and etype in SYMMETRIC and fold(tok.head.text) == "lors" and tok.head.head.pos_ == "VERB":
            # "les polices marocaine et espagnole ont démantelé une cellule lors d'une opération
            # conjointe": the subject takes part in the joint act during which it acts
            sources = _subject(tok.head.head, actors)
        elif not sources and etype in SYMMETRIC and _case(tok) == "en" and fold(tok.lemma_) in lex.concert_nouns \
                and (verb := _verb_above(tok)) is not None:
            # "Les services français ont arrêté deux suspects en coopération avec la police belge":
            # who acts in concert is the subject of what was done so
            sources = _subject(verb, actors)
        elif etype in SYMMETRIC and _helping(tok, lex) and (verb := _verb_above(tok)) is not None:
            # "La police ghanéenne a arrêté, avec l'aide d'Interpol, un fugitif": the helper (the
            # noun's "de" complement) acts with the subject of what was done so
            sources, targets = _subject(verb, actors), sources or targets
        if not sources and etype not in PATIENT_NOUN_TYPES and possessed:
            # "à l'issue de son entretien avec X, le ministre a déclaré": "son" is the subject's
            # ("son arrestation", "sa convocation": the possessor suffers the act, it is no agent)
            verb = _verb_above(tok)
            if verb is not None and speaker is not None and any(w in lex.reporting_verbs for w in _lemmas(verb)):
                sources = [speaker]  # ", a déclaré le chef de la diplomatie, à l'issue de son entretien"
            else:
                sources = _subject(verb, actors) if verb is not None else []
        if not targets and tok.i + 1 < sentence_of(tok).end and fold(tok.doc[tok.i + 1].text) == "avec" \
                and tok.doc[tok.i + 1].head.head.i != tok.i:
            # "son entretien avec le ministre": the parser may hang "avec" on a word above the noun
            targets = _actors_of(tok.doc[tok.i + 1].head, actors)
    else:
        passive = _is_passive(tok)
        dependents = _verb_dependents(tok)
        # "a appelé le Rwanda à cesser son soutien au M23": the one asked is the verb's object;
        # the infinitive's own objects are what is asked, named only where the verb has none
        # ("a demandé au Rwanda de cesser tout soutien au M23": the parser's oblique "au Rwanda"
        # is the one asked as much as an object is)
        # (or the parser's second subject after the verb, or its name for a complement: "Lula a
        # invité Milei à participer au sommet du G20", Milei asked, the G20 not; or a relative's
        # "qu'": "X, qu'elles accusent d'avoir entravé une réunion de l'ONU" accuses X alone)
        named_object = any((c.dep_ in {"obj", "iobj"} and "Rel" not in morph(c, "PronType") and not inverted_subject(c))
                           or _object_as_subject(c)
                           or (c.dep_.startswith("obl") and _case(c) in ADDRESSEE_CASES and _actors_of(c, actors))
                           or (_capital_addressed(c, etype, actors) is not None)
                           or (c.dep_ == "xcomp" and c.pos in (PROPN, NOUN) and _actors_of(c, actors))
                           for c in dependents)
        relative_object = not named_object and _object_relative(tok)
        addressed = named_object or relative_object
        for c in dependents:
            if passive and (c.dep_ == "obl:agent" or _case(c) == "par"):
                sources.extend(_actors_of(c, actors))
            elif c.dep_ == "nsubj:pass" and passive and trig.sent_from and etype in SYMMETRIC:
                continue  # "Un fugitif a été extradé du Kosovo vers la Slovaquie": handed over, no party
            elif c.dep_ == "nsubj:pass" and passive:
                # "1.000 militaires américains sont déployés au Niger": forces deployed act for
                # their state; so does the act a support verb carries ("Des frappes françaises
                # ont été menées contre ...", its adjective the agent); anyone else a passive
                # names undergoes the act
                done = etype == "MOBILIZE" or (c.pos == NOUN and etype in lexicon_types(c, lex))
                (sources if done else targets).extend((_deed_author(c, actors) if etype in REACTIONS else [])
                                                      or _actors_of(c, actors))
            elif passive and trig.sent_from and c.dep_.startswith("obl") and _case(c) in OF_WORDS:
                # "trois diplomates russes ont été expulsés de Pologne": the state they leave does it
                sources.extend(a for a in _actors_of(c, actors) if a.kind == "country")
            elif inverted_subject(c):
                continue  # ", a dénoncé Séoul": who denounces
            elif trig.matter and c.dep_ in {"obj", "xcomp"}:
                continue  # "ont passé en revue les développements de la question sahraouie": the matter
            elif not passive and (c.dep_ in {"obj", "iobj"} or (c.dep_ == "advmod" and c.pos_ == "PROPN")
                                  or _object_conjunct(c) or _object_as_subject(c)):
                # (a name is no adverb: "appelant Ankara à cesser", where the parser says one);
                # "a condamné la destruction d'un drone malien par l'armée algérienne": the agent
                agent = next((g for g in c.children if _case(g) == "par"), None) if c.pos_ == "NOUN" else None
                blamed = _attacker_named_by_adjective(c, actors, lex) if etype == "ACCUSE" and agent is None else []
                met = _meeting_parties(c, actors, lex) if etype in JUDGED_MEETING_TYPES and agent is None else []
                # "a demandé la libération des 46 soldats détenus au Mali": asked of who holds them
                holder = _held_place(c, actors) if etype == "REQUEST" and fold(c.lemma_) in lex.release_nouns else None
                targets.extend(blamed or _actors_of(agent, actors) or met or ([holder] if holder else [])
                               or _without_topic(c, etype, actors))
            elif not passive and (government := _capital_addressed(c, etype, actors)) is not None:
                targets.append(government)
            elif _case(c) == "avec" and _own_delegation(c, actors, lex):
                continue  # "Le Maroc a pris part à la COP29 avec une délégation conduite par la ministre ..."
            elif not passive and c.dep_.startswith("obl") and _case(c) in TARGET_CASES \
                    and fold(c.lemma_) not in lex.circumstance_nouns and not _behest(c, lex) \
                    and not (c.pos == NOUN and _any_of_its_kind(c, lex)) \
                    and not (etype == "REQUEST" and c.pos == NOUN and "CONSULT" in lexicon_types(c, lex)):
                # ("à l'issue de la conférence"; "a invité le président sud-africain au sommet
                # des BRICS": the meeting one is invited to, not who is asked)
                targets.extend(_actors_of(c, actors))
            elif not passive and c.dep_.startswith("obl") and fold(c.lemma_) in lex.circumstance_nouns:
                # "s'est entretenu en marge du forum avec le président kényan": the parser hangs
                # the counterpart on the circumstance; "avec" is the verb's all the same
                targets.extend(a for g in c.children if g.dep_ == "nmod" and _case(g) == "avec"
                               for a in _actors_of(g, actors) if a not in targets)
            elif c.dep_.startswith("obl") and _case(c) == "vers":
                # where aid or a person is sent: "extradé du Kosovo vers la Slovaquie", passive or not
                targets.extend(_actors_of(c, actors))
            elif c.dep_ == "xcomp" and (c.pos in (PROPN, NOUN) or not addressed) and trig.mode != DENIAL:
                # (what a denial says was not done names no one it answers: "Téhéran a démenti
                # fournir des armes aux Houthis" answers their accuser, _answered)
                # (a name the parser calls a verb's complement is its object: "a appelé Israël et
                # le Hamas à un cessez-le-feu", both of them)
                named = _actors_of(c, actors) if c.pos in (PROPN, NOUN) else _actors_of_objects(c, actors, lex)
                targets.extend(a for a in named if a not in targets)
            elif etype == "REQUEST" and not targets and not passive and _that_clause(c):
                # "a plaidé pour que l'UE augmente son aide", "demande que Paris libère": the one
                # asked is the one the clause asks to act
                targets.extend(a for s in c.children if s.dep_ == "nsubj" for a in _actors_of(s, actors) if a not in targets)
        if not passive and relative_object:
            # "punir Israël, qu'il accuse d'avoir mené une frappe": the relative's antecedent is
            # the one accused -- the name right before ", qu'" where the parser hangs the clause
            # on a place ("l'envoyé de l'ONU au Soudan, Volker Perthes, qu'elles accusent")
            # (first: the parser may hang the clause on a noun further back, "leur retrait de la
            # Cour pénale internationale, qu'ils qualifient de ...")
            antecedent = _named_before_relative(tok, actors) or _actors_of(tok.head, actors)
            targets.extend(a for a in antecedent if a not in targets)
        if not targets and not passive and etype in REACTIONS:
            # "La Cour ... a rendu une décision sur les accords. Rabat conteste cette décision":
            # the one who made what a demonstrative names again
            targets = next((a for c in dependents if c.dep_ == "obj" and _determined(c, DEMONSTRATIVES)
                            for a in [_author_named_before(c, actors)] if a), [])
        if etype in FORCE:
            targets = _held_by_group(tok, actors) or targets
        if trig.allegation:
            clause = _alleged_clause(tok)
            targets = [a for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} for a in _actors_of(c, actors)]
            if not targets:
                return [], []  # a claim about no one we know is no accusation
        act_subject = _act_subject(tok, etype, lex) if not sources and not passive else None
        if act_subject is not None:
            # "une frappe russe sur l'armée ukrainienne a tué dix soldats": the verb's subject is
            # the act itself, whose own words name who did it and to whom
            own_sources, own_targets = _arguments(act_subject, match_trigger(act_subject, lex), etype, actors, lex, speaker)
            sources = own_sources
            targets = own_targets + [a for a in targets if a not in own_targets]
        if not sources and not passive:
            sources = _subject(tok, actors)
        if sources and all(a.kind == "country" for a in sources) and (voice := _voice(tok, sources, actors)):
            # "Londres a salué ... par la voix du ministre britannique des Affaires étrangères,
            # Boris Johnson": the one who speaks for the state (the codebook's person who speaks)
            sources = voice
        if not sources and trig.undergone:  # the parser may hang the subject on "ont"
            sources = _mention_before(tok, actors)
        rel = _relative_pronoun(tok) if not sources and not targets and etype == "COOPERATE" else None
        if rel is not None and _relative_antecedents(rel):
            # "X a relevé la qualité de la coopération ..., qui est appelée à se renforcer": a
            # will stated by the subject of the verb the relative's phrase depends on
            verb = _verb_before(rel)
            sources = _subject(verb, actors) if verb is not None else []
        if passive and tok.dep_ == "conj" and _is_passive(tok.head) and not targets:
            # "X a été entendu par le parquet et placé sous mandat de dépôt": the second
            # participle shares the first one's subject and agent
            for c in tok.head.children:
                if c.dep_ == "nsubj:pass":
                    targets.extend(_actors_of(c, actors))
                elif not sources and (c.dep_ == "obl:agent" or _case(c) == "par"):
                    sources.extend(_actors_of(c, actors))
        if passive and not sources:  # the parser may hang "par X" on a neighbour
            sources = _actors_of(_agent_after(tok), actors)
        if trig.mode == ENVOY and sources and targets and all(t.country in {a.country for a in sources} for t in targets):
            # "Le Niger a dépêché son ministre de la Défense à Bamako": one's own envoy is sent to
            # the place after "à" (its state), who is met
            targets = _sent_to([c for c in dependents if c.dep_.startswith("obl")], sources, actors) or targets
        if passive and not sources and trig.mode == RECALL:
            # "l'ambassadeur du Maroc à Madrid a été rappelé": only his own state recalls him
            sources = _recalling_states(targets)
        if passive and not sources and trig.mode == RELEASE and (holder := _held_in(tok, actors)) is not None:
            # "Les deux journalistes français détenus au Niger ont été libérés": released by the
            # state that held them, not released to it
            sources, targets = [holder], [a for a in targets if a.country != holder.country]
        if not sources and not targets and etype in SYMMETRIC:
            # "une déclaration conjointe adoptée à l'issue des entretiens entre A et B": the parties
            between = next((t for t in tok.doc[tok.i + 1: min(tok.i + 12, sentence_of(tok).end)] if fold(t.text) == "entre"), None)
            if between is not None:
                sources, targets = _between(_actors_of(between.head, actors), etype)
    if trig.summons:
        sources, targets = _summoner(tok, sources, targets, actors)
    if trig.mode == RECALL and sources and targets and trig.pos == "verb":
        targets = _hosts_recalled_from(tok, sources, targets, actors)
    # a country acting on itself is no target ("le soutien de l'Allemagne au processus de l'ONU")
    src_countries = {a.country for a in sources if a.country}
    # (but one's own envoy posted abroad, recalled: the act is towards the host, _dyads)
    foreign = [t for t in targets if t.country is None or t.country not in src_countries
               or (trig.mode == RECALL and t.posted_to and t.posted_to not in src_countries)]
    mutual = etype in SYMMETRIC and len(src_countries) >= 2
    if not foreign and not mutual:
        # (two parties "sont convenus de l'exclusivité de l'ONU": they agreed with each other)
        foreign = _possessor_of_beneficiary(tok, actors, sources) or _phrase_actors(tok, actors, sources, lex, etype)
    if etype == "ACCUSE" and trig.pos == "verb":
        # "a condamné l'attaque contre la mission de l'ONU au Liban": not the UN's, nor Lebanon's
        struck = [a for c in tok.children if c.dep_ == "obj" for a in _struck(c, actors, lex)]
        foreign, targets = [a for a in foreign if a not in struck], [a for a in targets if a not in struck]
    # only domestic targets left: keep them, so that the act is recognised as domestic and dropped
    return sources, foreign or targets


SPECIFIC_KINDS = {"person", "role", "body"}
FORCE = {"ASSAULT", "COERCE", "SANCTION"}
SIDE_BY_SIDE = {"THREATEN", "REQUEST", "REJECT"}   # co-subjects' acts, never on each other unless reciprocal
RECIPROCAL_WORDS = {"se", "s'", "mutuellement", "reciproquement", "chacun"}
VERBAL = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "COOPERATE"}   # acts done by saying
FIRST_PERSON = {"nous", "je", "j'"}
SPEAKING_BODIES = {"gouvernement", "autorites"}  # bodies a member of them speaks for
SINGULAR_OWN = {"son", "sa", "ses"}
OWN = SINGULAR_OWN | {"leur", "leurs"}
# "si" and its elided "s'", which open the condition a threat hangs on (modality.yaml's
# conditional_marks, which veto an act said under a condition, list "si" alone: adding "s'"
# there would change that veto, not only the threats' reading)
IF_WORDS = {"si", "s'"}
ON_REQUEST = {"a", "sur"}   # "à la demande de", "sur demande de", "en réponse à leur demande"


def _reciprocal(tok: Token) -> bool:
    """Whether a verb says its subjects act on each other ("se sont accusés", "s'accusent
    mutuellement", "ont chacun expulsé")."""
    return any(fold(c.text) in RECIPROCAL_WORDS for c in tok.children)


def _if_clause(tok: Token) -> bool:
    """Whether a verb in the future or the present conditional has a "si" clause (or "en cas
    de") after it ("frapperait Beyrouth si les tirs continuaient"), not a past conditional ("aurait bombardé
    Beyrouth si ...": what did not happen). Read on the surface, up to the clause's end: the
    parser may hang the "si" on the object, or make it a preposition and the verb an adjective."""
    if "Part" in morph(tok, "VerbForm") and (any(c.dep_.startswith("aux") for c in tok.children)
                                                 or not fold(tok.text).endswith(FUTURE_ENDINGS)):
        return False   # (a bare "détruira" the tagger reads as a participle is a future all the same)
    doc = tok.doc
    for t in doc[tok.i + 1:sentence_of(tok).end]:
        if t.text in {";", ":"}:
            return False
        if fold(t.text) in IF_WORDS and t.pos_ == "SCONJ":
            return True
        if fold(t.text) == "en" and t.i + 1 < sentence_of(tok).end and fold(doc[t.i + 1].text) == "cas":
            return True   # "détruira Tel-Aviv en cas d'attaque israélienne": a condition as much
    return False


def _gathering_verb(tok: Token, lex: Lexicon) -> Token | None:
    """The verb by which a meeting noun gathers its parties: the noun's verb when it is its
    subject ("la réunion a regroupé ..."), or a participle describing it ("une réunion ayant
    regroupé ...")."""
    if tok.dep_ == "nsubj" and fold(tok.head.lemma_) in lex.gathering_verbs:
        return tok.head
    return next((c for c in tok.children if c.dep_ == "acl" and fold(c.lemma_) in lex.gathering_verbs), None)


def _between(parties: list[Actor], etype: str) -> tuple[list[Actor], list[Actor]]:
    """The sides of an act "entre A, B et C": the first and the others, or, for an act done
    together by three or more, all of them as its sources, which ``_dyads`` pairs each with each
    ("un accord entre l'Érythrée, l'Éthiopie et la Somalie")."""
    if etype in SYMMETRIC and len(parties) >= 3:
        return parties, []
    return parties[:1], parties[1:]


def _first_person_subject(tok: Token) -> bool:
    return any(c.dep_.startswith("nsubj") and fold(c.text) in FIRST_PERSON for c in tok.children)


def _named_just_before(pronoun: Token, actors: ArticleActors) -> list[Actor]:
    """The actors of the mention that ends just before a relative "qui", past a comma."""
    j = pronoun.i - 1
    if j >= 0 and pronoun.doc[j].text == ",":
        j -= 1
    m = actors.at(j) if j >= sentence_of(pronoun).start else None
    # (not a nationality adjective: "un avion militaire russe, qui avait violé ..." is the plane)
    return list(m.actors) if m is not None and not m.place_only and not m.adjective and m.end == j + 1 else []


def _helping(tok: Token, lex: Lexicon) -> bool:
    """A noun of help given to an act, after "avec" ("a arrêté, avec l'aide d'Interpol, ..."):
    a concert with the helper, not the act's matter (modality.yaml's help_nouns)."""
    return _case(tok) == "avec" and fold(tok.lemma_) in lex.help_nouns and tok.dep_.startswith("obl")


def _partners_in_concert(tok: Token, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """Who a verb's subject acts with, after a noun of concert: "en coordination avec la DGST",
    "en étroite collaboration avec les services marocains"."""
    lemmas = folded_lemmas(tok.doc)   # (most phrases have no such noun: their words are not walked)
    concert = [c for c in tok.subtree if fold(c.lemma_) in lex.concert_nouns
               and ((c.head.i == tok.i and c.dep_.startswith("obl")) or _case(c) == "en")] \
        if any(lemmas[j] in lex.concert_nouns for j in range(tok.left_edge.i, tok.right_edge.i + 1)) else []
    # "avec l'aide d'Interpol", "avec le concours des services marocains": the helper
    helped = [c for c in tok.children if _helping(c, lex)]
    return [a for c in concert for g in c.children if _case(g) == "avec" for a in _actors_of(g, actors)] \
        + [a for c in helped for g in c.children if _case(g) in OF_WORDS for a in _actors_of(g, actors)]


def _plural_first_person(tok: Token) -> bool:
    return any(c.dep_.startswith("nsubj") and fold(c.text) == "nous" for c in tok.children)


def _threat_condition(tok: Token, sent: Span, actors: ArticleActors) -> Actor | None:
    """"Si le Hezbollah viole l'accord, nous attaquerons": the actor of the condition that comes
    before a promised use of force, read from the surface (the parser often loses the "si")."""
    doc = tok.doc
    for j in range(tok.i - 1, max(sent.start, tok.i - 30) - 1, -1):
        w = fold(doc[j].text)
        if w in {".", ";", ":"} or (w in {"\"", "«", "»"} and j < tok.i - 1 and fold(doc[j + 1].text) not in IF_WORDS):
            return None
        if w in IF_WORDS and doc[j].pos_ == "SCONJ":
            if not any(doc[k].text == "," for k in range(j, tok.i)):
                return None
            return next((a for k in range(j + 1, tok.i) if (a := _named_actor(actors.at(k))) is not None), None)
    return None


def _named_actor(m: ActorMention | None) -> Actor | None:
    """The actor a mention names, if it names one (no place alone, no pronoun)."""
    return m.actors[0] if m is not None and not m.place_only and m.actors and m.kind != "pronoun" else None


STRUCK_KINDS = {"country", "igo"}   # what a threatened strike names as its object (or an armed group), not its victims


def _threatened_on_condition(tok: Token, actors: ArticleActors) -> Actor | None:
    """The subject of the condition a threat hangs on ("a menacé de riposter si l'Otan
    déployait des troupes en Ukraine": the Otan, not Ukraine), unless the threat names whom it
    threatens as its object ("a menacé l'Otan de représailles si ...")."""
    if any(c.dep_ in ("obj", "iobj") and actors.at(c.i) is not None for c in tok.children):
        return None
    # nor where the threatened act's own object is a state or a group ("a menacé de frapper
    # Israël et les États-Unis si le président américain décide de ...": those it would strike)
    if any(o.dep_ == "obj" and (m := actors.at(o.i)) is not None and not m.place_only
           and any(a.kind in STRUCK_KINDS or (a.kind == "group" and a.sector == "REB") for a in m.actors)
           for c in tok.children if c.dep_ == "xcomp" for o in c.children):
        return None
    for verb in [tok, *(c for c in tok.children if c.dep_ == "xcomp")]:
        # (the parser may hang the condition on the infinitive's object: "menacé d'exécuter les
        # otages si Israël poursuivait", "si ..." a relative of "otages")
        clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "obj" for g in c.children if g.dep_ == "acl:relcl")]
        for clause in clauses:
            if clause.dep_ in ("advcl", "ccomp", "acl:relcl") and any(m.dep_ == "mark" and fold(m.text) in IF_WORDS for m in clause.children):
                for subj in clause.children:
                    named = _named_actor(actors.at(subj.i)) if subj.dep_ in ("nsubj", "nsubj:pass") else None
                    if named is not None:
                        return named
    return None


def _speaker(sent: Span, actors: ArticleActors, lex: Lexicon) -> Actor | None:
    """Who the sentence quotes: the subject of a reporting verb ("..., a déclaré le ministère
    saoudien des Affaires étrangères"), whom a report cites ("citant la présidence"), or the
    source after "selon". Only a person, office or body: a country says nothing more."""
    doc = sent.doc
    pos, texts = parts_of_speech(doc), folded_words(doc)
    for i in range(sent.start, sent.end):  # (read from the doc's arrays: most words are neither)
        if pos[i] != VERB and texts[i] != "selon":
            continue
        t = doc[i]
        found: list[Actor] = []
        if t.pos == VERB and any(lemma in lex.reporting_verbs for lemma in _lemmas(t)):
            cites = fold(t.lemma_) == "citer"
            # an incise (", écrit la diplomatie russe") puts the subject after the verb, where
            # the parser may take it for an object
            incise = after_incise_mark(t)
            for c in t.children:
                # "a-t-il ajouté": the inverted pronoun is the subject
                if c.dep_ in {"nsubj", "expl:subj"} or ((cites or (incise and c.i > t.i)) and c.dep_ == "obj"):
                    found += _actors_of(c, actors)
            if incise and not found:
                found = _first_actor_after(t, sent, actors)
        elif texts[i] == "selon" and t.head != t:
            found = _actors_of(t.head, actors)
        specific = [a for a in _unique(found) if a.kind in SPECIFIC_KINDS and a.country]
        if len(specific) == 1:
            return specific[0]
    return None


QUOTE_REACH = 3   # sentences a quotation opened in one may run on before its incise names the speaker


def _speaker_of_quote_closed_later(sents: list[Span], si: int, actors: ArticleActors, lex: Lexicon) -> Actor | None:
    """Who speaks a quotation that opens this sentence and closes in a later one, where the
    incise names them: "« Mes condoléances à Sa Majesté le Roi ... au Maroc. Mes pensées aux
    familles endeuillées », écrit le président ivoirien au roi du Maroc" (the parser ends the
    first sentence inside the quotation)."""
    sent = sents[si]
    texts, spaces = doc_words(sent.doc), column(sent.doc, IS_SPACE)   # (asked of every sentence with a candidate)
    words = [texts[i] for i in range(sent.start, sent.end) if not spaces[i]]
    if not words or not quote_state(words[0], False):
        return None  # (only a sentence that the quotation opens: marks inside one are unreliable)
    opened = False
    for w in words:
        opened = quote_state(w, opened)
    if not opened:
        return None
    for later in sents[si + 1: si + 1 + QUOTE_REACH]:
        for i in range(later.start, later.end):
            opened = quote_state(texts[i], opened)
            if not opened:
                return _speaker(later, actors, lex)
    return None


def _first_actor_after(verb: Token, sent: Span, actors: ArticleActors) -> list[Actor]:
    """The inverted subject of an incise the parser lost: ", a affirmé, mercredi à Rome, le
    ministre italien des Affaires étrangères, Antonio Tajani" -- the first actor after the verb,
    before any other verb."""
    for i in range(verb.i + 1, sent.end):
        t = verb.doc[i]
        if t.pos_ in {"VERB", "AUX"}:
            break
        m = actors.at(i)
        if m is not None and not m.place_only and m.kind == "actor" \
                and any(a.kind in SPECIFIC_KINDS and a.country for a in m.actors):
            return list(m.actors)
    return []


def _quoted(tok: Token) -> bool:
    """Whether a word stands inside quotation marks in its sentence (« ... », " ... ")."""
    opened = False
    for t in tok.doc[sentence_of(tok).start:tok.i]:
        opened = quote_state(t.text, opened)
    return opened


def _named_by_speaker(sources: list[Actor], targets: list[Actor], speaker: Actor, etype: str,
                      quoted: bool = True) -> tuple[list[Actor], list[Actor]]:
    """A statement's source is who speaks (codebook, section 6: "a person is the source when
    they act or speak"): "L'Arabie saoudite n'acceptera aucune ingérence, a déclaré le ministère
    saoudien des Affaires étrangères" is the ministry's refusal. Only for acts that are
    statements: "Le Maroc a rompu ses relations, a déclaré le ministre" stays Morocco's act."""
    if speaker in sources or speaker in targets or etype not in VERBAL:
        return sources, targets

    def named(side: list[Actor]) -> list[Actor]:
        # "« le gouvernement condamne ces attaques », a-t-il déclaré": the minister speaking
        # (a country the narrator makes the subject stays the source, the codebook's "Le Maroc
        # a décidé", even where a ministry announced it; in the speaker's quoted words it is the
        # speaker's way of naming itself)
        return [speaker if a.country == speaker.country and ((a.kind == "country" and quoted) or a.role in SPEAKING_BODIES)
                else a for a in side]

    sources = named(sources)
    if etype in SYMMETRIC and speaker not in sources:
        targets = named(targets)
    return sources, targets


def _summoner(tok: Token, sources: list[Actor], targets: list[Actor], actors: ArticleActors) -> tuple[list[Actor], list[Actor]]:
    """"L'ambassadeur a été convoqué au ministère russe des Affaires étrangères": the body one is
    summoned to is the one who summons, when no agent is named. After a noun the parser often
    hangs that place on the one summoned ("la convocation de l'ambassadeur de France | au
    ministère"): it is looked for there too."""
    if sources:
        return sources, targets
    places = [c for c in tok.children if c.dep_.startswith(("obl", "nmod"))]
    if tok.pos_ == "NOUN":
        places += [g for c in tok.children if _case(c) in OF_WORDS for g in c.children
                   if g.dep_.startswith(("obl", "nmod"))]
    for c in places:
        if _case(c) in {"a", "au", "aupres"}:
            bodies = [a for a in _actors_of(c, actors) if a.kind == "body"]
            if bodies:
                return [_host_ministry(bodies[0], targets, actors)], [t for t in targets if t not in bodies]
    return sources, targets


def _host_ministry(body: Actor, summoned: list[Actor], actors: ArticleActors) -> Actor:
    """"L'ambassadeur d'Allemagne à Moscou a été convoqué au ministère": a ministry named bare,
    given the envoy's own country for want of another, is the host state's, where the envoy is
    posted (a state does not summon its own ambassador to complain); for an envoy whose posting
    the article leaves unsaid ("L'ambassadeur d'Estonie a été convoqué au ministère", in an
    article about Moscow's reply to Tallinn), the article's other country."""
    envoy = next((t for t in summoned if t.country and t.country == body.country), None)
    if envoy is None:
        return body
    host = envoy.posted_to or _other_country(envoy.country, actors)
    if host is None or host == body.country:
        return body
    return _state_of(replace(body, country=host))


def _other_country(country: str, actors: ArticleActors) -> str | None:
    """The article's other country than this one: its pair's other side, else its home or the
    runner-up."""
    sides = [a.country for a in actors.pair or ()] + [actors.home, actors.runner_up]
    return next((c for c in sides if c and c != country and c != "IGO"), None)


def _received(tok: Token, etype: str, lex: Lexicon) -> bool:
    """Whether an event noun is the object of a receiving verb ("a reçu une demande", "a essuyé
    des critiques", "a bénéficié d'une aide"): its subject undergoes the act, which the party
    model, reading the noun's paths, would take for its doer."""
    return (etype not in SYMMETRIC and tok.dep_ in ("obj", "obl:arg") and tok.head.pos_ == "VERB"
            and any(lemma in lex.receiving_verbs or (etype in GIVEN and lemma in lex.obtaining_verbs)
                    for lemma in _lemmas(tok.head)))


GIVEN = {"AID", "SUPPORT"}   # what an obtaining verb's subject receives (modality.yaml)


def _counted(noun: Token, lex: Lexicon) -> bool:
    """Whether an act noun is counted by a noun of quantity ("un paquet de sanctions", "une
    vague d'arrestations") hung on a word above it."""
    return noun.dep_ == "nmod" and _case(noun) in OF_WORDS and fold(noun.head.lemma_) in lex.quantity_nouns \
        and noun.head.head.i != noun.head.i


def _supports(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject carries out the event noun it governs (modality.yaml)."""
    return verb.pos_ in {"VERB", "AUX"} and any(lemma in lex.support_verbs for lemma in _lemmas(verb))


def _voice(verb: Token, states: list[Actor], actors: ArticleActors) -> list[Actor]:
    """The named people "par la voix de" whom the states the verb's subject names act: "Madrid
    a dénoncé cette décision par la voix de son ministre des Affaires étrangères, José Manuel
    Albares" (an office without a name leaves the state: "par la voix de sa ministre")."""
    countries, doc, words = {a.country for a in states}, verb.doc, doc_words(verb.doc)
    # (the parser may hang it on the object: "a salué la réponse de ses alliés par la voix de")
    voices = [t for t in (doc[i] for i in range(verb.i + 1, sentence_of(verb).end) if words[i] == "voix")
              if _case(t) == "par" and _verb_above(t) == verb]
    return [a for c in voices for g in c.children if _case(g) in OF_WORDS
            for a in _actors_of(g, actors) if a.kind == "person" and a.country in countries]


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb or auxiliary a word hangs under, or None."""
    return next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _verb_dependents(tok: Token) -> list[Token]:
    """A verb's dependents, and the obliques the parser hangs on an adverb of the verb instead
    ("a livré des céréales gratuitement au Burkina Faso et au Mali": "au Burkina Faso" hangs
    on "gratuitement")."""
    out = list(tok.children)
    for c in tok.children:
        if c.dep_ == "advmod" and c.pos_ == "ADV":
            # (not the adverb's own "de" complements: "simultanément près de Nador et de Madrid,
            # d'une cellule de partisans de Daech" says where, not to whom)
            out += [g for g in c.children if g.dep_.startswith("obl") and _case(g) not in OF_WORDS]
    return out


def _object_relative(verb: Token) -> bool:
    """Whether a relative clause's verb has "que" for its object ("Israël, qu'il accuse de ..."),
    which the parser may call a mark."""
    # (the tagger may also leave a mark untyped: "la Cour pénale internationale, qu'ils qualifient
    # d'« instrument de répression »", where no other object stands)
    if verb.dep_ == "ccomp" and not any(o.dep_ == "obj" for o in verb.children):
        # (or a complement clause: "leur retrait de la Cédéao, qu'ils accusent d'être ...", where
        # the parser reads "qu'" as the "que" of "ont annoncé": after a comma and a name, with no
        # other object, it is the relative's)
        que = next((c for c in verb.children if c.dep_ == "mark" and fold(c.text) in {"que", "qu'"}), None)
        doc = verb.doc
        return que is not None and que.i >= sentence_of(verb).start + 2 and doc[que.i - 1].text == "," \
            and doc[que.i - 2].pos_ in {"PROPN", "NOUN"} and doc[que.i - 2].head.i < que.i - 2
    return verb.dep_ == "acl:relcl" and verb.head.i != verb.i and any(
        c.dep_ in {"obj", "mark"} and fold(c.text) in {"que", "qu'"}
        and ("Rel" in morph(c, "PronType") or (c.dep_ == "mark" and not any(o.dep_ == "obj" for o in verb.children)))
        for c in verb.children)


def _named_before_relative(verb: Token, actors: ArticleActors) -> list[Actor]:
    """The actor named right before the "que" (and its comma) that opens a relative clause."""
    que = next((c for c in verb.children if fold(c.text) in {"que", "qu'"}), None)
    if que is None:
        return []
    j = que.i - 1 if que.i > 0 and que.doc[que.i - 1].text != "," else que.i - 2
    m = actors.at(j) if j >= sentence_of(verb).start else None
    return list(m.actors) if m is not None and not m.place_only and m.kind == "actor" else []


def _object_as_subject(c: Token) -> bool:
    """"M. Maduro a remercié la Colombie et a invité M. Petro à revenir": the parser may take the
    name after a coordinated verb for its subject, inverted. After "et" and the auxiliary, with
    the first verb's subject before it, that name is the second verb's object. So is a second
    subject after a verb that has one before it ("Lula a invité Milei à participer au sommet")."""
    verb = c.head
    if c.dep_ != "nsubj" or c.i < verb.i:
        return False
    if any(s.dep_.startswith("nsubj") and s.i < verb.i for s in verb.children):
        return True
    return (verb.dep_ == "conj" and verb.head.i < verb.i
            and any(a.dep_ == "cc" and a.i < verb.i for a in verb.children)
            and any(a.dep_.startswith("aux") and a.i < verb.i for a in verb.children)
            and any(s.dep_.startswith("nsubj") and s.i < verb.head.i for s in verb.head.children))


def _object_conjunct(c: Token) -> bool:
    """"a exhorté Israël et le Hamas à accepter une trêve": the parser may hang the object's
    conjunct on the verb; a name coordinated right after the verb's object is the object too."""
    if c.dep_ != "conj" or c.pos not in (PROPN, NOUN):
        return False
    # (a name the parser calls the verb's complement is its object: "a appelé Washington et
    # Séoul à la retenue", "Washington" an xcomp, "Séoul" a conjunct of the verb)
    objects = [o for o in c.head.children if (o.dep_ in {"obj", "iobj"} or (o.dep_ == "xcomp" and o.pos in (PROPN, NOUN)))
               and o.i < c.i]
    if not objects:
        return False
    obj = objects[-1]
    between = [fold(t.text) for t in c.doc[obj.right_edge.i + 1:c.i] if t.pos != DET]
    return bool(between) and between[-1] == "et" and all(w in {"et", ","} for w in between)


def _attacker_named_by_adjective(noun: Token, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """"a condamné la frappe israélienne contre le Liban": the one blamed for a use of force is
    its agent, which the nationality adjective names, not the one it struck."""
    if not _force_noun(noun, lex):
        return []
    return [a for c in noun.children if c.dep_ == "amod" and (m := actors.at(c.i)) is not None
            and m.adjective and not m.place_only for a in m.actors]


def _force_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun is one the lexicon lists for a use of force ("attaque", "frappe")."""
    return noun.pos == NOUN and bool(FORCE_ACTS.intersection(lexicon_types(noun, lex)))


def _struck(noun: Token, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """Who a use of force named by a condemned noun struck: "a condamné l'attaque contre la
    mission de l'ONU" blames the attackers, not the UN (every such training accusation names
    the attacker, or the one who did not prevent it)."""
    if not _force_noun(noun, lex):
        return []
    # (the parser may hang "contre ..." on the verb: "a condamné les frappes israéliennes contre
    # le consulat iranien à Damas" -- one condemns no one "against" anyone; or on an adjective
    # it reads as a second object: "cette attaque lâche contre nos soldats")
    beside = [t for t in noun.head.children if t.i > noun.i and t.dep_.startswith("obl")] if noun.dep_ == "obj" else []
    beside += [g for t in noun.head.children if noun.dep_ == "obj" and t.i == noun.i + 1 and t.dep_ == "obj"
               for g in t.subtree]
    return [a for t in (*noun.subtree, *beside) if t.i != noun.i and _case(t) == "contre" for a in _actors_of(t, actors)]


def _actors_of_objects(tok: Token, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    found = []
    for c in tok.children:
        if c.dep_ in {"obj", "iobj"} or (c.dep_.startswith("obl") and _case(c) in TARGET_CASES and not _behest(c, lex)):
            found.extend(_actors_of(c, actors))
    return found


def _possessor_of_beneficiary(tok: Token, actors: ArticleActors, sources: list[Actor]) -> list[Actor]:
    """"X et Y ont salué la nomination de Z et réaffirmé leur soutien à ses efforts": the act
    goes to the owner of "ses efforts", the last single actor named before it who is not acting."""
    for t in _own_subtree(tok):
        if t.i == tok.i or _case(t) not in {"a", "au", "aux", "pour", "envers"}:
            continue
        if not any(c.dep_ == "det" and fold(c.text) in SINGULAR_OWN for c in t.children):
            continue
        for i in range(t.i - 1, sentence_of(t).start - 1, -1):
            m = actors.at(i)
            if m is None or m.place_only or m.kind != "actor" or len(m.actors) != 1:
                continue
            owner = m.actors[0]
            if owner in sources or (owner.country and owner.country in {a.country for a in sources}):
                return []  # the possessor acts: "son soutien à ses partenaires" is no one's we know
            return [owner]
    return []


def _phrase_actors(tok: Token, actors: ArticleActors, sources: list[Actor], lex: Lexicon, etype: str = "") -> list[Actor]:
    """Actors anywhere in the trigger's own phrase ("la coopération entre ... du Maroc et de l'Italie"),
    but not in what a participle or a relative clause says of an actor there ("des sanctions à six
    responsables iraniens impliqués dans les transferts de drones vers la Russie": not Russia;
    "l'accord conclu avec l'Italie" does name a party, and so does what is said of the subject:
    "Téhéran, accusé par Washington de ..., a démenti" answers Washington)."""
    src_countries = {a.country for a in sources}
    found: list[Actor] = []
    for t in _own_subtree(tok):
        m = actors.at(t.i)
        if not m or m.place_only or t.i == tok.i or _in_no_partys_place(t, tok) \
                or _below(t, tok, lambda h: h.dep_ in {"acl", "acl:relcl"} and h.pos_ == "VERB"
                          and actors.at(h.head.i) is not None and not h.head.dep_.startswith("nsubj")) \
                or _under_aegis(t, tok) or _case(t) in lex.go_between_cases \
                or _below(t, tok, lambda h: h.dep_ == "advmod" and h.pos_ == "ADV" and actors.at(h.i) is None) \
                or (etype in SYMMETRIC and _below(t, tok, lambda h: _case(h) == "contre")) \
                or _in_subjects_title(t, tok, actors):
            # (nor what an adverb of the verb governs: "Au lendemain du démantèlement,
            # simultanément près de Nador et de Madrid, d'une cellule de partisans de Daech,
            # l'Espagne s'est félicitée de ...": where and when, not whom; nor, for a joint act,
            # what it is against: "se sont accordés sur de nouvelles sanctions contre la Russie")
            continue
        if t.dep_ in {"nsubj", "nsubj:pass"} and t.head == tok:
            continue
        for a in m.actors:
            if a not in found and a not in sources and a.country and a.country not in src_countries:
                found.append(a)
    if not found:
        # "s'est félicitée de la coopération entre ses services et leurs homologues marocains":
        # the partner in the relation, coordinated after "entre" (where coordinated clauses are
        # left out of the phrase, so are coordinated names)
        found = [a for t in _own_subtree(tok) if _case(t) == "entre" for c in t.children if c.dep_ == "conj"
                 for a in _actors_of(c, actors) if a not in sources and a.country and a.country not in src_countries]
    return found


def _in_subjects_title(t: Token, tok: Token, actors: ArticleActors) -> bool:
    """Whether ``t`` stands in an office set beside the trigger's subject, which is the subject's
    own ("Le président nigérian Bola Tinubu, également président de l'Autorité des chefs d'État
    de la CEDEAO, a dénoncé ce coup d'État": no act against the CEDEAO). A coordinated partner
    hung below it is not ("Nasser Bourita et son homologue italien")."""
    while t != tok and t.head != t:
        if t.dep_ == "conj":
            return False
        if t.dep_ == "appos" and t.head.dep_ in {"nsubj", "nsubj:pass"} and t.head.head == tok \
                and actors.at(t.i) is not None:
            return True
        t = t.head
    return False


# The most parties of a list coded on one side of an act (the codebook: one event per party,
# "the ministers of Yemen, Niger and Mali" are three). It was 4, which dropped the fifth of "aux
# Maldives, à Maurice, à Madagascar, aux Comores et aux Seychelles"; 6 and 8 code the same
# events of the training folds. Among the parties of a joint act all pairs are coded, of 4 at most.
MOST_LISTED = 8


def _dyads(sources: list[Actor], targets: list[Actor], etype: str, actors: ArticleActors, *,
           agentless: bool = False, sent: Span | None = None, mutually: bool = True) -> list[tuple[Actor | None, Actor | None]]:
    """The (source, target) pairs of an act. ``mutually``: whether two subjects of a one-way act
    with no target act on each other ("les deux ministres ont relevé avec satisfaction ...",
    "l'Inde et le Canada ont chacun expulsé des diplomates"); if not, each acts on no one named."""
    sources = _unique(sources)
    targets = [t for t in _unique(targets) if t not in sources]
    if targets and all(t.country is None and t.kind != "group" for t in targets) and sources and _counterpart(sources[0], actors):
        targets = []  # "les services de sécurité des deux pays": the counterpart says more
    if len(sources) >= 2 and targets and {t.country for t in targets} <= {s.country for s in sources}:
        targets = []  # "les deux présidents ont vanté la coopération turco-égyptienne": mutual
    if len(sources) >= 2 and targets and etype in SYMMETRIC and all(t.country is None for t in targets):
        # "les polices marocaine et espagnole ont échangé des informations sur une cellule
        # terroriste": two parties acting together; what they act on, of no country, is no third
        targets = []
    if sources and not targets and etype not in NO_TARGET_NEEDED:
        if len(sources) >= 2:
            if etype in SYMMETRIC:
                if len(sources) == 2:
                    return [(sources[0], sources[1])]
                # "le Tchad, le Niger et le Cameroun ont signé un accord": each pair of them
                # (the codebook: one event per party; the training gold pairs all three)
                return [(a, b) for k, a in enumerate(sources[:4]) for b in sources[k + 1:4]
                        if not (a.country and a.country == b.country)]
            if mutually:
                return [(a, b) for a in sources[:2] for b in sources[:2] if a is not b]
        else:
            targets = _counterpart(sources[0], actors, sent)
    elif sources and not targets and etype in COUNTERPART_ALONE and len(sources) == 1:
        # "Paris a annoncé le retrait de ses soldats": from the article's other party
        targets = _counterpart(sources[0], actors, sent)
    if not sources and targets and etype in SYMMETRIC and len(targets) >= 2:
        sources, targets = targets[:1], targets[1:]
    pairs = []
    if agentless and _passive_target_only(targets, etype):
        return [(None, t) for t in targets[:MOST_LISTED]]
    targets = [_host_of_own_envoy(t, sources, etype) for t in targets]
    for s in sources[:MOST_LISTED]:
        for t in targets[:MOST_LISTED] or [None]:
            if etype in SYMMETRIC and (s is None or t is None) and not (t is None and s is not None and s.kind == "collective"):
                continue  # ("les États participants se sont accordés": a multilateral agreement)
            if t is None and etype in DIRECTED:
                continue  # "a appelé les habitants à patienter": a request to no one we know
            pair = (s, t)
            if s is not None and t is not None and s.country and s.country == t.country:
                pair = _reguessed(s, t, actors)  # (a new pair: the source stays as it is for the next target)
                if pair[0].country == pair[1].country:
                    continue  # acts between actors of one country are domestic: not coded
            pairs.append(pair)
    return pairs


def _reguessed(s: Actor, t: Actor, actors: ArticleActors) -> tuple[Actor, Actor]:
    """Two parties of one country, one of them a person whose country is only the article's
    home, guessed: that side takes the article's other country (``other_than_guessed``) -- a
    person named bare who accuses, visits or thanks the home country is most often not of it.
    With both sides guessed, or neither, nothing says which is wrong."""
    other_s, other_t = actors.other_than_guessed(s), actors.other_than_guessed(t)
    if other_s is not None and other_t is None:
        return replace(s, country=other_s), t
    if other_t is not None and other_s is None:
        return s, replace(t, country=other_t)
    return s, t


def _territorial_authorities(targets: list[Actor], sent: Span, actors: ArticleActors, tok: Token) -> list[Actor]:
    """"X a été arrêté", "placé en détention": an arrest no one is named for is made by the
    authorities of the country where it happens -- the sentence's place, else the article's
    home; in the arrested person's own country that makes it domestic, and it is not coded. A
    place in what describes someone ("un Algérien résidant à Londres, a été arrêté à Alger") is
    where they live, not where the act was done: taken only after the others."""
    own = {t.country for t in targets}
    if not targets or None in own:
        return []
    named = [(i, m) for i in range(sent.start, sent.end)
             if (m := actors.at(i)) is not None and m.start == i and m.place_only and m.actors]
    places = [m.actors[0].country for i, m in sorted(named, key=lambda im: _in_description(sent.doc[im[0]], tok))]
    country = next((c for c in places + [actors.home] if c and c != "IGO"), None)
    if country is None:
        return []
    gaz = load_gazetteer()
    adj = gaz.adjectives.get(country)
    name = f"autorités {agree_adjective(adj, True, True)}" if adj else f"autorités ({gaz.labels.get(country, country)})"
    return [Actor(name, country, "GOV", "body", "autorites")]


def _deed_author(noun: Token, actors: ArticleActors) -> list[Actor]:
    """Whose deed a noun names by a nationality adjective ("La décision française de réduire
    le nombre de visas accordés aux ressortissants du Maghreb a été critiquée par le Maroc":
    France's decision is criticised, not the nationals its complement names)."""
    if fold(noun.lemma_) not in DEEDS:
        return []
    return [a for c in noun.children if c.dep_ == "amod" and (m := actors.at(c.i)) is not None and m.adjective
            for a in m.actors]


def _author_named_before(noun: Token, actors: ArticleActors) -> list[Actor]:
    """Who made the thing a demonstrative noun names again ("cette décision", "cette
    résolution"): the subject of the verb whose object the same noun was in the sentence
    before or the one before that ("La Cour ... a rendu une décision"; "Le Conseil de sécurité
    a adopté une résolution")."""
    doc, lemma = noun.doc, fold(noun.lemma_)
    start = sentence_of(noun).start
    for _ in range(2):
        start = sentence_at(doc, start - 1).start if start > 0 else start
    for i in range(sentence_of(noun).start - 1, start - 1, -1):
        t = doc[i]
        if t.dep_ == "obj" and fold(t.lemma_) == lemma and t.head.pos == VERB and (authors := _subject(t.head, actors)):
            return authors
    return []


def _in_description(t: Token, tok: Token) -> bool:
    """Whether a word stands in a clause or apposition describing someone, on its way up to the
    trigger (or its sentence's root): "un Algérien résidant à Londres"."""
    while t.i != tok.i and t.head.i != t.i:
        if t.dep_ in {"acl", "acl:relcl", "appos"}:
            return True
        t = t.head
    return False


DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
DEFINITE = {"le", "la", "les", "l'"}
INDEFINITE = {"un", "une", "des"}   # ("a condamné des attaques « barbares »")


def _determined_nouns(tok: Token, deps: set[str], determiners: set[str]) -> Iterator[Token]:
    """A verb's dependents of ``deps`` that are nouns opened by one of ``determiners``: the
    acts it may name again; also the cause of the state an attribute says ("s'est dit choqué
    par cette décision": "décision" hangs on "choqué")."""
    said = [tok] + [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "ADJ"]
    return (c for t in said for c in t.children
            if (c.dep_ in deps or (t is not tok and c.dep_ == "obl:agent")) and c.pos_ == "NOUN"
            and _determined(c, determiners))


NAMED_AGAIN_DEPS = {"obj", "obl:arg", "obl:mod", "nsubj:pass"}   # where a verb names an earlier act again


def _names_an_earlier_act(tok: Token, lex: Lexicon) -> bool:
    """"condamne fermement ces attaques", "a salué cette décision": the object is an act the
    article already reported, named again by a demonstrative (or a cause: "ont exprimé leur
    inquiétude face à cette intervention"; or the passive's subject: "Ces déclarations sont saluées par
    Kinshasa")."""
    deps = NAMED_AGAIN_DEPS
    # (a noun that only ever names an act, "décision", "mesures", names one reported whatever
    # its article: "Moscou a dénoncé des mesures « illégales »" after the Union's sanctions)
    return any(fold(c.lemma_) in lex.nouns or fold(c.lemma_) in lex.act_reference_nouns
               for c in _determined_nouns(tok, deps, DEMONSTRATIVES)) \
        or any(fold(c.lemma_) in lex.act_reference_nouns for c in _determined_nouns(tok, deps, DEFINITE | {"des"}))


def _names_words_again(tok: Token, lex: Lexicon) -> bool:
    """Whether what a verb names again after a demonstrative is something said ("ces propos",
    "cette déclaration": modality.yaml's speech_nouns)."""
    return any(fold(c.lemma_) in lex.speech_nouns for c in _determined_nouns(tok, NAMED_AGAIN_DEPS, DEMONSTRATIVES))


def _act_of_its_type(tok: Token, lex: Lexicon) -> str | None:
    """The type of the act a verb's object names with a definite article ("a condamné
    l'attaque", "dénonce les frappes", "l'accord a été salué par ..."), or an indefinite one
    ("a condamné une attaque « inefficace »"): one the article may have reported before."""
    for c in _determined_nouns(tok, {"obj", "obl:arg", "nsubj:pass"}, DEFINITE | INDEFINITE):
        entry = _usual_reading(c, lex)
        if entry is not None and entry.type != "NONE":
            return entry.type
    return None


def _usual_reading(noun: Token, lex: Lexicon) -> Trigger | None:
    """A noun's first lexicon reading that holds without conditions: the act the noun names when
    named again or judged (a use of no act under conditions, "l'accord" after "rompre", does
    not make the noun name none)."""
    return next((t for t in lex.nouns.get(fold(noun.lemma_), ()) if not (t.type == "NONE" and (t.with_ or t.after))), None)


def _earlier_party(events: list[Event], sources: list[Actor], sent: Span, actors: ArticleActors,
                   etype: str | set[str] | None = None, side: str = "source") -> list[Actor]:
    """Who did the act named again: the source of the article's last event (of ``etype``, or of
    one of a set of types) by another country than ``sources``'; with ``side="target"``, who
    received it: the target of the last one aimed at another. Named as ``sent`` names its
    country (_as_sentence_names)."""
    own = {a.country for a in sources}
    types = {etype} if isinstance(etype, str) else etype
    for e in reversed(events):
        party = getattr(e, side)
        if (types is None or e.type in types) and party is not None and party.country and party.country not in own:
            return _as_sentence_names([party], sent, actors)
    return []


def _as_sentence_names(found: list[Actor], sent: Span, actors: ArticleActors) -> list[Actor]:
    """An actor found elsewhere in the article, named as this sentence names its country
    ("ces expulsions ... cette décision des autorités russes"); an armed group stays itself
    ("les Shebab" are not "le peuple somalien" the sentence names)."""
    if len(found) != 1 or found[0].kind == "group":
        return found
    named = _named_in_sentence(found[0].country, sent, actors)
    return [named] if named is not None else found


SENT_ACTS = {"AID", "MOBILIZE"}   # acts of sending: what is sent says by whom


def _sent_out(tok: Token, targets: list[Actor], actors: ArticleActors) -> tuple[list[Actor], list[Actor]] | None:
    """An agentless passive of sending: its subject, what is sent ("une équipe de secouristes
    algériens", "une aide humanitaire marocaine"), names who sends it; the targets of other
    countries (its destination, "en Turquie", "vers le Liban") receive it. None when the subject
    names no one, or no destination is another country's."""
    senders = [a for c in tok.children if c.dep_ == "nsubj:pass" for a in _actors_of(c, actors) if a.country]
    own = {a.country for a in senders}
    # (the destination the rules take for a mere place: "dépêchée en Turquie"); or whom the
    # sending is to help ("ont été déployées pour assister les autorités marocaines")
    destinations = [a for c in tok.children if c.dep_.startswith("obl") and _case(c) in DESTINATION_CASES
                    for a in _actors_of(c, actors)] \
        + [a for c in tok.children if c.dep_ == "advcl" and any(fold(m.text) == "pour" for m in c.children if m.dep_ == "mark")
           for o in c.children if o.dep_ == "obj" for a in _actors_of(o, actors)]
    received = _unique([t for t in targets + destinations if t.country and t.country not in own])
    return (_unique(senders), received) if senders and received else None


DESTINATION_CASES = TO_WORDS | {"vers"}   # where a visitor goes, or what is sent


def _state_of(actor: Actor) -> Actor:
    """The country an office or body acts for, as an actor."""
    if actor.kind == "country" or not actor.country or actor.country == "IGO":
        return actor
    return state_actor(load_gazetteer(), actor.country)


def _answered(events: list[Event], rejecter: Actor) -> list[Actor]:
    """"Des accusations démenties par Téhéran": a denial answers the last act aimed at the one
    who denies, so its target is that act's source."""
    for e in reversed(events):
        if e.source is not None and e.target is not None and rejecter.country \
                and e.target.country == rejecter.country and e.source.country != rejecter.country:
            return [e.source]
    return []


def _pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and fold(c.text) in SUBJECT_PRONOUNS for c in verb.children)


def _own_accusation(events: list[Event], sent: Span, denier: Actor) -> Event | None:
    """The sentence's accusation made by the one a denial was read as made by: no one denies
    their own charge, so the denial is the accused's."""
    for e in reversed(events):
        if e.trigger_start < sent.start_char:
            break
        if e.type == "ACCUSE" and e.source is not None and e.target is not None and denier.country \
                and e.source.country == denier.country and e.target.country != denier.country:
            return e
    return None


SUBJECT_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS
CROWD = Actor("manifestants", None, "CIV", "group", role="manifestant", local=True)
STORM = "storm"   # triggers.yaml's mode of "prendre d'assaut"
RECALL = "recall ambassador"
ENVOY = "send an envoy"   # triggers.yaml's mode of "dépêcher", "envoyer" an official
RELEASE = "release"   # triggers.yaml's mode of "libérer", "relâcher"
NO_PARTNER = "no_partner"   # a `partnered` act (a text one body adopts) with no partner named
HELD_IN = {"en", "au", "aux", "a", "dans"}


def _held_in(tok: Token, actors: ArticleActors) -> Actor | None:
    """The state where the people a passive release frees were held: the place after "détenus
    en", "retenus au" in its subject's phrase (modality.yaml ``holding_verbs``)."""
    return next((state for subject in tok.children if subject.dep_ == "nsubj:pass"
                 for state in [_held_place(subject, actors)] if state is not None), None)


def _held_place(phrase: Token, actors: ArticleActors) -> Actor | None:
    """The state a phrase says its people are held in ("des 46 soldats détenus au Mali"), or who
    it says holds them ("détenu par le régime militaire")."""
    holding = load_lexicon().holding_verbs
    for held in phrase.subtree:
        if fold(held.lemma_) not in holding or not (held.pos_ == "VERB" or held.dep_ == "acl"):
            continue
        # (the parser may hang the place on the people held: "des soldats détenus | au Mali")
        after = [c for c in held.head.children if c.i > held.i and c.dep_ == "nmod"] if held.dep_ == "acl" else []
        for c in (*held.children, *after):
            m = actors.at(c.i) if (c.dep_.startswith("obl") or c in after) and _case(c) in HELD_IN else None
            if m is not None and m.actors and m.actors[0].country not in (None, "IGO"):
                return m.actors[0]
        # "Mohamed Bazoum, détenu avec son épouse par le régime militaire": who holds them
        agent = next((c for c in held.children if c.dep_ == "obl:agent" or _case(c) == "par"), None)
        m = actors.at(agent.i) if agent is not None else None
        if m is not None and m.actors and m.actors[0].country not in (None, "IGO"):
            return m.actors[0]
    return None


DENIAL = "deny"   # triggers.yaml's mode of "démentir", "nier", "réfuter"


def _hosts_recalled_from(tok: Token, sources: list[Actor], targets: list[Actor], actors: ArticleActors) -> list[Actor]:
    """"Israël a rappelé ses ambassadeurs dans les trois pays": the states the recalling one's
    own envoys, posted nowhere the title says, are recalled from, named after "dans" or "en"
    on the verb or its object; else the targets found."""
    own = {a.country for a in sources} | {None}
    if not all(t.kind == "role" and not t.posted_to and t.country in own for t in targets):
        return targets
    heads = [tok, *(c for c in tok.children if c.dep_ == "obj")]
    hosts = [a for h in heads for c in h.children if _case(c) in {"dans", "en"}
             for a in _actors_of(c, actors) if a.country not in own]
    return _unique(hosts) or targets


def _recalling_states(envoys: list[Actor]) -> list[Actor]:
    """The states of the envoys posted abroad whom an agentless passive says were recalled."""
    return _unique([_state_of(e) for e in envoys if e.posted_to and e.country and e.country not in ("IGO", e.posted_to)])


def _host_of_own_envoy(target: Actor, sources: list[Actor], etype: str) -> Actor:
    """Recalling one's own ambassador "à Berlin" is an act towards Germany, not towards the envoy."""
    own = any(s.country and (s.country == target.country or (target.country is None and etype == "SANCTION")) for s in sources)
    if target.posted_to and own and all(s.country != target.posted_to for s in sources):
        return state_actor(load_gazetteer(), target.posted_to)
    return target


def _passive_target_only(targets: list[Actor], etype: str) -> bool:
    """"L'ambassadeur a été convoqué": the act is coded with an unknown source."""
    return bool(targets) and etype not in SYMMETRIC and any(t.country for t in targets)


def _counterpart(source: Actor, actors: ArticleActors, sent: Span | None = None) -> list[Actor]:
    """The other party of the article, when the source is one of its two parties; named as the
    sentence names it when it does ("... cette décision des autorités russes")."""
    if not actors.pair:
        return []
    a, b = actors.pair
    if source.country and source.country == a.country and b.country != source.country:
        other = b
    elif source.country and source.country == b.country and a.country != source.country:
        other = a
    else:
        return []
    if sent is not None:
        # an actor the sentence names of that country, else a place of it ("à Berlin")
        named = _named_in_sentence(other.country, sent, actors) or _named_in_sentence(other.country, sent, actors, places=True)
        if named is not None:
            return [named]
        return [_known_by(other, sent.end, actors)]
    return [other]


def _known_by(other: Actor, end: int, actors: ArticleActors) -> Actor:
    """The article's other party as a reader knows it at a sentence: a person or an office the
    article introduces only later ("Le ministre a reçu son homologue nigérien" after "L'Algérie
    avait envoyé des tentes aux sinistrés") is not yet on the scene, so the act is with the
    first actor of that country named before the sentence ends, when there is one."""
    first = next((m.start for m in actors.mentions if other in m.actors), None)
    if first is None or first < end:
        return other
    return next((a for m in actors.mentions if m.start < end and not m.place_only
                 for a in m.actors[:1] if a.country == other.country), other)


def _named_in_sentence(country: str | None, sent: Span, actors: ArticleActors, *, places: bool = False) -> Actor | None:
    """The first actor of that country the sentence names (with ``places``: its first place of
    that country instead, "à Berlin")."""
    for i in range(sent.start, sent.end):
        m = actors.at(i)
        if m is not None and m.start == i and m.kind in {"actor", "place"} and m.place_only == places:
            named = next((x for x in m.actors if x.country == country), None)
            if named is not None:
                return named
    return None


def _unique(xs: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _akey(a: Actor | None) -> str:
    return a.key() if a else ""


def _side(a: Actor | None, by_person: bool = False) -> str:
    """Within one sentence, an actor counts by its country (people of unknown country by name);
    with ``by_person``, a named person by who they are (``Actor.key``, which holds the country).
    An international organisation counts as itself: "IGO" is the codebook's code for them all,
    and "La CEDEAO et l'Union africaine ont sanctionné le Mali" is two acts, not one."""
    if a is None:
        return ""
    if by_person and a.kind == "person":
        return a.key()
    if a.country == "IGO" and a.kind == "igo":
        return a.key()
    return a.country or a.key()


def _detailed(c: _Coding, sent: Span, si: int) -> None:
    """"X a rencontré plusieurs dirigeants africains. Il s'agit notamment du président ivoirien
    et du président malien": the parties "il s'agit de" lists are those of the act just before
    (in this sentence, else the one before) whose target they detail -- one it named without a
    country, none, or one of them: the act is coded with each of them, on this sentence."""
    lemmas, agir = column(c.doc, LEMMA), c.doc.vocab.strings["agir"]  # read from the arrays: most sentences have none
    at = next((i for i in range(sent.start, sent.end) if lemmas[i] == agir), None)
    agit = c.doc[at] if at is not None else None
    if agit is None or agit.pos != VERB or not any(ch.dep_.startswith("expl") for ch in agit.children):
        return
    named = [a for ch in agit.children if ch.dep_.startswith("obl") and _case(ch) in OF_WORDS
             for a in _actors_of(ch, c.actors) if a.country]
    if not named:
        return
    before = [e for e in c.events if (e.sentence_index == si and e.trigger_start < agit.idx) or e.sentence_index == si - 1]
    act = next((e for e in reversed(before) if e.target is None or not e.target.country or e.target in named), None)
    if act is None or act.source is None:
        return
    said = _evidence(sent, si, c.article, c.actors)
    if act.sentence_index == si and act.target is not None and not act.target.country:
        # ("a rencontré plusieurs dirigeants africains, il s'agit notamment du président
        # ivoirien ...": the group of no country is those it lists, in the same sentence)
        c.events.remove(act)
    for a in named:
        key = _key(si, act.type, act.source, a)
        if a.country == act.source.country or key in c.seen:
            continue
        c.seen.add(key)
        c.events.append(replace(act, target=a, sentence=said.sentence, sentence_index=si, sentence_start=said.start,
                                sentence_end=said.end, date=said.date, date_precision=said.precision))


def _key(si: int, etype: str, s: Actor | None, t: Actor | None) -> tuple:
    # "several people of one country received together: one CONSULT per named person" (the codebook)
    by_person = etype == "CONSULT"
    if etype in SYMMETRIC:
        return (si, etype, frozenset({_side(s, by_person), _side(t, by_person)}))
    return (si, etype, _side(s, by_person), _side(t, by_person))


# --- the record -------------------------------------------------------------------------------

def _location(sent: Span, actors: ArticleActors) -> str | None:
    for t in sent:
        m = actors.at(t.i)
        if m and m.place_only:
            return t.doc[m.start:m.end].text
        if t.ent_type_ == "LOC" and t.ent_iob_ == "B" and t.i > sent.start and fold(t.doc[t.i - 1].text) in LOCATIVE:
            ent = next((e for e in t.doc.ents if e.start == t.i), None)
            if ent is not None:
                return ent.text
    return None


def _localised(actor: Actor | None, sent: Span, actors: ArticleActors) -> Actor | None:
    """Protesters with no nationality belong to the country where they act: the sentence's
    first place ("... l'ambassade de Suède à Bagdad" -> IRQ), else the last place named in the
    two sentences before ("Les manifestants accusaient Paris ..." after "... à Ouagadougou")."""
    if actor is None or not actor.local or actor.country:
        return actor
    doc, earlier = sent.doc, sent.start
    for _ in range(2):   # the two sentences before, at most
        if earlier > 0:
            earlier = sentence_at(doc, earlier - 1).start
    for span in (range(sent.start, sent.end), range(sent.start - 1, earlier - 1, -1)):
        for i in span:
            m = actors.at(i)
            if m is not None and m.start == i and m.place_only and m.actors and m.actors[0].country not in (None, "IGO"):
                return replace(actor, country=m.actors[0].country)
    return actor


@dataclass(frozen=True)
class _Evidence:
    """What every event of one sentence shares: its text and offsets, its date and place."""

    sentence: str
    start: int
    end: int
    date: str | None
    precision: str | None
    location: str | None


def _evidence(sent: Span, si: int, article: Article, actors: ArticleActors) -> _Evidence:
    """The sentence's ``_Evidence``, worked out at its first event (a list gives several)."""
    found = memo_of(sent.doc, ("evidence", article.date, article.date_precision), actors)
    if si not in found:
        start, end, text = sentence_texts(sent.doc)[si]
        date, precision = act_date(doc_text(sent.doc)[sent.start_char:sent.end_char], article.date, article.date_precision)
        found[si] = _Evidence(clean_sentence(text), start, end, date, precision, _location(sent, actors))
    return found[si]


def _event(doc, sent, si, tok, trig, etype, src, tgt, article, actors, clause_cues: bool = True) -> Event:
    said = _evidence(sent, si, article, actors)
    cued = contexts_of(" ".join(t.text for t in _clause(tok))) if clause_cues else []
    src, tgt = _localised(src, sent, actors), _localised(tgt, sent, actors)
    if trig.igo and src is not None and src.country == "IGO":
        # "150 migrants guinéens ont été rapatriés par l'OIM": a return an international body
        # organises is aid to the returnees' country (the codebook), not a state taking them back
        etype, tgt = trig.igo, _state_of(tgt) if tgt is not None else None
    return Event(
        type=etype, mode=trig.mode, source=src, target=tgt,
        sentence=said.sentence, sentence_index=si, sentence_start=said.start, sentence_end=said.end,
        trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
        contexts=cued, date=said.date, date_precision=said.precision,
        location=said.location, object=_object_phrase(tok),
    )


OBJECT_CUT = {"acl:relcl", "advcl", "parataxis", "punct", "ccomp"}


def _object_phrase(tok: Token) -> str | None:
    """What the act is about, in the article's words: the verb's object ("a accepté le retour
    des mineurs non accompagnés"), through an infinitive ("ont décidé de créer un comité"), or
    a noun's complement ("la signature de deux mémorandums"); relative clauses left out."""
    head = None
    for c in tok.children:
        # what was done ("les accords ont été signés"), never who ("Le Maroc et l'Italie sont
        # décidés à ...": a name as a passive's subject is a party, not the act's object)
        if (c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}) or (c.dep_ == "nsubj:pass" and c.pos_ == "NOUN"):
            head = c
            break
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            head = next((g for g in c.children if g.dep_ == "obj"), None)
            if head is not None:
                break
        if tok.pos_ == "NOUN" and c.dep_ == "nmod" and _case(c) in OF_WORDS:
            head = c
            break
    if head is None and tok.dep_.startswith("acl") and "Part" in morph(tok, "VerbForm") and tok.head.pos_ == "NOUN":
        head = tok.head  # "le plan d'action ..., signé aujourd'hui": what was signed is the noun it describes
    if head is None or fold(head.text) in CALENDAR_WORDS:   # "a reçu vendredi": a date, not what was done
        return None
    keep: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        if t.i == tok.i:
            continue  # the participle's own clause is the act, not its object
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in OBJECT_CUT or (c.dep_ == "punct" and c.text in "()"))
    keep.sort(key=lambda t: t.i)
    if head.i < tok.i:  # the noun a participle describes: its words up to the participle
        keep = [t for t in keep if t.i < tok.i]
    while keep and keep[-1].text in {",", ";", ":", "-", "–"}:
        keep = keep[:-1]
    while keep and (keep[0].pos_ in {"ADP", "CCONJ"} or keep[0].is_punct):
        keep = keep[1:]
    if not keep or len(keep) > 30:
        return None
    span = tok.doc[keep[0].i:keep[-1].i + 1]
    return clean_sentence(span.text).replace("\u2019", "'")
