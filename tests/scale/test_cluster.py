"""The Dask path: a real LocalCluster codes the articles, its workers write Parquet shards, the
coordinator merges them; the store is the one a single process writes."""
from __future__ import annotations

from chronique.pipeline import run_pipeline
from tests.scale.corpus import write_corpus
from tests.scale.test_local import store_content


def test_a_dask_local_cluster_writes_the_same_store_as_one_process(tmp_path):
    corpus = write_corpus(tmp_path)
    run_pipeline([corpus], tmp_path / "one.db", progress=False, jobs=1)
    summary = run_pipeline([corpus], tmp_path / "dask.db", progress=False, workers=2, batch_size=3)
    assert summary.stored == 12 and not summary.failed
    assert store_content(tmp_path / "dask.db") == store_content(tmp_path / "one.db")
    assert not (tmp_path / "dask.db.shards").exists()  # merged shards are removed
    # merging is idempotent: a second cluster run over the same input adds nothing
    again = run_pipeline([corpus], tmp_path / "dask.db", progress=False, workers=2, batch_size=3)
    assert again.stored == 0 and again.already_stored == 12
    assert store_content(tmp_path / "dask.db") == store_content(tmp_path / "one.db")
