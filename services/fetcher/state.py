"""The fetcher's memory across restarts: per-feed validators, schedule and health, and the articles seen.

One SQLite file (WAL) for one replica: no server to run, atomic commits, readable by ``armswatch feeds
status`` while the fetcher runs. Seen articles expire (refreshed while their feed still lists them), so
the file does not grow without bound.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    current_url TEXT,
    etag TEXT,
    last_modified TEXT,
    next_poll REAL NOT NULL DEFAULT 0,
    interval_s REAL,
    failures INTEGER NOT NULL DEFAULT 0,
    last_success REAL,
    last_error TEXT,
    last_error_at REAL,
    last_status TEXT,
    health TEXT NOT NULL DEFAULT 'new',
    polls INTEGER NOT NULL DEFAULT 0,
    polls_304 INTEGER NOT NULL DEFAULT 0,
    items_seen INTEGER NOT NULL DEFAULT 0,
    bozo_count INTEGER NOT NULL DEFAULT 0,
    newest_item REAL,
    published_times TEXT NOT NULL DEFAULT '[]',
    body_hash TEXT
);
CREATE TABLE IF NOT EXISTS seen (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    guid_id TEXT,
    feed TEXT NOT NULL,
    first_seen REAL NOT NULL,
    expires REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_guid ON seen (guid_id);
CREATE INDEX IF NOT EXISTS seen_expires ON seen (expires);
"""


@dataclass(slots=True)
class FeedState:
    """What we know about one feed between polls."""

    name: str
    url: str
    current_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_poll: float = 0.0
    interval_s: float | None = None
    failures: int = 0
    last_success: float | None = None
    last_error: str | None = None
    last_error_at: float | None = None
    last_status: str | None = None
    health: str = "new"
    polls: int = 0
    polls_304: int = 0
    items_seen: int = 0
    bozo_count: int = 0
    newest_item: float | None = None
    published_times: list[float] = field(default_factory=list)
    # SHA-256 of the last feed document whose every entry was settled: the same bytes again need no parse.
    body_hash: str | None = None

    @property
    def poll_url(self) -> str:
        """The URL to request: the configured one, or where a permanent redirect moved it."""
        return self.current_url or self.url


@dataclass(frozen=True, slots=True)
class Seen:
    """The last published version of an article."""

    article_id: str
    content_hash: str
    fingerprint: str


_FEED_COLUMNS = [f.name for f in fields(FeedState)]
# Column names are our own dataclass fields, never input: building these statements once is safe.
_SELECT_FEED = f"SELECT {', '.join(_FEED_COLUMNS)} FROM feeds"  # noqa: S608
_UPSERT_FEED = (
    f"INSERT OR REPLACE INTO feeds ({', '.join(_FEED_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' for _ in _FEED_COLUMNS)})"
)


class StateStore:
    """SQLite-backed state; every method commits (single writer: the fetcher's event loop)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(feeds)")}
        if "body_hash" not in columns:  # state files written before body_hash existed
            self._db.execute("ALTER TABLE feeds ADD COLUMN body_hash TEXT")

    @classmethod
    def open_readonly(cls, path: Path) -> StateStore:
        """Open an existing state file for reading (``feeds status``)."""
        return cls(path)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def feed(self, name: str, url: str) -> FeedState:
        """The stored state of a feed; a feed whose configured URL changed starts afresh."""
        row = self._db.execute(_SELECT_FEED + " WHERE name = ?", (name,)).fetchone()
        if row is None:
            return FeedState(name=name, url=url)
        values = dict(zip(_FEED_COLUMNS, row, strict=True))
        values["published_times"] = json.loads(values["published_times"] or "[]")
        state = FeedState(**values)
        if state.url != url:
            return FeedState(name=name, url=url, polls=state.polls, items_seen=state.items_seen)
        return state

    def save_feed(self, state: FeedState) -> None:
        """Store a feed's state."""
        values = asdict(state)
        values["published_times"] = json.dumps(state.published_times[-50:])
        self._db.execute(_UPSERT_FEED, [values[c] for c in _FEED_COLUMNS])

    def feeds(self) -> list[FeedState]:
        """Every stored feed state."""
        rows = self._db.execute(_SELECT_FEED + " ORDER BY name").fetchall()
        states = []
        for row in rows:
            values = dict(zip(_FEED_COLUMNS, row, strict=True))
            values["published_times"] = json.loads(values["published_times"] or "[]")
            states.append(FeedState(**values))
        return states

    def seen(self, article_id: str, guid_id: str | None) -> Seen | None:
        """The last published version of an article, found by id or else by GUID."""
        row = self._db.execute(
            "SELECT article_id, content_hash, fingerprint FROM seen WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None and guid_id:
            row = self._db.execute(
                "SELECT article_id, content_hash, fingerprint FROM seen WHERE guid_id = ? LIMIT 1", (guid_id,)
            ).fetchone()
        return Seen(*row) if row else None

    def mark_published(
        self, article_id: str, content_hash: str, fingerprint: str, guid_id: str | None, feed: str, ttl_s: float
    ) -> None:
        """Remember that this version of the article reached the broker."""
        now = time.time()
        self._db.execute(
            "INSERT INTO seen (article_id, content_hash, fingerprint, guid_id, feed, first_seen, expires) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
            "content_hash = excluded.content_hash, fingerprint = excluded.fingerprint, "
            "guid_id = COALESCE(excluded.guid_id, seen.guid_id), expires = excluded.expires",
            (article_id, content_hash, fingerprint, guid_id, feed, now, now + ttl_s),
        )

    def touch(self, article_ids: list[str], ttl_s: float, fingerprint: dict[str, str] | None = None) -> None:
        """Extend the expiry of articles their feeds still list (and record a new feed fingerprint)."""
        expires = time.time() + ttl_s
        self._db.execute("BEGIN")
        try:
            self._db.executemany(
                "UPDATE seen SET expires = ? WHERE article_id = ?", [(expires, a) for a in article_ids]
            )
            for article, value in (fingerprint or {}).items():
                self._db.execute("UPDATE seen SET fingerprint = ? WHERE article_id = ?", (value, article))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def prune(self, now: float | None = None) -> int:
        """Forget expired articles; return how many."""
        cursor = self._db.execute("DELETE FROM seen WHERE expires < ?", (now or time.time(),))
        return cursor.rowcount

    def seen_count(self) -> int:
        """How many articles are remembered."""
        return int(self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0])
