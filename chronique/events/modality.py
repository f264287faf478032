"""Is the act done? Negated, conditional, future, wished-for and background acts are not coded."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from chronique.events.lexicon import Lexicon
from chronique.nlp.memo import folded_words, memo, morph, per_token, sentence_of, words
from chronique.text import MONTHS, fold

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# dependency labels that link a clause to the one that frames it (climbing them finds "pourrait")
FRAMING = {"xcomp", "acl", "nmod", "obj", "obl:arg", "obl", "ccomp", "advcl", "csubj"}
# the marks of a clause that says when or against what an act happened, not what it says
# ("alors que", "tandis que", "lorsque", "après que", "depuis que")
CIRCUMSTANCE_MARKS = {"alors", "tandis", "lorsque", "lorsqu'", "quand", "apres", "depuis"}
LOCUTION_DEPS = {"xcomp", "obl:arg", "obl", "advcl"}   # what "avoir besoin" governs, as the parser hangs it


def is_negated(tok: Token, lex: Lexicon) -> bool:
    ne = None
    for c in tok.children:
        w = fold(c.text)
        if w in {"ne", "n'"}:
            ne = c
        elif c.dep_ == "advmod" and w in lex.negations and not _not_only(c, lex):
            return True
        elif w == "sans" and c.dep_ in {"mark", "case"}:
            return True
        elif w == "ni" and c.dep_ == "cc":
            return True   # "n'a ni condamné ni soutenu": each conjunct is negated
        elif w in NEGATING_DETERMINERS and c.dep_ == "det" and tok.pos_ == "NOUN":
            return True   # "Aucun accord n'a été trouvé"
    return ne is not None and not _no_negation(tok, ne, lex)


NEGATING_DETERMINERS = {"aucun", "aucune", "nul", "nulle"}


def _not_only(pas: Token, lex: Lexicon) -> bool:
    """Whether "pas" reads "not only" ("n'a pas seulement condamné")."""
    doc = pas.doc
    return fold(pas.text) == "pas" and pas.i + 1 < len(doc) and fold(doc[pas.i + 1].text) in lex.not_only


def _no_negation(tok: Token, ne: Token, lex: Lexicon) -> bool:
    """Whether the "ne" of a verb negates nothing, read from the words (the parser hangs "que"
    and "seulement" variously): "pas seulement" ("not only"), or "que" right after the verb
    with no negation word between "ne" and it ("n'a accepté que l'aide russe": only)."""
    doc = tok.doc
    words = [fold(doc[i].text) for i in range(ne.i + 1, min(len(doc), tok.i + 2))]
    if not words:
        return False
    if any(_not_only(doc[i], lex) for i in range(ne.i + 1, tok.i + 1)):
        return True
    return words[-1] in lex.restrictive and not any(w in lex.negations for w in words[:-1])


FUTURE_ENDINGS = ("erai", "eras", "era", "erons", "erez", "eront", "irai", "iras", "ira", "irons", "irez", "iront",
                  "drai", "dras", "dra", "drons", "drez", "dront")


@per_token
def is_unreal(tok: Token) -> bool:
    """Future or conditional on the verb, its auxiliaries or its copula ("signera", "aurait
    signé", "serait une attaque contre la région"). Asked of a verb again from each trigger it
    frames: worked out once a token."""
    auxes = [c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    w, lemma = fold(tok.text), fold(tok.lemma_)
    # "considérons", "espérons", "coopérez": a present whose stem ends in "ér" looks like a
    # future's ending, and the tagger may call it one; the future is "considérerons"
    present = not auxes and lemma.endswith("er") and w in {lemma[:-2] + e for e in ("ons", "ez")}
    for t in auxes if present else [tok] + auxes:
        if "Fut" in morph(t, "Tense") or "Cnd" in morph(t, "Mood"):
            return True
    # the tagger sometimes reads "signera" as a participle: trust the French ending
    if tok.pos_ == "VERB" and not auxes and "Imp" in morph(tok, "Tense") and _conditional_form(w, lemma):
        return True   # "au cas où le Togo fermerait sa frontière": read as an imperfect
    return tok.pos_ == "VERB" and not auxes and w != lemma and w.endswith(FUTURE_ENDINGS) and not present


def _under_condition(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb heads a clause opened by a conditional mark ("si les frappes continuaient"),
    or has such a mark before it in its clause, where the parser hung the mark elsewhere ("menace
    d'une riposte si Séoul et Washington poursuivaient leurs manœuvres": "si" on "Séoul")."""
    if any(c.dep_ == "mark" and fold(c.text) in lex.conditional_marks for c in verb.children):
        return True
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    for i in range(verb.i - 1, sentence_of(verb).start - 1, -1):
        t = verb.doc[i]
        if t.pos_ in {"VERB", "AUX"}:
            return False
        if t.pos_ == "SCONJ" and fold(t.text) in lex.conditional_marks:
            return True
    return False


def _promised(tok: Token, lex: Lexicon) -> bool:
    """Whether a future is what its parties commit to: "Les deux parties ont confirmé qu'elles
    travailleront au développement des relations bilatérales" is a commitment to cooperate, which
    the codebook codes when made (COOPERATE), and so may be its future in the past ("a assuré
    qu'il coopérerait": the act model judges that tense); a forecast ("la visite renforcera la
    coopération") is not, nor a condition ("si", blocked after). The subject must name parties:
    a pronoun, a name or a collective noun ("les deux pays")."""
    if tok.dep_ != "ccomp" or fold(tok.head.lemma_) not in lex.promising_verbs:
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ in {"PRON", "PROPN"} or fold(subject.lemma_) in lex.collective_nouns)


def _conditional_form(word: str, lemma: str) -> bool:
    """Whether a verb form the tagger reads as an imperfect is a conditional: it ends in "-rait"
    and is not the imperfect of its infinitive ("fermerait", "soutiendrait", "accueillerait";
    "déclarait", "courait", "offrait" are imperfects)."""
    for end in ("raient", "rait", "rais"):
        if word.endswith(end):
            return word != lemma[:-2] + end[1:]
    return False


def disagrees(participle: Token, noun: Token) -> bool:
    """Whether a participle's gender or number differs from a noun's, both known."""
    return any(a and b and a != b for a, b in ((morph(participle, f), morph(noun, f)) for f in ("Gender", "Number")))


def participle_of(tok: Token) -> Token | None:
    """The verb whose subject (and auxiliary) a past participle shares when the parser hung it
    on a noun as if it described it, else None:
    - after "et", on the object before it ("Pékin a rejeté ces accusations et accusé les
      Philippines de ..."): a participle describing a noun ("les accords signés et ratifiés")
      takes no direct object;
    - after a phrase set between the auxiliary and it ("Benjamin Netanyahu a de son côté rejeté
      toute fin de la guerre"), where the parser takes "a" for the verb and the participle for
      a modifier of "côté";
    - a present participle after a comma, on a verb's object ("ont rejeté la proposition du
      Conseil de sécurité, exigeant le départ des Casques bleus"): the subject's second act, as
      the parser's adverbial "..., appelant Ankara à cesser" is;
    - after "et", on the head of a clause the verb before it reports ("La Cour a estimé que
      l'occupation était illicite et appelé Israël à y mettre fin"): a bare participle is not
      coordinated with a conjugated clause, it shares the reporting verb's auxiliary."""
    if tok.dep_ == "conj" and "Part" in morph(tok, "VerbForm") and "Past" in morph(tok, "Tense"):
        clause, verb = tok.head, tok.head.head
        if clause.dep_ == "ccomp" and verb.pos_ == "VERB" and verb.i < clause.i < tok.i \
                and any(c.dep_.startswith("aux") for c in verb.children) \
                and not any(c.dep_.startswith("aux") for c in (*tok.children, *clause.children)) \
                and any(c.dep_ == "cc" and c.i < tok.i for c in tok.children):
            return verb
        return None
    if tok.dep_ != "acl" or "Part" not in morph(tok, "VerbForm"):
        return None
    noun, verb = tok.head, tok.head.head
    if "Pres" in morph(tok, "Tense"):
        after_comma = tok.i > 0 and tok.doc[tok.i - 1].text == ","
        return verb if after_comma and noun.dep_ in {"obj", "obl:arg"} and verb.pos_ == "VERB" \
            and any(c.dep_ == "obj" for c in tok.children) else None
    if noun.dep_ == "obj" and verb.pos_ == "VERB" and any(c.dep_.startswith("aux") for c in verb.children) \
            and any(c.dep_ == "cc" and c.i < tok.i for c in tok.children) \
            and (any(c.dep_ == "obj" for c in tok.children) or disagrees(tok, noun)):
        # (or one that does not agree with the noun, as a participle describing it would: "a
        # rejeté ces accusations et menacé de « mesures fermes »")
        return verb
    if fold(verb.lemma_) == "avoir" and noun.dep_.startswith("obl") and verb.i < noun.i < tok.i \
            and any(c.dep_ == "nsubj" for c in verb.children):
        inserted = {t.i for t in noun.subtree} - {t.i for t in tok.subtree}
        if all(t.i in inserted or t.is_punct for t in tok.doc[verb.i + 1:tok.i]):
            return verb
    return None


def circumstance(tok: Token) -> bool:
    """Whether a clause says when or against what the act of the verb it hangs on happened
    ("Alors que la Turquie a abattu un avion russe, ...", "..., tandis que ses avions ont été
    mobilisés"): a fact of its own, neither what that verb reports nor governed by it."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and fold(c.text) in CIRCUMSTANCE_MARKS for c in tok.children)


def claims_what_may_come(tok: Token, lex: Lexicon) -> bool:
    """A claim whose reported clause is a possibility or a plan ("Rabat soutient que l'Iran
    pourrait fournir des armes", "affirme que Téhéran va livrer"): no accusation of a done act.
    The clause's verb is a blocking governor (pouvoir, devoir, aller, ...) or in the future;
    the conditional perfect of an allegation ("aurait fourni") is neither."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            if fold(c.lemma_) in lex.blocking_governors or "Fut" in morph(c, "Tense"):
                return True
    return False


def _performative(governor: Token, below: Token, lex: Lexicon) -> bool:
    """Whether ``below`` is a speech act its governor says, in the first person, that the speaker
    wants to make: "« Je veux assurer les Tunisiens de notre pleine solidarité »", "« je voudrais
    remercier le Maroc »" make it (modality.yaml's performative governors and verbs)."""
    return below.dep_ == "xcomp" and fold(below.lemma_) in lex.performative_verbs \
        and fold(governor.lemma_) in lex.performative_governors and "1" in morph(governor, "Person")


def blocked(tok: Token, lex: Lexicon, article_year: int | None, *, refusal: bool = False,
            will_counts: bool = False) -> str | None:
    """Why this trigger must not be coded, or None when it reports a done act.

    A refusal ("n'acceptera aucune ingérence") is stated now whatever its tense: ``refusal``
    skips the tense check. ``will_counts``: a stated will ("souhaitent renforcer") is the act
    itself (COOPERATE), so will governors do not block it.
    """
    if is_unreal(tok) and not refusal and not (will_counts and _promised(tok, lex)):
        return "future or conditional"
    for c in tok.children:
        if c.dep_.startswith("aux") and fold(c.lemma_) in lex.blocking_governors:
            return f"modal '{c.text}'"
        if c.dep_ == "mark" and fold(c.text) in lex.conditional_marks:
            return "hypothesis"
    if tok.pos_ == "NOUN" and tok.dep_.startswith("nsubj") and tok.head.i != tok.i and _under_condition(tok.head, lex):
        # "menacé d'exécuter les otages si les frappes israéliennes continuaient": the act noun
        # a condition is said of is supposed, as a verb under "si" is
        return "hypothesis"
    if tok.pos_ == "NOUN" and tok.dep_ in {"obl", "obl:mod"} and is_unreal(tok.head) \
            and any(c.dep_ == "case" and fold(c.text) == "en" for c in tok.children):
        # "qui se chargera de leur acheminement en coordination avec les autorités": the manner
        # of an act to come is to come with it
        return "future or conditional frame"
    if _purpose_clause(tok, lex):
        # "a lancé un appel aux pays européens pour qu'ils accueillent davantage de réfugiés":
        # what an act is for is not done
        return "hypothesis (a purpose)"
    if _indefinite_subject(tok) and is_unreal(tok.head):
        # "qu'une attaque contre ses installations entraînerait une riposte": an attack
        # supposed (a definite one is reported: "l'attaque aurait fait dix morts")
        return "hypothesis"
    if fold(tok.lemma_) in lex.holding_verbs and any(c.dep_ == "aux:pass" and "Imp" in morph(c, "Tense")
                                                    for c in tok.children):
        # "ils étaient encore détenus en Libye": a state they were in, not a detention reported
        return "state (held)"
    if _still_to_do(tok, lex) or (tok.pos_ == "NOUN" and any(_still_to_do(c, lex) for c in tok.children)):
        # ("l'accord à signer": the agreement is to be signed as much as the signing is to be done)
        return "future (still to be done)"
    # climb the clauses that frame the trigger: "pourrait signer", "les moyens de renforcer"
    cur, steps = tok, 0
    if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN":
        cur = tok.head  # "prête à envoyer des secouristes et une aide": framed as its first conjunct
    while (cur.dep_ in FRAMING or _purpose_of_a_governor(cur, lex)) and cur.head != cur and steps < 3 \
            and participle_of(cur) is None and not circumstance(cur):
        below, cur, steps = cur, cur.head, steps + 1
        if will_counts and fold(cur.lemma_) in lex.will_governors:
            break
        if _performative(cur, below, lex):
            break
        if fold(cur.lemma_) in lex.blocking_governors or fold(cur.text) in lex.blocking_governors:
            return f"governed by '{cur.text}'"
        if cur.pos_ == "NOUN" and denied(cur):
            # "Moscou ne voit aucune base pour reprendre le dialogue avec l'UE": what no ground,
            # no reason, no intention is given for is not done
            return f"negated ('{cur.text}')"
        if fold(cur.lemma_) in lex.locution_verbs and below.dep_ in LOCUTION_DEPS and (need := next(
                (c for c in cur.children if c.dep_ == "obj" and fold(c.lemma_) in lex.blocking_governors), None)):
            # "ont besoin d'aide", "a l'intention de signer": the verb and its object say it
            # together (the parser hangs the act on the verb, beside the noun)
            return f"governed by '{need.text}'"
        if fold(cur.lemma_) in lex.intending_verbs and below.dep_ == "xcomp" \
                and not any(fold(c.text) in {"se", "s'"} for c in cur.children):
            return f"governed by '{cur.text}'"   # "Le Ghana entend signer un accord"
        aim = _aim_stated(cur, lex)
        if aim is not None:
            return f"governed by '{aim.text}'"
        if cur.pos_ in {"VERB", "AUX"} and is_unreal(cur) and tok.pos_ != "NOUN" \
                and not (below.dep_ == "xcomp" and fold(cur.lemma_) in lex.continuing_verbs):
            return "future or conditional frame"
        if cur.pos_ == "VERB" and _dated_before(cur, article_year, lex):
            # "Le 5 juin dernier, ... avaient rompu leurs relations avec le Qatar, accusant le
            # pays de soutenir le terrorisme": what a background act frames is background too
            return "background (its frame)"
        if cur.pos_ in {"VERB", "AUX"} and _under_condition(cur, lex):
            return "hypothesis"
        if cur.dep_ == "ccomp":
            break
        if _still_to_do(cur, lex):
            return "future (still to be done)"
    noun = _enclosing_noun(tok) if tok.pos_ == "NOUN" else None   # or the noun it completes
    if noun is not None and _planned_occurrence(noun, lex):
        return "future (planned to take place)"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and fold(tok.head.lemma_) in lex.unfinished_nouns \
            and any(c.dep_ == "nmod" and any(g.dep_ == "case" and fold(g.text) in ("de", "d'") for g in c.children)
                    for c in tok.head.children):
        # "L'accord de libre-échange est en cours de négociation": not concluded yet
        return "future (still to be done)"
    if noun is not None and noun.dep_ in ("nsubj", "nsubj:pass") and fold(noun.head.lemma_) in lex.calling_off_verbs:
        # "La visite a été ajournée", "La signature de l'accord a été reportée"
        return f"called off ('{noun.head.text}')"
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass") and (
            fold(tok.head.lemma_) in lex.state_verbs
            or any(c.dep_.startswith("obl") and fold(c.lemma_) in lex.ending_nouns for c in tok.head.children)):
        # "La trêve reste fragile", "Le cessez-le-feu a été violé", "l'accord arrive à expiration"
        return f"state ('{tok.head.text}')"
    if tok.pos_ == "NOUN" and fold(tok.head.lemma_) in lex.binding_verbs and tok.dep_.startswith("obl") \
            and any(c.dep_ == "case" and fold(c.text) == "par" for c in tok.children):
        return "state (bound by the act)"
    if tok.pos_ == "NOUN" and any(c.dep_ == "case" and fold(c.text) in lex.since_marks for c in tok.children):
        # "se sont tendues depuis l'expulsion de l'ambassadeur": a state dated from an earlier act
        return "background (a state since the act)"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" \
            and any(c.dep_ == "case" and fold(c.text) in lex.since_marks for c in tok.head.children):
        # "Malgré la trêve conclue entre le Bénin et le Niger": the participle describing such a
        # noun dates the same earlier act
        return "background (a state since the act)"
    if article_year and _support_verb_year(tok, article_year):
        return "background (an earlier year)"
    return _dated_before(tok, article_year, lex)


def _dated_before(tok: Token, article_year: int | None, lex: Lexicon) -> str | None:
    """Why a trigger, or a verb that frames one, is dated before the article's news (the
    codebook's background), or None: an earlier year, a pluperfect's past month, last year,
    long ago."""
    if article_year and _background_year(tok, article_year, lex):
        return "background (an earlier year)"
    if _background_month(tok):
        return "background (an earlier month)"
    if _last_year(tok):
        return "background (last year)"
    if _long_ago(tok, article_year, lex):
        return "background (long ago)"
    if _pluperfect_relative(tok):
        return "background (a relative in the pluperfect)"
    return None


def _pluperfect_relative(tok: Token) -> bool:
    """A relative clause in the pluperfect describes its noun by what had been done before the
    news: "de lever les sanctions qu'elle avait imposées au Mali", "le mouvement, qui avait déjà
    protesté contre l'opération". Told by its relative pronoun, not by the parser's label, which
    it also gives to some "que" clauses of saying ("a déclaré qu'il avait décidé de ...", coded).
    None of the training articles' such relatives is coded."""
    return tok.dep_ == "acl:relcl" and tok.pos_ == "VERB" \
        and any(c.dep_.startswith("aux") and "Imp" in morph(c, "Tense") for c in tok.children) \
        and any(c.dep_ in {"nsubj", "obj", "nsubj:pass", "obl"} and ("Rel" in morph(c, "PronType") or fold(c.text) in RELATIVES)
                for c in tok.children)


RELATIVES = {"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}


def _enclosing_noun(tok: Token) -> Token:
    """The noun whose complement an act noun is, up three steps ("la signature des accords",
    "Plusieurs activités, dont la signature d'accords, seront organisées"), or the noun itself."""
    noun = tok
    for _ in range(3):
        if noun.dep_ in ("nmod", "conj", "appos") and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
            noun = noun.head
    return noun


def _planned_occurrence(noun: Token, lex: Lexicon) -> bool:
    """Whether an act noun (or the noun whose complement it is, ``_enclosing_noun``: "la
    signature des accords") is the subject of a verb that plans it ("est programmée") or of one
    that says when it takes place, in the future, the conditional or under a modal ("se
    tiendra", "sera effectuée", "devrait se tenir")."""
    if noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = noun.head
    if fold(verb.lemma_) in lex.planning_verbs:
        # "Une visite est programmée pour le 12 mars"; not what an act provides for, "cette
        # tranche d'aide prévoit l'envoi de missiles"
        return noun.dep_ == "nsubj:pass"
    frame = verb.head if verb.dep_ == "xcomp" else None   # "devrait se tenir"
    if fold(verb.lemma_) in lex.blocking_governors and any(c.dep_ == "xcomp" for c in verb.children):
        frame, verb = verb, next(c for c in verb.children if c.dep_ == "xcomp")
    if fold(verb.lemma_) not in lex.taking_place_verbs:
        return False
    return is_unreal(verb) or (frame is not None and (is_unreal(frame) or fold(frame.lemma_) in lex.blocking_governors)) \
        or any(c.dep_.startswith("aux") and (fold(c.lemma_) in lex.blocking_governors or is_unreal(c)) for c in verb.children)


def _purpose_clause(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb heads a clause of purpose: "pour que", "afin qu'" (``purpose_marks``)."""
    marks = [fold(c.text) for c in tok.children if c.dep_ == "mark"]
    return any(m in lex.purpose_marks for m in marks) and any(m in {"que", "qu'"} for m in marks)


def _indefinite_subject(tok: Token) -> bool:
    """Whether a noun is its verb's subject with an indefinite article ("une attaque")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "det" and fold(c.text) in INDEFINITE for c in tok.children)


INDEFINITE = {"un", "une"}
NO_DETERMINERS = {"aucun", "aucune", "nul", "nulle"}


def denied(noun: Token) -> bool:
    """Whether a noun's determiner denies it ("aucune base", "plus aucune menace"): nothing of
    the kind is, nor is what it frames done."""
    return any(c.dep_ == "det" and fold(c.text) in NO_DETERMINERS for c in noun.children)


def _aim_stated(verb: Token, lex: Lexicon) -> Token | None:
    """The aim "être" states: "le but de cette visite est de renforcer les liens", "l'objectif
    était de signer un accord" plan the infinitive, as "vise à" does (the parser makes the noun
    the subject of "être", or hangs "être" on it)."""
    if fold(verb.lemma_) != "etre":
        return None
    nouns = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ in {"punct", "cop"} else [])
    return next((n for n in nouns if n.pos_ == "NOUN" and fold(n.lemma_) in lex.blocking_governors), None)


def _still_to_do(tok: Token, lex: Lexicon) -> bool:
    """An infinitive after "à" whose object is the noun it hangs on: "l'accord à signer avec le
    Maroc", "les réformes à mener", "pas de leçons à recevoir du président turc" name what is
    to be done. One with its own object says of its noun what it does or did ("le deuxième pays
    à interdire RFI", "sa détermination à soutenir l'Ukraine"), and one after a will noun is
    the will's ("ma disponibilité à œuvrer avec vous")."""
    return tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.pos_ == "NOUN" \
        and fold(tok.head.lemma_) not in lex.will_nouns \
        and "Inf" in morph(tok, "VerbForm") \
        and any(c.dep_ == "mark" and fold(c.text) == "a" for c in tok.children) \
        and not any(c.dep_ in {"obj", "ccomp", "xcomp", "iobj"} for c in tok.children)


def _purpose_of_a_governor(tok: Token, lex: Lexicon) -> bool:
    """An adjunct is no frame ("a rencontré X pour des discussions" reports them, "selon l'accord
    signé, la péninsule devrait ..." cites a done one), except a purpose under a blocking
    governor: "est attendu à Lomé pour des entretiens" plans them. (Every adjunct a frame: CV
    event 0.735 -> 0.731.)"""
    return tok.dep_ == "obl:mod" and tok.head != tok and fold(tok.head.lemma_) in lex.blocking_governors \
        and any(c.dep_ == "case" and fold(c.text) == "pour" for c in tok.children)


def _years(doc: Doc) -> list[int]:
    """The indices of the doc's tokens that read as a year, found once an article (most
    sentences have none, and the check below would otherwise walk each trigger's phrase)."""
    found = memo(doc)
    if "years" not in found:
        found["years"] = [i for i, w in enumerate(words(doc)) if _YEAR.match(w)]
    return found["years"]


# relations that hang a clause of its own: a year inside one dates that clause's act
CLAUSES = {"advcl", "ccomp", "csubj", "acl", "acl:relcl", "parataxis"}


def _dates_another_clause(year: Token, tok: Token) -> bool:
    """Whether a year below the trigger stands in another clause than the trigger's: one hung
    below a dependent ("a dénoncé l'accord qu'il avait signé en 2015"), or, for a verb, one of
    its own subordinate clauses ("a rompu ses relations, comme il l'avait fait en 2009"). A
    clause hung on a noun trigger dates it ("l'accord signé en 2015"). Measured: CV event
    0.734 -> 0.739, by story 0.717 -> 0.718, four draws 0.713 -> 0.717, dyad and actor up,
    contexts 0.002-0.005 down (docs/measurements.md, "Sixth stop of 2026-12-05")."""
    x, below = year, None
    while x.i != tok.i and x.head.i != x.i:
        # (a participle the tagger calls an adjective, with its own complement, is a clause too:
        # "ont rouvert leur frontière, fermée depuis juillet 2023")
        clause = x.dep_ in CLAUSES or (x.dep_ == "amod" and below is not None and below.dep_.startswith("obl"))
        if clause and (x.head.i != tok.i or tok.pos_ != "NOUN"):
            return True
        x, below = x.head, x
    return False


def _background_month(tok: Token) -> bool:
    """A pluperfect dated to a past month: "Le 5 juin dernier, ... avaient rompu leurs
    relations", "avait été arrêté au Kosovo en octobre dernier" recall what the article's news
    follows from (the codebook's background). The trigger's verb, or the verb a noun or a
    participle trigger hangs on, is in the pluperfect and its clause holds "<month> dernier"."""
    verb = tok
    if tok.pos_ != "VERB" or ("Part" in morph(tok, "VerbForm") and "Pres" in morph(tok, "Tense")):
        verb = tok.head
    if verb.pos_ != "VERB" or "Part" not in morph(verb, "VerbForm") or not any(
            c.dep_.startswith("aux") and "Imp" in morph(c, "Tense") for c in verb.children):
        return False
    return any(fold(t.text) in PAST_MARKS and t.i > 0 and fold(t.doc[t.i - 1].text) in MONTHS
               and not _dates_another_clause(t, verb) for t in verb.subtree)


PAST_MARKS = {"dernier", "derniere"}
YEAR_NOUNS = {"an", "annee"}
LAST_MARKS = PAST_MARKS | {"passe", "passee", "precedent", "precedente"}


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause dates a trigger: the trigger itself, or the word a noun or a
    participle trigger hangs on."""
    return tok if tok.pos_ in ("VERB", "AUX") else tok.head


def _last_year(tok: Token) -> bool:
    """An act dated "l'an dernier", "l'année passée": the year before the article's, outside its
    time frame whatever the tense ("La Chine avait accordé l'an dernier un prêt au Kenya"). The
    date stands in the trigger's clause: the trigger's verb, or the verb a noun or a participle
    trigger hangs on, not in a clause of its own."""
    verb = _clause_verb(tok)
    doc = tok.doc
    return any(any(fold(c.text) in LAST_MARKS for c in t.children if c.i > t.i) and not _dates_another_clause(t, verb)
               for t in (doc[i] for i in _year_nouns(doc)) if _in_phrase(t, verb) or _in_phrase(t, tok))


def _year_nouns(doc: Doc) -> list[int]:
    """The indices of the doc's "an" and "année", found once an article (walking each
    trigger's clause for them had cost a tenth of the coder's time)."""
    found = memo(doc)
    if "year_nouns" not in found:
        found["year_nouns"] = [i for i, w in enumerate(folded_words(doc)) if w in YEAR_NOUNS]
    return found["year_nouns"]


def _in_phrase(t: Token, head: Token) -> bool:
    """Whether ``t`` stands in ``head``'s phrase (its subtree)."""
    return head.left_edge.i <= t.i <= head.right_edge.i and (t.i == head.i or head.is_ancestor(t))


def _pluperfect(verb: Token) -> bool:
    return any(c.dep_.startswith("aux") and "Imp" in morph(c, "Tense") for c in verb.children)


def _long_ago(tok: Token, article_year: int | None, lex: Lexicon) -> bool:
    """An act the article dates long before its news: "Il y a deux ans, le Ghana avait expulsé",
    "Cela fait trois ans que le Togo a fermé sa frontière", "sa précédente visite", a pluperfect
    "à l'époque", "précédemment", "lors de sa précédente visite", a visit whose last one "remonte
    à 2015" -- the codebook's background."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and fold(c.text) in lex.previous_words for c in tok.children):
        return True   # "sa précédente visite"
    verb = _clause_verb(tok)
    doc = tok.doc
    for c in verb.children:
        if fold(c.lemma_) in lex.ago_nouns and fold(" ".join(w.text for w in doc[c.left_edge.i:c.i])).startswith("il y a"):
            return True   # "Il y a deux ans, ..."
    if _years_after_it(verb, lex):
        return True   # "plus de trois ans après avoir rompu leurs relations"
    if verb.dep_ == "ccomp" and fold(verb.head.lemma_) == "faire" \
            and any(c.dep_ == "obj" and fold(c.lemma_) in lex.ago_nouns for c in verb.head.children):
        return True   # "Cela fait trois ans que ..."
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and fold(verb.lemma_) in lex.dating_verbs and article_year:
        return any(c.dep_.startswith("obl") and _YEAR.match(c.text) and int(c.text) < article_year for c in verb.children)
    if verb.pos_ == "VERB" and _pluperfect(verb):
        for c in verb.children:
            if fold(c.text) in lex.past_adverbs or (fold(c.lemma_) == "epoque" and c.dep_.startswith("obl")):
                return True   # "À l'époque, le Togo avait accusé ..."
            if c.dep_ in ("advmod", "obl", "obl:mod") and any(fold(g.text) in lex.previous_words for g in c.subtree):
                return True   # "Lors de sa précédente visite, ... avait signé"
    return False


def _years_after_it(verb: Token, lex: Lexicon) -> bool:
    """Whether an infinitive after "après" is dated years before the clause it hangs on: "ont
    décidé de reprendre leurs relations, plus de trois ans après avoir rompu leurs relations"
    (read by position: the parser makes "ans" an object of a verb nearby)."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and fold(c.text) == "apres"), None)
    if mark is None or mark.i == 0:
        return False
    before = verb.doc[mark.i - 1]
    return fold(before.lemma_) in lex.ago_nouns and any(c.dep_ == "nummod" for c in before.children)


COMPLEMENTS = {"obj", "obl", "obl:arg", "obl:mod", "xcomp"}


def _support_verb_year(tok: Token, article_year: int) -> bool:
    """An act noun or infinitive that completes a verb is dated by that verb: "En 2018, le
    président s'était rendu à Nouakchott pour des entretiens", "a décidé en 2019 de rompre". The
    verb's own year ("en 2018", "en mars 2018"), not one inside another of its phrases."""
    cur = tok
    for _ in range(2):  # (the parser may hang "pour des entretiens" on the place before it)
        if cur.dep_ == "nmod" and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head
    verb = cur.head
    if cur.dep_ not in COMPLEMENTS or verb.pos_ not in ("VERB", "AUX") or verb.i == cur.i:
        return False
    for i in _years(tok.doc):
        t = tok.doc[i]
        via = t.head if t.head.pos_ == "NOUN" and fold(t.head.text) in MONTHS else t
        if via.head.i == verb.i and via.dep_.startswith("obl") and int(t.text) < article_year:
            prev = tok.doc[via.i - 1] if via.i > 0 else None
            compared = any(fold(c.text) in {"comme", "depuis"} for c in via.children)  # "comme en 2018"
            if prev is not None and fold(prev.text) in {"en", "courant", "debut", "fin"} and not compared:
                return True
    return False


def _background_year(tok: Token, article_year: int, lex: Lexicon) -> bool:
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    for i in _years(doc):
        if not left <= i <= right:
            continue
        t = doc[i]
        if t.i != tok.i and not tok.is_ancestor(t):
            continue  # not in the trigger's phrase
        if t.dep_ in {"conj", "parataxis", "ccomp"} and t.head == tok:
            continue
        if t.i != tok.i and _dates_another_clause(t, tok):
            continue
        if int(t.text) < article_year:
            # "en 2007", "d'octobre 2024": a date of the act itself, not a name ("résolution 2602")
            prev = t.doc[t.i - 1] if t.i > 0 else None
            if prev is not None and fold(prev.text) == "depuis" and t.i > 1 and fold(doc[t.i - 2].text) in lex.first_since_words:
                continue  # "pour la première fois depuis 2016, un ministre s'est rendu": now, not then
            if prev is not None and (fold(prev.text) in {"en", "depuis", "de", "d'"} or prev.pos_ == "NOUN" and fold(prev.text) in MONTHS):
                return True
    return False

