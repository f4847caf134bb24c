"""Demo data for governance: bodies, mandates (invented names), the official documents, the
accessibility statement, the document request page and the alert banner. The meetings are in
meetings.py."""

import datetime

from cms_stadsregio.demo.streams import PageRef, bullets, call_to_action, heading, link, paragraph

D = datetime.date
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


DEMO_NOTICE = "Demodocument van de demosite van de Stadsregio Turnhout: geen officiële tekst."

GOVERNANCE_PAGE = {
    "title": "Bestuur",
    "intro": "Hoe de Stadsregio bestuurd wordt: de raad van bestuur, de RegioRaad en zijn "
    "commissies, hun zittingen en besluiten, en de officiële documenten.",
    "body": [
        paragraph(
            "De Projectvereniging Stadsregio Turnhout wordt bestuurd door een <b>raad van "
            "bestuur</b>. Daarin zetelen voor elke gemeente de burgemeester, de voorzitter van "
            "het bijzonder comité voor de sociale dienst en een lid van het college. "
            "Oppositiepartijen zetelen er met raadgevende stem.",
            "De <b>RegioRaad</b> is een adviesraad van gemeenteraadsleden uit de vier "
            "gemeenten. Hij bereidt zijn adviezen voor in twee commissies: een voor "
            "grondgebonden zaken (ruimte, wonen, mobiliteit) en een voor persoonsgebonden zaken "
            "(welzijn, werk, digitale inclusie).",
            "<i>De namen op deze demosite zijn fictief.</i>",
        ),
    ],
}

MEETING_INDEX_PAGE = {
    "title": "Zittingen en besluiten",
    "intro": "De agenda’s en besluitenlijsten van de raad van bestuur, de RegioRaad en zijn "
    "commissies. De besluitenlijst staat online binnen twintig dagen na de zitting.",
}

DOCUMENT_INDEX_PAGE = {
    "title": "Officiële documenten",
    "intro": "De statuten, het huishoudelijk reglement, de begroting, de jaarrekening en het "
    "jaarverslag, telkens met de eerdere versies.",
}

BODIES = [
    {
        "slug": "raad-van-bestuur",
        "name": "Raad van bestuur",
        "classification": "raad-van-bestuur",
        "description": "Beslist over de werking, de begroting en de projecten van de "
        "Stadsregio. Vergadert maandelijks.",
    },
    {
        "slug": "regioraad",
        "classification": "adviesorgaan",
        "name": "RegioRaad",
        "description": "Adviesraad van gemeenteraadsleden uit de vier gemeenten. Geeft advies "
        "aan de raad van bestuur, op vraag of op eigen initiatief.",
    },
    {
        "slug": "commissie-grondgebonden-zaken",
        "classification": "adviesorgaan",
        "name": "Commissie grondgebonden zaken",
        "description": "Bereidt de adviezen van de RegioRaad voor over ruimte, wonen en "
        "mobiliteit.",
        "part_of": "regioraad",
    },
    {
        "slug": "commissie-persoonsgebonden-zaken",
        "classification": "adviesorgaan",
        "name": "Commissie persoonsgebonden zaken",
        "description": "Bereidt de adviezen van de RegioRaad voor over welzijn, werk en "
        "digitale inclusie.",
        "part_of": "regioraad",
    },
]

TERM = D(2025, 1, 1)
PREVIOUS_TERM = (D(2019, 1, 1), D(2024, 12, 31))
REGIORAAD_TERM = D(2025, 3, 1)

V, A, N = "stemgerechtigd", "raadgevend", "zonder-stem"
# The coordinator of the Stadsregio is the secretary of every body and keeps the minutes.
SECRETARY = ("Ann Wouters", "coördinator van de Stadsregio")
BOARD = "raad-van-bestuur"

# (body, name, mandate, seat, member, office, start, end)
MANDATES = [
    (BOARD, "Els Vanderheyden", "voorzitter", V, "turnhout", "burgemeester", TERM, None),
    (BOARD, "Jef Verstappen", "ondervoorzitter", V, "beerse", "burgemeester", TERM, None),
    (BOARD, "Bart Heylen", "bestuurder", V, "oud-turnhout", "burgemeester", TERM, None),
    (BOARD, "Sofie Van Dyck", "bestuurder", V, "vosselaar", "burgemeester", TERM, None),
    (BOARD, "Tom Goossenaerts", "bestuurder", V, "turnhout", "voorzitter BCSD", TERM, None),
    (BOARD, "An Schoofs", "bestuurder", V, "beerse", "voorzitter BCSD", TERM, None),
    (BOARD, "Liesbeth Jacobs", "bestuurder", V, "oud-turnhout", "voorzitter BCSD", TERM, None),
    (BOARD, "Wim Luyten", "bestuurder", V, "vosselaar", "voorzitter BCSD", TERM, None),
    (BOARD, "Kristof Baeten", "bestuurder", V, "turnhout", "schepen van wonen", TERM, None),
    (BOARD, "Hilde Geerts", "bestuurder", V, "beerse", "schepen van mobiliteit", TERM, None),
    (
        BOARD,
        "Peter Smets",
        "bestuurder",
        V,
        "oud-turnhout",
        "schepen van ruimtelijke ordening",
        TERM,
        D(2026, 4, 30),
    ),
    (
        BOARD,
        "Hanne Verboven",
        "bestuurder",
        V,
        "oud-turnhout",
        "schepen van ruimtelijke ordening",
        D(2026, 5, 1),
        None,
    ),
    (BOARD, "Greet Aerts", "bestuurder", V, "vosselaar", "schepen van welzijn", TERM, None),
    (BOARD, "Nadia El Khatib", "bestuurder", A, "turnhout", "gemeenteraadslid", TERM, None),
    (BOARD, "Karel Mariën", "bestuurder", A, "beerse", "gemeenteraadslid", TERM, None),
    (BOARD, "Dirk Peeters", "bestuurder", A, "oud-turnhout", "gemeenteraadslid", TERM, None),
    (BOARD, "Joris Van Hout", "bestuurder", A, "vosselaar", "gemeenteraadslid", TERM, None),
    (BOARD, "Luc Mertens", "voorzitter", V, "turnhout", "burgemeester", *PREVIOUS_TERM),
    (BOARD, "Rita Wouters", "ondervoorzitter", V, "beerse", "burgemeester", *PREVIOUS_TERM),
    (BOARD, "Guido Laenen", "bestuurder", V, "vosselaar", "burgemeester", *PREVIOUS_TERM),
    (BOARD, "Marc Dillen", "bestuurder", V, "oud-turnhout", "burgemeester", *PREVIOUS_TERM),
]

_REGIORAAD = [
    ("Pieter-Jan Hendrickx", "turnhout", "voorzitter"),
    ("Yasmina Bouzid", "turnhout", "lid"),
    ("Ilse Wuyts", "beerse", "lid"),
    ("Maarten Geudens", "beerse", "lid"),
    ("Joke Vangeel", "oud-turnhout", "lid"),
    ("Stijn Dierckx", "oud-turnhout", "lid"),
    ("Leen Mertens", "vosselaar", "lid"),
    ("Bram Stevens", "vosselaar", "lid"),
]
MANDATES += [
    ("regioraad", name, role, V, member, "gemeenteraadslid", REGIORAAD_TERM, None)
    for name, member, role in _REGIORAAD
]
MANDATES += [
    (body, SECRETARY[0], "secretaris", N, None, SECRETARY[1], start, None)
    for body, start in (
        (BOARD, TERM),
        ("regioraad", REGIORAAD_TERM),
        ("commissie-grondgebonden-zaken", REGIORAAD_TERM),
        ("commissie-persoonsgebonden-zaken", REGIORAAD_TERM),
    )
]
MANDATES += [
    (
        "commissie-grondgebonden-zaken",
        name,
        role,
        V,
        member,
        "gemeenteraadslid",
        REGIORAAD_TERM,
        None,
    )
    for name, member, role in (
        ("Maarten Geudens", "beerse", "voorzitter"),
        ("Yasmina Bouzid", "turnhout", "lid"),
        ("Joke Vangeel", "oud-turnhout", "lid"),
        ("Bram Stevens", "vosselaar", "lid"),
    )
]
MANDATES += [
    (
        "commissie-persoonsgebonden-zaken",
        name,
        role,
        V,
        member,
        "gemeenteraadslid",
        REGIORAAD_TERM,
        None,
    )
    for name, member, role in (
        ("Leen Mertens", "vosselaar", "voorzitter"),
        ("Pieter-Jan Hendrickx", "turnhout", "lid"),
        ("Ilse Wuyts", "beerse", "lid"),
        ("Stijn Dierckx", "oud-turnhout", "lid"),
    )
]

OFFICIAL_DOCUMENTS = [
    {
        "slug": "statuten",
        "title": "Statuten",
        "description": "De oprichtingsakte en statuten van de projectvereniging: doel, leden, "
        "organen en duur.",
        "versions": [
            (
                D(2002, 11, 14),
                "Oprichting als Projectvereniging Regionaalstedelijk Gebied Turnhout",
            ),
            (D(2007, 6, 21), "Naamswijziging naar Projectvereniging Stadsregio Turnhout"),
            (D(2020, 12, 17), "Verlenging van de vereniging voor zes jaar"),
        ],
        "text": [
            (
                "Artikel 1. De vereniging is een projectvereniging volgens het decreet over het "
                "lokaal bestuur."
            ),
            (
                "Artikel 2. Leden zijn de gemeenten en OCMW’s van Beerse, Oud-Turnhout, Turnhout "
                "en Vosselaar."
            ),
        ],
    },
    {
        "slug": "huishoudelijk-reglement",
        "title": "Huishoudelijk reglement",
        "description": "Hoe de raad van bestuur en de RegioRaad vergaderen, beslissen en hun "
        "besluiten bekendmaken.",
        "versions": [
            (D(2019, 3, 14), "Huishoudelijk reglement voor de bestuursperiode 2019-2024"),
            (D(2026, 3, 12), "Actualisatie"),
        ],
        "text": ["De besluitenlijst wordt binnen twintig dagen na de zitting gepubliceerd."],
    },
    {
        "slug": "begroting",
        "title": "Begroting",
        "description": "De begroting van het lopende jaar, met de bijdragen van de gemeenten.",
        "versions": [
            (D(2024, 12, 12), "Begroting 2025"),
            (D(2025, 12, 11), "Begroting 2026"),
        ],
        "text": ["De gemeentelijke bijdragen worden verdeeld volgens het aantal inwoners."],
    },
    {
        "slug": "jaarrekening",
        "title": "Jaarrekening",
        "description": "De jaarrekening van het voorbije jaar.",
        "versions": [
            (D(2025, 5, 15), "Jaarrekening 2024"),
            (D(2026, 5, 14), "Jaarrekening 2025"),
        ],
        "text": ["De jaarrekening sluit in evenwicht."],
    },
    {
        "slug": "jaarverslag",
        "title": "Jaarverslag",
        "description": "Wat de Stadsregio het voorbije jaar deed, per thema.",
        "versions": [
            (D(2025, 4, 17), "Jaarverslag 2024"),
            (D(2026, 4, 16), "Jaarverslag 2025"),
        ],
        "text": ["Wonen, mobiliteit, sociale economie en ruimtelijke planning in één overzicht."],
    },
]

ACCESSIBILITY_STATEMENT = {
    "title": "Toegankelijkheidsverklaring",
    "intro": "In hoeverre deze website toegankelijk is, wat nog niet in orde is en hoe u een "
    "probleem meldt.",
    "compliance_status": "gedeeltelijk",
    "standard": "WCAG 2.1, niveau AA",
    "prepared_on": D(2026, 2, 2),
    "last_reviewed_on": D(2026, 9, 14),
    "next_review_on": D(2027, 9, 14),
    "assessment_method": "zelfbeoordeling",
    "assessment_details": "<p>We beoordeelden de website zelf: met automatische tests "
    "(axe-core en de Nu Html Checker) op elk paginatype, en met manuele controles met het "
    "toetsenbord, met schermvergroting tot 400% en met de schermlezer NVDA.</p>",
    "alternatives": "<p>Hebt u informatie van deze website nodig in een andere vorm, "
    "bijvoorbeeld de inhoud van een PDF-document als gewone tekst? Vraag het ons; we bezorgen "
    "ze u zo snel mogelijk.</p>",
    "feedback_email": "info@stadsregio-turnhout.be",
    "feedback_phone": "014 00 00 00",
    "feedback_text": "<p>Vermeld op welke pagina u het probleem ondervond. We antwoorden "
    "binnen tien werkdagen. (Demogegevens.)</p>",
    "complaints_body": "Vlaamse Ombudsdienst",
    "complaints_url": "https://www.vlaamseombudsdienst.be",
    "complaints_text": "",
    "issues": [
        {
            "reason": "niet-naleving",
            "description": "Een aantal oudere PDF-documenten, zoals verslagen en brochures, is "
            "niet getagd. Schermlezers herkennen dan de koppen en tabellen niet.",
            "criteria": "1.3.1",
            "remedy": "We zetten de meest gevraagde documenten om naar een toegankelijke versie.",
        },
        {
            "reason": "niet-naleving",
            "description": "De kaart van de stadsregio is een vereenvoudigde tekening: de "
            "grenzen van de gemeenten zijn alleen visueel weergegeven.",
            "criteria": "1.1.1",
            "remedy": "De namen van de gemeenten staan ook in de tekst van de pagina.",
        },
        {
            "reason": "buiten-werkingssfeer",
            "description": "Kantoorbestanden (zoals PDF-documenten) die vóór 23 september 2018 "
            "zijn gepubliceerd en niet nodig zijn voor lopende administratieve processen, zoals "
            "de eerste versies van de statuten.",
            "criteria": "",
            "remedy": "",
        },
    ],
}

DOCUMENT_REQUEST_PAGE = {
    "title": "Bestuursdocumenten opvragen",
    "intro": "Iedereen heeft het recht om bestuursdocumenten van de Stadsregio in te zien, "
    "er uitleg over te krijgen of er een afschrift van te ontvangen.",
    "body": [
        heading("Uw recht op openbaarheid van bestuur"),
        paragraph(
            "Het Bestuursdecreet (hoofdstuk 3, openbaarheid van bestuur) geeft iedereen het "
            "recht om bestuursdocumenten op te vragen: verslagen, besluiten, adviezen, "
            "studies, overeenkomsten en andere documenten die de Stadsregio heeft. U hoeft "
            "niet te zeggen waarom u ze wilt; voor documenten met persoonlijke informatie "
            "moet u wel aantonen dat u er rechtstreeks bij betrokken bent.",
        ),
        bullets(
            "<b>inzage</b>: u bekijkt het document bij ons;",
            "<b>uitleg</b>: we lichten het document toe;",
            "<b>afschrift</b>: u krijgt een kopie, per e-mail of per post.",
            intro="U kunt kiezen voor:",
        ),
        heading("Hoe verloopt uw aanvraag?"),
        paragraph(
            "Vul het formulier hieronder in, of stuur een brief of e-mail met uw naam, uw "
            "adres en een zo precies mogelijke omschrijving van de documenten. We beslissen "
            "zo snel mogelijk en uiterlijk binnen de termijn die het Bestuursdecreet "
            "oplegt. Inzage en uitleg zijn kosteloos; voor een afschrift op papier kan een "
            "kleine vergoeding gevraagd worden.",
            "Soms kunnen we een document niet of maar gedeeltelijk vrijgeven, bijvoorbeeld om "
            "de privacy van anderen te beschermen. Dan leggen we uit waarom.",
        ),
        heading("Niet tevreden?"),
        paragraph(
            "Tegen een weigering of als we niet tijdig antwoorden, kunt u beroep instellen bij "
            "de Vlaamse beroepsinstantie voor openbaarheid van bestuur: "
            + link(
                "https://www.vlaanderen.be/openbaarheid-van-bestuur",
                "www.vlaanderen.be/openbaarheid-van-bestuur",
            )
            + "."
        ),
        call_to_action(
            "Besluiten van de raad van bestuur",
            PageRef("/bestuur/zittingen/"),
            "Naar de zittingen en besluiten",
            text="Veel documenten zijn al openbaar: de besluitenlijsten staan online.",
        ),
    ],
    "thank_you_text": "<p>U krijgt een ontvangstbevestiging per e-mail. We nemen zo snel "
    "mogelijk contact met u op.</p>",
    "to_address": "info@stadsregio-turnhout.be",
    "from_address": "website@stadsregio-turnhout.be",
    "subject": "Nieuwe aanvraag van bestuursdocumenten via de website",
    "confirmation_subject": "We hebben uw aanvraag van bestuursdocumenten ontvangen",
    "confirmation_text": "Bedankt voor uw aanvraag. We behandelen ze zo snel mogelijk en "
    "houden u op de hoogte.\n\nProjectvereniging Stadsregio Turnhout",
    "fields": [
        {"label": "Naam", "clean_name": "naam", "field_type": "singleline", "required": True},
        {
            "label": "E-mailadres",
            "clean_name": "e_mailadres",
            "field_type": "email",
            "required": True,
            "help_text": "Hierop ontvangt u de ontvangstbevestiging en ons antwoord.",
        },
        {
            "label": "Adres",
            "clean_name": "adres",
            "field_type": "multiline",
            "required": True,
            "help_text": "Straat, nummer, postcode en gemeente.",
        },
        {
            "label": "Welke documenten vraagt u op?",
            "clean_name": "welke_documenten_vraagt_u_op",
            "field_type": "multiline",
            "required": True,
            "help_text": "Zo precies mogelijk: onderwerp, datum, orgaan.",
        },
        {
            "label": "Hoe wilt u het document raadplegen?",
            "clean_name": "hoe_wilt_u_het_document_raadplegen",
            "field_type": "radio",
            "required": True,
            "choices": "Inzage\nUitleg\nAfschrift per e-mail\nAfschrift per post",
        },
    ],
}

ALERT_BANNER = {
    "title": "Zitdag Dienst Wonen in Beerse gaat niet door",
    "message": "De zitdag van de Dienst Wonen in Beerse gaat deze week uitzonderlijk niet "
    "door. U kunt wel terecht op de zitdagen in de andere gemeenten.",
    "link_path": "/themas/wonen/",
    "link_label": "Meer over de Dienst Wonen",
    "days": 14,
}

# The motivation of the demo decisions, by body (the notulen publish it with each decision).
MOTIVATION = {
    BOARD: "Gelet op het decreet over het lokaal bestuur van 22 december 2017, artikelen 401 tot "
    "en met 413 over de projectvereniging; gelet op de statuten van de Projectvereniging "
    "Stadsregio Turnhout; overwegende het voorstel van de coördinator en de bespreking in de "
    "raad van bestuur.",
    "regioraad": "Gelet op de statuten van de Projectvereniging Stadsregio Turnhout, die de "
    "RegioRaad als adviesraad oprichten; overwegende de bespreking in de zitting.",
}
MOTIVATION["commissie-grondgebonden-zaken"] = MOTIVATION["regioraad"]
MOTIVATION["commissie-persoonsgebonden-zaken"] = MOTIVATION["regioraad"]

# The register of document requests: (received on, term extended, days to the decision or None
# while open, outcome). Only dates and outcomes: who asked and for what stays out of the demo.
DOCUMENT_REQUESTS = [
    (D(2025, 1, 14), False, 12, "toegestaan"),
    (D(2025, 2, 20), False, 18, "gedeeltelijk"),
    (D(2025, 3, 11), False, 9, "toegestaan"),
    (D(2025, 4, 2), False, 23, "toegestaan"),
    (D(2025, 5, 19), True, 34, "gedeeltelijk"),
    (D(2025, 6, 24), False, 15, "niet-in-bezit"),
    (D(2025, 8, 5), False, 27, "geweigerd"),
    (D(2025, 9, 16), False, 7, "ingetrokken"),
    (D(2025, 10, 28), False, 19, "toegestaan"),
    (D(2025, 12, 3), False, 16, "toegestaan"),
    (D(2026, 1, 22), False, 11, "toegestaan"),
    (D(2026, 3, 5), False, 20, "gedeeltelijk"),
    (D(2026, 4, 14), True, 38, "toegestaan"),
    (D(2026, 6, 2), False, 25, "toegestaan"),
    (D(2026, 7, 21), False, 14, "niet-in-bezit"),
    (D(2026, 9, 8), False, 17, "geweigerd"),
    # Still open: one past its term, one that came in a few days before the demo was written.
    (D(2026, 10, 27), False, None, ""),
    (D(2026, 11, 26), False, None, ""),
]
