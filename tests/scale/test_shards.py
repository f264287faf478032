"""A coded batch survives the trip through a Parquet shard unchanged."""
from __future__ import annotations

import pyarrow.parquet as pq

from chronique.model import Article
from chronique.pipeline import code_articles
from chronique.scale.shards import read_shard, write_shard


def test_a_shard_gives_back_the_coded_batch(tmp_path, nlp):
    batch = [Article("a", "Le Maroc a rappelé son ambassadeur en Algérie pour consultations.", "2024-01-10", "day", source="MAP"),
             Article("b", "The minister met his counterpart in London on Tuesday to discuss trade.", "2024-01-11", "day"),
             Article("c", "Le ministre des Affaires étrangères, Nasser Bourita, a reçu à Rabat son homologue malien, Abdoulaye Diop.",
                     "2024-02-11", "day")]
    coded = code_articles(batch)
    assert coded[0].analysis.events and coded[1].analysis is None and coded[1].language == "en"
    path = write_shard(tmp_path / "part-000000.parquet", coded)
    assert read_shard(path) == coded
    table = pq.read_table(path)  # plain Parquet: any tool can look inside
    assert table.num_rows == 3 and "analysis" in table.column_names
