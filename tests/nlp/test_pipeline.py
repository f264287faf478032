def test_line_breaks_start_sentences(nlp):
    # the first paragraph has no final stop: without the paragraph component the parser glues them
    doc = nlp("Mise en place d'un groupe mixte\n\nLes deux ministres ont signé un accord à Rabat.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Mise en place d'un groupe mixte"
    assert sents[1].startswith("Les deux ministres")
