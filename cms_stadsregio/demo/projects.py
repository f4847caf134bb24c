"""Demo projects, drawn from the real, public work of the Stadsregio.

Where the real work started long before 2025, the project page describes the current working
period and the body says since when the work runs. Listed in creation order: a project only
lists earlier projects as related.
"""

import datetime
from decimal import Decimal

from cms_stadsregio.demo.content import ALL_MEMBERS
from cms_stadsregio.demo.streams import (
    PageRef,
    bullets,
    call_to_action,
    faq,
    heading,
    paragraph,
    quote,
    table,
)

D = datetime.date

PROJECTS = [
    {
        "slug": "wonen-in-de-stadsregio",
        "title": "Wonen in de stadsregio",
        "intro": "Het intergemeentelijk samenwerkingsproject rond lokaal woonbeleid, dat sinds "
        "2009 de woonplannen van de vier gemeenten op elkaar afstemt.",
        "status": "lopend",
        "start_date": D(2025, 1, 1),
        "end_date": None,
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "roles": ["regisseren-en-coordineren", "beleid-mee-uitvoeren", "ondersteunen"],
        "partners": ["Wonen in Vlaanderen"],
        "contacts": [
            "lotte.vennebos@stadsregio-turnhout.be",
            "annelies.klaverveld@stadsregio-turnhout.be",
        ],
        "budget": Decimal("240000.00"),
        "funding": "Vlaamse subsidie voor intergemeentelijke samenwerking rond lokaal woonbeleid, "
        "aangevuld met een bijdrage van elke gemeente.",
        "image": "huizen",
        "tags": ["woonbeleid", "intergemeentelijke samenwerking"],
        "body": [
            heading("Waarover gaat het?"),
            paragraph(
                "Sinds 1 juli 2009 werken Beerse, Oud-Turnhout, Turnhout en Vosselaar samen in "
                "het project ‘Wonen in de stadsregio’. Deze pagina beschrijft de huidige "
                "werkingsperiode.",
                "Het project ondersteunt de gemeenten in hun rol van regisseur van het lokale "
                "woonbeleid: van informatie voor inwoners tot afspraken over betaalbaar wonen "
                "en woningkwaliteit.",
            ),
            heading("Wat het project omvat"),
            bullets(
                "de Dienst Wonen, één loket voor woonvragen van inwoners;",
                "afspraken over sociaal en betaalbaar wonen, waaronder de sociale woonnorm;",
                "de aanpak van woningkwaliteit en leegstand;",
                "overleg met woonactoren in de regio.",
            ),
            call_to_action(
                "Meer over wonen",
                PageRef("/themas/wonen/"),
                "Naar het thema wonen",
            ),
        ],
    },
    {
        "slug": "dienst-wonen",
        "title": "Dienst Wonen: één loket voor woonvragen",
        "intro": "Inwoners van de vier gemeenten kunnen met al hun vragen over huren, kopen en "
        "verbouwen terecht bij dezelfde woondienst.",
        "status": "lopend",
        "start_date": D(2025, 1, 1),
        "end_date": None,
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "roles": ["beleid-mee-uitvoeren"],
        "partners": [],
        "contacts": [
            "lotte.vennebos@stadsregio-turnhout.be",
            "jonas.zandhoeve@stadsregio-turnhout.be",
        ],
        "budget": None,
        "funding": "",
        "image": "overleg",
        "tags": ["woondienst", "huren", "renovatie"],
        "related": ["wonen-in-de-stadsregio"],
        "body": [
            paragraph(
                "Op 1 januari 2018 gingen het Wooninfopunt en het loket huisvesting van Turnhout "
                "op in de stadsregionale woondienst. Vandaag heet die de Dienst Wonen. De "
                "woonconsulenten werken voor de vier gemeenten samen."
            ),
            heading("Waarvoor kunt u er terecht?"),
            bullets(
                "vragen over huren en verhuren, zoals de huurovereenkomst of de waarborg;",
                "informatie over premies en leningen om te renoveren;",
                "vragen over de kwaliteit van een woning;",
                "informatie over sociaal huren en kopen.",
            ),
            faq(
                "Praktisch",
                (
                    "Moet ik een afspraak maken?",
                    (
                        "Ja, liefst wel. Dan kan de woonconsulent uw vraag voorbereiden en hebt u "
                        "geen wachttijd."
                    ),
                ),
                (
                    "Is de Dienst Wonen gratis?",
                    "Ja. De dienst wordt betaald door de gemeenten en met Vlaamse subsidies.",
                ),
            ),
            call_to_action(
                "Maak een afspraak",
                PageRef("/contact/"),
                "Contactgegevens van de Dienst Wonen",
            ),
        ],
    },
    {
        "slug": "woonlabo",
        "title": "Woonlabo, de nieuwsbrief over wonen",
        "intro": "Twee keer per jaar brengt Woonlabo nieuws over wonen in de stadsregio voor "
        "inwoners, verhuurders en professionals.",
        "status": "lopend",
        "start_date": D(2025, 3, 1),
        "end_date": None,
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "roles": ["ondersteunen", "faciliteren"],
        "partners": [],
        "contacts": ["hanne.dennenhof@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "woonlabo",
        "tags": ["nieuwsbrief", "woonbeleid"],
        "related": ["wonen-in-de-stadsregio", "dienst-wonen"],
        "body": [
            paragraph(
                "Woonlabo verschijnt in het voorjaar en in het najaar. Elke editie bundelt nieuws "
                "van de Dienst Wonen, veranderingen in regelgeving die inwoners aanbelangen, en "
                "voorbeelden uit de vier gemeenten."
            ),
            heading("Inschrijven"),
            paragraph(
                "Woonlabo is gratis. U kunt zich inschrijven of uitschrijven via "
                "wonen@stadsregio-turnhout.be. We gebruiken uw e-mailadres alleen om de "
                "nieuwsbrief te versturen."
            ),
        ],
    },
    {
        "slug": "kwaliteitsvol-wonen",
        "title": "Kwaliteitsvol wonen",
        "intro": "Een gezamenlijke aanpak van woningkwaliteit: van advies aan eigenaars tot "
        "opvolging van woningen met ernstige gebreken.",
        "status": "lopend",
        "start_date": D(2025, 4, 1),
        "end_date": D(2026, 12, 31),
        "domains": ["wonen"],
        "members": ALL_MEMBERS,
        "roles": ["regisseren-en-coordineren", "ondersteunen"],
        "partners": ["Wonen in Vlaanderen"],
        "contacts": ["annelies.klaverveld@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "huizen",
        "tags": ["woningkwaliteit", "renovatie"],
        "related": ["wonen-in-de-stadsregio", "dienst-wonen"],
        "body": [
            paragraph(
                "Iedereen heeft recht op een veilige en gezonde woning. De vier gemeenten "
                "stemmen af hoe ze woningkwaliteit opvolgen, zodat eigenaars en huurders in de "
                "hele stadsregio op dezelfde manier geholpen worden."
            ),
            heading("Aanpak"),
            bullets(
                "eigenaars informeren over renovatie en de ondersteuning die daarvoor bestaat;",
                "huurders helpen die in een woning met gebreken wonen;",
                "dezelfde werkwijze en formulieren in de vier gemeenten.",
            ),
        ],
    },
    {
        "slug": "sociale-woonnorm",
        "title": "Een sociale woonnorm van 15%",
        "intro": "De vier gemeenten maakten afspraken over het aandeel sociale woningen in "
        "nieuwe woonprojecten.",
        "status": "afgerond",
        "start_date": D(2025, 2, 1),
        "end_date": D(2025, 12, 19),
        "domains": ["wonen", "ruimtelijke-planning"],
        "members": ALL_MEMBERS,
        "roles": ["faciliteren"],
        "partners": [],
        "contacts": ["annelies.klaverveld@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "stadsplan",
        "tags": ["sociaal wonen", "woonbeleid"],
        "related": ["wonen-in-de-stadsregio"],
        "body": [
            paragraph(
                "Betaalbaar wonen vraagt voldoende sociale woningen. De gemeenten hanteren "
                "daarvoor een norm van 15% sociale woningen. In dit project zorgde de Stadsregio "
                "ervoor dat de vier gemeenten de norm op dezelfde manier toepassen."
            ),
            table(
                "Wat de afspraken over de sociale woonnorm regelen",
                [
                    ["Onderwerp", "Afspraak"],
                    ["Norm", "15% sociale woningen"],
                    ["Toepassing", "dezelfde werkwijze in de vier gemeenten"],
                    ["Opvolging", "bespreking in de raad van bestuur"],
                ],
            ),
        ],
    },
    {
        "slug": "gewoon-gaan",
        "title": "Gewoon gaan! Het mobiliteitsplan van de stadsregio",
        "intro": "Het gezamenlijke mobiliteitsplan: tegen 2035 twee keer zoveel verplaatsingen "
        "met de fiets en het openbaar vervoer, en een kwart minder met de auto.",
        "status": "lopend",
        "start_date": D(2025, 1, 1),
        "end_date": None,
        "domains": ["mobiliteit"],
        "members": ALL_MEMBERS,
        "roles": ["regisseren-en-coordineren", "initieren"],
        "partners": ["De Lijn", "Vervoerregio Kempen", "Provincie Antwerpen"],
        "contacts": ["bram.leemkuil@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "Bijdragen van de vier gemeenten; voor afzonderlijke maatregelen worden "
        "provinciale en Vlaamse subsidies aangevraagd.",
        "image": "fietspad",
        "tags": ["mobiliteitsplan", "fiets", "openbaar vervoer"],
        "body": [
            paragraph(
                "Gewoon gaan! is het mobiliteitsplan dat de vier gemeenten samen opmaakten. Het "
                "legt vast waar de regio naartoe wil en welke maatregelen daarvoor nodig zijn."
            ),
            table(
                "Doelen van Gewoon gaan! voor 2035",
                [
                    ["Verplaatsingen", "Doel voor 2035"],
                    ["met de fiets en het openbaar vervoer", "verdubbelen"],
                    ["met de auto", "25% minder"],
                ],
            ),
            quote(
                "Verkeer houdt niet op aan de gemeentegrens. Daarom plannen we fietsroutes en "
                "busverbindingen samen.",
            ),
            call_to_action(
                "Meer over mobiliteit",
                PageRef("/themas/mobiliteit/"),
                "Naar het thema mobiliteit",
            ),
        ],
    },
    {
        "slug": "fietsbevraging",
        "title": "Bevraging over fietsen in de stadsregio",
        "intro": "Inwoners gaven aan waar ze onveilig fietsen en welke verbindingen ontbreken.",
        "status": "afgerond",
        "start_date": D(2025, 3, 15),
        "end_date": D(2025, 6, 30),
        "domains": ["mobiliteit"],
        "members": ALL_MEMBERS,
        "roles": ["faciliteren"],
        "partners": [],
        "contacts": ["bram.leemkuil@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "fietspad",
        "tags": ["fiets", "participatie"],
        "related": ["gewoon-gaan"],
        "body": [
            paragraph(
                "Om de maatregelen uit Gewoon gaan! goed te kiezen, vroegen we inwoners waar ze "
                "fietsen, waar ze zich onveilig voelen en welke verbindingen ze missen.",
                "De antwoorden zijn verwerkt in een overzicht van knelpunten per gemeente. Dat "
                "overzicht is de basis voor het project rond bovenlokale fietsroutes.",
            ),
        ],
    },
    {
        "slug": "deelfietsen-proef",
        "title": "Proef met deelfietsen aan bushaltes",
        "intro": "Een proef met deelfietsen aan enkele bushaltes in Turnhout en Oud-Turnhout. "
        "De proef werd stopgezet.",
        "status": "stopgezet",
        "start_date": D(2025, 3, 1),
        "end_date": D(2025, 10, 31),
        "domains": ["mobiliteit"],
        "members": ["turnhout", "oud-turnhout"],
        "roles": ["initieren"],
        "partners": ["De Lijn"],
        "contacts": ["bram.leemkuil@stadsregio-turnhout.be"],
        "budget": Decimal("35000.00"),
        "funding": "Bijdragen van Turnhout en Oud-Turnhout.",
        "image": "bus",
        "tags": ["deelmobiliteit", "fiets", "openbaar vervoer"],
        "related": ["gewoon-gaan"],
        "body": [
            paragraph(
                "Met deze proef wilden we nagaan of deelfietsen aan bushaltes de combinatie van "
                "bus en fiets aantrekkelijker maken."
            ),
            heading("Waarom stopgezet?"),
            paragraph(
                "De fietsen werden minder gebruikt dan verwacht. De gemeenten besloten de proef "
                "stop te zetten en de ervaring mee te nemen in het overleg over deelmobiliteit in "
                "de Vervoerregio Kempen."
            ),
        ],
    },
    {
        "slug": "regie-sociale-economie",
        "title": "Regie sociale economie",
        "intro": "De Stadsregio neemt voor de vier gemeenten de regierol in de lokale sociale "
        "economie op, samen met Noorderkempen Werkt.",
        "status": "lopend",
        "start_date": D(2025, 1, 1),
        "end_date": None,
        "domains": ["sociale-economie"],
        "members": ALL_MEMBERS,
        "roles": ["regisseren-en-coordineren", "faciliteren"],
        "partners": ["Noorderkempen Werkt", "VDAB"],
        "contacts": ["ilse.brembos@stadsregio-turnhout.be"],
        "budget": Decimal("90000.00"),
        "funding": "Vlaamse middelen voor de lokale regie sociale economie en bijdragen van de "
        "gemeenten.",
        "image": "overleg",
        "tags": ["sociale economie", "werk"],
        "body": [
            paragraph(
                "Gemeenten zijn regisseur van de sociale economie op hun grondgebied. De vier "
                "gemeenten vroegen de Stadsregio om die regierol samen op te nemen."
            ),
            heading("Wat doet de regisseur?"),
            bullets(
                "organisaties uit de sociale economie, werkgevers en diensten samenbrengen;",
                "nieuwe kansen op werk zoeken voor wie moeilijk een job vindt;",
                "de gemeenten informeren over de mogelijkheden van sociale economie, "
                "bijvoorbeeld bij overheidsopdrachten.",
            ),
            call_to_action(
                "Meer over sociale economie",
                PageRef("/themas/sociale-economie/"),
                "Naar het thema sociale economie",
            ),
        ],
    },
    {
        "slug": "studiebezoeken-sociale-economie",
        "title": "Studiebezoeken sociale economie",
        "intro": "Lokale bestuurders en ambtenaren bezochten organisaties uit de sociale "
        "economie om ze van dichtbij te leren kennen.",
        "status": "afgerond",
        "start_date": D(2025, 4, 1),
        "end_date": D(2025, 11, 30),
        "domains": ["sociale-economie"],
        "members": ALL_MEMBERS,
        "roles": ["faciliteren", "ondersteunen"],
        "partners": ["Noorderkempen Werkt"],
        "contacts": ["ilse.brembos@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "groep",
        "tags": ["sociale economie", "studiebezoek"],
        "related": ["regie-sociale-economie"],
        "body": [
            paragraph(
                "Wie de sociale economie wil versterken, moet weten wat er gebeurt op de "
                "werkvloer. Daarom organiseerde de Stadsregio studiebezoeken voor bestuurders en "
                "ambtenaren van de vier gemeenten."
            ),
            faq(
                "Over de studiebezoeken",
                (
                    "Wie kon deelnemen?",
                    (
                        "Leden van de colleges en de raden, en ambtenaren die met werk of "
                        "overheidsopdrachten bezig zijn."
                    ),
                ),
                (
                    "Wat gebeurt er met wat we leerden?",
                    "De vaststellingen gaan mee in de planning van de regie sociale economie.",
                ),
            ),
        ],
    },
    {
        "slug": "sociaal-circulaire-hub-kempen",
        "title": "Sociaal-Circulaire Hub Kempen+",
        "intro": "Partners verbinden sociale tewerkstelling met hergebruik en herstel van "
        "materialen.",
        "status": "lopend",
        "start_date": D(2025, 9, 1),
        "end_date": D(2026, 12, 31),
        "domains": ["sociale-economie"],
        "members": ALL_MEMBERS,
        "roles": ["initieren", "regisseren-en-coordineren"],
        "partners": ["Sociaal-Circulaire Hub Kempen+", "Noorderkempen Werkt", "IOK"],
        "contacts": ["ilse.brembos@stadsregio-turnhout.be"],
        "budget": Decimal("180000.00"),
        "funding": "Projectsubsidie, aangevuld met bijdragen van de partners.",
        "image": "kringloop",
        "tags": ["circulaire economie", "sociale economie", "werk"],
        "related": ["regie-sociale-economie"],
        "body": [
            paragraph(
                "In de hub werken organisaties samen die materialen inzamelen, herstellen en "
                "opnieuw in gebruik nemen, en die daarbij mensen werk en opleiding bieden."
            ),
            heading("Rol van de Stadsregio"),
            paragraph(
                "De Stadsregio bracht de partners samen en volgt de samenwerking op namens de "
                "vier gemeenten."
            ),
        ],
    },
    {
        "slug": "langetermijnvisie-2030",
        "title": "Langetermijnvisie 2030",
        "intro": "Tien hefbomen voor de toekomst van de stadsregio, en de opvolging ervan.",
        "status": "lopend",
        "start_date": D(2025, 1, 15),
        "end_date": None,
        "domains": ["ruimtelijke-planning", "wonen", "mobiliteit", "sociale-economie"],
        "members": ALL_MEMBERS,
        "roles": ["regisseren-en-coordineren", "faciliteren"],
        "partners": [],
        "contacts": [
            "nele.heiblom@stadsregio-turnhout.be",
            "pieter.heidegrens@stadsregio-turnhout.be",
        ],
        "budget": None,
        "funding": "",
        "image": "stadsplan",
        "tags": ["visie", "ruimtelijke planning"],
        "related": ["wonen-in-de-stadsregio", "gewoon-gaan"],
        "body": [
            paragraph(
                "In de Langetermijnvisie 2030 legden de vier gemeenten samen tien hefbomen vast: "
                "de domeinen waar samenwerking het meeste verschil kan maken.",
                "De Stadsregio volgt op hoe de gemeenten met de hefbomen aan de slag gaan en "
                "brengt dat regelmatig in de raad van bestuur.",
            ),
            quote(
                "Het gaat daarbij steeds om maatwerk, waarbij in functie van het doel gezocht "
                "wordt naar de optimale schaal.",
                "Uit de strategie van de Stadsregio Turnhout",
            ),
        ],
    },
    {
        "slug": "erfgoed-noorderkempen",
        "title": "Samenwerking met Erfgoed Noorderkempen",
        "intro": "Onroerend erfgoed in de stadsregio beschermen en een toekomst geven, samen "
        "met de intergemeentelijke erfgoeddienst.",
        "status": "lopend",
        "start_date": D(2025, 6, 1),
        "end_date": None,
        "domains": ["ruimtelijke-planning"],
        "members": ALL_MEMBERS,
        "roles": ["belangen-behartigen", "ondersteunen"],
        "partners": ["Erfgoed Noorderkempen"],
        "contacts": ["pieter.heidegrens@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "erfgoed",
        "tags": ["erfgoed", "ruimtelijke planning"],
        "body": [
            paragraph(
                "Erfgoed Noorderkempen helpt gemeenten met advies over beschermd en waardevol "
                "erfgoed. De Stadsregio zorgt ervoor dat die kennis meegaat in de ruimtelijke "
                "plannen van de vier gemeenten."
            ),
            call_to_action(
                "Meer over ruimtelijke planning",
                PageRef("/themas/ruimtelijke-planning/"),
                "Naar het thema ruimtelijke planning",
            ),
        ],
    },
    {
        "slug": "iedereen-digitaal-mee",
        "title": "Iedereen digitaal mee!",
        "intro": "Hulp dicht bij huis voor inwoners die moeite hebben met digitale toepassingen.",
        "status": "lopend",
        "start_date": D(2025, 10, 1),
        "end_date": D(2026, 12, 31),
        "domains": [],
        "members": ALL_MEMBERS,
        "roles": ["initieren", "beleid-mee-uitvoeren"],
        "partners": ["Mediawijs"],
        "contacts": ["wout.turfveld@stadsregio-turnhout.be"],
        "budget": Decimal("60000.00"),
        "funding": "Subsidie voor digitale inclusie en bijdragen van de gemeenten.",
        "image": "digitaal",
        "tags": ["digitale inclusie"],
        "body": [
            paragraph(
                "Steeds meer diensten zijn digitaal. Wie daar moeite mee heeft, dreigt uit de "
                "boot te vallen. ‘Iedereen digitaal mee!’ brengt hulp naar de inwoners: in de "
                "bibliotheek, het sociaal huis of het dienstencentrum.",
                "Dit project valt buiten de vier vaste beleidsdomeinen: de missie laat toe dat "
                "andere thema’s erbij komen als ze bijdragen aan de samenwerking.",
            ),
            faq(
                "Vragen",
                (
                    "Waarmee kan ik geholpen worden?",
                    (
                        "Met vragen over uw smartphone, e-mail, digitale formulieren of veilig "
                        "online bankieren."
                    ),
                ),
                (
                    "Wat kost het?",
                    "De hulp is gratis.",
                ),
            ),
        ],
    },
    {
        "slug": "bovenlokale-fietsroutes",
        "title": "Bovenlokale fietsroutes: knelpunten aanpakken",
        "intro": "De knelpunten uit de fietsbevraging aanpakken op de fietsroutes die Beerse, "
        "Turnhout en Vosselaar verbinden.",
        "status": "gepland",
        "start_date": D(2026, 12, 1),
        "end_date": None,
        "domains": ["mobiliteit"],
        "members": ["beerse", "turnhout", "vosselaar"],
        "roles": ["initieren", "belangen-behartigen"],
        "partners": ["Provincie Antwerpen"],
        "contacts": ["bram.leemkuil@stadsregio-turnhout.be"],
        "budget": Decimal("150000.00"),
        "funding": "Er wordt nagegaan welke provinciale en Vlaamse subsidies voor "
        "fietsinfrastructuur mogelijk zijn.",
        "image": "fietspad",
        "tags": ["fiets", "mobiliteitsplan"],
        "related": ["gewoon-gaan", "fietsbevraging"],
        "body": [
            paragraph(
                "Uit de fietsbevraging kwamen knelpunten op routes die over de gemeentegrenzen "
                "lopen. Die pakken de gemeenten beter samen aan."
            ),
            heading("Volgende stappen"),
            bullets(
                "de knelpunten rangschikken volgens veiligheid en gebruik;",
                "per knelpunt een oplossing uitwerken met de wegbeheerder;",
                "subsidies aanvragen en de werken plannen.",
            ),
        ],
    },
    {
        "slug": "open-ruimte",
        "title": "Open ruimte en groenblauwe verbindingen",
        "intro": "Samen bekijken hoe de gemeenten hun open ruimte, natuur en waterlopen met "
        "elkaar verbinden.",
        "status": "gepland",
        "start_date": D(2026, 12, 15),
        "end_date": None,
        "domains": ["ruimtelijke-planning"],
        "members": ALL_MEMBERS,
        "roles": ["initieren", "faciliteren"],
        "partners": ["IOK", "Provincie Antwerpen"],
        "contacts": ["pieter.heidegrens@stadsregio-turnhout.be"],
        "budget": None,
        "funding": "",
        "image": "landschap",
        "tags": ["open ruimte", "ruimtelijke planning"],
        "related": ["langetermijnvisie-2030"],
        "body": [
            paragraph(
                "Open ruimte is schaars. Natuur en waterlopen stoppen niet aan de gemeentegrens. "
                "In dit project brengen de gemeenten in kaart waar groene en blauwe verbindingen "
                "kansen bieden."
            ),
        ],
    },
]
