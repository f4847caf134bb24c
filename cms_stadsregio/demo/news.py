"""Demo news, 2025–2026. Sober, and careful not to present invented figures as facts."""

import datetime

from cms_stadsregio.demo.content import ALL_MEMBERS
from cms_stadsregio.demo.streams import PageRef, bullets, call_to_action, heading, paragraph, quote

D = datetime.date

NEWS = [
    {
        "slug": "nieuwe-werkingsperiode-wonen-in-de-stadsregio",
        "title": "Nieuwe werkingsperiode voor Wonen in de stadsregio",
        "date": D(2025, 1, 20),
        "intro": "De vier gemeenten zetten hun samenwerking rond lokaal woonbeleid voort.",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["wonen-in-de-stadsregio"],
        "tags": ["woonbeleid", "intergemeentelijke samenwerking"],
        "image": "huizen",
        "body": [
            paragraph(
                "Beerse, Oud-Turnhout, Turnhout en Vosselaar werken sinds 2009 samen in het "
                "project Wonen in de stadsregio. Met de start van een nieuwe werkingsperiode "
                "bevestigen de gemeenten die samenwerking.",
                "De Dienst Wonen blijft het aanspreekpunt voor inwoners. Daarnaast blijven "
                "woningkwaliteit en betaalbaar wonen de belangrijkste werven.",
            ),
        ],
    },
    {
        "slug": "dienst-wonen-zitdagen-in-elke-gemeente",
        "title": "Dienst Wonen houdt zitdagen in elke gemeente",
        "date": D(2025, 2, 17),
        "intro": "Voor een woonvraag hoeft u niet naar Turnhout: de woonconsulenten komen naar "
        "uw gemeente.",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["dienst-wonen"],
        "tags": ["woondienst"],
        "image": "overleg",
        "body": [
            paragraph(
                "De Dienst Wonen werkt voor de vier gemeenten. De woonconsulenten houden zitdagen "
                "in Beerse, Oud-Turnhout, Turnhout en Vosselaar.",
                "Maak vooraf een afspraak, dan kan de woonconsulent uw vraag voorbereiden.",
            ),
            call_to_action(
                "Een afspraak maken",
                PageRef("/contact/"),
                "Contactgegevens van de Dienst Wonen",
            ),
        ],
    },
    {
        "slug": "woonlabo-voorjaar-2025",
        "title": "Woonlabo voorjaar 2025: renoveren",
        "date": D(2025, 3, 10),
        "intro": "De voorjaarseditie van Woonlabo staat in het teken van renoveren.",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["woonlabo"],
        "tags": ["nieuwsbrief", "renovatie"],
        "image": "woonlabo",
        "body": [
            paragraph(
                "Wie wil renoveren, krijgt met veel vragen te maken: welke werken eerst, welke "
                "premies, welke vergunningen? Woonlabo zet de belangrijkste stappen op een rij "
                "en legt uit waarvoor u bij de Dienst Wonen terechtkunt."
            ),
        ],
    },
    {
        "slug": "gewoon-gaan-doelen-2035",
        "title": "Gewoon gaan!: zo willen we ons in 2035 verplaatsen",
        "date": D(2025, 3, 27),
        "intro": "Het mobiliteitsplan van de vier gemeenten kiest voor fiets en openbaar vervoer.",
        "domains": ["mobiliteit"],
        "members": ALL_MEMBERS,
        "related": ["gewoon-gaan"],
        "tags": ["mobiliteitsplan", "fiets", "openbaar vervoer"],
        "image": "fietspad",
        "body": [
            paragraph(
                "Met Gewoon gaan! leggen de gemeenten samen vast hoe de regio zich in de toekomst "
                "verplaatst."
            ),
            quote(
                "Tegen 2035 het aantal verplaatsingen met de fiets en het openbaar vervoer "
                "verdubbelen, en een kwart minder verplaatsingen met de auto.",
                "Doelstelling van het mobiliteitsplan Gewoon gaan!",
            ),
            paragraph(
                "Om dat te halen, zijn veilige fietsroutes tussen de gemeenten en goede "
                "aansluitingen op het openbaar vervoer nodig."
            ),
        ],
    },
    {
        "slug": "fietsbevraging-van-start",
        "title": "Waar fietst u onveilig? Geef het door",
        "date": D(2025, 3, 17),
        "intro": "Inwoners kunnen tot eind juni knelpunten op hun fietsroutes melden.",
        "domains": ["mobiliteit"],
        "members": ALL_MEMBERS,
        "related": ["fietsbevraging", "gewoon-gaan"],
        "tags": ["fiets", "participatie"],
        "image": "fietspad",
        "body": [
            paragraph(
                "Voor het mobiliteitsplan Gewoon gaan! willen we weten waar inwoners fietsen en "
                "waar ze zich onveilig voelen. De bevraging loopt tot 30 juni."
            ),
            bullets(
                "welke routes u vaak fietst;",
                "waar u zich onveilig voelt, en waarom;",
                "welke verbinding u mist.",
                intro="We vragen onder meer:",
            ),
        ],
    },
    {
        "slug": "deelfietsen-aan-bushaltes",
        "title": "Proef met deelfietsen aan bushaltes",
        "date": D(2025, 3, 3),
        "intro": "In Turnhout en Oud-Turnhout staan aan enkele bushaltes deelfietsen klaar.",
        "domains": ["mobiliteit"],
        "members": ["turnhout", "oud-turnhout"],
        "related": ["deelfietsen-proef"],
        "tags": ["deelmobiliteit", "openbaar vervoer"],
        "image": "bus",
        "body": [
            paragraph(
                "Wie met de bus komt, kan het laatste stuk met een deelfiets afleggen. De proef "
                "loopt tot eind oktober. Daarna beslissen de gemeenten of ze verdergaan."
            ),
        ],
    },
    {
        "slug": "studiebezoek-sociale-economie",
        "title": "Bestuurders op studiebezoek in de sociale economie",
        "date": D(2025, 5, 15),
        "intro": "Een eerste groep bestuurders en ambtenaren bezocht organisaties uit de sociale "
        "economie in de regio.",
        "domains": ["sociale-economie"],
        "members": ALL_MEMBERS,
        "related": ["studiebezoeken-sociale-economie"],
        "tags": ["studiebezoek", "sociale economie"],
        "image": "groep",
        "body": [
            paragraph(
                "De deelnemers zagen hoe mensen er werken en opleiding krijgen, en spraken met "
                "begeleiders en werknemers. Later dit jaar volgen nog studiebezoeken."
            ),
        ],
    },
    {
        "slug": "jaarverslag-2024-goedgekeurd",
        "title": "Raad van bestuur keurt jaarverslag goed",
        "date": D(2025, 6, 5),
        "intro": "Het jaarverslag over 2024 geeft een overzicht van wat de Stadsregio deed.",
        "domains": [],
        "members": [],
        "related": [],
        "tags": ["bestuur", "jaarverslag"],
        "image": "overleg",
        "body": [
            paragraph(
                "De raad van bestuur keurde het jaarverslag over 2024 goed. Het beschrijft per "
                "domein de projecten, wat ze opleverden en wat nog loopt.",
                "Het jaarverslag wordt, samen met de andere bestuursdocumenten, gepubliceerd "
                "op deze website.",
            ),
        ],
    },
    {
        "slug": "fietsbevraging-afgerond",
        "title": "Fietsbevraging afgerond: knelpunten in kaart",
        "date": D(2025, 7, 10),
        "intro": "De meldingen van inwoners zijn verwerkt in een overzicht van knelpunten per "
        "gemeente.",
        "domains": ["mobiliteit"],
        "members": ALL_MEMBERS,
        "related": ["fietsbevraging", "bovenlokale-fietsroutes"],
        "tags": ["fiets", "participatie"],
        "image": "stadsplan",
        "body": [
            paragraph(
                "Bedankt aan iedereen die meedeed. De meldingen gaan over oversteekplaatsen, "
                "smalle fietspaden en ontbrekende verbindingen tussen de gemeenten.",
                "De gemeenten gebruiken het overzicht om te kiezen welke knelpunten ze eerst "
                "samen aanpakken.",
            ),
        ],
    },
    {
        "slug": "sociaal-circulaire-hub-kempen-van-start",
        "title": "Sociaal-Circulaire Hub Kempen+ gaat van start",
        "date": D(2025, 9, 8),
        "intro": "Partners in de Kempen verbinden hergebruik van materialen met werk voor wie "
        "moeilijk een job vindt.",
        "domains": ["sociale-economie"],
        "members": ALL_MEMBERS,
        "related": ["sociaal-circulaire-hub-kempen", "regie-sociale-economie"],
        "tags": ["circulaire economie", "werk"],
        "image": "kringloop",
        "body": [
            paragraph(
                "In de hub werken organisaties samen die materialen inzamelen, herstellen en "
                "opnieuw verkopen. Zo ontstaan werkplekken en opleidingskansen.",
                "De Stadsregio volgt de samenwerking op namens Beerse, Oud-Turnhout, Turnhout "
                "en Vosselaar.",
            ),
        ],
    },
    {
        "slug": "woonlabo-najaar-2025",
        "title": "Woonlabo najaar 2025: huren en verhuren",
        "date": D(2025, 9, 29),
        "intro": "De najaarseditie van Woonlabo zet de rechten en plichten van huurders en "
        "verhuurders op een rij.",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["woonlabo", "dienst-wonen"],
        "tags": ["nieuwsbrief", "huren"],
        "image": "woonlabo",
        "body": [
            paragraph(
                "Wat mag een verhuurder vragen als waarborg? Wie betaalt welke herstellingen? "
                "Woonlabo geeft antwoord op vragen die de Dienst Wonen vaak krijgt."
            ),
        ],
    },
    {
        "slug": "iedereen-digitaal-mee-van-start",
        "title": "Iedereen digitaal mee!: hulp dicht bij huis",
        "date": D(2025, 10, 16),
        "intro": "In de vier gemeenten kunt u terecht met vragen over uw smartphone, e-mail of "
        "digitale formulieren.",
        "domains": [],
        "members": ALL_MEMBERS,
        "related": ["iedereen-digitaal-mee"],
        "tags": ["digitale inclusie"],
        "image": "digitaal",
        "body": [
            paragraph(
                "Steeds meer diensten zijn digitaal. Met ‘Iedereen digitaal mee!’ helpen "
                "medewerkers en vrijwilligers inwoners op weg, in de bibliotheek of het sociaal "
                "huis van hun gemeente. De hulp is gratis."
            ),
        ],
    },
    {
        "slug": "proef-deelfietsen-stopt",
        "title": "Proef met deelfietsen stopt",
        "date": D(2025, 11, 4),
        "intro": "Turnhout en Oud-Turnhout zetten de proef met deelfietsen aan bushaltes niet "
        "voort.",
        "domains": ["mobiliteit"],
        "members": ["turnhout", "oud-turnhout"],
        "related": ["deelfietsen-proef", "gewoon-gaan"],
        "tags": ["deelmobiliteit"],
        "image": "bus",
        "body": [
            paragraph(
                "De deelfietsen werden minder gebruikt dan verwacht. De gemeenten nemen de "
                "ervaring mee naar het overleg over deelmobiliteit in de Vervoerregio Kempen."
            ),
        ],
    },
    {
        "slug": "erfgoed-noorderkempen-en-stadsregio",
        "title": "Erfgoed Noorderkempen en Stadsregio bundelen kennis",
        "date": D(2025, 11, 20),
        "intro": "Erfgoed krijgt een vaste plaats in het ruimtelijk overleg tussen de gemeenten.",
        "domains": ["ruimtelijke-planning"],
        "members": ALL_MEMBERS,
        "related": ["erfgoed-noorderkempen"],
        "tags": ["erfgoed"],
        "image": "erfgoed",
        "body": [
            paragraph(
                "Erfgoed Noorderkempen schuift voortaan aan bij het overleg over ruimtelijke "
                "plannen. Zo komt advies over erfgoed vroeg in het proces, en niet pas wanneer "
                "een plan bijna klaar is."
            ),
        ],
    },
    {
        "slug": "afspraken-sociale-woonnorm",
        "title": "Vier gemeenten passen sociale woonnorm op dezelfde manier toe",
        "date": D(2025, 12, 19),
        "intro": "De afspraken over de norm van 15% sociale woningen zijn rond.",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["sociale-woonnorm"],
        "tags": ["sociaal wonen"],
        "image": "huizen",
        "body": [
            paragraph(
                "Projectontwikkelaars en inwoners weten zo waar ze aan toe zijn, in welke van de "
                "vier gemeenten ze ook bouwen."
            ),
        ],
    },
    {
        "slug": "nieuwe-website",
        "title": "Nieuwe website, zonder trackingcookies",
        "date": D(2026, 1, 19),
        "intro": "De Stadsregio heeft een nieuwe website: toegankelijk, zonder trackingcookies en "
        "met alle projecten per gemeente.",
        "domains": [],
        "members": [],
        "related": [],
        "tags": ["website", "toegankelijkheid"],
        "image": "digitaal",
        "body": [
            paragraph(
                "Op de nieuwe website vindt u per gemeente welke projecten lopen en welk nieuws "
                "haar aangaat. De site volgt u niet: er zijn geen trackingcookies en er wordt "
                "niets geladen van andere websites."
            ),
            call_to_action(
                "Hoe toegankelijk is de website?",
                PageRef("/toegankelijkheid/"),
                "Lees de toegankelijkheidsverklaring",
            ),
        ],
    },
    {
        "slug": "dienst-wonen-huurcontracten",
        "title": "Vragen over uw huurcontract? De Dienst Wonen helpt",
        "date": D(2026, 2, 9),
        "intro": "Huurders en verhuurders kunnen hun huurcontract laten nakijken bij de Dienst "
        "Wonen.",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["dienst-wonen"],
        "tags": ["huren", "woondienst"],
        "image": "overleg",
        "body": [
            paragraph(
                "Een huurcontract bevat afspraken die lang meegaan. De woonconsulenten leggen uit "
                "wat erin moet staan en wat u best vooraf regelt."
            ),
        ],
    },
    {
        "slug": "woonlabo-voorjaar-2026",
        "title": "Woonlabo voorjaar 2026: wonen en energie",
        "date": D(2026, 3, 16),
        "intro": "Hoe maakt u uw woning zuiniger, en welke ondersteuning is er?",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["woonlabo", "kwaliteitsvol-wonen"],
        "tags": ["nieuwsbrief", "renovatie"],
        "image": "woonlabo",
        "body": [
            paragraph(
                "Isoleren, ramen vervangen, een warmtepomp: de voorjaarseditie van Woonlabo "
                "helpt kiezen en verwijst naar de juiste loketten."
            ),
        ],
    },
    {
        "slug": "werkgroep-fietsknelpunten",
        "title": "Werkgroep buigt zich over fietsknelpunten",
        "date": D(2026, 4, 20),
        "intro": "Ambtenaren van Beerse, Turnhout en Vosselaar bereiden de aanpak van de "
        "bovenlokale fietsroutes voor.",
        "domains": ["mobiliteit"],
        "members": ["beerse", "turnhout", "vosselaar"],
        "related": ["bovenlokale-fietsroutes", "fietsbevraging"],
        "tags": ["fiets"],
        "image": "fietspad",
        "body": [
            paragraph(
                "De werkgroep rangschikt de knelpunten uit de fietsbevraging en bekijkt met de "
                "provincie Antwerpen welke ondersteuning mogelijk is."
            ),
        ],
    },
    {
        "slug": "regioraad-sociale-economie",
        "title": "RegioRaad bespreekt sociale economie",
        "date": D(2026, 5, 18),
        "intro": "De commissie persoonsgebonden zaken van de RegioRaad boog zich over de regie "
        "sociale economie.",
        "domains": ["sociale-economie"],
        "members": [],
        "related": ["regie-sociale-economie"],
        "tags": ["bestuur", "sociale economie"],
        "image": "overleg",
        "body": [
            paragraph(
                "Gemeenteraadsleden uit de vier gemeenten kregen een toelichting bij de "
                "regierol en de studiebezoeken, en gaven advies over de prioriteiten."
            ),
        ],
    },
    {
        "slug": "tweede-reeks-studiebezoeken",
        "title": "Tweede reeks studiebezoeken in voorbereiding",
        "date": D(2026, 6, 22),
        "intro": "Na de eerste studiebezoeken volgt een nieuwe reeks, nu ook voor "
        "gemeenteraadsleden.",
        "domains": ["sociale-economie"],
        "members": ALL_MEMBERS,
        "related": ["studiebezoeken-sociale-economie"],
        "tags": ["studiebezoek"],
        "image": "groep",
        "body": [
            paragraph(
                "De deelnemers aan de eerste reeks vonden het nuttig om de werkvloer te zien. "
                "Daarom komt er een tweede reeks, die ook openstaat voor gemeenteraadsleden."
            ),
        ],
    },
    {
        "slug": "toegankelijkheidsverklaring-bijgewerkt",
        "title": "Toegankelijkheidsverklaring bijgewerkt",
        "date": D(2026, 9, 14),
        "intro": "We controleerden de website opnieuw en pasten de toegankelijkheidsverklaring "
        "aan.",
        "domains": [],
        "members": [],
        "related": [],
        "tags": ["toegankelijkheid", "website"],
        "image": None,
        "body": [
            paragraph(
                "De verklaring vermeldt welke delen van de website nog niet volledig "
                "toegankelijk zijn en hoe u die informatie toch kunt krijgen."
            ),
            call_to_action(
                "Toegankelijkheidsverklaring",
                PageRef("/toegankelijkheid/"),
                "Lees de volledige verklaring",
            ),
        ],
    },
    {
        "slug": "woonlabo-najaar-2026",
        "title": "Woonlabo najaar 2026: sociaal wonen",
        "date": D(2026, 10, 5),
        "intro": "Hoe werkt sociaal huren, en wat betekent de sociale woonnorm voor uw gemeente?",
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "related": ["woonlabo", "sociale-woonnorm"],
        "tags": ["nieuwsbrief", "sociaal wonen"],
        "image": "woonlabo",
        "body": [
            heading("In deze editie"),
            bullets(
                "hoe u zich inschrijft voor een sociale huurwoning;",
                "wat de norm van 15% sociale woningen betekent voor nieuwe projecten;",
                "vragen en antwoorden van de Dienst Wonen.",
            ),
        ],
    },
    {
        "slug": "open-ruimte-voorbereiding",
        "title": "Voorbereiding project open ruimte",
        "date": D(2026, 11, 9),
        "intro": "De gemeenten bereiden een gezamenlijk project voor rond open ruimte en "
        "groenblauwe verbindingen.",
        "domains": ["ruimtelijke-planning"],
        "members": ALL_MEMBERS,
        "related": ["open-ruimte", "langetermijnvisie-2030"],
        "tags": ["open ruimte"],
        "image": "landschap",
        "body": [
            paragraph(
                "Het project start in december. Eerst brengen de gemeenten samen met IOK en de "
                "provincie Antwerpen in kaart waar verbindingen tussen natuurgebieden en "
                "waterlopen mogelijk zijn."
            ),
        ],
    },
]
