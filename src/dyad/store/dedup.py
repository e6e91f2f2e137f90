"""How pages and events are recognised as the same: keys, MinHash signatures, name matching.

Three levels, cheapest first. Identical bytes share a content hash (one document, several
names). Identical article text (the same page as HTML and as a text dump) shares a text hash.
Near-duplicates (an article re-published with an edited paragraph) share MinHash band keys of
their bodies' character 5-shingles; candidates are then confirmed by the signatures'
estimated Jaccard similarity. Teasers find their articles by title, or by their summary's
opening matching the article's lead. The pure functions live here; the SQL that applies them
lives in ``dyad.store.ingest`` and ``dyad.store.clusters``.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache

import numpy as np

from dyad.document import normalise_width

__all__ = [
    "NUM_PERM",
    "SHINGLE",
    "THRESHOLD",
    "Signature",
    "key",
    "names_overlap",
    "norm_name",
    "page_keys",
    "short_similarity",
    "signature",
    "similarity",
    "text_hash",
]

NUM_PERM = 128
THRESHOLD = 0.8  # body similarity above which a page is a near-duplicate
SHINGLE = 5  # characters per shingle: Chinese words are 1-4 characters, so 5 spans a word boundary
KEY_CHARS = 24  # a lead/summary key: its first characters, letters and digits only
_SEED = 1
_SCHEME = "affine32"  # 32-bit values: half the bytes of legacy signatures, no modulo
_PRIME = np.uint64(1_000_003)

_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")
_NAME_DROP = re.compile(r"[\s·・•‧.\-]+")


def _squeeze(text: str) -> str:
    """Width-folded, white space removed (character by character, so squeezing a concatenation
    is concatenating the squeezed parts): what text hashes and signatures are taken of."""
    return _SPACE.sub("", normalise_width(text))


def _hash_squeezed(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_hash(title: str, body: str) -> str:
    """sha256 of the article's words: the same article from HTML or a text dump hashes alike."""
    return _hash_squeezed(_squeeze(title + "\n" + body))


def key(text: str | None, length: int | None = None) -> str | None:
    """A matching key: letters and digits only, width-folded, lower-case (optionally cut)."""
    if not text:
        return None
    k = _NOT_WORD.sub("", normalise_width(text)).lower()
    k = k[:length] if length else k
    return k or None


@lru_cache(maxsize=1 << 16)
def norm_name(name: str | None) -> str:
    """A name as the gold scorer compares names: without spaces and ``·``, lower-case."""
    return _NAME_DROP.sub("", normalise_width(name or "")).lower()


def names_overlap(a: set[str], b: set[str]) -> int:
    """How many names of ``a`` equal, contain or are contained in a name of ``b`` (normalised)."""
    return sum(1 for x in a if x and any(y and (x in y or y in x) for y in b))


@cache
def _lsh_params() -> tuple[int, int]:
    from datasketch import MinHashLSH  # imported on first use: it pulls in scipy (1.5 s)

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@cache
def _permutations() -> np.ndarray:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the distinct k-character shingles, computed in numpy (no Python loop)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        h = h * _PRIME + codes[j : j + n]
    return np.unique((h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF))


class Signature:
    """A body's MinHash signature and its LSH band keys (what the store indexes)."""

    __slots__ = ("bands", "values")

    def __init__(self, values: np.ndarray) -> None:
        self.values = values
        b, r = _lsh_params()
        self.bands = [
            int.from_bytes(
                hashlib.blake2b(values[i * r : (i + 1) * r].tobytes(), digest_size=8).digest(),
                "little",
                signed=True,
            )
            for i in range(b)
        ]

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @staticmethod
    def values_from(blob: bytes) -> np.ndarray:
        return np.frombuffer(blob, dtype="<u4")


# MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to every input hash.
_FMIX_SHIFTS = (np.uint32(16), np.uint32(13), np.uint32(16))
_FMIX_MULTIPLIERS = (np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35))
_ROWS = 8192  # shingles per slice: a 4 MB matrix


def _minhash(hashes: np.ndarray) -> np.ndarray:
    """What datasketch's ``MinHash(hashfunc=int, scheme="affine32").update_batch(hashes)`` computes,
    on the array itself: update_batch first makes a Python int of every value (half its time)."""
    hv = hashes.astype(np.uint32)
    hv ^= hv >> _FMIX_SHIFTS[0]
    hv *= _FMIX_MULTIPLIERS[0]
    hv ^= hv >> _FMIX_SHIFTS[1]
    hv *= _FMIX_MULTIPLIERS[1]
    hv ^= hv >> _FMIX_SHIFTS[2]
    a, b = _permutations()
    # uint32 arithmetic wraps: the scheme's modulo 2^32. In slices, to bound the n x 128 matrix.
    return np.minimum.reduce(
        [(hv[i : i + _ROWS, None] * a + b).min(axis=0) for i in range(0, len(hv), _ROWS)]
    )


def signature(body: str) -> Signature | None:
    """The MinHash (datasketch's affine32 scheme, character 5-shingles) of a body; None when it
    is too short."""
    return _signature_squeezed(_squeeze(body))


def _signature_squeezed(text: str) -> Signature | None:
    hashes = _shingle_hashes(text)
    if len(hashes) == 0:
        return None
    return Signature(_minhash(hashes))


def page_keys(title: str, body: str) -> tuple[str, Signature | None]:
    """``text_hash(title, body)`` and ``signature(body)``, folding the body once."""
    flat = _squeeze(body)
    return _hash_squeezed(_squeeze(title) + flat), _signature_squeezed(flat)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal minima)."""
    return float(np.count_nonzero(a == b)) / len(a)


def short_similarity(a: str, b: str, k: int = 3) -> float:
    """Exact Jaccard of character k-shingle sets, for short texts (title + lead vs teaser)."""
    x, y = key(a) or "", key(b) or ""
    sa = {x[i : i + k] for i in range(max(1, len(x) - k + 1))}
    sb = {y[i : i + k] for i in range(max(1, len(y) - k + 1))}
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0
