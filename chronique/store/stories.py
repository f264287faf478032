"""Stories: the same article republished by several outlets, found with MinHash/LSH (datasketch's
MinHash, computed with numpy).

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
from typing import TYPE_CHECKING

from chronique.text import fold

if TYPE_CHECKING:
    import numpy as np

NUM_PERM = 128
SEED = 1
THRESHOLD = 0.5     # estimated Jaccard of 5-gram sets: a republished story is far above, two articles on one topic far below
# the LSH bands datasketch's MinHashLSH chooses for THRESHOLD and NUM_PERM (it weighs false
# positives and negatives by integrating with scipy); tests/store/test_stories.py checks them
BANDS, ROWS = 25, 5
SHINGLE = 5
_WORD = re.compile(r"\w+")
# datasketch's "affine32" scheme: a shingle's SHA-1 (its first 4 bytes, little-endian) is mixed
# by MurmurHash3's 32-bit finalizer, then each permutation is a * h + b modulo 2^32 (a odd).
# (numpy is imported where a signature is made or read, not with the store: a command that only
# reads the store, or a run with nothing new, does without it)
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM permutations (a, b) that ``datasketch.MinHash(num_perm=NUM_PERM, seed=SEED)`` draws."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def signature(text: str) -> bytes:
    """The text's MinHash signature, NUM_PERM values as unsigned 64-bit integers, as bytes.

    It is datasketch's MinHash (scheme "affine32", seed 1), computed here with numpy: the
    same bytes (tests/store/test_stories.py compares them), without importing datasketch,
    whose package brings scipy along -- half a second of every run's start-up."""
    import numpy as np

    words = _WORD.findall(fold(text))
    n = min(SHINGLE, max(1, len(words)))
    shingles = {" ".join(words[i:i + n]).encode("utf-8") for i in range(max(1, len(words) - n + 1))}
    h = np.array([int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles], dtype=np.uint32)
    s1, m1, s2, m2, s3 = (np.uint32(x) for x in _FMIX32)
    h ^= h >> s1
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s3
    a, b = _permutations()
    return (h[:, None] * a + b).min(axis=0).astype(np.uint64).tobytes()


def band_keys(sig: bytes) -> list[tuple[int, bytes]]:
    """(band number, 8-byte key) for each LSH band of a signature."""
    import numpy as np

    values = np.frombuffer(sig, dtype=np.uint64)
    return [(i, hashlib.blake2b(values[i * ROWS:(i + 1) * ROWS].tobytes(), digest_size=8).digest()) for i in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    import numpy as np

    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))
