"""``armswatch bench extract``: tagging speed on synthetic ~4 KB articles in six languages, on one core,
and its ratio to trafilatura's extraction time for the same articles as HTML pages."""

from __future__ import annotations

import html
import random
import resource
import time
from dataclasses import dataclass

import trafilatura

from services.extractor.tagging import native, tag

# Sentences a news article is made of: most are not about arms at all; some are.
_FILLER = {
    "da": [
        "Regeringen vil fremlægge et nyt udspil om skat efter sommerferien, oplyser ministeriet.",
        "Vejret bliver mildt i weekenden med sol og let vind over hele landet.",
        "Kommunerne har i år brugt flere penge på ældrepleje end budgetteret.",
    ],
    "nb": [
        "Regjeringen legger fram en ny plan for sykehusene etter sommeren, opplyser departementet.",
        "Været blir mildt i helgen med sol og lite vind på Østlandet.",
        "Kommunene har brukt mer penger på skole enn planlagt i år.",
    ],
    "nn": [
        "Regjeringa legg fram ein ny plan for sjukehusa etter sommaren, opplyser departementet.",
        "Vêret blir mildt i helga med sol og lite vind på Vestlandet.",
        "Kommunane har brukt meir pengar på skule enn planlagt i år.",
    ],
    "sv": [
        "Regeringen presenterar ett nytt förslag om skatter efter sommaren, uppger departementet.",
        "Vädret blir milt i helgen med sol och svag vind i hela landet.",
        "Kommunerna har i år använt mer pengar på äldrevården än budgeterat.",
    ],
    "de": [
        "Die Bundesregierung will nach der Sommerpause einen neuen Entwurf zur Steuerreform vorlegen.",
        "Am Wochenende wird es mild, mit Sonne und schwachem Wind im ganzen Land.",
        "Die Kommunen haben in diesem Jahr mehr Geld für die Pflege ausgegeben als geplant.",
    ],
    "en": [
        "The government will present a new tax plan after the summer recess, the ministry said.",
        "The weekend will be mild with sunshine and light winds across the country.",
        "Local councils spent more on social care this year than they had budgeted.",
    ],
}
_TRANSFER = {
    "da": [
        "{s} har leveret omkring {n} artillerigranater til {r}, siger efterretningstjenesten.",
        "{r} køber droner af {s}, skriver avisen.",
    ],
    "nb": [
        "{s} har levert rundt {n} artillerigranater til {r}, opplyser etterretningstjenesten.",
        "{r} kjøper droner fra {s}, skriver avisen.",
    ],
    "nn": [
        "{s} har levert rundt {n} artillerigranatar til {r}, opplyser etterretningstenesta.",
        "{r} kjøper dronar frå {s}, skriv avisa.",
    ],
    "sv": [
        "{s} har levererat omkring {n} artillerigranater till {r}, uppger underrättelsetjänsten.",
        "{r} köper drönare av {s}, skriver tidningen.",
    ],
    "de": [
        "{s} hat rund {n} Artilleriegranaten an {r} geliefert, teilte der Geheimdienst mit.",
        "{r} kauft Drohnen von {s}, berichtet die Zeitung.",
    ],
    "en": [
        "{s} has delivered about {n} artillery shells to {r}, intelligence officials said.",
        "{r} is buying drones from {s}, the newspaper reported.",
    ],
}
_NAMES = {
    "da": ("Nordkorea", "Rusland", "Iran"),
    "nb": ("Nord-Korea", "Russland", "Iran"),
    "nn": ("Nord-Korea", "Russland", "Iran"),
    "sv": ("Nordkorea", "Ryssland", "Iran"),
    "de": ("Nordkorea", "Russland", "Iran"),
    "en": ("North Korea", "Russia", "Iran"),
}


@dataclass(frozen=True, slots=True)
class Synthetic:
    """One synthetic article: language, text and the same text as an HTML page."""

    lang: str
    text: str
    page: str


def synthesize(count: int, size: int = 4000, seed: int = 7) -> list[Synthetic]:
    """``count`` articles of about ``size`` characters, round-robin over the six languages."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    langs = list(_FILLER)
    out = []
    for i in range(count):
        lang = langs[i % len(langs)]
        kp, ru, ir = _NAMES[lang]
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < size:
            if rng.random() < 0.08:
                template = rng.choice(_TRANSFER[lang])
                supplier = rng.choice((kp, ir))
                sentences.append(template.format(s=supplier, r=ru, n=rng.choice(("1000", "20 000", "300"))))
            else:
                sentences.append(rng.choice(_FILLER[lang]))
        paragraphs = [" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)]
        text = "\n".join(paragraphs)
        out.append(Synthetic(lang, text, _page(i, lang, paragraphs)))
    return out


def _page(i: int, lang: str, paragraphs: list[str]) -> str:
    """A news page as outlets serve them: head metadata, scripts, navigation, teasers, footer (~25 KB)."""
    nav = "".join(f'<li><a href="/sektion/{n}">Sektion {n}</a></li>' for n in range(40))
    teasers = "".join(
        f'<li class="teaser"><a href="/artikel/{i}-{n}"><img src="/img/{n}.jpg" alt="">'
        f"<span>Relateret overskrift nummer {n} om noget helt andet</span></a></li>"
        for n in range(30)
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Artikel {i}</title>'
        '<meta name="description" content="En artikel"><meta property="og:type" content="article">'
        + "".join(f'<script src="/static/bundle{n}.js"></script>' for n in range(8))
        + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Artikel"}</script>'
        f'</head><body><header><ul class="nav">{nav}</ul></header><main><article><h1>Artikel {i}</h1>'
        f'<p class="byline">Af Redaktionen</p>{body}</article><aside><ul>{teasers}</ul></aside></main>'
        f'<footer><ul class="nav">{nav}</ul><p>Kontakt · Cookies · Privatliv</p></footer></body></html>'
    )


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bench(count: int = 5000, extraction_sample: int = 500) -> dict[str, float]:
    """Tag ``count`` articles (single thread, so one core) and time trafilatura on a sample of their pages."""
    articles = synthesize(count)
    for lang in _FILLER:  # load each language's lexicon outside the timed loop
        tag(_FILLER[lang][0], lang=lang)
    cpu0, wall0 = _cpu(), time.perf_counter()
    mentions = sum(len(tag(a.text, lang=a.lang)) for a in articles)
    tag_wall, tag_cpu = time.perf_counter() - wall0, _cpu() - cpu0
    sample = articles[:extraction_sample]
    wall1 = time.perf_counter()
    for a in sample:
        trafilatura.extract(a.page, include_comments=False, favor_precision=True)
    extract_per_article = (time.perf_counter() - wall1) / len(sample)
    tag_per_article = tag_wall / count
    return {
        "articles": count,
        "mean_chars": sum(len(a.text) for a in articles) / count,
        "mentions": mentions,
        "tag_wall_s": tag_wall,
        "tag_cpu_s": tag_cpu,
        "articles_per_s": count / tag_wall,
        "tag_ms_per_article": tag_per_article * 1000,
        "trafilatura_ms_per_article": extract_per_article * 1000,
        "ratio_tag_to_trafilatura": tag_per_article / extract_per_article,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "native": float(native.active()),
    }


def report(figures: dict[str, float]) -> str:
    """The figures as the lines ``armswatch bench extract`` prints."""
    tagger = "compiled (mypyc)" if figures.get("native") else "pure Python (armswatch native build compiles it)"
    return "\n".join(
        [
            f"tagger                    {tagger}",
            f"articles tagged           {figures['articles']:,.0f} (mean {figures['mean_chars']:,.0f} chars, "
            f"{figures['mentions']:,.0f} mentions)",
            f"tagging throughput        {figures['articles_per_s']:,.0f} articles/s on one core "
            f"({figures['tag_ms_per_article']:.3f} ms/article, CPU {figures['tag_cpu_s']:.2f} s)",
            f"trafilatura extraction    {figures['trafilatura_ms_per_article']:.3f} ms/article (same articles as HTML)",
            f"ratio tagging/extraction  {figures['ratio_tag_to_trafilatura']:.3f}  (goal <= 0.1)",
            f"peak RSS                  {figures['peak_rss_mb']:.0f} MB",
        ]
    )
