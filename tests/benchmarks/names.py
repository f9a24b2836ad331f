"""Word lists the generator draws names from: Swedish and international, å ä ö included."""

from __future__ import annotations

FIRST_NAMES = (
    "Anna", "Åsa", "Åke", "Örjan", "Märta", "Björn", "Göran", "Håkan", "Mårten", "Sölve",
    "Ulla-Britt", "Kjell", "Ingrid", "Sven", "Karin", "Lars", "Eva", "Per", "Maria", "Johan",
    "Elin", "Linnéa", "Jörgen", "Gunnel", "Bengt", "Agneta", "Torbjörn", "Margareta", "Ylva",
    "Pär", "Sofia", "Oskar", "Ebba", "Hugo", "Maja", "Nils", "Astrid", "Gösta", "Britt-Marie",
    "Leila", "Ahmed", "Fatima", "Mehmet", "Zeynep", "Ana", "João", "Hélène", "Jürgen", "Zoë",
    "Siobhán", "Tomasz", "Agnieszka", "Mikko", "Päivi", "Dimitrios", "Chen", "Priya", "Olúwadé",
)  # fmt: skip

LAST_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Åberg", "Ödman", "Lindström", "Sjögren", "Näslund",
    "Björklund", "Höglund", "Ågren", "Öberg", "Strömberg", "Nyström", "Källström", "Bäckström",
    "Sandström", "Löfgren", "Forsgård", "Ekström", "Hägg", "Wåhlin", "Sjöberg", "Åkesson",
    "Östlund", "Lindqvist", "Bergström", "Holmqvist", "Müller", "O'Brien", "Nowak", "Jensen",
    "Virtanen", "Kowalski", "Papadopoulos", "García", "Dubois", "Rossi", "Nguyen", "Hassan",
    "Yilmaz", "Ali", "Mäkinen", "Søndergaard", "van der Berg", "da Silva",
)  # fmt: skip

TITLES = (
    "Internationell samordnare", "Handläggare", "Utredare", "Enhetschef", "Avdelningschef",
    "Förvaltningschef", "Strateg", "Projektledare", "Miljöstrateg", "EU-samordnare",
    "Kommunikatör", "Controller", "Verkställande direktör", "International officer",
)  # fmt: skip

MUNICIPALITIES = (
    "Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping",
    "Helsingborg", "Jönköping", "Norrköping", "Lund", "Umeå", "Gävle", "Borås", "Södertälje",
    "Eskilstuna", "Halmstad", "Växjö", "Karlstad", "Sundsvall", "Östersund", "Trollhättan",
    "Luleå", "Borlänge", "Falun", "Kalmar", "Kristianstad", "Skövde", "Karlskrona",
    "Skellefteå", "Uddevalla", "Lidingö", "Motala", "Landskrona", "Örnsköldsvik", "Nyköping",
    "Karlskoga", "Varberg", "Trelleborg", "Ängelholm", "Lerum", "Åre", "Härnösand", "Täby",
    "Nacka", "Solna", "Sollentuna", "Huddinge", "Haninge", "Botkyrka", "Järfälla", "Värmdö",
    "Norrtälje", "Danderyd", "Tyresö", "Sigtuna", "Österåker", "Vallentuna", "Ekerö",
    "Nynäshamn", "Vaxholm", "Knivsta", "Enköping", "Håbo", "Tierp", "Östhammar", "Älmhult",
    "Höör", "Hörby", "Åmål", "Säffle", "Ystad", "Kiruna", "Gällivare", "Piteå",
)  # fmt: skip

ADMINISTRATIONS = (
    "Miljöförvaltningen", "Kulturförvaltningen", "Utbildningsförvaltningen",
    "Trafikkontoret", "Fastighetskontoret", "Exploateringskontoret", "Stadsbyggnadskontoret",
    "Idrottsförvaltningen", "Socialförvaltningen", "Arbetsmarknadsförvaltningen",
    "Äldreförvaltningen", "Överförmyndarförvaltningen", "Kommunstyrelsens förvaltning",
    "Stadsdelsförvaltningen Södermalm", "Stadsdelsförvaltningen Östermalm",
)  # fmt: skip

COMPANIES = ("Vatten AB", "Hamn AB", "Energi AB", "Bostäder AB", "Parkering AB", "Näringsliv AB")
OTHER_BODIES = ("kommunförbund", "räddningstjänstförbund")

ORGANISATION_REGIONS = (
    ("European", "european"), ("Nordic", "nordic"), ("Scandinavian", "nordic"),
    ("Baltic", "baltic"), ("Baltic Sea", "baltic"), ("International", "global"),
    ("Global", "global"), ("World", "global"), ("North Sea", "other"),
    ("Mediterranean", "other"), ("Arctic", "other"), ("Danube", "other"),
    ("Atlantic", "other"), ("Central European", "european"), ("Transatlantic", "global"),
)  # fmt: skip

TOPICS = (
    "Water", "Climate", "Cities", "Culture", "Youth", "Transport", "Energy", "Health",
    "Housing", "Digital", "Innovation", "Tourism", "Sport", "Education", "Integration",
    "Safety", "Heritage", "Libraries", "Music", "Waste", "Ports", "Forestry", "Green Capitals",
    "Smart Cities", "Social Economy", "Procurement", "Local Democracy", "Gender Equality",
    "Human Rights", "Mobility",
)  # fmt: skip

FORMS = (
    "Network", "Association", "Forum", "Alliance", "Council", "Union", "Platform",
    "Partnership", "Initiative", "Federation", "Institute", "League",
)  # fmt: skip

SWEDISH_TOPICS = (
    "vatten", "klimat", "kultur", "ungdoms", "trafik", "energi", "hälso", "bostads", "turism",
    "idrotts", "utbildnings", "integrations", "säkerhets", "kulturarvs", "biblioteks",
    "avfalls", "hamn", "skogs", "jämställdhets", "stadsbyggnads",
)  # fmt: skip

SWEDISH_FORMS = (
    ("Nordiska {}nätverket", "nordic"), ("Svenska {}föreningen", "national"),
    ("Östersjöns {}forum", "baltic"), ("Föreningen Sveriges {}städer", "national"),
    ("Samarbetsrådet för {}frågor", "national"),
)  # fmt: skip

WELL_KNOWN = (
    ("Eurocities", "EC", "european"), ("United Cities and Local Governments", "UCLG", "global"),
    ("Union of Baltic Cities", "UBC", "baltic"), ("Nordens Större Städer", "NSS", "nordic"),
    ("ICLEI – Local Governments for Sustainability", "ICLEI", "global"),
    ("Stockholm International Water Institute", "SIWI", "global"),
    ("Covenant of Mayors", "CoM", "european"), ("Energy Cities", "", "european"),
    ("Polis", "", "european"), ("Metropolis", "", "global"),
)  # fmt: skip

THEMES = (
    "climate", "culture", "democracy", "digitalisation", "economy", "education", "environment",
    "governance", "health", "housing", "integration", "safety", "social", "transport", "water",
    "youth",
)  # fmt: skip

COUNTRIES = (
    "Belgium", "Sweden", "Denmark", "Finland", "Norway", "Germany", "France", "Netherlands",
    "Spain", "Poland", "Estonia", "Latvia", "Lithuania", "United Kingdom", "Switzerland",
    "Austria", "Italy", "United States",
)  # fmt: skip

POSITION_TITLES = (
    "Board member", "Vice president", "President", "Deputy board member", "Treasurer",
    "Styrelseledamot", "Ordförande för arbetsgruppen",
)  # fmt: skip
POSITION_BODIES = (
    "Executive Committee", "Board", "Steering Group", "Styrelsen", "Working Group on Climate",
)  # fmt: skip

ADDED_VALUES = (
    "Erfarenhetsutbyte med andra städer inom {topic}.",
    "Påverkan på EU:s politik för {topic}; tidig information om utlysningar.",
    "Projektmedel från EU för {topic}, tre pågående projekt.",
    "Nätverket ger kontakter men begränsat mervärde för förvaltningens kärnuppdrag.",
    "Stockholm har en styrelsepost och kan påverka dagordningen i {topic}-frågor.",
    "Benchmarking and peer review on {topic}; reports used in our own planning.",
    "Låg aktivitet de senaste åren; överväg att avsluta medlemskapet.",
)  # fmt: skip

# (currency, share of fees, rate to SEK in the first year)
CURRENCIES = (
    ("SEK", 0.48, None), ("EUR", 0.35, 9.35), ("USD", 0.07, 7.90), ("GBP", 0.04, 11.40),
    ("NOK", 0.02, 0.98), ("DKK", 0.02, 1.25), ("CHF", 0.02, 8.60),
)  # fmt: skip

ASCII = str.maketrans({
    "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "ø": "o", "ã": "a", "í": "i",
    "á": "a", "ó": "o", "ú": "u", "ë": "e", "'": "", " ": "", "-": "",
})  # fmt: skip
