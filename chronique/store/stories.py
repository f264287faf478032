"""Stories: the same article republished by several outlets, found with MinHash/LSH (datasketch).

An article's *signature* is the MinHash of its word 5-grams (folded, punctuation dropped), so a
new header, a byline or a "Lire aussi" footer barely moves it. The store keeps each signature's
LSH band keys in an indexed table; a new article is compared only with the articles sharing a band
(the LSH candidates) and linked to those whose estimated Jaccard similarity reaches
``THRESHOLD``. A story is a connected group of linked articles, named by its smallest doc id, so
it does not depend on the order articles arrive in.

Inside a story, the k-th event of a given (type, mode, source, target) in each article is the
same act reported again: it is marked as a copy of the first report (the earliest article's), and
the first report carries how many distinct outlets reported it. Timelines count first reports only.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

from chronique.text import fold

NUM_PERM = 128
THRESHOLD = 0.5     # estimated Jaccard of 5-gram sets: a republished story is far above, two articles on one topic far below
SHINGLE = 5
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def bands() -> tuple[int, int]:
    """(number of bands, rows per band) that datasketch chooses for THRESHOLD and NUM_PERM."""
    from datasketch import MinHashLSH  # imported when first needed: it brings scipy along

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1)  # its permutations are drawn once, not per article


def signature(text: str) -> bytes:
    """The text's MinHash signature, NUM_PERM unsigned 64-bit values, as bytes."""
    words = _WORD.findall(fold(text))
    n = min(SHINGLE, max(1, len(words)))
    shingles = {" ".join(words[i:i + n]).encode("utf-8") for i in range(max(1, len(words) - n + 1))}
    from datasketch import MinHash

    t = _template()
    m = MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme)
    m.update_batch(shingles)
    return m.hashvalues.astype(np.uint64).tobytes()


def band_keys(sig: bytes) -> list[tuple[int, bytes]]:
    """(band number, 8-byte key) for each LSH band of a signature."""
    values = np.frombuffer(sig, dtype=np.uint64)
    b, r = bands()
    return [(i, hashlib.blake2b(values[i * r:(i + 1) * r].tobytes(), digest_size=8).digest()) for i in range(b)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))
