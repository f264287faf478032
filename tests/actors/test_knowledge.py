from chronique.actors.knowledge import OfficeClaim, build_knowledge
from chronique.actors.people import KnownPerson, Office

OFFICE = "interior_minister"


def claim(person, date, country="PRT"):
    return OfficeClaim(person, country, OFFICE, date, "ministre de l'Intérieur", f"doc-{date}", "...")


def test_an_office_stays_with_its_last_holder_until_the_next_appears():
    kb = build_knowledge([], [claim("Ana Costa", "2023-03-01"), claim("Ana Costa", "2023-05-01"), claim("Rui Lopes", "2025-02-01")])
    assert kb.holder_at("PRT", OFFICE, "2022-12-31") is None  # before any evidence: unknown
    assert kb.holder_at("PRT", OFFICE, "2024-06-10").person == "Ana Costa"
    assert kb.holder_at("PRT", OFFICE, "2025-02").person == "Rui Lopes"
    assert kb.holder_at("PRT", OFFICE, "2026").person == "Rui Lopes"
    assert kb.holder_at("ESP", OFFICE, "2024") is None


def test_two_holders_seen_at_once_are_a_conflict_not_a_guess():
    kb = build_knowledge([], [claim("Ana Costa", "2023-03-01"), claim("Ana Costa", "2023-09-01"), claim("Rui Lopes", "2023-06-10")])
    res = kb.holder_at("PRT", OFFICE, "2023-06-10")
    assert res.person is None and res.basis == "conflict"
    assert res.candidates == ("Ana Costa", "Rui Lopes")


def test_curated_knowledge_wins_over_the_corpus_and_the_user_over_the_shipped_list():
    shipped = KnownPerson("Ana Costa", "PRT", offices=(Office("ministre de l'Intérieur", "2020-01-01", "2024-12-31"),))
    user = KnownPerson("Rui Lopes", "PRT", offices=(Office("Minister of the Interior", "2024-07-01", None),))
    kb = build_knowledge([(shipped, "shipped", "actors.yaml", "2025-01")], [claim("Paulo Reis", "2022-05-01")])
    assert kb.holder_at("PRT", OFFICE, "2022-05-01").person == "Ana Costa"
    kb = build_knowledge([(shipped, "shipped", "actors.yaml", "2025-01"), (user, "user", "mine.yaml", "2025-01")], [])
    assert kb.holder_at("PRT", OFFICE, "2024-09").person == "Rui Lopes"
    assert kb.holder_at("PRT", OFFICE, "2024-09").basis == "user"


def test_an_open_curated_tenure_ends_when_the_corpus_shows_a_successor_after_its_date():
    shipped = KnownPerson("Ana Costa", "PRT", offices=(Office("ministre de l'Intérieur", "2020", None),))
    kb = build_knowledge([(shipped, "shipped", "actors.yaml", "2024-01")],
                         [claim("Rui Lopes", "2023-02-01"), claim("Paulo Reis", "2026-03-01")])
    # before the list's date, the curated open tenure holds, whatever an article said
    assert kb.holder_at("PRT", OFFICE, "2023-02-01").person == "Ana Costa"
    # after it, a new holder the corpus shows takes over
    assert kb.holder_at("PRT", OFFICE, "2026-05").person == "Paulo Reis"


def test_spellings_of_one_person_are_merged():
    kb = build_knowledge([], [claim("José Moreira", "2023-03-01"), claim("Jose Moreira", "2023-04-01"),
                              claim("José Moreira", "2023-05-01")])
    people = kb.people(country="PRT")
    assert [p["name"] for p in people] == ["José Moreira"]
    assert people[0]["aliases"] == ["Jose Moreira"]
    assert people[0]["tenures"][0].start == "2023-03-01" and people[0]["tenures"][0].end == "2023-05-01"


def test_a_successor_is_dated_at_the_precision_it_is_known():
    shipped = [(KnownPerson("Ana Costa", "PRT", offices=(Office("ministre de l'Intérieur", "2020", "2024"),)), "shipped", "actors.yaml", "2025-01"),
               (KnownPerson("Rui Lopes", "PRT", offices=(Office("ministre de l'Intérieur", "2025", None),)), "shipped", "actors.yaml", "2025-01")]
    kb = build_knowledge(shipped, [])
    [ana] = [t for t in kb.tenures[("PRT", OFFICE)] if t.person == "Ana Costa"]
    assert kb.successor(ana) == ("2025", "Rui Lopes")     # not "from 2025-01-01"
