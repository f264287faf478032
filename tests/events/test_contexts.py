from chronique.events.contexts import article_contexts, compile_cues, contexts_of


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



def test_a_cue_inside_a_longer_cue_of_another_issue_keeps_both():
    cues = compile_cues({"crime": ["trafic"], "military": ["trafic d'armes", "armee"], "migration": ["traite des etres"],
                         "legal": ["traite des etres"]})
    assert cues.find("Le trafic d'armes vers le Sahel inquiète") == ["crime", "military"]
    assert cues.find("Un trafic de cigarettes démantelé") == ["crime"]
    assert cues.find("La traite des êtres humains") == ["migration", "legal"]  # one cue, two issues
    assert cues.find("Le narcotrafic au Sahel") == []  # a cue starts a word: not inside "narcotrafic"


def test_cues_sharing_their_beginnings_match_the_longest_one_there():
    """The cues are compiled as a tree of shared beginnings; at each word start the longest cue
    still wins and carries the contexts of the shorter cues it begins with."""
    cues = compile_cues({"military": ["arme", "armee", "armes chimiques"], "economic": ["armateur"],
                         "legal": ["armes chimiques interdites"], "terrorism": ["terror", "terroriste"]})
    assert cues.find("L'armée a été déployée") == ["military"]
    assert cues.find("Un armateur grec") == ["economic"]
    assert cues.find("des armes chimiques interdites par la convention") == ["military", "legal"]
    assert cues.find("des armes chimiques") == ["military"]
    assert cues.find("une cellule terroriste") == ["terrorism"]
    assert cues.find("Armand et Terre") == []
    assert cues.pattern.search("armes chimiques interdites").group(1) == "armes chimiques interdites"
