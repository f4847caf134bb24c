"""The organisation behind the demo site, as data: its members, roles, partners and people.

Members, dates and domains are the cooperation's public facts. Addresses, phone numbers, the company number and all
staff are demo data: plausible, but invented, and marked as such.
"""

import datetime

SITE_LAUNCH = datetime.date(2025, 1, 6)
MEMBERS_JOINED_ON = datetime.date(2002, 11, 1)

ORGANISATION = {
    "name": "Stadsregio Turnhout",
    "legal_name": "Projectvereniging Stadsregio Turnhout",
    # Demo address and numbers: the company number fails the Belgian mod-97 check on purpose.
    "street_address": "Campus Blairon 200",
    "postcode": "2300",
    "city": "Turnhout",
    "email": "info@stadsregio-turnhout.be",
    "phone": "014 00 00 00",
    "company_number": "0123.456.789",
}

SOCIAL_LINKS = [
    {"label": "LinkedIn", "url": "https://www.linkedin.com/company/stadsregio-turnhout"},
    {"label": "Facebook", "url": "https://www.facebook.com/stadsregioturnhout"},
]

MEMBERS = [
    {
        "name": "Beerse",
        "slug": "beerse",
        "nis_code": "13004",
        "postcode": "2340",
        "website": "https://www.beerse.be",
        "description": "Beerse, met de deelgemeente Vlimmeren, is een van de vier stichtende "
        "leden. Samen met de Stadsregio werkt Beerse aan wonen, mobiliteit en sociale economie.",
    },
    {
        "name": "Oud-Turnhout",
        "slug": "oud-turnhout",
        "nis_code": "13031",
        "postcode": "2360",
        "website": "https://www.oud-turnhout.be",
        "description": "Oud-Turnhout, met de deelgemeente Oosthoven, sluit ten oosten aan bij "
        "Turnhout. De gemeente neemt deel aan de gezamenlijke woondienst en het mobiliteitsplan.",
    },
    {
        "name": "Turnhout",
        "slug": "turnhout",
        "nis_code": "13040",
        "postcode": "2300",
        "website": "https://www.turnhout.be",
        "description": "Turnhout is de centrumstad van de regio. Het vroegere loket huisvesting "
        "van de stad ging in 2018 op in de stadsregionale woondienst.",
    },
    {
        "name": "Vosselaar",
        "slug": "vosselaar",
        "nis_code": "13046",
        "postcode": "2350",
        "website": "https://www.vosselaar.be",
        "description": "Vosselaar grenst aan Turnhout en Beerse. De gemeente werkt binnen de "
        "Stadsregio mee aan wonen, mobiliteit, sociale economie en ruimtelijke planning.",
    },
]

# The roles come from the Visie in the organisation's own text.
ROLES = [
    {
        "slug": "faciliteren",
        "name": "Faciliteren (procesbegeleiding)",
        "description": "De Stadsregio begeleidt het proces waarmee de gemeenten tot "
        "gemeenschappelijke doelen komen: overleg voorbereiden, standpunten samenbrengen, "
        "afspraken vastleggen.",
    },
    {
        "slug": "initieren",
        "name": "Initiëren",
        "description": "De Stadsregio brengt nieuwe projecten en invalshoeken aan en zoekt er "
        "partners en middelen voor.",
    },
    {
        "slug": "beleid-mee-uitvoeren",
        "name": "Beleid mee uitvoeren (dienstverlening)",
        "description": "De Stadsregio voert beleid mee uit voor de gemeenten, bijvoorbeeld met "
        "een gezamenlijke dienst voor inwoners.",
    },
    {
        "slug": "ondersteunen",
        "name": "Ondersteunen van diensten en ambtenaren",
        "description": "De Stadsregio ondersteunt de gemeentelijke diensten en hun ambtenaren "
        "met kennis, tijd en gedeelde expertise.",
    },
    {
        "slug": "belangen-behartigen",
        "name": "Belangen behartigen",
        "description": "De Stadsregio verdedigt de gezamenlijke belangen van de gemeenten bij "
        "andere partners en overheden.",
    },
    {
        "slug": "regisseren-en-coordineren",
        "name": "Regisseren en coördineren",
        "description": "De Stadsregio regisseert en coördineert beleidsprocessen waarin veel "
        "partners een rol spelen.",
    },
]

PARTNERS = [
    {
        "name": "Noorderkempen Werkt",
        "website": "",
        "description": "Samenwerking rond werk en sociale economie in de Noorderkempen.",
    },
    {
        "name": "Sociaal-Circulaire Hub Kempen+",
        "website": "",
        "description": "Samenwerking die sociale tewerkstelling en circulaire economie in de "
        "Kempen verbindt.",
    },
    {
        "name": "Erfgoed Noorderkempen",
        "website": "",
        "description": "Intergemeentelijke onroerenderfgoeddienst die gemeenten in de "
        "Noorderkempen ondersteunt in de zorg voor hun erfgoed.",
    },
    {
        "name": "Wonen in Vlaanderen",
        "website": "https://www.woneninvlaanderen.be",
        "description": "Agentschap van de Vlaamse overheid voor het woonbeleid; ondersteunt "
        "intergemeentelijke samenwerking rond lokaal woonbeleid.",
    },
    {
        "name": "De Lijn",
        "website": "https://www.delijn.be",
        "description": "Vlaamse vervoermaatschappij voor bus en tram.",
    },
    {
        "name": "Provincie Antwerpen",
        "website": "https://www.provincieantwerpen.be",
        "description": "Provinciebestuur, onder meer partner voor bovenlokale fietsroutes en "
        "ruimtelijke planning.",
    },
    {
        "name": "Vervoerregio Kempen",
        "website": "",
        "description": "Overleg tussen de Vlaamse overheid, De Lijn en de Kempense gemeenten "
        "over basisbereikbaarheid.",
    },
    {
        "name": "IOK",
        "website": "https://www.iok.be",
        "description": "Intergemeentelijke ontwikkelingsmaatschappij voor de Kempen.",
    },
    {
        "name": "VDAB",
        "website": "https://www.vdab.be",
        "description": "Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding.",
    },
    {
        "name": "Mediawijs",
        "website": "https://www.mediawijs.be",
        "description": "Vlaams kenniscentrum voor digitale en mediawijsheid.",
    },
]

ALL_MEMBERS = ["beerse", "oud-turnhout", "turnhout", "vosselaar"]

# Invented people: the names are made up, the phone numbers are not in use (014 00 ..).
PEOPLE = [
    {
        "name": "Nele Heiblom",
        "job_title": "Coördinator",
        "employer": None,
        "members": ALL_MEMBERS,
        "email": "nele.heiblom@stadsregio-turnhout.be",
        "phone": "014 00 00 01",
    },
    {
        "name": "Lotte Vennebos",
        "job_title": "Woonconsulent Dienst Wonen",
        "employer": None,
        "members": ALL_MEMBERS,
        "email": "lotte.vennebos@stadsregio-turnhout.be",
        "phone": "014 00 00 02",
    },
    {
        "name": "Jonas Zandhoeve",
        "job_title": "Woonconsulent",
        "employer": "turnhout",
        "members": ["turnhout", "oud-turnhout"],
        "email": "jonas.zandhoeve@stadsregio-turnhout.be",
        "phone": "014 00 00 03",
    },
    {
        "name": "Annelies Klaverveld",
        "job_title": "Beleidsmedewerker wonen",
        "employer": "beerse",
        "members": ["beerse", "vosselaar"],
        "email": "annelies.klaverveld@stadsregio-turnhout.be",
        "phone": "014 00 00 04",
    },
    {
        "name": "Bram Leemkuil",
        "job_title": "Mobiliteitsambtenaar",
        "employer": None,
        "members": ALL_MEMBERS,
        "email": "bram.leemkuil@stadsregio-turnhout.be",
        "phone": "014 00 00 05",
    },
    {
        "name": "Ilse Brembos",
        "job_title": "Beleidsmedewerker sociale economie",
        "employer": None,
        "members": ALL_MEMBERS,
        "email": "ilse.brembos@stadsregio-turnhout.be",
        "phone": "014 00 00 06",
    },
    {
        "name": "Pieter Heidegrens",
        "job_title": "Ruimtelijk planner",
        "employer": "turnhout",
        "members": ["turnhout", "beerse", "vosselaar"],
        "email": "pieter.heidegrens@stadsregio-turnhout.be",
        "phone": "014 00 00 07",
    },
    {
        "name": "Hanne Dennenhof",
        "job_title": "Communicatiemedewerker",
        "employer": None,
        "members": ALL_MEMBERS,
        "email": "hanne.dennenhof@stadsregio-turnhout.be",
        "phone": "014 00 00 08",
    },
    {
        "name": "Wout Turfveld",
        "job_title": "Projectmedewerker digitale inclusie",
        "employer": "vosselaar",
        "members": ["vosselaar", "oud-turnhout"],
        "email": "wout.turfveld@stadsregio-turnhout.be",
        "phone": "014 00 00 09",
    },
]
