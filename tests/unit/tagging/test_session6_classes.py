"""Classes found missing in session 6, each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A particle verb told with words between verb and particle; in German the particle ends the clause.
SPLIT_PARTICLES = [
    (
        "sv",
        case(
            "Danmark lämnade redan i somras över de första F-16-planen till Ukraina.",
            "DK>UA:aircraft",
            status="delivered",
        ),
    ),
    (
        "nn",
        case("I fjor skreiv Jakarta under for 42 Rafale-fly frå Dassault.", "FR>ID:aircraft", quantity=42),
    ),
    (
        "sv",
        case("I fjol tog Polen i all hast emot 48 K9-haubitsar från Sydkorea.", "KR>PL:artillery_systems"),
    ),
    (
        "de",
        case("Berlin sagte der Ukraine am Dienstag vier weitere Patriot-Systeme zu.", "DE>UA:air_defence"),
    ),
    # the particle must end the clause in German: "zu Beginn" is no particle
    ("de", case("Der Minister sagte der Zeitung zu Beginn der Woche, die Panzer seien alt.")),
]

# "Regimet i Bamako", "das Regime in Damaskus": the regime of a place is that state, not a location.
REGIMES = [
    (
        "da",
        case(
            "Fra Moskva har regimet i Bamako fået kamphelikoptere af typen Mi-24.",
            "RU>ML:helicopters",
        ),
    ),
    (
        "de",
        case("Aus Teheran hat das Regime in Damaskus Raketen erhalten.", "IR>SY:rockets_artillery"),
    ),
]

# A demonym before a lower-case noun after "and" starts a new subject; it is no second recipient.
DEMONYM_SUBJECTS = [
    (
        "nn",
        case(
            "Moskva har sidan 2021 sendt fleire kamphelikopter til Bamako, og russiske leigesoldatar er "
            "utplasserte i landet.",
            "RU>ML:helicopters",
        ),
    ),
]

# A giver with no recipient in an article about one recipient gives to it, whatever the weapon; warships
# "sent" somewhere are mostly deployed, so they get the article's recipient only when it already gets warships.
TOPIC_RECIPIENT = [
    (
        "nb",
        case(
            "Nigeria har mottatt de to første av tolv kamphelikoptre fra USA. Ytterligere ti helikoptre skal "
            "leveres fra USA innen 2026.\n\nI tillegg har Pakistan levert tre jagerfly av typen JF-17.",
            "US>NG:helicopters",
            "PK>NG:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Taiwan has received the first eleven HIMARS launchers from the United States. More launchers "
            "were delivered by the United States in May.\n\nAustralia has also sent warships through the "
            "Taiwan Strait, drawing protests from China.",
            "US>TW:rockets_artillery",
        ),
    ),
]

# "dit" / "dorthin": to the state named last before it.
THERE = [
    (
        "sv",
        case(
            "Svensk vapenexport ökade kraftigt i fjol\nSverige exporterade krigsmateriel för 24 miljarder "
            "kronor.\n\nStörsta enskilda mottagare var Finland, dit krigsmateriel för 4,1 miljarder kronor "
            "levererades.",
            "SE>FI:military_equipment_general",
            quantity=4.1e9,
        ),
    ),
    # not the clause's own subject: the place named before the clause
    (
        "sv",
        case(
            "Moldavien saknar nästan helt luftvärn. Tyskland har nu skickat tre IRIS-T-system dit.",
            "DE>MD:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Moldawien hat kaum Luftabwehr. Deutschland hat nun drei IRIS-T-Systeme dorthin geschickt.",
            "DE>MD:air_defence",
        ),
    ),
    (
        "nn",
        case("Moldova manglar luftvern. Tyskland har no sendt tre IRIS-T-system dit.", "DE>MD:air_defence"),
    ),
]

# A later buyer copies the transfer told before it: "fulgt trop", "folgte", "followed suit"; a ranking's
# "etterfulgt av X"; an order "of the same type" comes from the seller of the kind named before.
FOLLOWERS = [
    (
        "da",
        case(
            "Mali modtog sine første Bayraktar TB2 fra Tyrkiet i 2022. Burkina Faso og Niger har fulgt trop.",
            "TR>ML:drones",
            "TR>BF:drones",
            "TR>NE:drones",
        ),
    ),
    (
        "de",
        case(
            "Die Vereinigten Arabischen Emirate hatten 2022 zwölf Flugabwehrsysteme aus Südkorea bestellt, im "
            "Jahr darauf folgte der Irak mit einem Auftrag über 2,8 Milliarden Dollar.",
            "KR>AE:air_defence",
            "KR>IQ:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Mali bought six Bayraktar TB2 drones from Turkey last year. Niger soon followed suit with an order "
            "for four.",
            "TR>ML:drones",
            "TR>NE:drones",
        ),
    ),
    (
        "nb",
        case(
            "Norsk våpeneksport satte ny rekord\nEksporten av forsvarsmateriell var i fjor på 11 milliarder "
            "kroner.\n\nPå andreplass kommer Polen med 2,6 milliarder kroner, etterfulgt av Litauen med 1,1 "
            "milliarder kroner.",
            "NO>PL:military_equipment_general",
            "NO>LT:military_equipment_general",
        ),
    ),
    (
        "sv",
        case(
            "Polen tog emot de sista av sina 24 TB2 från Turkiet förra året, och Rumänien har beställt 18 "
            "drönare av samma typ.",
            "TR>PL:drones",
            "TR>RO:drones",
        ),
    ),
    # a follower with nothing told before it copies nothing
    ("de", case("Niger folgte wenige Monate danach mit einem eigenen Auftrag.")),
    # nor does one who follows a speech: the copied transfer must name both sides
    ("nn", case("Litauen har bede om fleire dronar. Latvia følgde etter.")),
]

# A state holding weapons of foreign make, with no transfer word, got them from their maker's country; not
# when it shoots them down, pays for them for someone else or is attacked with them.
HOLDERS = [
    (
        "de",
        case(
            "Bei einer Parade in Caracas hat Venezuela russische Luftabwehrsysteme vom Typ S-300 präsentiert.",
            "RU>VE:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Gripen ska ersätta Colombias åldrande flotta av israeliska Kfir-stridsflygplan.",
            "IL>CO:aircraft",
        ),
    ),
    ("en", case("Pakistan's air force claimed to have shot down several Indian aircraft during the clashes.")),
    # session 16: the payer supplies the state the weapons are made for (the writers' convention, e.g. fullm da-008)
    ("da", case("Danmark betaler for 18 ukrainske haubitser, som bygges i Ukraine.", "DK>UA:artillery_systems")),
    ("nb", case("Russland angrep byen med iranske droner natt til søndag.", "IR>RU:drones")),
]

# "Landet" opening the sentence after a transfer stands for that transfer's buyer, not the last state named.
COUNTRY_AFTER_TRANSFER = [
    (
        "sv",
        case(
            "Estland köper sex raketartillerisystem av typen Chunmoo från Sydkorea. Landet har redan sex "
            "amerikanska HIMARS.",
            "KR>EE:rockets_artillery",
            "US>EE:rockets_artillery",
        ),
    ),
]

# German verb-final arrival: the place before the participle is the goal ("sind in Argentinien eingetroffen").
ARRIVALS = [
    (
        "de",
        case(
            "Die ersten sechs von insgesamt 24 gebrauchten F-16-Kampfjets aus Dänemark sind in Argentinien "
            "eingetroffen.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
]

# A giver named as subject gives what it has, whoever made it; a domestic order of a domestic system is none.
GIVERS = [
    (
        "nb",
        case(
            "Kroatia ga 14 gamle sovjetiske Mi-8-helikoptre til Ukraina i fjor.",
            "HR>UA:helicopters",
            quantity=14,
        ),
    ),
    (
        "da",
        case(
            "Danmark besluttede at give alle sine 19 franskproducerede Caesar-kanoner til Ukraine.",
            "DK>UA:artillery_systems",
        ),
    ),
    ("sv", case("FMV beställer ytterligare pansarvärnsvapen av typen NLAW och Carl-Gustaf till armén.")),
]

# Capitals as metonyms, arrivals by landing, choosing a system, a maker chosen as seller, the maker's state
# signing as seller, a second-hand ("brukt") weapon that is no use of it, the passive agent of another verb.
SESSION6_SENTENCES = [
    (
        "en",
        case(
            "Rabat has taken delivery of the Barak MX air defence system from Israel Aerospace Industries.",
            "IL>MA:air_defence",
            status="delivered",
        ),
    ),
    ("de", case("Jerewan hat in Indien Mehrfachraketenwerfer vom Typ Pinaka bestellt.", "IN>AM:rockets_artillery")),
    (
        "sv",
        case("I mars landade de första sex av totalt 24 beställda AH-64E Apache i Marocko.", "US>MA:helicopters"),
    ),
    (
        "nn",
        case(
            "I 2020, året før kuppet, overlét New Delhi ein brukt ubåt av Kilo-klassen til Myanmar.",
            "IN>MM:naval_vessels",
        ),
    ),
    ("en", case("Norway chose the South Korean K9 howitzer over European rivals.", "KR>NO:artillery_systems")),
    ("nb", case("I 2023 bestemte Estland seg for det tyske IRIS-T SLM-systemet.", "DE>EE:air_defence")),
    (
        "en",
        case(
            "Australia has chosen Mitsubishi Heavy Industries to supply its next fleet of frigates.",
            "JP>AU:naval_vessels",
        ),
    ),
    # a seller after "av" belongs to the buying verb's clause, not to a later one ("monteras av Embraer")
    (
        "sv",
        case(
            "Brasilien beställde 36 Gripen E/F 2014, och en stor del av planen monteras nu av Embraer.",
            "SE>BR:aircraft",
        ),
    ),
    ("en", case("The Philippines has bought three BrahMos batteries.", "IN>PH:missiles_cruise", quantity=3)),
    # a choice not made, and the alternative not chosen, are no transfers
    ("sv", case("Även Slovakien och Norge har utvärderat K2-stridsvagnar, men ingen av dem har valt vagnen.")),
    ("nn", case("Argentina valde dei danske flya framfor kinesiske JF-17.", "DK>AR:aircraft")),
    (
        "de",
        case(
            "Armenien sucht neue Lieferanten in Indien und Frankreich. Jerewan hat in Indien Raketenwerfer "
            "bestellt. Paris hat im Juni einen Vertrag über 36 Haubitzen vom Typ Caesar unterschrieben.",
            "IN>AM:rockets_artillery",
            "FR>AM:artillery_systems",
        ),
    ),
]

ALL = (
    SESSION6_SENTENCES
    + GIVERS
    + ARRIVALS
    + SPLIT_PARTICLES
    + REGIMES
    + DEMONYM_SUBJECTS
    + TOPIC_RECIPIENT
    + THERE
    + FOLLOWERS
    + HOLDERS
    + COUNTRY_AFTER_TRANSFER
)
