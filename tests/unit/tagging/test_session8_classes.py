"""Classes found missing in session 8, each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Talks: the buyer negotiates for weapons ("forhandler om", "verhandelt über"), or a seller negotiates with a
# buyer about a sale ("forhandler med Peru om salg av"). Either way the transfer is planned, not agreed.
TALKS = [
    (
        "nb",
        case(
            "Forsvarsmateriell forhandler med Chile om salg av åtte brukte Bell 412-helikoptre.",
            "NO>CL:helicopters",
            status="planned",
            quantity=8,
        ),
    ),
    (
        "da",
        case(
            "Forsvarsministeriet er i dialog med den kenyanske flåde om en overdragelse af tre patruljefartøjer.",
            "DK>KE:naval_vessels",
            status="planned",
            quantity=3,
        ),
    ),
    (
        "nn",
        case(
            "Buenos Aires forhandla i fleire år om det sørkoreanske kampflyet FA-50.",
            "KR>AR:aircraft",
            status="planned",
        ),
    ),
    (
        "sv",
        case(
            "Peru förhandlar med Sydkorea om 20 stridsvagnar av typen K2.",
            "KR>PE:tanks_armoured_vehicles",
            status="planned",
            quantity=20,
        ),
    ),
    (
        "sv",
        case(
            "Ecuadors försvarsministerium förnekar att landet förhandlar om ryska Mi-17-helikoptrar.",
            "RU>EC:helicopters",
            status="denied",
        ),
    ),
    (
        "de",
        case(
            "Norwegen verhandelt mit Chile über den Verkauf von zwölf Hubschraubern.",
            "NO>CL:helicopters",
            status="planned",
            quantity=12,
        ),
    ),
    (
        "de",
        case(
            "Kolumbien verhandelt seit Monaten mit Schweden über 16 Gripen-Kampfjets.",
            "SE>CO:aircraft",
            status="planned",
            quantity=16,
        ),
    ),
    (
        "en",
        case(
            "Norway is in talks with Chile over the sale of twelve helicopters.",
            "NO>CL:helicopters",
            status="planned",
            quantity=12,
        ),
    ),
    (
        "en",
        case(
            "Kenya is negotiating with Turkey for six Bayraktar TB2 drones.",
            "TR>KE:drones",
            status="planned",
            quantity=6,
        ),
    ),
    # the maker's state is the seller, whoever the sentence's subject is
    (
        "nb",
        case(
            "Riyadh har inngått avtale med Beijing om levering av Wing Loong-droner.",
            "CN>SA:drones",
        ),
    ),
    # "sammen med": a partner on the seller's side gets nothing
    (
        "nb",
        case("Norge vil sammen med Sverige øke salget av ammunisjon."),
    ),
    # a dealer ("forhandler" as a noun) is no talk
    (
        "nb",
        case(
            "Sudan kjøpte dronene fra en tyrkisk forhandler.",
            "TR>SD:drones",
            status="delivered",
        ),
    ),
]

# Offers are promises (planned, the subject gives); an option exercised is an order.
OFFERS_AND_OPTIONS = [
    (
        "en",
        case(
            "South Korea has offered Chile its K2 main battle tank, the defence ministry in Santiago said.",
            "KR>CL:tanks_armoured_vehicles",
            status="planned",
        ),
    ),
    (
        "nn",
        case("Kina har tilbode Mali fleire pansra køyretøy.", "CN>ML:tanks_armoured_vehicles", status="planned"),
    ),
    (
        "sv",
        case("Frankrike har erbjudit Irak tolv Rafale-plan.", "FR>IQ:aircraft", status="planned", quantity=12),
    ),
    (
        "da",
        case(
            "Kuwait har udnyttet en option på yderligere otte Eurofighter fra britiske BAE Systems.",
            "GB>KW:aircraft",
            status="agreed",
            quantity=8,
        ),
    ),
    (
        "nb",
        case(
            "Estland har utløst en opsjon på seks nye K9-haubitser fra Sør-Korea.",
            "KR>EE:artillery_systems",
            status="agreed",
            quantity=6,
        ),
    ),
    # training places offered while the buyer's "own systems" are built: no weapon named before
    (
        "sv",
        case(
            "Danmark köper tolv F-35 från USA. Sverige och Norge har erbjudit utbildningsplatser medan de egna "
            "systemen byggs upp.",
            "US>DK:aircraft",
        ),
    ),
]

# A loose "missile" told as "the same missile" takes the one kind its seller sells in the article.
SAME_MISSILE = [
    (
        "nn",
        case(
            "Filippinane fekk dei første BrahMos-missila frå India i fjor. Også Vietnam skal ha forhandla med "
            "India om det same missilet.",
            "IN>PH:missiles_cruise",
            "IN>VN:missiles_cruise",
        ),
    ),
]

# Clauses and places.
CLAUSES = [
    # a goal after another subject with its own verb is that clause's
    (
        "da",
        case(
            "Sverige sender flere kampvogne, Norge lover nye missiler, og Iran skal have sendt droner til Rusland.",
            "IR>RU:drones",
        ),
    ),
    # the same subject told again keeps its goal (a title run into the text by extraction)
    (
        "de",
        case(
            "Nordkorea lieferte eine Million Granaten Redaktionen Nordkorea hat rund eine Million "
            "Artilleriegranaten an Russland geliefert, sagt der Geheimdienst.",
            "KP>RU:artillery_ammunition",
            quantity=1_000_000,
        ),
    ),
    # an armed force followed by a place is that place's
    (
        "da",
        case(
            "Kina har siden 2020 leveret pansrede køretøjer til hæren i Niamey.",
            "CN>NE:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
    (
        "nb",
        case("Hæren i Bamako har fått nye helikoptre fra Russland.", "RU>ML:helicopters", status="delivered"),
    ),
    # an approved sale is agreed, not delivered
    (
        "en",
        case(
            "Washington has approved the sale of up to 40 Tomahawk cruise missiles to Japan.",
            "US>JP:missiles_cruise",
            status="agreed",
            quantity=40,
        ),
    ),
]

# Back-references: "landet" after its verb is the buyer told before; a loose word holding a named system is that
# system; "the same goes for X" copies the transfer before to X.
REFERENCES = [
    (
        "nb",
        case(
            "Filippinene har kjøpt skip fra Japan. Fra India mottok landet i fjor de første batteriene med "
            "BrahMos-kryssermissiler.",
            "JP>PH:naval_vessels",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "da",
        case(
            "Niger har købt Bayraktar TB2-droner fra Tyrkiet. Det samme gælder Tchad, hvor dronerne bruges mod "
            "oprørere.",
            "TR>NE:drones",
            "TR>TD:drones",
        ),
    ),
    (
        "en",
        case(
            "Mali bought Bayraktar TB2 drones from Turkey last year. The same goes for Niger.",
            "TR>ML:drones",
            "TR>NE:drones",
        ),
    ),
]

# Not transfers: a treaty named after a place, and a verb whose object is a border.
NOT_TRANSFERS = [
    (
        "en",
        case(
            "The Ottawa Convention bans the use, production and transfer of anti-personnel mines.",
        ),
    ),
    (
        "nb",
        case("Ottawa-konvensjonen forbyr både bruk og overføring av landminer."),
    ),
    (
        "en",
        case(
            "Estonia, which shares a 294km border with Russia, destroyed its last stock of anti-personnel mines.",
        ),
    ),
]

ALL = TALKS + OFFERS_AND_OPTIONS + SAME_MISSILE + CLAUSES + REFERENCES + NOT_TRANSFERS
