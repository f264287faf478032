def test_line_breaks_start_sentences(nlp):
    # the first paragraph has no final stop: without the paragraph component the parser glues them
    doc = nlp("Mise en place d'un groupe mixte\n\nLes deux ministres ont signé un accord à Rabat.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Mise en place d'un groupe mixte"
    assert sents[1].startswith("Les deux ministres")


def test_a_sentence_starts_only_after_a_sentence_end(nlp):
    # inside a paragraph the parser may cut before a verb and lose its subject
    doc = nlp("Le Sénégal et la Gambie ont, par ailleurs, salué la nomination du nouvel envoyé. "
              "Le gouvernement est en contact avec des hauts représentants gambiens pour leur faire part de sa consternation.")
    sents = [s.text.strip() for s in doc.sents]
    assert len(sents) == 2 and sents[1].startswith("Le gouvernement") and sents[1].endswith("consternation.")


def test_a_parsed_doc_keeps_no_activations(nlp):
    # the tok2vec output is a view into a larger batch array: kept, it would hold ~6 MB per doc
    docs = list(nlp.pipe(["La ministre a reçu l'ambassadeur du Japon à Rabat.", "Le sommet de Dakar s'est achevé hier."]))
    assert all(doc.tensor.size == 0 for doc in docs)
    assert [t.dep_ for t in docs[0] if t.text == "ministre"] == ["nsubj"] and docs[1].ents


def test_marking_paragraphs_is_linear_in_the_articles_length(nlp):
    import gc
    import time

    from chronique.nlp.pipeline import paragraph_boundaries

    tokenizer_only = nlp.tokenizer
    small, large = tokenizer_only("\n".join(["mot"] * 4_000)), tokenizer_only("\n".join(["mot"] * 40_000))

    def cost(doc) -> float:
        # the best of five, in this process's CPU, the collector off: a few milliseconds are
        # otherwise at the mercy of the machine and of the heap the test session keeps alive
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            paragraph_boundaries(doc)
            best = min(best, time.process_time() - start)
        return best

    gc.collect()
    gc.disable()
    try:
        t_small, t_large = cost(small), cost(large)
    finally:
        gc.enable()
    assert all(t.is_sent_start for t in large if not t.is_space)
    # 10x the text: 12x the time at most (the old token-by-token marking took ~100x)
    assert t_large <= 12 * max(t_small, 1e-3), (t_small, t_large)
