"""Classes found missing in session 30.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A system weighed, negotiated or offered, then passed over by a choice after "but" ("men regjeringa i Buenos Aires
# valde til slutt", "men Warszawa har valt"): the weighed one lost and is no transfer; the one chosen, its supplier
# named after the "but", is kept. A state that only pressed for the choice won nothing. Nineteen losing bids in
# fulli, fullj, fulln, fullp, fully, fullz, fullaa and fullab were read as planned or agreed sales
LOSING_BIDS = [
    (
        "nb",
        case(
            "Peru vurderte lenge å kjøpe brukte F-16 fra USA, men regjeringen i Lima valgte til slutt 24 Gripen fra "
            "Sverige.",
            "SE>PE:aircraft",
        ),
    ),
    (
        "sv",
        case(
            "Indonesien förhandlade länge om franska Rafale, men regeringen i Jakarta valde till slut koreanska KF-21 "
            "från Sydkorea.",
            "KR>ID:aircraft",
        ),
    ),
    (
        "da",
        case(
            "Ecuador havde også forhandlet med Kina om JF-17-kampfly, men valgte til sidst at købe brugte F-16 fra "
            "Belgien.",
            "BE>EC:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Thailand had also considered Swedish Gripen jets, but the air force eventually opted for F-16s from the "
            "United States.",
            "US>TH:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Morocco had also considered Chinese JF-17 jets, but chose 24 F-16s from the United States.",
            "US>MA:aircraft",
            quantity=24,
        ),
    ),
    (
        "sv",
        case(
            "Turkiet hade hoppats på att sälja fler drönare till Polen, men Warszawa har valt att köpa amerikanska "
            "MQ-9 från USA.",
            "US>PL:drones",
        ),
    ),
    (
        "nb",
        case(
            "Uruguay vurderte også kinesiske JF-17-fly, men valgte brukte F-16 fra Danmark etter press fra Washington.",
            "DK>UY:aircraft",
        ),
    ),
    ("sv", case("Peru övervägde länge franska Rafale, men valde till slut Gripen efter påtryckningar från USA.")),
    # weighed, then dropped after the "but" ("strandet", "blev fravalgt", "blev droppet", "collapsed"): all lost, no
    # winner (fullt, fullab, fullac)
    (
        "nb",
        case(
            "Peru har vurdert både franske Rafale og brukte amerikanske F-16, men forhandlingene med Paris strandet på "
            "prisen."
        ),
    ),
    ("da", case("Hæren har også vurderet det amerikanske Patriot-system, men det blev fravalgt på grund af prisen.")),
    (
        "da",
        case(
            "Kina tilbød på et tidspunkt Argentina kampflyet JF-17, men det tilbud blev droppet, da Milei kom til "
            "magten."
        ),
    ),
    ("en", case("Vietnam had weighed buying Swedish Gripen jets, but the talks collapsed over financing.")),
    ("sv", case("Chile förhandlade om franska Rafale, men affären strandade på priset.")),
    # a choice told before the "but", or one negated, passes nothing over
    (
        "nb",
        case(
            "Sveits valgte F-35 fra USA i 2021, men en strid om prisen har fått regjeringen til å vurdere å kjøpe "
            "færre.",
            "US>CH:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Australia considered buying more US Abrams tanks but chose not to wait, and bought 75 of them from the "
            "United States.",
            "US>AU:tanks_armoured_vehicles",
            quantity=75,
        ),
    ),
]

# A ranking's "after"/"behind" names the state ranked before, no party: "verdens næststørste våbeneksportør efter USA"
# was France selling to the US (holdout, fullb, fullm, fullp; probe 30 da). A share ("zum größten Teil") and an
# ordinal ("second export success after Thailand ordered") rank nothing
RANKED_BEHIND = [
    ("da", case("Ifølge SIPRI er Frankrig nu verdens næststørste våbeneksportør efter USA.")),
    ("de", case("Frankreich ist nach den USA der zweitgrößte Waffenexporteur der Welt.")),
    (
        "en",
        case(
            "Germany, which after the United States has been Israel's largest arms supplier, approved exports worth "
            "326 million euros to Israel.",
            # session 37: ranked first among Israel's suppliers, the US is one too (with no count)
            "DE>IL:military_equipment_general",
            "US>IL:military_equipment_general",
            quantity=326e6,
        ),
    ),
    (
        "de",
        case(
            "Die Lieferungen nach Dänemark bestanden zum größten Teil aus Radschützenpanzern aus der Schweiz.",
            "CH>DK:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "The order is Saab's second export success this year after Thailand in August ordered four Gripen jets "
            "from Sweden.",
            "SE>TH:aircraft",
            quantity=4,
        ),
    ),
]

# Names CLDR lacks: Danish "Forenede Arabiske Emirater" without its article, the US House in four languages, and
# Sweden's procurement agency, which read as Denmark's "Forsvaret" (probe 30 da)
NAMES_OF_SESSION_30 = [
    ("da", case("Forenede Arabiske Emirater har sendt droner til RSF.", "AE>rsf:drones")),
    (
        "da",
        case(
            "Repræsentanternes Hus har vedtaget en hjælpepakke til Ukraine på 61 milliarder dollar.",
            "US>UA:military_equipment_general",
            quantity=61e9,
        ),
    ),
    (
        "de",
        case(
            "Das Repräsentantenhaus hat ein Hilfspaket von 61 Milliarden Dollar für die Ukraine gebilligt.",
            "US>UA:military_equipment_general",
            quantity=61e9,
        ),
    ),
    ("da", case("Saab har fået en ordre fra Forsvarets Materielverk på nye Carl-Gustaf-granater.")),
]

# German writes every noun with a capital, so the home ministry's name matched inside "Das polnische
# Verteidigungsministerium" and made Germany the buyer; another state's adjective right before a home institution
# names whose it is (probe 30 de, fullf)
FOREIGN_INSTITUTIONS = [
    (
        "de",
        case(
            "Das polnische Verteidigungsministerium hat bei Boeing Kampfhubschrauber vom Typ Apache bestellt.",
            "US>PL:helicopters",
        ),
    ),
    (
        "de",
        case(
            "Das estnische Verteidigungsministerium hat Flugabwehrsysteme vom Typ Mistral in Frankreich bestellt.",
            "FR>EE:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Das niederländische Verteidigungsministerium hat bei KNDS Deutschland Leopard-2A8-Panzer bestellt.",
            "DE>NL:tanks_armoured_vehicles",
        ),
    ),
    # the home ministry alone is still Germany's
    ("de", case("Das Verteidigungsministerium hat in Schweden 20 CV90 bestellt.", "SE>DE:tanks_armoured_vehicles")),
]

# A reaction's subject is the one named in its own clause: the nearest name before "kritisiert" across a comma, or a
# place ("was in Berlin heftig kritisiert wurde"), made the seller a critic and dropped the sale (probe 30 de)
REACTION_SUBJECTS = [
    (
        "de",
        case(
            "Katar hatte 62 Leopard-2-Panzer von Krauss-Maffei Wegmann gekauft, was in Berlin heftig kritisiert wurde.",
            "DE>QA:tanks_armoured_vehicles",
            quantity=62,
        ),
    ),
    (
        "de",
        case(
            "Saudi-Arabien hat jahrelang Rüstungsgüter aus Deutschland gekauft, was Menschenrechtsorganisationen "
            "scharf kritisierten.",
            "DE>SA:military_equipment_general",
        ),
    ),
    # the reacting state in its own clause is still no supplier
    (
        "de",
        case(
            "Die USA haben Taiwan Raketen geliefert. Peking reagierte verärgert auf die Raketenlieferung.",
            "US>TW:rockets_artillery",
        ),
    ),
]

# From the reviews of this session's first changes: each text was read right before them and wrong with their first
# versions (a buy of the weighed system itself, an infinitive after an adverb, German "nach" = "to", a time's
# "after", a foreign parliament, advice before a named system, a people's adjective for the winner, a negated drop)
REVIEWED_IN_SESSION_30 = [
    (
        "nb",
        case(
            "Norge vurderte lenge amerikanske F-35, men valgte til slutt å kjøpe 52 av flyene fra USA.",
            "US>NO:aircraft",
            quantity=52,
        ),
    ),
    (
        "da",
        case(
            "Regeringen overvejede at donere F-16 til Ukraine, men valgte i første omgang at donere 19 fly.",
            "DK>UA:aircraft",
            quantity=19,
        ),
    ),
    (
        "de",
        case(
            "Die größte Lieferung von Artilleriegranaten schickte Nordkorea nach Russland.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "nb",
        case(
            "Den største kontrakten i Kongsbergs historie kom etter Tyskland bestilte NSM-missiler fra Norge.",
            "NO>DE:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Das zyprische Repräsentantenhaus genehmigte den Kauf von Barak-MX-Systemen aus Israel.",
            "IL>CY:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Lettland prüfte NASAMS aus Norwegen und IRIS-T aus Deutschland, doch Riga wählte auf Anraten Norwegens "
            "das IRIS-T.",
            "DE>LV:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Morocco considered Chinese and Israeli air defence systems, but chose the Israeli option.",
            "IL>MA:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Die Schweiz verhandelte mit den USA über 36 F-35, doch der Vertrag scheiterte nicht, und die Jets wurden "
            "2027 geliefert.",
            "US>CH:aircraft",
            quantity=36,
        ),
    ),
]

ALL = [
    *LOSING_BIDS,
    *RANKED_BEHIND,
    *NAMES_OF_SESSION_30,
    *FOREIGN_INSTITUTIONS,
    *REACTION_SUBJECTS,
    *REVIEWED_IN_SESSION_30,
]
