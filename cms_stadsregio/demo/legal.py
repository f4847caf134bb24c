"""The legal pages: privacy statement, accessibility statement (EU model) and contact."""

from .streams import bullets, faq, heading, link, paragraph, table

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

ACCESSIBILITY_BODY = [
    paragraph(
        "De Projectvereniging Stadsregio Turnhout wil haar website toegankelijk maken voor "
        "iedereen, overeenkomstig het Bestuursdecreet van 7 december 2018, dat de Europese "
        "richtlijn (EU) 2016/2102 omzet. Deze toegankelijkheidsverklaring geldt voor de website "
        "van de Stadsregio Turnhout."
    ),
    heading("Nalevingsstatus"),
    paragraph(
        "Deze website is <b>gedeeltelijk in overeenstemming</b> met de Web Content Accessibility "
        "Guidelines (WCAG) 2.1, niveau AA, door de niet-conformiteiten die hieronder staan."
    ),
    heading("Niet-toegankelijke inhoud"),
    heading("Niet-naleving van de toegankelijkheidsvoorschriften", "h3"),
    bullets(
        "Een aantal oudere PDF-documenten, zoals verslagen en brochures, is niet getagd. "
        "Schermlezers herkennen dan de koppen en tabellen niet (WCAG 1.3.1). We zetten de meest "
        "gevraagde documenten om naar een toegankelijke versie.",
        "In enkele tabellen in oudere beslissingslijsten ontbreken kolomkoppen (WCAG 1.3.1).",
        "De kaart van de stadsregio is een vereenvoudigde tekening. De namen van de gemeenten "
        "staan ook in de tekst, maar de grenzen zijn alleen visueel weergegeven (WCAG 1.1.1).",
    ),
    heading("Onevenredige last", "h3"),
    paragraph("We doen geen beroep op onevenredige last."),
    heading("Buiten het toepassingsgebied", "h3"),
    bullets(
        "kantoorbestanden (zoals PDF-documenten) die vóór 23 september 2018 zijn gepubliceerd en "
        "niet nodig zijn voor lopende administratieve processen;",
        "vooraf opgenomen audio en video die vóór 23 september 2020 zijn gepubliceerd.",
        intro="De toegankelijkheidsvoorschriften gelden niet voor:",
    ),
    heading("Opstelling van deze verklaring"),
    paragraph(
        "Deze verklaring is opgesteld op 2 februari 2026 en het laatst herzien op 14 september "
        "2026. We beoordeelden de website zelf: met automatische tests (axe-core en de Nu Html "
        "Checker) en met manuele controles met het toetsenbord, met schermvergroting tot 400% "
        "en met de schermlezer NVDA."
    ),
    heading("Toegankelijke alternatieven"),
    paragraph(
        "Hebt u informatie van deze website nodig in een andere vorm, bijvoorbeeld de inhoud van "
        "een PDF-document als gewone tekst? Vraag het ons; we bezorgen ze u zo snel mogelijk."
    ),
    heading("Feedback en contactgegevens"),
    paragraph(
        "Loopt u op deze website tegen een probleem aan? Laat het ons weten via "
        "info@stadsregio-turnhout.be of 014 00 00 00 (demogegevens). Vermeld op welke pagina u "
        "het probleem ondervond. We antwoorden binnen tien werkdagen."
    ),
    heading("Handhavingsprocedure"),
    paragraph(
        "Bent u niet tevreden over ons antwoord, dan kunt u een klacht indienen bij de Vlaamse "
        "Ombudsdienst: "
        + link("https://www.vlaamseombudsdienst.be", "www.vlaamseombudsdienst.be")
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
