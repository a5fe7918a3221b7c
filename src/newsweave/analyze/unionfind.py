"""Disjoint sets over 0..n-1 (path halving), for grouping mentions that describe one event."""

from __future__ import annotations


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Join `a`'s set to `b`'s (`a`'s root then points at `b`'s)."""
        self.parent[self.find(a)] = self.find(b)
