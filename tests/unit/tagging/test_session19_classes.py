"""Classes found missing in session 19: a second buyer told in a clause or sentence of its own bought from the
first buyer's seller; a bare "Korean" is the South's unless the article names the North.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "..., and Indonesia signed a $450 million order": a later clause with a buyer, a buying word and no weapon tells
# a purchase of the same kind from the same seller, with the clause's own amount.
FELLOW_CLAUSE = [
    (
        "en",
        case(
            "The Philippines bought Indian BrahMos missiles for $375 million in 2022, and Indonesia signed a $450"
            " million order this year.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    (
        "nb",
        case(
            "Filippinene kjøpte indiske BrahMos-missiler i 2022, og i år fulgte Indonesia etter med en bestilling"
            " verdt 450 millioner dollar.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Polen kaufte 2022 südkoreanische K9-Panzerhaubitzen, und Rumänien unterzeichnete in diesem Jahr einen"
            " Vertrag über eine Milliarde Dollar.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
            status="delivered",
        ),
    ),
    (
        "da",
        case(
            "Polen købte sydkoreanske K9-haubitser i 2022, og Rumænien underskrev i år en kontrakt til en milliard"
            " dollar.",
            "KR>RO:artillery_systems",
            "KR>PL:artillery_systems",
        ),
    ),
    (
        "nn",
        case(
            "Polen kjøpte sørkoreanske K9-haubitsar i 2022, og Romania skreiv i år under ein kontrakt verd ein"
            " milliard dollar.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    # a later clause that gives, not buys, is a transfer of its own
    (
        "en",
        case(
            "Norway bought American F-35 jets, and Denmark sent its F-16s to Ukraine.",
            "US>NO:aircraft",
            "DK>UA:aircraft",
        ),
    ),
]

# "Poland was the largest buyer of the Korean guns. Romania signed for 54 howitzers": the buyer told in the
# sentence before is a fellow buyer, not the seller.
FELLOW_SENTENCE = [
    (
        "en",
        case(
            "South Korea has sold K9 howitzers to Poland. Poland was the largest buyer of the Korean guns in 2022."
            " Romania signed for 54 howitzers last year.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    (
        "de",
        case(
            "Südkorea hat K9-Panzerhaubitzen an Polen verkauft. Polen war 2022 der größte Käufer der koreanischen"
            " Geschütze. Rumänien bestellte im vergangenen Jahr 54 Haubitzen.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    (
        "da",
        case(
            "Sydkorea har solgt K9-haubitser til Polen. Polen købte flest af de koreanske kanoner i 2022. Rumænien"
            " bestilte 54 haubitser sidste år.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    (
        "sv",
        case(
            "Sydkorea har sålt K9-haubitsar till Polen. Polen köpte flest av de koreanska kanonerna 2022. Rumänien"
            " beställde 54 haubitsar i fjol.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    # a giver after a buyer may be that buyer passing the goods on: "De blev købt ..., efter at regeringen havde
    # besluttet at give ... til Ukraine" keeps its giver from the sentence before
    (
        "da",
        case(
            "Danmark har bestilt 19 israelske haubitser. De blev købt, efter at regeringen havde besluttet at give"
            " landets Caesar-kanoner til Ukraine.",
            "IL>DK:artillery_systems",
            "DK>UA:artillery_systems",
        ),
    ),
]

# A bare "koreanske", "Korean": the South's, as the North is always named as such; not in an article that names
# the North, where either may be meant.
BARE_KOREAN = [
    ("nb", case("Polen kjøper koreanske stridsvogner.", "KR>PL:tanks_armoured_vehicles")),
    ("da", case("Polen køber koreanske kampvogne.", "KR>PL:tanks_armoured_vehicles")),
    ("sv", case("Polen köper koreanska stridsvagnar.", "KR>PL:tanks_armoured_vehicles")),
    ("de", case("Polen kauft koreanische Kampfpanzer.", "KR>PL:tanks_armoured_vehicles")),
    ("en", case("Poland is buying Korean tanks.", "KR>PL:tanks_armoured_vehicles")),
    ("nn", case("Polen kjøper koreanske stridsvogner.", "KR>PL:tanks_armoured_vehicles")),
    (
        "nb",
        case(
            "Nord-Korea har sendt granater til Russland. Russland kjøper også koreanske raketter.",
            "KP>RU:artillery_ammunition",
            "KP>RU:rockets_artillery",
        ),
    ),
]

# "Noreg har bidrege med 1,6 milliardar kroner til initiativet": a state paying into a scheme for the article's
# recipient supplies it the scheme's kind, with its own sum. Not money for anything else ("the NATO budget").
CONTRIBUTORS = [
    (
        "nb",
        case(
            "Tsjekkia leverer granater til Ukraina gjennom ammunisjonsinitiativet. Norge har bidratt med 1,5"
            " milliarder kroner til initiativet.",
            "NO>UA:artillery_ammunition",
            "CZ>UA:artillery_ammunition",
        ),
    ),
    (
        "de",
        case(
            "Tschechien liefert Granaten an die Ukraine. Kopenhagen überwies für die Initiative zuletzt weitere 1,8"
            " Milliarden Kronen.",
            "DK>UA:artillery_ammunition",
            "CZ>UA:artillery_ammunition",
        ),
    ),
    (
        "da",
        case(
            "Tjekkiet leverer granater til Ukraine gennem ammunitionsinitiativet. Sverige har bidraget med 400"
            " millioner kroner til den fælles pulje, mens Norge har meldt sig med 600 millioner kroner.",
            "CZ>UA:artillery_ammunition",
            "SE>UA:artillery_ammunition",
            "NO>UA:artillery_ammunition",
        ),
    ),
    (
        "nn",
        case(
            "Tsjekkia leverer granatar til Ukraina gjennom initiativet. Noreg har bidrege med 1,6 milliardar kroner"
            " til initiativet.",
            "CZ>UA:artillery_ammunition",
            "NO>UA:artillery_ammunition",
        ),
    ),
    (
        "sv",
        case(
            "Danmark betalar för ukrainska haubitsar till Ukraina enligt den danska modellen. Sverige har anslutit"
            " sig till modellen och bidrar med 500 miljoner kronor.",
            "DK>UA:artillery_systems",
            "SE>UA:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Denmark pays for Ukrainian howitzers for Ukraine under the Danish model. Norway said it would"
            " contribute 600 million Norwegian crowns to the Danish-led effort this year.",
            "DK>UA:artillery_systems",
            "NO>UA:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Czechia delivers shells to Ukraine. Norway contributed 1.5 billion crowns to the NATO budget.",
            "CZ>UA:artillery_ammunition",
        ),
    ),
]

ALL = (*FELLOW_CLAUSE, *FELLOW_SENTENCE, *BARE_KOREAN, *CONTRIBUTORS)
