"""Union-find (disjoint sets) over hashable keys: the connected components of a set of pairs.

Used where pairs join things transitively: the quotations one utterance's matches join
(``analysis.claims``) and the cross-validation groups of article pairs
(``scripts/train_similarity.py``).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

__all__ = ["DisjointSets"]

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    """Keys joined by :meth:`union` share one root (path halving; the second key's root wins)."""

    def __init__(self) -> None:
        self._parent: dict[K, K] = {}

    def find(self, x: K) -> K:
        """The root of ``x``'s set; an unseen key becomes a set of its own."""
        parent = self._parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        """Join ``a``'s set to ``b``'s."""
        self._parent[self.find(a)] = self.find(b)

    def roots(self) -> dict[K, K]:
        """Every key seen -> the root of its set."""
        return {x: self.find(x) for x in list(self._parent)}
