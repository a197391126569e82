"""One article in, one ``mention.tagged`` out (or a dead letter): the stream's unit of work, without Faust."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from schemas import ArticleFetched, ArticleRef, MentionTagged, MentionTaggedData, deterministic_event_id
from services.extractor.errors import InvalidArticleError, TaggingError
from services.extractor.settings import ExtractorSettings
from services.extractor.tagging import TAGGER_VERSION, tag


@dataclass(frozen=True, slots=True)
class Outcome:
    """The tagged event to publish (None when there is nothing to publish) and the parsed article."""

    article: ArticleFetched
    event: MentionTagged | None


def parse_article(value: bytes | None) -> ArticleFetched:
    """The ``article.fetched`` event in ``value``.

    Raises ``InvalidArticleError`` naming what is wrong.
    """
    if not value:
        raise InvalidArticleError("empty record value")
    try:
        return ArticleFetched.model_validate_json(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "(root)"
        raise InvalidArticleError(f"not an article.fetched event: {where}: {first.get('msg')}") from exc


def process(value: bytes | None, settings: ExtractorSettings) -> Outcome:
    """Tag one record's article.

    Raises ``InvalidArticleError`` for a bad record and ``TaggingError`` when the tagger fails.
    """
    article = parse_article(value)
    data = article.data
    text = (data.text or data.summary or "")[: settings.max_text_chars]
    try:
        mentions = [
            m for m in tag(text, lang=data.language, title=data.title) if m.confidence >= settings.min_confidence
        ]
    except Exception as exc:
        raise TaggingError(f"tagger failed: {type(exc).__name__}: {exc}") from exc
    if not mentions and not settings.publish_empty:
        return Outcome(article, None)
    ref = ArticleRef(
        article_id=data.article_id,
        version=data.content_hash,
        url=data.canonical_url or data.url,
        title=data.title,
        outlet=data.outlet,
        language=data.language,
        published_at=data.published_at,
    )
    event: MentionTagged = MentionTagged.new(
        MentionTaggedData(article=ref, mentions=tuple(mentions), tagger_version=TAGGER_VERSION),
        # Same article version, same tagger → same id: a re-run after a crash is de-duplicable downstream.
        event_id=deterministic_event_id("mention.tagged", data.article_id, data.content_hash, TAGGER_VERSION),
    )
    return Outcome(article, event)
