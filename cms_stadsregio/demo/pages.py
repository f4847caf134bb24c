"""The fixed pages of the demo site: home, Over ons (with the mission text), index pages, domains.

The mission, vision, strategy and values are the organisation's own words, copied here from its
mission statement.
"""

from cms_stadsregio.demo.legal import CONTACT_BODY, PRIVACY_BODY
from cms_stadsregio.demo.streams import (
    PageRef,
    bullets,
    call_to_action,
    faq,
    heading,
    image,
    paragraph,
    quote,
    table,
)

HOME = {
    "title": "Stadsregio Turnhout",
    "intro": "Beerse, Oud-Turnhout, Turnhout en Vosselaar werken samen aan wonen, mobiliteit, "
    "sociale economie en ruimtelijke planning.",
    "hero_image": "kaart",
    "body": [
        heading("Samen beleid voeren"),
        paragraph(
            "De Projectvereniging Stadsregio Turnhout is het samenwerkingsverband van de "
            "gemeenten en OCMW’s van Beerse, Oud-Turnhout, Turnhout en Vosselaar. We helpen de "
            "vier lokale besturen hun gezamenlijke doelen te realiseren en hun bestuurskracht "
            "te versterken.",
            "Samenwerking is voor ons geen doel, maar een middel: waar de gemeenten samen meer "
            "bereiken dan elk apart, bundelen we mensen, kennis en middelen.",
        ),
        call_to_action(
            "Missie en visie",
            PageRef("/over-ons/missie-en-visie/"),
            "Lees onze missie, visie en waarden",
            text="Waarom de vier gemeenten samenwerken en welke waarden ze daarbij delen.",
        ),
    ],
}

MISSION_BODY = [
    heading("Missie"),
    paragraph(
        "De Projectvereniging Stadsregio Turnhout heeft als kernopdrachten een fundamentele "
        "bijdrage te leveren aan de missie en doelstellingen van de deelnemende lokale besturen "
        "en het verhogen van hun bestuurskracht.",
        "De projectvereniging wil daarvoor gezamenlijke beleidsdoelstellingen prioritair helpen "
        "realiseren op de domeinen wonen, mobiliteit, sociale(re) economie en ruimtelijke "
        "planning vanuit één geïntegreerd verhaal. Andere domeinen/thema’s kunnen eveneens "
        "opgenomen worden indien ze bijdragen aan de missie van de vereniging.",
        "Daarnaast wil ze de bestuurskracht helpen verhogen door mee te zoeken naar de juiste "
        "samenwerkingsformules in functie van een kwaliteitsvolle, efficiënte en effectieve "
        "dienstverlening (shared services, delen van personeel, belangen behartigen…).",
    ),
    heading("Visie"),
    paragraph(
        "Stadsregio Turnhout is een samenwerkingsverband van de gemeenten en OCMW’s van Beerse, "
        "Oud-Turnhout, Turnhout en Vosselaar. Op basis van het decreet van 2001 op de "
        "intergemeentelijke samenwerking neemt ze de juridische vorm aan van een "
        "projectvereniging.",
        "Om haar missie te realiseren, neemt de projectvereniging verschillende rollen op: ze "
        "faciliteert om tot gemeenschappelijke doelen te komen (procesbegeleiding), initieert "
        "nieuwe projecten/invalshoeken, voert beleid mee uit (dienstverlening), ondersteunt "
        "diensten en ambtenaren, behartigt belangen t.a.v. andere partners/overheden, regisseert "
        "en coördineert beleidsprocessen. Kortom, de projectvereniging is er vooral om de "
        "samenwerking tussen de vier lokale besturen professioneel te managen en is dus geen "
        "specifiek, bovenlokaal bestuursniveau.",
    ),
    heading("Strategie"),
    paragraph(
        "Diverse rollen vragen diverse competenties die flexibel moeten ingezet kunnen worden in "
        "functie van snelle evoluties in de omgeving. De projectvereniging werkt bottom-up, "
        "waarvoor een inbedding in de gemeentelijke organisatie belangrijk is en kijkt steeds na "
        "wat er top down kan ingebracht worden om lokale noden en behoeften te ledigen.",
        "Samenwerking is geen doel, maar een middel om gemeenschappelijke doelen te realiseren, "
        "die zoveel mogelijk collectieve winst opleveren. We opteren eerst en vooral voor een "
        "verdere verdieping van de samenwerking op de domeinen wonen, sociale(re) economie en "
        "mobiliteit en staan steeds open voor verbreding van thema’s als ze een bijdrage leveren "
        "aan onze missie.",
        "Het gaat daarbij steeds om maatwerk, waarbij in functie van het doel gezocht wordt naar "
        "de optimale schaal in combinatie met de juiste managementvorm (mensen, middelen, "
        "mandaat). Eventuele schaalvergroting wordt aan dat perspectief getoetst.",
    ),
    heading("Gedeelde (voor)waarden"),
    paragraph(
        "We zijn er ons van bewust dat samenwerking geen evidentie is. Daarom expliciteren we "
        "onze belangrijkste gedeelde waarden, die voorwaardenscheppend zijn voor het welslagen "
        "van onze missie."
    ),
    heading("Gedeelde verantwoordelijkheid", "h3"),
    paragraph(
        "De werking van de projectvereniging steunt op de collectieve betrokkenheid en "
        "verantwoordelijkheid van de bestuurders, de mandatarissen, de ambtenaren en de "
        "medewerkers van de lokale besturen én de projectvereniging. Het gaat om "
        "mede-eigenaarschap!"
    ),
    heading("Transparantie", "h3"),
    paragraph(
        "Stadsregio Turnhout heeft een open, doorzichtige en communicatieve houding ten aanzien "
        "van haar stakeholders, opdrachtgevers en het brede publiek."
    ),
    heading("Duurzaamheid", "h3"),
    paragraph(
        "Stadsregio Turnhout wil evenwichtig en toekomstgericht zijn in heel haar werking. "
        "Duurzaamheid als kader voor ons handelen, betekent dat we streven naar rechtvaardigheid "
        "binnen en buiten de stadsregio, voor onze en voor toekomstige generaties."
    ),
    heading("Integriteit", "h3"),
    paragraph(
        "Stadsregio Turnhout wil steeds garant staan voor een betrouwbare, kwalitatieve en "
        "objectieve werking waarbij het respect voor ieders positie en belang gerespecteerd "
        "wordt."
    ),
]
ABOUT_BODY = [
    paragraph(
        "De Projectvereniging Stadsregio Turnhout is het samenwerkingsverband van de gemeenten "
        "en OCMW’s van Beerse, Oud-Turnhout, Turnhout en Vosselaar. De vereniging ontstond in "
        "november 2002 als ‘Projectvereniging Regionaalstedelijk Gebied Turnhout’ en heet sinds "
        "2007 Stadsregio Turnhout.",
        "Een projectvereniging is een vorm van intergemeentelijke samenwerking, vandaag geregeld "
        "door het Decreet over het lokaal bestuur van 22 december 2017. Ze loopt telkens voor "
        "zes jaar; elke gemeenteraad beslist over de verlenging.",
    ),
    image("overleg"),
    heading("Bestuur"),
    paragraph(
        "De raad van bestuur bestaat uit de burgemeesters en OCMW-voorzitters van de gemeenten, "
        "aangevuld met een lid van elk college. Leden van de oppositie zetelen met raadgevende "
        "stem. De RegioRaad, met gemeenteraadsleden uit de vier gemeenten, geeft advies in twee "
        "commissies: een voor grondgebonden en een voor persoonsgebonden zaken."
    ),
]

COOPERATION_BODY = [
    paragraph(
        "De Stadsregio is geen extra bestuurslaag. Ze is er om de samenwerking tussen de vier "
        "lokale besturen professioneel te beheren: per doel zoeken we de juiste schaal, en de "
        "juiste mensen, middelen en mandaten."
    ),
    heading("Vormen van samenwerking"),
    bullets(
        "<b>Gedeelde diensten</b> (shared services): één dienst werkt voor meerdere gemeenten, "
        "zoals de Dienst Wonen.",
        "<b>Delen van personeel</b>: medewerkers werken voor meer dan één gemeente en brengen "
        "zo kennis van de ene gemeente naar de andere.",
        "<b>Belangen behartigen</b>: samen spreken de gemeenten met één stem tegenover andere "
        "overheden en partners.",
    ),
    heading("Onze rollen in projecten"),
    paragraph(
        "Bij elk project staat welke rol de Stadsregio opneemt: faciliteren (procesbegeleiding), "
        "initiëren, beleid mee uitvoeren (dienstverlening), ondersteunen van diensten en "
        "ambtenaren, belangen behartigen, of regisseren en coördineren."
    ),
    quote(
        "Samenwerking is geen doel, maar een middel om gemeenschappelijke doelen te realiseren, "
        "die zoveel mogelijk collectieve winst opleveren.",
        "Uit de strategie van de Stadsregio Turnhout",
    ),
    call_to_action(
        "Bekijk de projecten",
        PageRef("/projecten/"),
        "Naar alle projecten",
        text="Van de gezamenlijke woondienst tot het mobiliteitsplan Gewoon gaan!",
    ),
]

# Standard pages under the home page. Each entry: slug, title, intro, body, show_in_menus,
# listing image key, children.
STANDARD_PAGES = [
    {
        "slug": "contact",
        "title": "Contact",
        "intro": "Hebt u een vraag over wonen, mobiliteit of de samenwerking tussen de vier "
        "gemeenten? Hier vindt u bij wie u terechtkunt.",
        "body": CONTACT_BODY,
        "show_in_menus": True,
    },
    {
        "slug": "privacy",
        "title": "Privacyverklaring",
        "intro": "Welke persoonsgegevens deze website verwerkt, waarom en hoe lang, en welke "
        "rechten u hebt. Deze website gebruikt geen trackingcookies.",
        "body": PRIVACY_BODY,
        "show_in_menus": False,
    },
    {
        "slug": "over-ons",
        "title": "Over ons",
        "intro": "Vier gemeenten, één samenwerkingsverband: wie we zijn, hoe we bestuurd worden "
        "en waarom we samenwerken.",
        "body": ABOUT_BODY,
        "show_in_menus": True,
        "image": "kaart",
        "children": [
            {
                "slug": "missie-en-visie",
                "title": "Missie en visie",
                "intro": "Onze missie, visie, strategie en gedeelde (voor)waarden, zoals de "
                "vier gemeenten ze samen hebben vastgelegd.",
                "body": MISSION_BODY,
                "show_in_menus": True,
                "image": "overleg",
            },
            {
                "slug": "samenwerking",
                "title": "Hoe we samenwerken",
                "intro": "Gedeelde diensten, gedeeld personeel en samen belangen behartigen: "
                "de vormen van samenwerking en de rollen van de Stadsregio.",
                "body": COOPERATION_BODY,
                "show_in_menus": True,
                "image": "groep",
            },
        ],
    },
]

# The home page's children in menu order; index pages (themas, ...) come from INDEX_PAGES,
# bestuur, toegankelijkheid and openbaarheid from governance.py.
TOP_LEVEL_ORDER = [
    "over-ons",
    "themas",
    "projecten",
    "nieuws",
    "gemeenten",
    "bestuur",
    "contact",
    "privacy",
    "toegankelijkheid",
    "openbaarheid",
    "transparantie",
]

INDEX_PAGES = {
    "transparantie": {
        "title": "Samenwerking in cijfers",
        "intro": "Wat de Stadsregio doet voor elke gemeente, hoe de gemeenten samen beslissen "
        "over wat we publiceren, en of het bestuur zijn wettelijke termijnen haalt. Elk cijfer "
        "als grafiek, als tabel en als open data.",
    },
    "themas": {
        "title": "Thema’s",
        "intro": "De vier beleidsdomeinen waarop de gemeenten samenwerken. Andere thema’s "
        "kunnen erbij komen als ze bijdragen aan de missie.",
    },
    "projecten": {
        "title": "Projecten",
        "intro": "Wat de Stadsregio samen met de gemeenten en haar partners doet: lopende, "
        "geplande en afgeronde projecten.",
    },
    "nieuws": {
        "title": "Nieuws",
        "intro": "Nieuws uit de samenwerking van Beerse, Oud-Turnhout, Turnhout en Vosselaar.",
    },
    "gemeenten": {
        "title": "Gemeenten",
        "intro": "De gemeenten die samenwerken in de Stadsregio, en wat de samenwerking voor "
        "elk van hen betekent.",
    },
}

DOMAINS = [
    {
        "slug": "wonen",
        "title": "Wonen",
        "intro": "Betaalbaar en kwaliteitsvol wonen in de vier gemeenten, met één Dienst Wonen "
        "voor alle inwoners.",
        "image": "huizen",
        "contact_person": "lotte.vennebos@stadsregio-turnhout.be",
        "body": [
            heading("Wat we doen"),
            paragraph(
                "Wonen is het domein waarop de vier gemeenten het langst samenwerken. Sinds 1 juli "
                "2009 loopt het intergemeentelijk samenwerkingsproject ‘Wonen in de stadsregio’, "
                "met steun van de Vlaamse overheid. De gemeenten stemmen er hun lokaal woonbeleid "
                "op elkaar af.",
                "Op 1 januari 2018 gingen het Wooninfopunt en het loket huisvesting van Turnhout "
                "samen op in de stadsregionale woondienst, vandaag de Dienst Wonen. Inwoners "
                "kunnen er terecht met vragen over huren, kopen, verbouwen en woningkwaliteit.",
            ),
            heading("Betaalbaar en kwaliteitsvol"),
            paragraph(
                "De gemeenten hanteren een sociale woonnorm van 15% en werken samen aan de "
                "kwaliteit van het woningpatrimonium. Twee keer per jaar brengt de nieuwsbrief "
                "Woonlabo nieuws over wonen in de stadsregio."
            ),
            faq(
                "Vragen over wonen",
                (
                    "Mijn huurwoning heeft gebreken. Wat kan ik doen?",
                    (
                        "Neem contact op met de Dienst Wonen. Een woonconsulent bekijkt met u de "
                        "mogelijkheden en legt uit welke stappen u kunt zetten."
                    ),
                ),
                (
                    "Kan ik hulp krijgen bij verbouwen?",
                    (
                        "De Dienst Wonen informeert u over premies en leningen en over de "
                        "voorwaarden om ze aan te vragen."
                    ),
                ),
                (
                    "Hoe krijg ik de nieuwsbrief Woonlabo?",
                    (
                        "Woonlabo verschijnt twee keer per jaar. Vraag hem aan via "
                        "wonen@stadsregio-turnhout.be."
                    ),
                ),
            ),
            call_to_action(
                "Een vraag over wonen?",
                PageRef("/contact/"),
                "Contacteer de Dienst Wonen",
            ),
        ],
    },
    {
        "slug": "mobiliteit",
        "title": "Mobiliteit",
        "intro": "Met het mobiliteitsplan Gewoon gaan! willen de gemeenten dat inwoners vaker "
        "de fiets en het openbaar vervoer nemen.",
        "image": "fietspad",
        "contact_person": "bram.leemkuil@stadsregio-turnhout.be",
        "body": [
            heading("Gewoon gaan!"),
            paragraph(
                "De vier gemeenten maakten samen het mobiliteitsplan ‘Gewoon gaan!’. Verkeer "
                "houdt niet op aan de gemeentegrens: wie in Beerse woont en in Turnhout werkt, "
                "heeft baat bij fietsroutes en busverbindingen die over de grenzen heen kloppen."
            ),
            quote(
                "Tegen 2035 het aantal verplaatsingen met de fiets en het openbaar vervoer "
                "verdubbelen, en een kwart minder verplaatsingen met de auto.",
                "Doelstelling van het mobiliteitsplan Gewoon gaan!",
            ),
            table(
                "Doelen van het mobiliteitsplan Gewoon gaan! voor 2035",
                [
                    ["Verplaatsingen", "Doel voor 2035"],
                    ["met de fiets en het openbaar vervoer", "verdubbelen"],
                    ["met de auto", "25% minder"],
                ],
            ),
            heading("Met wie"),
            paragraph(
                "De Stadsregio stemt af met De Lijn, de Vervoerregio Kempen en de provincie "
                "Antwerpen, die elk een eigen rol hebben in het openbaar vervoer en de "
                "fietsroutes van de regio."
            ),
            call_to_action(
                "Vragen of ideeën over mobiliteit?",
                PageRef("/contact/"),
                "Contacteer de mobiliteitsambtenaar",
            ),
        ],
    },
    {
        "slug": "sociale-economie",
        "title": "Sociale economie",
        "intro": "Werk voor wie moeilijk een job vindt, en een economie die materialen en "
        "talent niet verspilt.",
        "image": "kringloop",
        "contact_person": "ilse.brembos@stadsregio-turnhout.be",
        "body": [
            heading("Regie van de sociale economie"),
            paragraph(
                "Gemeenten hebben een regierol in de lokale sociale economie. De Stadsregio "
                "neemt die rol samen op voor de vier gemeenten, in nauw overleg met "
                "Noorderkempen Werkt.",
                "We brengen organisaties uit de sociale economie, werkgevers en diensten samen, "
                "organiseren studiebezoeken en zoeken mee naar nieuwe kansen op werk.",
            ),
            heading("Sociaal en circulair"),
            paragraph(
                "Met de Sociaal-Circulaire Hub Kempen+ verbinden partners sociale tewerkstelling "
                "met hergebruik en herstel van materialen."
            ),
            call_to_action(
                "Samenwerken rond sociale economie?",
                PageRef("/contact/"),
                "Neem contact op",
            ),
        ],
    },
    {
        "slug": "ruimtelijke-planning",
        "title": "Ruimtelijke planning",
        "intro": "Hoe de stadsregio er in de toekomst uitziet: ruimte om te wonen, te werken en "
        "te bewegen, met zorg voor open ruimte en erfgoed.",
        "image": "stadsplan",
        "contact_person": "pieter.heidegrens@stadsregio-turnhout.be",
        "body": [
            heading("Langetermijnvisie 2030"),
            paragraph(
                "In de Langetermijnvisie 2030 legden de gemeenten tien hefbomen vast voor de "
                "toekomst van de stadsregio. Ze vormen het kader waarbinnen de gemeenten hun "
                "ruimtelijke keuzes op elkaar afstemmen."
            ),
            heading("Erfgoed"),
            paragraph(
                "Voor onroerend erfgoed werkt de Stadsregio samen met Erfgoed Noorderkempen, "
                "dat gemeenten helpt om erfgoed te beschermen en een nieuwe toekomst te geven."
            ),
            image("landschap", caption="Open ruimte is schaars en waardevol in de Kempen."),
        ],
    },
]
