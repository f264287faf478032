from chronique.events.contexts import article_contexts, contexts_of


def test_cues_are_matched_without_accents_or_case():
    assert contexts_of("la coopération MIGRATOIRE et la lutte antiterroriste") == ["migration", "terrorism"]


def test_an_article_is_about_its_most_cued_issues_only():
    sentences = [
        "Le Maroc rappelle son ambassadeur.",
        "Rabat dénonce une atteinte à sa souveraineté sur le Sahara.",
        "Le plan d'autonomie reste la seule solution, selon Rabat.",
        "Les échanges commerciaux n'en souffriront pas.",
    ]
    # territory is cued twice, economic once: only the main issue is the article's
    assert article_contexts(sentences) == ["territory"]
    assert article_contexts(sentences[:2]) == []   # one mention makes no topic
