from chronique.actors.offices import load_offices, title_key


def test_titles_of_either_gender_and_synonyms_name_one_office():
    v = load_offices()
    assert v.office_of(title_key("ministre de l'Intérieur")) == "interior_minister"
    assert v.office_of(title_key("chef de la diplomatie")) == "foreign_minister"
    assert v.office_of(title_key("cheffe du gouvernement")) == v.office_of(title_key("Premier ministre")) == "head_of_government"
    # a combined portfolio is still the office it starts with
    assert v.office_of(title_key("ministre des Affaires étrangères et de la Coopération africaine")) == "foreign_minister"


def test_a_former_holder_or_a_bare_word_names_no_office():
    v = load_offices()
    assert v.office_of(title_key("ancien président")) is None
    assert v.office_of(title_key("ministre")) is None
    # a title the vocabulary lacks is an office of its own, which the corpus can learn
    assert v.office_of(title_key("directeur général de la sûreté nationale")) == "directeur general de la surete nationale"


def test_tables_may_write_titles_in_english_or_with_the_country():
    v = load_offices()
    assert v.office_of_title("Minister of the Interior of Morocco") == "interior_minister"
    assert v.office_of_title("ministre de l'Intérieur du Maroc") == "interior_minister"
    assert v.office_of_title("Prime Minister") == "head_of_government"
    assert v.label("interior_minister") == "Minister of the Interior"
