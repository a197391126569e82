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

# "de første seks av 24 F-16": the order's size told with its first items in one sentence is the quantity, as gold
# records an order partly delivered; "fleire titals" is some tens (10).
ORDER_TOTAL = [
    (
        "da",
        case(
            "Taiwan har modtaget de første 38 af i alt 108 kampvogne af typen M1A2T Abrams fra USA.",
            "US>TW:tanks_armoured_vehicles",
            quantity=108,
        ),
    ),
    (
        "en",
        case(
            "Four light attack helicopters from Italy landed in Nigeria on Monday, the first of 24 AW109 Trekker"
            " aircraft.",
            "IT>NG:helicopters",
            "IT>NG:aircraft",
            quantity=24,
        ),
    ),
    (
        "nb",
        case(
            "I Abuja landet i oktober de to første M-346-flyene av de 24 som Nigeria har bestilt fra Italia.",
            "IT>NG:aircraft",
            quantity=24,
        ),
    ),
    (
        "sv",
        case(
            "Ukraina har fått de sex första av 18 Caesar-haubitsar från Frankrike.",
            "FR>UA:artillery_systems",
            quantity=18,
        ),
    ),
    (
        "de",
        case(
            "Die Ukraine hat die ersten sechs von insgesamt 18 Panzerhaubitzen aus Deutschland erhalten.",
            "DE>UA:artillery_systems",
            quantity=18,
        ),
    ),
    (
        "nn",
        case(
            "Nord-Korea har sendt fleire titals KN-23-missil til Russland.",
            "KP>RU:missiles_ballistic",
            quantity=10,
        ),
    ),
    # a later count of another thing is no total: "the first two of them, and 30 more were ordered" keeps its own
    (
        "en",
        case("Poland received its first two K2 tanks from South Korea.", "KR>PL:tanks_armoured_vehicles", quantity=2),
    ),
]

# "Indonesien forhandler om en aftale til omkring 450 millioner dollar" right after India's BrahMos for the
# Philippines: a later buyer negotiating a deal (or signing one "also") in a sentence of its own buys the same.
NEXT_BUYER = [
    (
        "da",
        case(
            "Indien har solgt BrahMos til Filippinerne. Indonesien forhandler ifølge indiske medier om en aftale til"
            " omkring 450 millioner dollar.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    (
        "nn",
        case(
            "India har levert BrahMos til Filippinane. Indonesia har i fleire år forhandla om eit kjøp til om lag 450"
            " millionar dollar.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    (
        "en",
        case(
            "India has delivered BrahMos missiles to the Philippines. Indonesia is in advanced talks on a deal worth"
            " around $450 million.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Indien hat BrahMos an die Philippinen geliefert. Hanoi verhandelt über ein Paket im Wert von rund 700"
            " Millionen Dollar.",
            "IN>PH:missiles_cruise",
            "IN>VN:missiles_cruise",
        ),
    ),
    (
        "sv",
        case(
            "Indien har levererat BrahMos till Filippinerna. Indonesien förhandlar om en affär värd 450 miljoner"
            " dollar.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    # a deal for something else, and a ministry told after the news, buy nothing
    (
        "en",
        case(
            "India has delivered BrahMos missiles to the Philippines. Japan signed a $2 billion deal to buy liquefied"
            " gas.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Frankreich hat Indien 26 Rafale verkauft. Die Regierungen beider Länder unterzeichneten den Vertrag am"
            " Montag, teilte das indische Verteidigungsministerium mit.",
            "FR>IN:aircraft",
        ),
    ),
]

# "har valt Saabs Gripen framför amerikanska F-16", "vurderte òg den tyske RCH 155, men enda med K9": the system that
# lost is no transfer. Not "handed over the first", "framför allt", "bestemte seg i stedet for" (decided instead on).
LOSERS = [
    ("sv", case("Det thailändska flygvapnet har valt Saabs Gripen E/F framför amerikanska F-16.", "SE>TH:aircraft")),
    ("en", case("Thailand chose the Swedish Gripen instead of the American F-16.", "SE>TH:aircraft")),
    (
        "de",
        case("Thailand entschied sich für den schwedischen Gripen statt der amerikanischen F-16.", "SE>TH:aircraft"),
    ),
    (
        "da",
        case(
            "Argentina overvejede i en periode også kinesisk-pakistanske JF-17-fly, men valgte i sidste ende de danske"
            " F-16.",
            "DK>AR:aircraft",
        ),
    ),
    (
        "nn",
        case(
            "Noreg vurderte òg den tyske RCH 155 og den svenske Archer, men enda med K9 frå Sør-Korea.",
        ),
    ),
    ("nb", case("Thailand valgte svenske Gripen fremfor amerikanske F-16.", "SE>TH:aircraft")),
    (
        "sv",
        case(
            "Thailand hade också fått ett erbjudande om nya F-16 Block 70 från USA, men valde till slut det svenska"
            " planet Gripen.",
            "SE>TH:aircraft",
        ),
    ),
    (
        "nb",
        case(
            "Storbritannia selger Eurofighter til Tyrkia. Regjeringen i Athen har bedt London om garantier for at"
            " flyene ikke skal brukes mot greske interesser.",
            "GB>TR:aircraft",
        ),
    ),
    (
        "nb",
        case(
            "Estland bestemte seg i stedet for å kjøpe det tyske IRIS-T SLM-systemet fra Tyskland.",
            "DE>EE:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Azerbajdzjan har köpt vapen från Israel, framför allt drönare.",
            "IL>AZ:drones",
        ),
    ),
]

# "Im Gegenzug soll Russland dem Norden Flugabwehrsysteme überlassen haben": the return of an exchange, or a gift to
# "the North", "dem Regime", "nabolandet", goes to the article's main supplier. Not "in return for paying part of the
# costs" inside a sentence, nor "North Korean ammunition".
RETURNS = [
    (
        "de",
        case(
            "Nordkorea hat Russland Millionen Granaten geliefert. Im Gegenzug soll Russland dem Norden"
            " Flugabwehrsysteme vom Typ Pantsir überlassen haben.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "en",
        case(
            "North Korea has sent millions of shells to Russia. In return, Russia has supplied oil, food and air"
            " defence systems to the North, the report said.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt millioner av granater til Russland. Til gjengjeld skal Russland ha levert luftvern.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Nordkorea har skickat miljontals granater till Ryssland. I gengäld ska Ryssland ha levererat luftvärn.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "da",
        case(
            "Nordkorea har sendt millioner af granater til Rusland. Rusland hjælper nabolandet med luftforsvar.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "en",
        case(
            "North Korea has sent millions of shells to Russia. North Korean ammunition now accounts for a large share"
            " of what Russia fires.",
            "KP>RU:artillery_ammunition",
        ),
    ),
]

# A cargo's inventory ("Om bord fann dei om lag 2500 automatrifler"): each listed kind carries the count told right
# before its word.
INVENTORY_COUNTS = [
    (
        "nn",
        case(
            "Skipet frakta våpen frå Iran til houthiane i Jemen. Om bord fann soldatane om lag 2500 automatrifler.",
            "IR>houthis:small_arms",
            quantity=2500,
        ),
    ),
    (
        "en",
        case(
            "The US Navy seized a dhow carrying Iranian weapons to the Houthis. On board were more than 700 assault"
            " rifles.",
            "IR>houthis:small_arms",
            quantity=700,
        ),
    ),
    (
        "sv",
        case(
            "Fartyget fraktade vapen från Iran till huthirebellerna i Jemen. Bland lasten fanns 900 automatgevär.",
            "IR>houthis:small_arms",
            quantity=900,
        ),
    ),
]

# A review's sentences where the first forms of these rules fired too widely (a helper compared the old and new code on
# about 200 invented texts): a clause that condemns or buys something else is no fellow buyer; "Korean War" and
# "Korean Air" name no state; a system word after general equipment or aircraft is not the seller's one kind; money
# for civil ends, for another state or from a fund is no contribution.
UA_SHELLS = "Tsjekkia har levert 500 000 artillerigranater til Ukraina gjennom ammunisjonsinitiativet. "
UA_SHELLS_EN = "The Czech Republic has delivered 500,000 artillery shells to Ukraine under its ammunition initiative. "
UA_SHELLS_DE = "Tschechien hat der Ukraine 500.000 Artilleriegranaten im Rahmen der Munitionsinitiative geliefert. "
REVIEW = [
    (
        "en",
        case(
            "Greece ordered 20 F-35 jets from the United States, and Turkey condemned the purchase.", "US>GR:aircraft"
        ),
    ),
    ("nb", case("Hellas har bestilt 20 F-35-fly fra USA, og Tyrkia kritiserte kjøpet.", "US>GR:aircraft")),
    (
        "de",
        case(
            "Griechenland bestellte 20 F-35-Kampfjets in den USA, und die Türkei kritisierte den Kauf scharf.",
            "US>GR:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Norway has ordered 54 Leopard 2 tanks from Germany, and Sweden bought a stake in the company for $200"
            " million.",
            "DE>NO:tanks_armoured_vehicles",
        ),
    ),
    (
        "da",
        case(
            "Polen har købt 96 Apache-helikoptere fra USA, og Ungarn har købt aktier i virksomheden for 1 milliard"
            " kroner.",
            "US>PL:helicopters",
        ),
    ),
    ("da", case("Litauen overtog tre af dem, og Portugal købte fire F-16-fly fra USA i 2014.", "US>PT:aircraft")),
    (
        "en",
        case("Turkey, a Korean War ally of the United States, bought 40 F-16 jets from Washington.", "US>TR:aircraft"),
    ),
    ("en", case("Korean Air will maintain the F-35 jets the United States sold to Japan.", "US>JP:aircraft")),
    (
        "en",
        case(
            "The United States sold F-16 jets to Taiwan. Washington has also supplied military equipment to the"
            " Philippines, and the system arrived in March.",
            "US>TW:aircraft",
            "US>PH:military_equipment_general",
        ),
    ),
    (
        "en",
        case(
            UA_SHELLS_EN + "Sweden contributed 300 million kronor to the EU's fund for Moldova.",
            "CZ>UA:artillery_ammunition",
        ),
    ),
    (
        "nb",
        case(
            UA_SHELLS + "Norge har bidratt med 500 millioner kroner til FNs humanitære fond for Gaza.",
            "CZ>UA:artillery_ammunition",
        ),
    ),
    (
        "de",
        case(
            UA_SHELLS_DE + "Frankreich zahlte 300 Millionen Euro an Moldau aus dem EU-Fonds.",
            "CZ>UA:artillery_ammunition",
        ),
    ),
    (
        "en",
        case(
            UA_SHELLS_EN + "Canada contributed $50 million to the NATO trust fund for medical supplies and fuel.",
            "CZ>UA:artillery_ammunition",
        ),
    ),
    (
        "en",
        case(
            "Germany has delivered 18 Leopard tanks to Ukraine. Sweden paid 2 billion kronor for new Volvo car models"
            " for its police.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "sv",
        case(
            "Tyskland har levererat 18 Leopard-stridsvagnar till Ukraina. Sverige har betalat 2 miljarder kronor till"
            " Världsbankens fond för återuppbyggnad.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "da",
        case(
            "Tyskland har leveret 18 Leopard-kampvogne til Ukraine. Danmark har afsat 3 milliarder kroner til en pulje"
            " til genopbygning af energinettet.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
]

# The second review's sentences (a helper compared the code before and after the later rules on about 160 invented
# texts): a count "of" something else is no order's size, a weight or a box no count of the cargo's weapons, a trade or
# peace deal no purchase, a preference before a preposition or an infinitive no choice, a choice not to send no loser,
# "the north of the country", "regimet i Minsk" and a Danish "til gengæld" no exchange.
REVIEW_2 = [
    (
        "en",
        case(
            "South Korea delivered the first 6 K9 howitzers to Poland from one of 30 factories.",
            "KR>PL:artillery_systems",
            quantity=6,
        ),
    ),
    (
        "nb",
        case(
            "USA har levert de fire første F-35-flyene til Norge, ett av 12 land som bruker flyet.",
            "US>NO:aircraft",
            quantity=4,
        ),
    ),
    (
        "en",
        case(
            "The US Navy seized a shipment of weapons from Iran bound for the Houthis. Among the cargo were 3 tonnes"
            " of rifles and 500 kilograms of explosives.",
            "IR>houthis:mines_explosives",
            "IR>houthis:small_arms",
            "IR>houthis:military_equipment_general",
        ),
    ),
    (
        "en",
        case(
            "India has sold BrahMos missiles to the Philippines. Indonesia is negotiating a free trade deal worth 2"
            " billion dollars.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "nb",
        case(
            "Sør-Korea har solgt K9-haubitser til Norge. Polen forhandler om en gassavtale verdt 3 milliarder kroner.",
            "KR>NO:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Israel sold Barak missiles to Azerbaijan. Armenia called the deal a threat and is negotiating with its"
            " neighbours.",
            "IL>AZ:air_defence",
        ),
    ),
    (
        "en",
        case(
            "The United States sent Patriot batteries to Ukraine rather than to Israel, and Germany sent IRIS-T"
            " systems.",
            "US>UA:air_defence",
            "DE>UA:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Deutschland lieferte Leopard-Panzer an die Ukraine, statt zu warten, bis die USA Abrams-Panzer schicken.",
            "DE>UA:tanks_armoured_vehicles",
            "US>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "South Korea sold FA-50 jets to Poland, which also considered buying Italian M-346 jets, but chose the"
            " Korean jets for the price.",
            "KR>PL:aircraft",
        ),
    ),
    (
        "en",
        case(
            "The United States has sold Patriot batteries to South Korea. The US also delivered F-35 jets to South"
            " Korea. South Korea has sent K9 howitzers to the north of the country near the border.",
            "US>KR:air_defence",
            "US>KR:aircraft",
        ),
    ),
    (
        "da",
        case(
            "USA har leveret kampvogne til Ukraine. USA har også sendt Patriot-systemer til Ukraine. Til gengæld har"
            " Ukraine sendt droner til fronten.",
            "US>UA:tanks_armoured_vehicles",
            "US>UA:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Russia has delivered fighter jets to Syria. Russia also sent S-300 systems to Syria. Syria has provided"
            " missiles as well, the regime said.",
            "RU>SY:aircraft",
            "RU>SY:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "USA har levererat stridsvagnar till Polen. USA har också sålt Patriot till Polen. Polen har skickat"
            " stridsvagnar, och regimet i Minsk protesterar.",
            "US>PL:tanks_armoured_vehicles",
            "US>PL:air_defence",
        ),
    ),
]

ALL = (
    *FELLOW_CLAUSE,
    *FELLOW_SENTENCE,
    *BARE_KOREAN,
    *CONTRIBUTORS,
    *ORDER_TOTAL,
    *INVENTORY_COUNTS,
    *NEXT_BUYER,
    *LOSERS,
    *RETURNS,
    *REVIEW,
    *REVIEW_2,
)
