"""Fixture feeds and article pages, written for these tests (no real article text), in da, nb, nn, sv, de, en."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

# Two short paragraphs per language: long enough for trafilatura and language detection.
TEXTS: dict[str, tuple[str, str, str]] = {
    "da": (
        "Danmark sender flere kampvogne til Ukraine",
        "Regeringen har besluttet, at Danmark skal sende yderligere kampvogne og ammunition til Ukraine. "
        "Det oplyser forsvarsministeren på et pressemøde i København torsdag eftermiddag.",
        "Ifølge ministeriet skal leverancen være gennemført inden udgangen af året, og den finansieres over "
        "den særlige fond, som Folketinget vedtog i foråret. Oppositionen bakker op om beslutningen.",
    ),
    "nb": (
        "Norge vurderer å sende flere luftvernsystemer",
        "Regjeringen vurderer nå å sende flere luftvernsystemer til Ukraina, sier forsvarsministeren til "
        "pressen onsdag. Det er ikke bestemt hvor mange systemer det blir snakk om.",
        "Forsvarsdepartementet opplyser at en avgjørelse kan komme allerede neste uke, og at det er "
        "viktig at leveransene kommer fram før vinteren. Stortinget blir orientert på fredag.",
    ),
    "nn": (
        "Regjeringa vil sende fleire våpen",
        "Regjeringa har bestemt at Noreg skal sende fleire våpen til Ukraina, seier forsvarsministeren. "
        "Det er ikkje klart kva slags våpen det gjeld, og korleis dei skal fraktast dit.",
        "Ministeren seier at avgjerda kom etter eit møte med dei allierte, og at Noreg berre vil sende "
        "utstyr som ikkje trengst heime. Meir informasjon kjem frå departementet seinare i veka.",
    ),
    "sv": (
        "Sverige skickar stridsfordon till Ukraina",
        "Regeringen har beslutat att Sverige ska skicka fler stridsfordon och ammunition till Ukraina. "
        "Det säger försvarsministern vid en presskonferens i Stockholm på tisdagen.",
        "Enligt departementet ska leveransen vara klar före årsskiftet, och den finansieras genom det "
        "särskilda stödpaket som riksdagen röstade igenom i våras. Oppositionen är positiv.",
    ),
    "de": (
        "Deutschland liefert weitere Panzerhaubitzen",
        "Die Bundesregierung will der Ukraine weitere Panzerhaubitzen und Munition liefern. Das teilte "
        "das Verteidigungsministerium am Donnerstag in Berlin mit.",
        "Nach Angaben des Ministeriums sollen die Systeme noch vor dem Winter übergeben werden. Die "
        "Finanzierung erfolgt über das im Frühjahr beschlossene Sondervermögen der Bundeswehr.",
    ),
    "en": (
        "Poland orders more air defence systems",
        "Poland has signed a contract for additional air defence systems, the defence ministry said on "
        "Monday. The deal covers launchers, radars and a first batch of interceptor missiles.",
        "Officials said deliveries would begin next year and continue until the end of the decade, and "
        "that part of the production would take place in Polish factories under licence.",
    ),
}


@dataclass(frozen=True)
class Item:
    """One fixture item."""

    path: str
    language: str = "da"
    title: str | None = None
    date: str | None = "Tue, 09 Feb 2021 13:36:27 +0100"
    guid: str | None = None
    summary: str | None = None
    content: str | None = None
    link: str | None = None


def page(language: str, title: str | None = None, extra: str = "") -> str:
    """An article page: navigation, an article with two paragraphs, a footer."""
    head, first, second = TEXTS[language]
    title = title or head
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        '<meta name="author" content="Testa Testesen"></head><body><nav><a href="/">Forside</a> '
        f'<a href="/x">Sektion</a></nav><article><h1>{escape(title)}</h1><p>{escape(first)}</p>'
        f"<p>{escape(second)}</p>{extra}</article><footer>Kontakt · Om os</footer></body></html>"
    )


def rss(items: list[Item], base: str, *, ttl: int | None = None, encoding: str = "utf-8") -> str:
    """An RSS 2.0 document with content:encoded and dc:creator namespaces."""
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Testfeed</title>'
        f"<link>{base}/</link><description>Fixture</description>",
    ]
    if ttl is not None:
        parts.append(f"<ttl>{ttl}</ttl>")
    for item in items:
        head = TEXTS[item.language][0]
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title or head)}</title>")
        parts.append(f"<link>{escape(item.link or base + item.path)}</link>")
        if item.guid:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        if item.date:
            parts.append(f"<pubDate>{item.date}</pubDate>")
        parts.append(f"<description>{escape(item.summary or TEXTS[item.language][1][:90])}</description>")
        if item.content:
            parts.append(f"<content:encoded><![CDATA[{item.content}]]></content:encoded>")
        parts.append("<dc:creator>Redaktionen</dc:creator></item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def atom(items: list[Item], base: str) -> str:
    """An Atom 1.0 document."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>Atomflöde</title><id>{base}/atom</id><updated>2024-05-01T10:00:00Z</updated>",
    ]
    for item in items:
        head = TEXTS[item.language][0]
        parts.append(
            f"<entry><title>{escape(item.title or head)}</title>"
            f'<link rel="alternate" href="{escape(base + item.path)}"/>'
            f"<id>{escape(item.guid or 'urn:test:' + item.path)}</id>"
            f"<published>{item.date or '2024-05-01T10:00:00+02:00'}</published>"
            f"<updated>{item.date or '2024-05-01T10:00:00+02:00'}</updated>"
            f"<summary>{escape(item.summary or TEXTS[item.language][1][:90])}</summary>"
            "<author><name>Ekoredaktionen</name></author></entry>"
        )
    parts.append("</feed>")
    return "".join(parts)


def rdf(items: list[Item], base: str) -> str:
    """An RDF / RSS 1.0 document with dc:date."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f'<channel rdf:about="{base}/rdf"><title>RDF-Nachrichten</title><link>{base}/</link>'
        "<description>Fixture</description></channel>",
    ]
    for item in items:
        head = TEXTS[item.language][0]
        parts.append(
            f'<item rdf:about="{escape(base + item.path)}"><title>{escape(item.title or head)}</title>'
            f"<link>{escape(base + item.path)}</link>"
            f"<dc:date>{item.date or '2024-05-01T10:00:00+02:00'}</dc:date>"
            f"<description>{escape(TEXTS[item.language][1][:90])}</description></item>"
        )
    parts.append("</rdf:RDF>")
    return "\n".join(parts)
