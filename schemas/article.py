"""``article.fetched``: one version of one news article, as the fetcher saw it."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field

from schemas.envelope import Envelope, Frozen, UtcDatetime


class TextSource(StrEnum):
    """Where ``text`` came from: the article page, the feed's full content, or only its summary."""

    PAGE = "page"
    FEED_CONTENT = "feed_content"
    SUMMARY = "summary"
    NONE = "none"


class ArticleFetchedData(Frozen):
    """``article_id`` is stable per canonical URL; ``content_hash`` changes when the article does."""

    article_id: str = Field(min_length=1, max_length=128)
    url: str
    canonical_url: str
    guid: str | None = None
    feed_name: str
    feed_url: str
    outlet: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    language: str = Field(min_length=2, max_length=8)
    title: str | None = None
    published_at: UtcDatetime | None = None
    published_raw: str | None = None
    published_inferred: bool = Field(
        default=False,
        description="True when the feed gave no usable date (first-seen time) or no time zone.",
    )
    fetched_at: UtcDatetime
    text: str | None = None
    summary: str | None = None
    authors: tuple[str, ...] = ()
    content_hash: str = Field(min_length=8, max_length=128)
    text_source: TextSource
    tags: tuple[str, ...] = ()


class ArticleFetched(Envelope[ArticleFetchedData]):
    """Published on ``armswatch.articles``, keyed by article id."""

    EVENT_TYPE: ClassVar[str] = "article.fetched"
    type: Literal["article.fetched"] = "article.fetched"
