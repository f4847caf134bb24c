"""Demo meetings: two years of raad van bestuur meetings (every month or two in 2025, monthly
since) and the meetings of the RegioRaad and its commissions, each with its agenda and, where
taken, the decisions.

Decisions carry no personal data: a decision about staff says so and nothing more. Every
decision that is approved or rejected was voted on: unanimously by everyone present with a vote
unless the item says otherwise (`vote`: the votes against and abstentions of an open vote, or
a secret vote). The minutes of a meeting are approved at the body's next meeting.

The decision list of a meeting went online some days after it (`list_after`, in days; the
term is 20 days): mostly within the term, twice a few days late.
"""

import datetime
import itertools

from cms_stadsregio.demo.governance_content import BOARD, dutch_date

D = datetime.date
T = datetime.time

LOCATIONS = {
    "turnhout": "Stadhuis Turnhout, raadzaal",
    "beerse": "Gemeentehuis Beerse, raadzaal",
    "oud-turnhout": "Gemeentehuis Oud-Turnhout, raadzaal",
    "vosselaar": "Gemeentehuis Vosselaar, raadzaal",
}
ROTATION = ["turnhout", "beerse", "oud-turnhout", "vosselaar"]


UNANIMOUS = ("open", 0, 0)


def item(
    title, outcome="", decision="", description="", public=True, decision_title="", vote=UNANIMOUS
):
    return {
        "title": title,
        "description": description,
        "public": public,
        "outcome": outcome,
        "decision_title": decision_title,
        "decision_description": decision,
        # Approving or rejecting takes a vote; taking note or postponing does not.
        "vote": vote if outcome in ("goedgekeurd", "afgekeurd") else None,
    }


def minutes_item(previous):
    return item(
        "Goedkeuring van het verslag van de vorige zitting",
        "goedgekeurd",
        f"Het verslag van de zitting van {previous} is goedgekeurd zonder opmerkingen.",
        description=f"De notulen van de zitting van {previous} liggen ter goedkeuring voor.",
        decision_title="Verslag van de vorige zitting goedgekeurd",
    )


def staff_item(outcome="goedgekeurd", vote=UNANIMOUS):
    return item(
        "Personeelsaangelegenheid",
        outcome,
        "De raad van bestuur nam een beslissing over het personeel. Omdat ze over personen "
        "gaat, wordt ze niet verder toegelicht."
        if outcome
        else "",
        public=False,
        vote=vote,
    )


# Raad van bestuur: monthly, with the topical items of that month (the minutes come first).
BOARD_MEETINGS = [
    (
        D(2025, 1, 23),
        [
            item(
                "Installatie van de raad van bestuur 2025-2030",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van de aanduiding van zijn leden door de vier "
                "gemeenteraden.",
                "Eerste zitting na de gemeenteraadsverkiezingen.",
            ),
            item(
                "Verkiezing van de voorzitter en de ondervoorzitter",
                "goedgekeurd",
                "De raad van bestuur kiest de burgemeester van Turnhout tot voorzitter en de "
                "burgemeester van Beerse tot ondervoorzitter.",
                vote=("geheim", 0, 1),
            ),
            item(
                "Delegatie van bevoegdheden aan de coördinator",
                "goedgekeurd",
                "De coördinator mag opdrachten tot 15.000 euro zelf gunnen en rapporteert er "
                "elk kwartaal over.",
            ),
        ],
    ),
    (
        D(2025, 3, 13),
        [
            item(
                "Samenstelling van de RegioRaad",
                "goedgekeurd",
                "De RegioRaad telt twee gemeenteraadsleden per gemeente en start op 1 maart 2025.",
                decision_title="RegioRaad samengesteld",
            ),
            item(
                "Wonen in de stadsregio: werkingsperiode 2025-2030",
                "goedgekeurd",
                "De raad van bestuur keurt het plan voor de nieuwe werkingsperiode van de "
                "intergemeentelijke woondienst goed.",
            ),
            item(
                "Fietsbevraging Gewoon gaan!",
                "goedgekeurd",
                "Van 17 maart tot 30 april kunnen inwoners van de vier gemeenten fietsknelpunten "
                "melden.",
            ),
        ],
    ),
    (
        D(2025, 4, 24),
        [
            item(
                "Jaarrekening 2024",
                "goedgekeurd",
                "De raad van bestuur stelt de jaarrekening 2024 vast en bezorgt ze aan de "
                "gemeenten.",
                decision_title="Jaarrekening 2024 vastgesteld",
            ),
            item(
                "Jaarverslag 2024",
                "goedgekeurd",
                "Het jaarverslag 2024 is goedgekeurd en wordt gepubliceerd op de website.",
            ),
            item(
                "Studiebezoek sociale economie",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van het programma van het studiebezoek in mei.",
            ),
        ],
    ),
    (
        D(2025, 6, 12),
        [
            item(
                "Resultaten van de fietsbevraging",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van de 1.240 meldingen en laat ze verwerken in "
                "het mobiliteitsplan.",
            ),
            item(
                "Sociaal-Circulaire Hub Kempen+: intentieverklaring",
                "goedgekeurd",
                "De Stadsregio ondertekent de intentieverklaring voor de Sociaal-Circulaire Hub "
                "Kempen+.",
                vote=("open", 0, 2),
            ),
            staff_item(),
        ],
        26,
    ),
    (
        D(2025, 9, 18),
        [
            item(
                "Iedereen digitaal mee!: opstart van de digipunten",
                "goedgekeurd",
                "In elke gemeente opent in oktober een digipunt, elke week een halve dag.",
            ),
            item(
                "Proef met deelfietsen aan bushaltes: tussentijdse evaluatie",
                "uitgesteld",
                "Het punt wordt uitgesteld tot de cijfers van de vervoersmaatschappij er zijn.",
            ),
        ],
    ),
    (
        D(2025, 10, 23),
        [
            item(
                "Proef met deelfietsen aan bushaltes: tussentijdse evaluatie",
                "goedgekeurd",
                "De proef stopt op 4 november: de deelfietsen werden te weinig gebruikt. De "
                "lessen gaan mee in de studie deelmobiliteit.",
                decision_title="Proef met deelfietsen stopgezet",
                vote=("open", 1, 0),
            ),
            item(
                "Samenwerking met Erfgoed Noorderkempen",
                "goedgekeurd",
                "De Stadsregio en de erfgoedcel sluiten een samenwerkingsovereenkomst voor "
                "2026-2028.",
            ),
            item(
                "Krijtlijnen van de begroting 2026",
                "goedgekeurd",
                "De gemeentelijke bijdragen voor 2026 stijgen met de index.",
            ),
        ],
    ),
    (
        D(2025, 12, 11),
        [
            item(
                "Begroting 2026 en aanpassing van het meerjarenplan",
                "goedgekeurd",
                "De raad van bestuur stelt de begroting 2026 vast en legt ze samen met de "
                "aanpassing van het meerjarenplan 2026-2031 voor aan de vier gemeenteraden.",
                "Vaststelling van de begroting 2026.",
                decision_title="Begroting 2026 vastgesteld",
                vote=("open", 0, 1),
            ),
            item(
                "Woonlabo: thema’s voor 2026",
                "goedgekeurd",
                "De twee edities van het woonmagazine Woonlabo gaan in 2026 over renoveren en "
                "over huren.",
            ),
            staff_item(vote=("geheim", 2, 1)),
        ],
    ),
    (
        D(2026, 1, 15),
        [
            item(
                "Samenwerkingsovereenkomst met Noorderkempen Werkt 2026-2028",
                "goedgekeurd",
                "De samenwerkingsovereenkomst voor de regie van de sociale economie wordt "
                "verlengd tot eind 2028.",
            ),
            item(
                "Gewoon gaan!: stand van zaken van de fietsroutes",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van de voortgang: vier van de zeven "
                "bovenlokale fietsroutes zijn in uitvoering.",
            ),
            item(
                "Subsidieaanvraag intergemeentelijke samenwerking wonen",
                "goedgekeurd",
                "De aanvraag voor de verlenging van de Vlaamse subsidie voor het IGS-project "
                "Wonen in de stadsregio wordt ingediend.",
            ),
        ],
    ),
    (
        D(2026, 2, 12),
        [
            item(
                "Actualisatie van het huishoudelijk reglement",
                "uitgesteld",
                "Het ontwerp gaat terug naar de werkgroep voor bijkomend juridisch advies en "
                "komt terug op de volgende zitting.",
            ),
            item(
                "Jaaractieplan 2026 van de Dienst Wonen",
                "goedgekeurd",
                "Het jaaractieplan legt de nadruk op woningkwaliteit en op begeleiding bij "
                "renovatie.",
            ),
            item(
                "Iedereen digitaal mee!: verlenging van de digipunten",
                "goedgekeurd",
                "De digipunten in de vier gemeenten blijven open tot eind 2026.",
            ),
        ],
    ),
    (
        D(2026, 3, 12),
        [
            item(
                "Actualisatie van het huishoudelijk reglement",
                "goedgekeurd",
                "Het aangepaste huishoudelijk reglement is vastgesteld en geldt vanaf "
                "1 april 2026.",
                decision_title="Huishoudelijk reglement vastgesteld",
            ),
            item(
                "Erfgoed Noorderkempen: bijdrage 2026",
                "goedgekeurd",
                "De Stadsregio betaalt haar bijdrage voor 2026 aan de erfgoedcel.",
            ),
            item(
                "Studie deelmobiliteit: gunning van de opdracht",
                "goedgekeurd",
                "De studieopdracht wordt gegund aan de inschrijver met de economisch meest "
                "voordelige regelmatige offerte.",
                vote=("open", 2, 0),
            ),
        ],
    ),
    (
        D(2026, 4, 16),
        [
            item(
                "Jaarverslag 2025",
                "goedgekeurd",
                "Het jaarverslag 2025 is goedgekeurd en wordt gepubliceerd op de website.",
            ),
            item(
                "Sociaal-Circulaire Hub Kempen+: deelname",
                "goedgekeurd",
                "De Stadsregio stapt in de Sociaal-Circulaire Hub Kempen+ als regisseur voor de "
                "vier gemeenten.",
            ),
            item(
                "Advies van de RegioRaad over het mobiliteitsplan",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van het gunstige advies en neemt de drie "
                "aanbevelingen over schoolroutes mee in het actieplan.",
            ),
        ],
    ),
    (
        D(2026, 5, 14),
        [
            item(
                "Jaarrekening 2025",
                "goedgekeurd",
                "De raad van bestuur stelt de jaarrekening 2025 vast en bezorgt ze aan de "
                "gemeenten.",
                decision_title="Jaarrekening 2025 vastgesteld",
            ),
            item(
                "Woonlabo: evaluatie van de voorjaarseditie",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van de evaluatie van de voorjaarseditie.",
            ),
            item(
                "Langetermijnvisie 2030: tussentijdse evaluatie",
                "uitgesteld",
                "Het punt wordt uitgesteld tot de zitting van juni, zodat de gemeenteraden de "
                "evaluatie eerst kunnen bespreken.",
            ),
        ],
    ),
    (
        D(2026, 6, 11),
        [
            item(
                "Langetermijnvisie 2030: tussentijdse evaluatie",
                "goedgekeurd",
                "De evaluatie is goedgekeurd; twee van de tien hefbomen krijgen voorrang tot "
                "2028: betaalbaar wonen en fietsverbindingen.",
            ),
            item(
                "Gewoon gaan!: campagne schoolstraten",
                "goedgekeurd",
                "De Stadsregio ondersteunt de scholen die een schoolstraat willen inrichten met "
                "een gemeenschappelijke campagne.",
            ),
            staff_item(),
        ],
    ),
    (
        D(2026, 7, 9),
        [
            item(
                "Begrotingswijziging 2026 nummer 1",
                "goedgekeurd",
                "De begroting 2026 wordt aangepast voor de studie deelmobiliteit en de "
                "Sociaal-Circulaire Hub.",
            ),
            item(
                "Verkennend gesprek over uitbreiding met buurgemeenten",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van de vraag van twee buurgemeenten om toe te "
                "treden en laat de voorwaarden onderzoeken.",
            ),
        ],
        # The summer holidays: the decision list went online late.
        24,
    ),
    (
        D(2026, 8, 27),
        [
            item(
                "Dienst Wonen: zitdagen na de zomer",
                "goedgekeurd",
                "Vanaf september houdt de Dienst Wonen wekelijks zitdag in elke gemeente.",
            ),
            item(
                "Aanvraag Vlaamse subsidie voor fietsinfrastructuur",
                "goedgekeurd",
                "De Stadsregio dient namens de vier gemeenten één gezamenlijke aanvraag in.",
            ),
        ],
    ),
    (
        D(2026, 9, 10),
        [
            item(
                "Herziening van de toegankelijkheidsverklaring van de website",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van de herziene toegankelijkheidsverklaring.",
            ),
            item(
                "Noorderkempen Werkt: halfjaarrapport",
                "kennisgenomen",
                "De raad van bestuur neemt kennis van het halfjaarrapport over de sociale "
                "economie.",
            ),
            item(
                "Opdracht communicatiecampagne Woonlabo",
                "afgekeurd",
                "Het voorstel is afgekeurd omdat de kostprijs te hoog ligt. Er volgt een nieuw, "
                "beperkter voorstel.",
                vote=("open", 8, 1),
            ),
        ],
    ),
    (
        D(2026, 10, 8),
        [
            item(
                "Voorbereiding van de begroting 2027",
                "goedgekeurd",
                "De krijtlijnen voor de begroting 2027 zijn goedgekeurd: de gemeentelijke "
                "bijdragen stijgen niet.",
            ),
            item(
                "Voorwaarden voor de toetreding van nieuwe leden",
                "uitgesteld",
                "Het punt wordt uitgesteld tot het advies van de RegioRaad er is.",
            ),
            staff_item(),
        ],
    ),
    # Held, decision list not entered yet (within the 20 days when the demo was written).
    (
        D(2026, 11, 12),
        [
            item(
                "Begroting 2027 en aanpassing van het meerjarenplan",
                description="Vaststelling van de begroting 2027 en de tweede aanpassing van het "
                "meerjarenplan 2026-2031.",
            ),
            item("Voorwaarden voor de toetreding van nieuwe leden"),
            item("Planning van de zittingen in 2027"),
        ],
    ),
]

OTHER_MEETINGS = [
    (
        "regioraad",
        D(2025, 5, 21),
        [
            item(
                "Kennismaking en werking van de RegioRaad",
                "goedgekeurd",
                "De RegioRaad vergadert twee keer per jaar en kan op eigen initiatief advies "
                "geven aan de raad van bestuur.",
                description="Eerste zitting van de RegioRaad in de nieuwe samenstelling.",
            ),
            item(
                "Voorstelling van de jaarrekening 2024",
                "kennisgenomen",
                "De RegioRaad neemt kennis van de jaarrekening 2024.",
            ),
        ],
    ),
    (
        "regioraad",
        D(2025, 11, 19),
        [
            item(
                "Advies over de begroting 2026",
                "goedgekeurd",
                "De RegioRaad geeft een gunstig advies over het ontwerp van de begroting 2026.",
                decision_title="Gunstig advies over de begroting 2026",
                vote=("open", 1, 1),
            ),
            item(
                "Stand van zaken van het mobiliteitsplan",
                "kennisgenomen",
                "De RegioRaad neemt kennis van de planning: het ontwerp volgt in het voorjaar.",
            ),
        ],
    ),
    (
        "commissie-grondgebonden-zaken",
        D(2025, 10, 1),
        [
            item(
                "Bindend sociaal objectief: stand van zaken per gemeente",
                "kennisgenomen",
                "De commissie neemt kennis van het aandeel sociale woningen in elke gemeente.",
                description="Hoe ver elke gemeente staat met haar bindend sociaal objectief.",
            ),
            item(
                "Werkplan van de commissie voor 2026",
                "goedgekeurd",
                "De commissie bespreekt in 2026 de open ruimte, de fietssnelwegen en de sociale "
                "woonnorm.",
            ),
        ],
    ),
    (
        "regioraad",
        D(2026, 3, 25),
        [
            item(
                "Advies over het mobiliteitsplan Gewoon gaan!",
                "goedgekeurd",
                "De RegioRaad geeft een gunstig advies met drie aanbevelingen over veilige "
                "schoolroutes.",
                decision_title="Gunstig advies over het mobiliteitsplan",
                description="De RegioRaad bespreekt het ontwerp van het regionale mobiliteitsplan op vraag van de raad van bestuur.",
            ),
            item(
                "Voorstelling van het jaarverslag 2025",
                "kennisgenomen",
                "De RegioRaad neemt kennis van het jaarverslag 2025.",
            ),
        ],
    ),
    # The decision list of this meeting is late: the dashboard warns about it.
    (
        "regioraad",
        D(2026, 10, 21),
        [
            item(
                "Advies over de begroting 2027",
                description="De RegioRaad geeft advies over het ontwerp van de begroting 2027.",
            ),
            item("Advies over de toetreding van nieuwe leden"),
        ],
    ),
    (
        "commissie-grondgebonden-zaken",
        D(2026, 2, 25),
        [
            item(
                "Open ruimte tussen de kernen",
                "kennisgenomen",
                "De commissie neemt kennis van de ruimtelijke analyse en vraagt een "
                "vervolgbespreking.",
                description="Voorstelling van de ruimtelijke analyse van de open ruimte tussen Turnhout, Beerse, Oud-Turnhout en Vosselaar.",
            ),
            item(
                "Fietssnelwegen: prioriteiten",
                "goedgekeurd",
                "De commissie adviseert de fietssnelweg Turnhout-Beerse als eerste prioriteit.",
            ),
        ],
    ),
    (
        "commissie-grondgebonden-zaken",
        D(2026, 9, 23),
        [
            item(
                "Sociale woonnorm van 15 procent",
                "goedgekeurd",
                "De commissie adviseert de gemeenten een gemeenschappelijke aanpak om de norm "
                "van 15 procent sociale woningen te halen.",
                description="Hoe de vier gemeenten samen het bindend sociaal objectief kunnen halen.",
            ),
        ],
    ),
    (
        "commissie-persoonsgebonden-zaken",
        D(2026, 3, 4),
        [
            item(
                "Iedereen digitaal mee!: evaluatie",
                "kennisgenomen",
                "De commissie neemt kennis van de evaluatie van de digipunten.",
                description="Evaluatie van het eerste werkjaar van de digipunten.",
            ),
            item(
                "Stageplaatsen in de sociale economie",
                "goedgekeurd",
                "De commissie adviseert meer stageplaatsen bij de gemeentelijke diensten.",
            ),
        ],
    ),
    (
        "commissie-persoonsgebonden-zaken",
        D(2026, 9, 30),
        [
            item(
                "Woonbegeleiding voor kwetsbare huurders",
                "goedgekeurd",
                "De commissie adviseert de woonbegeleiding uit te breiden naar de vier gemeenten.",
                description="Voorstel om de woonbegeleiding van de Dienst Wonen uit te breiden.",
            ),
        ],
    ),
]


# Days from a meeting to its decision list online, when the data gives none: within the term.
LIST_DAYS = [6, 9, 13, 17, 8, 11, 15, 19, 7, 12]


def _meetings():
    meetings = [
        {
            "body": BOARD,
            "date": day,
            "time": T(18, 30),
            "location": LOCATIONS[ROTATION[number % 4]],
            "items": items,
            "list_after": list_after,
        }
        for number, (day, items, *list_after) in enumerate(BOARD_MEETINGS)
    ]
    meetings += [
        {
            "body": body,
            "date": day,
            "time": T(19, 30),
            "location": LOCATIONS["turnhout"],
            "items": items,
            "list_after": list_after,
        }
        for body, day, items, *list_after in OTHER_MEETINGS
    ]
    for number, meeting in enumerate(sorted(meetings, key=lambda m: m["date"])):
        given = meeting["list_after"]
        meeting["list_after"] = given[0] if given else LIST_DAYS[number % len(LIST_DAYS)]
    by_body = {}
    for meeting in meetings:
        by_body.setdefault(meeting["body"], []).append(meeting)
    for series in by_body.values():
        _follow_up(sorted(series, key=lambda m: m["date"]))
    return meetings


def _follow_up(series):
    """Each meeting after the first opens with the minutes of the previous one, which it
    approves once its own decisions are in; the last meeting of a body with decisions approved
    its own minutes at its end. On every third board meeting one member sent apologies."""
    for previous, meeting in itertools.pairwise(series):
        day = dutch_date(previous["date"])
        if _decided(meeting):
            opening = minutes_item(day)
        else:
            opening = item(
                "Goedkeuring van het verslag van de vorige zitting",
                description=f"De notulen van de zitting van {day} liggen ter goedkeuring voor.",
            )
        meeting["items"] = [opening, *meeting["items"]]
    for meeting, following in itertools.pairwise([*series, None]):
        if _decided(meeting):
            meeting["minutes"] = True
            meeting["minutes_approved_on"] = (following or meeting)["date"]
    if series and series[0]["body"] == BOARD:
        for number, meeting in enumerate(series):
            if number % 3 == 1:
                meeting["absent"] = ("Wim Luyten",)


def _decided(meeting):
    return any(entry["outcome"] for entry in meeting["items"])


MEETINGS = _meetings()
