"""Embedded broker configuration that needs no running broker."""

from __future__ import annotations

from services.core.broker import new_cluster_id


def test_cluster_ids_never_look_like_flags() -> None:
    """A KRaft cluster id starting with '-' would be read as an option by the storage tool."""
    ids = [new_cluster_id() for _ in range(2000)]
    assert all(i[0].isalnum() and len(i) == 22 for i in ids)
