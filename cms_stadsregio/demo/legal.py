"""The legal pages: privacy statement and contact (the accessibility statement is structured
data, see governance_content.py)."""

from cms_stadsregio.demo.streams import bullets, faq, heading, link, paragraph, table

PRIVACY_BODY = [
    paragraph(
        "De Projectvereniging Stadsregio Turnhout gaat zorgvuldig om met uw persoonsgegevens en "
        "houdt zich aan de Algemene Verordening Gegevensbescherming (AVG of GDPR). Op deze "
        "pagina leest u welke gegevens we via deze website verwerken, waarom, hoe lang we ze "
        "bewaren en welke rechten u hebt."
    ),
    heading("Wie is verantwoordelijk?"),
    paragraph(
        "Verwerkingsverantwoordelijke is de Projectvereniging Stadsregio Turnhout, Campus "
        "Blairon 200, 2300 Turnhout, ondernemingsnummer 0123.456.789 (demogegevens). Voor vragen "
        "over privacy kunt u terecht bij onze functionaris voor gegevensbescherming via "
        "privacy@stadsregio-turnhout.be."
    ),
    heading("Geen cookies om u te volgen"),
    paragraph(
        "Deze website gebruikt geen analytische, advertentie- of trackingcookies en laadt geen "
        "inhoud, lettertypes of scripts van andere websites. Daarom vragen we u ook geen "
        "toestemming voor cookies.",
        "We gebruiken alleen cookies die strikt nodig zijn: een beveiligingscookie (csrftoken) "
        "dat formulieren beschermt tegen misbruik, en een sessiecookie voor redacteurs die "
        "aangemeld zijn in het beheergedeelte.",
    ),
    heading("Welke gegevens we verwerken"),
    table(
        "Persoonsgegevens die de website verwerkt, met doel en bewaartermijn",
        [
            ["Wat", "Welke gegevens", "Waarom", "Hoe lang"],
            [
                "Contactformulier",
                "naam, e-mailadres, eventueel telefoonnummer, uw bericht",
                "uw vraag beantwoorden of doorgeven aan de bevoegde gemeente",
                "tot één jaar nadat uw vraag is afgehandeld",
            ],
            [
                "Aanvraag van bestuursdocumenten (openbaarheid van bestuur)",
                "naam, adres, e-mailadres, omschrijving van de gevraagde documenten",
                "uw aanvraag behandelen zoals het Bestuursdecreet voorschrijft",
                "zo lang als de archiefregels voor bestuursdocumenten dat vragen",
            ],
            [
                "Technische logbestanden van de webserver",
                "IP-adres, tijdstip, opgevraagde pagina",
                "de website beveiligen en storingen opsporen",
                "hoogstens dertig dagen",
            ],
        ],
    ),
    paragraph(
        "We verwerken deze gegevens omdat dat nodig is voor een taak van algemeen belang (artikel "
        "6.1.e AVG) of om een wettelijke verplichting na te komen (artikel 6.1.c AVG). We "
        "verkopen uw gegevens niet en geven ze alleen door aan een gemeente of partner als dat "
        "nodig is om uw vraag te beantwoorden, of als de wet ons daartoe verplicht."
    ),
    heading("Uw rechten"),
    bullets(
        "uw gegevens inzien en er een kopie van krijgen;",
        "onjuiste gegevens laten verbeteren;",
        "uw gegevens laten wissen, als we ze niet meer nodig hebben of niet mogen bewaren;",
        "de verwerking laten beperken of er bezwaar tegen maken;",
        "uw gegevens in een gangbaar formaat ontvangen (overdraagbaarheid).",
        intro="U hebt het recht om:",
    ),
    paragraph(
        "Stuur uw vraag naar privacy@stadsregio-turnhout.be of per brief naar ons adres. We "
        "kunnen u vragen uw identiteit aan te tonen. We antwoorden binnen één maand."
    ),
    heading("Een klacht?"),
    paragraph(
        "Bent u niet tevreden over hoe we met uw gegevens omgaan, laat het ons dan eerst weten. "
        "U kunt ook een klacht indienen bij de Vlaamse Toezichtcommissie voor de verwerking van "
        "persoonsgegevens, "
        + link("https://www.vlaamsetoezichtcommissie.be", "www.vlaamsetoezichtcommissie.be")
        + "."
    ),
]

CONTACT_BODY = [
    heading("Adres"),
    paragraph(
        "Projectvereniging Stadsregio Turnhout<br/>Campus Blairon 200<br/>2300 Turnhout",
        "E-mail: info@stadsregio-turnhout.be<br/>Telefoon: 014 00 00 00<br/>"
        "Ondernemingsnummer: 0123.456.789",
        "<i>Dit zijn demogegevens.</i>",
    ),
    heading("Bij wie kunt u terecht?"),
    table(
        "Contactadressen per thema",
        [
            ["Thema", "Wie", "E-mail"],
            ["Wonen", "Dienst Wonen", "wonen@stadsregio-turnhout.be"],
            ["Mobiliteit", "Mobiliteitsambtenaar", "mobiliteit@stadsregio-turnhout.be"],
            [
                "Sociale economie",
                "Beleidsmedewerker sociale economie",
                "socialeeconomie@stadsregio-turnhout.be",
            ],
            ["Algemene vragen", "Coördinator", "info@stadsregio-turnhout.be"],
        ],
    ),
    faq(
        "Veelgestelde vragen",
        (
            "Waar vind ik de Dienst Wonen?",
            (
                "De Dienst Wonen houdt zitdagen in de vier gemeenten. Maak vooraf een afspraak via "
                "wonen@stadsregio-turnhout.be, dan kan een woonconsulent uw vraag voorbereiden."
            ),
        ),
        (
            "Hoe vraag ik een bestuursdocument op?",
            (
                "Iedereen kan bestuursdocumenten van de Stadsregio opvragen. Stuur een e-mail of "
                "brief met uw naam, uw adres en een zo precies mogelijke omschrijving van het "
                "document. We behandelen uw aanvraag binnen de termijn die het Bestuursdecreet "
                "oplegt."
            ),
        ),
        (
            "Ik heb een vraag over mijn eigen gemeente.",
            (
                "Voor vragen over diensten van uw gemeente kunt u het best rechtstreeks bij uw "
                "gemeente terecht. Hun gegevens vindt u op de pagina van elke gemeente."
            ),
        ),
    ),
]
