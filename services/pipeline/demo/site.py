"""A local news site for the offline demo and the end-to-end test: RSS feeds whose items appear over time."""

from __future__ import annotations

import hashlib
import html
import time
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from importlib import resources

from aiohttp import web


@dataclass(frozen=True, slots=True)
class Outlet:
    """A fictional outlet with one feed."""

    slug: str
    name: str
    language: str
    country: str


@dataclass(frozen=True, slots=True)
class Article:
    """An article that becomes visible ``at`` seconds after the site starts."""

    outlet: str
    slug: str
    at: float
    title: str
    author: str
    paragraphs: tuple[str, ...]


@dataclass
class Site:
    """Outlets and articles, and the clock that decides which articles are visible."""

    outlets: dict[str, Outlet]
    articles: list[Article] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    published: dict[tuple[str, str], datetime] = field(default_factory=dict)

    def visible(self, outlet: str) -> list[Article]:
        """The outlet's articles whose time has come, newest first."""
        now = time.monotonic() - self.started
        shown = [a for a in self.articles if a.outlet == outlet and a.at <= now]
        for article in shown:
            self.published.setdefault((article.outlet, article.slug), datetime.now(UTC).replace(microsecond=0))
        # Newest first; among equal times the one added last is the newest.
        order = sorted(range(len(shown)), key=lambda i: (shown[i].at, i), reverse=True)
        return [shown[i] for i in order]

    def add(self, article: Article) -> None:
        """Publish one more article (the end-to-end test adds items while the pipeline runs)."""
        self.articles.append(article)


def load_story(name: str = "story.toml") -> Site:
    """The bundled demo story."""
    raw = tomllib.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
    outlets = {o["slug"]: Outlet(o["slug"], o["name"], o["language"], o["country"]) for o in raw["outlet"]}
    articles = [
        Article(a["outlet"], a["slug"], float(a["at"]), a["title"], a["author"], tuple(a["paragraphs"]))
        for a in raw["article"]
    ]
    return Site(outlets, articles)


FEED_ITEMS = 30  # like real outlets, a feed lists only its newest items


def render_feed(site: Site, outlet: Outlet, base_url: str) -> str:
    """RSS 2.0 for one outlet: its newest ``FEED_ITEMS`` visible articles."""
    items = []
    for article in site.visible(outlet.slug)[:FEED_ITEMS]:
        link = f"{base_url}/{outlet.slug}/{article.slug}.html"
        when = format_datetime(site.published[(outlet.slug, article.slug)])
        items.append(
            "<item>"
            f"<title>{html.escape(article.title)}</title><link>{link}?utm_source=rss</link>"
            f'<guid isPermaLink="false">urn:{outlet.slug}:article:{article.slug}</guid>'
            f"<pubDate>{when}</pubDate><description>{html.escape(article.paragraphs[0])}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(outlet.name)}</title><link>{base_url}/{outlet.slug}/</link>"
        f"<language>{outlet.language}</language>{''.join(items)}</channel></rss>"
    )


def render_page(outlet: Outlet, article: Article) -> str:
    """An article page with the furniture real pages have (navigation, byline, footer)."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    return (
        f'<!doctype html><html lang="{outlet.language}"><head><meta charset="utf-8">'
        f"<title>{html.escape(article.title)} – {html.escape(outlet.name)}</title>"
        f'<meta name="author" content="{html.escape(article.author)}"></head><body>'
        f"<nav><a href='/'>{html.escape(outlet.name)}</a> · Nyheder · Sport · Kultur</nav>"
        f"<article><h1>{html.escape(article.title)}</h1><p class='byline'>{html.escape(article.author)}</p>"
        f"{body}</article><footer>© {html.escape(outlet.name)}</footer></body></html>"
    )


def make_app(site: Site) -> web.Application:
    """The aiohttp application serving ``/<outlet>/rss.xml`` and ``/<outlet>/<slug>.html``."""

    async def feed(request: web.Request) -> web.Response:
        outlet = site.outlets.get(request.match_info["outlet"])
        if outlet is None:
            raise web.HTTPNotFound()
        base = f"{request.scheme}://{request.host}"
        body = render_feed(site, outlet, base)
        # Conditional GET as most outlets' CDNs answer it: a strong ETag of the document.
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(text=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def page(request: web.Request) -> web.Response:
        outlet = site.outlets.get(request.match_info["outlet"])
        slug = request.match_info["slug"]
        found = [a for a in site.visible(outlet.slug) if a.slug == slug] if outlet else []
        if outlet is None or not found:
            raise web.HTTPNotFound()
        return web.Response(text=render_page(outlet, found[0]), content_type="text/html")

    app = web.Application()
    app.router.add_get("/{outlet}/rss.xml", feed)
    app.router.add_get("/{outlet}/{slug}.html", page)
    return app


def feeds_toml(site: Site, base_url: str, interval_min: float = 0.05) -> str:
    """A feed file pointing the fetcher at this site (interval in minutes)."""
    blocks = []
    for outlet in site.outlets.values():
        blocks.append(
            "[[feed]]\n"
            f'name = "{outlet.name}"\nurl = "{base_url}/{outlet.slug}/rss.xml"\n'
            f'language = "{outlet.language}"\ncountry = "{outlet.country}"\nsection = "world"\n'
            f"min_interval_minutes = {interval_min}\nmax_interval_minutes = {interval_min}\n"
        )
    return "\n".join(blocks)
