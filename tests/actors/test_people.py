from chronique.actors.people import KnownPerson, people_index


def test_a_known_surname_names_its_bearer_alone_or_with_his_given_names():
    index = people_index([KnownPerson("Hun Sen", "KHM"), KnownPerson("Recep Tayyip Erdogan", "TUR")])
    assert index.lookup("Erdogan").country == "TUR"
    assert index.lookup("Tayyip Erdogan").country == "TUR"
    # other given names: another person who bears the surname ("Salih Mutlu Sen", a Turkish diplomat)
    assert index.lookup("Salih Mutlu Sen") is None
    assert index.lookup("Sen").country == "KHM"


def test_a_long_name_is_known_with_its_words_in_another_order():
    # the particles of an Arabic name move from one outlet to another
    people = people_index([KnownPerson("Mohamed Ould Cheikh El Ghazouani", "MRT", (), ())])
    assert people.lookup("Mohamed Cheikh Ould El Ghazouani").country == "MRT"
    assert people.lookup("Mohamed Cheikh Ould") is None
