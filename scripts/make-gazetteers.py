#!/usr/bin/env python3
"""Generate newsgraph's gazetteers under data/gazetteer/ from general-purpose sources.

Sources (all Debian packages; see data/gazetteer/README.md for licenses):
  iso-codes   /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json
  tzdata      /usr/share/zoneinfo/zone.tab, zone1970.tab
  libgeonames0  the GeoNames "cities15000" table built into libgeonames.so.0 (read through ctypes)
  wamerican   /usr/share/dict/american-english, only to drop small towns named like English
              words ("Police", "Of") and to flag city names that are also words ("Reading")
  iso-codes   /usr/share/iso-codes/json/iso_4217.json (currency codes, listed as non-entities)
plus hand-written general lexicons in this file: customary country names, demonyms, capital
cities, continents and world regions, person titles, head words of organizations and named
events, and acronyms that are no names.

The output is deterministic: every file is sorted and written with "\n" line ends.
Usage: scripts/make-gazetteers.py [--out DIR] [--geonames-lib PATH]
"""

import argparse
import ctypes
import ctypes.util
import json
import os
import sys
import unicodedata

ISO_DIR = "/usr/share/iso-codes/json"
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
ZONE1970_TAB = "/usr/share/zoneinfo/zone1970.tab"
DICT_WORDS = "/usr/share/dict/american-english"

# ---------------------------------------------------------------------------------------------
# Hand-written general lexicons
# ---------------------------------------------------------------------------------------------

# Customary English short names for ISO entries whose ISO name is inverted, long or unusual,
# and extra forms in common use. code -> (canonical, [extra forms]).
CUSTOMARY = {
    "AE": ("United Arab Emirates", ["UAE", "U.A.E."]),
    "BA": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina"]),
    "BN": ("Brunei", ["Brunei Darussalam"]),
    "BO": ("Bolivia", []),
    "BQ": ("Caribbean Netherlands", []),
    "BS": ("Bahamas", ["The Bahamas"]),
    "CC": ("Cocos Islands", ["Cocos (Keeling) Islands", "Keeling Islands"]),
    "CD": ("Democratic Republic of the Congo",
           ["DR Congo", "DRC", "D.R. Congo", "Congo DRC", "Congo-Kinshasa",
            "Democratic Republic of Congo", "Congo"]),
    "CG": ("Republic of the Congo", ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"]),
    "CI": ("Ivory Coast", ["Côte d'Ivoire", "Côte d’Ivoire"]),
    "CN": ("China", ["People's Republic of China", "PRC", "Mainland China"]),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "FK": ("Falkland Islands", ["Falklands", "Malvinas", "Islas Malvinas"]),
    "FM": ("Micronesia", ["Federated States of Micronesia"]),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    "GM": ("Gambia", ["The Gambia"]),
    "IE": ("Ireland", ["Republic of Ireland"]),
    "IR": ("Iran", ["Islamic Republic of Iran"]),
    "KP": ("North Korea", ["DPRK", "Democratic People's Republic of Korea"]),
    "KR": ("South Korea", ["Republic of Korea"]),
    "KN": ("Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis"]),
    "LA": ("Laos", ["Lao PDR"]),
    "LC": ("Saint Lucia", ["St Lucia", "St. Lucia"]),
    "MD": ("Moldova", []),
    "MF": ("Saint Martin", []),
    "MK": ("North Macedonia", ["Macedonia"]),
    "MM": ("Myanmar", ["Burma"]),
    "MO": ("Macau", ["Macao"]),
    "NL": ("Netherlands", ["The Netherlands", "Holland"]),
    "PN": ("Pitcairn Islands", []),
    "PS": ("Palestine", ["State of Palestine"]),
    "RU": ("Russia", ["Russian Federation"]),
    "SA": ("Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"]),
    "SH": ("Saint Helena", []),
    "ST": ("Sao Tome and Principe", ["São Tomé and Príncipe"]),
    "SX": ("Sint Maarten", []),
    "SY": ("Syria", []),
    "SZ": ("Eswatini", ["Swaziland"]),
    "TL": ("East Timor", ["Timor-Leste"]),
    "TR": ("Turkey", ["Türkiye", "Turkiye", "Republic of Turkey"]),
    "TW": ("Taiwan", ["Republic of China"]),
    "TZ": ("Tanzania", []),
    "US": ("United States",
           ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"]),
    "VA": ("Vatican City", ["Vatican", "Holy See", "Vatican City State"]),
    "VC": ("Saint Vincent and the Grenadines", ["St Vincent and the Grenadines"]),
    "VE": ("Venezuela", []),
    "VG": ("British Virgin Islands", []),
    "VI": ("US Virgin Islands", ["U.S. Virgin Islands", "United States Virgin Islands"]),
    "VN": ("Vietnam", ["Viet Nam"]),
}

# Demonyms and adjectives of every ISO 3166-1 country: adjective, singular and plural nouns.
DEMONYMS = {
    "AD": "Andorran Andorrans",
    "AE": "Emirati Emiratis",
    "AF": "Afghan Afghans",
    "AG": "Antiguan Antiguans Barbudan Barbudans",
    "AI": "Anguillan Anguillans",
    "AL": "Albanian Albanians",
    "AM": "Armenian Armenians",
    "AO": "Angolan Angolans",
    "AQ": "Antarctic",
    "AR": "Argentine Argentines Argentinian Argentinians Argentinean Argentineans",
    "AS": "American_Samoan American_Samoans",
    "AT": "Austrian Austrians",
    "AU": "Australian Australians",
    "AW": "Aruban Arubans",
    "AX": "Ålander Ålanders Alandish",
    "AZ": "Azerbaijani Azerbaijanis Azeri Azeris",
    "BA": "Bosnian Bosnians Herzegovinian Herzegovinians",
    "BB": "Barbadian Barbadians Bajan Bajans",
    "BD": "Bangladeshi Bangladeshis",
    "BE": "Belgian Belgians",
    "BF": "Burkinabe Burkinabé Burkinabes",
    "BG": "Bulgarian Bulgarians",
    "BH": "Bahraini Bahrainis",
    "BI": "Burundian Burundians",
    "BJ": "Beninese",
    "BL": "Barthélemois",
    "BM": "Bermudian Bermudians Bermudan Bermudans",
    "BN": "Bruneian Bruneians",
    "BO": "Bolivian Bolivians",
    "BQ": "Bonairean Bonaireans",
    "BR": "Brazilian Brazilians",
    "BS": "Bahamian Bahamians",
    "BT": "Bhutanese",
    "BV": "Bouvet_Island",
    "BW": "Botswanan Motswana Batswana",
    "BY": "Belarusian Belarusians Belarussian Belarussians",
    "BZ": "Belizean Belizeans",
    "CA": "Canadian Canadians",
    "CC": "Cocos_Islander Cocos_Islanders",
    "CD": "Congolese",
    "CF": "Central_African Central_Africans",
    "CG": "Congolese",
    "CH": "Swiss",
    "CI": "Ivorian Ivorians",
    "CK": "Cook_Islander Cook_Islanders",
    "CL": "Chilean Chileans",
    "CM": "Cameroonian Cameroonians",
    "CN": "Chinese",
    "CO": "Colombian Colombians",
    "CR": "Costa_Rican Costa_Ricans",
    "CU": "Cuban Cubans",
    "CV": "Cape_Verdean Cape_Verdeans Cabo_Verdean",
    "CW": "Curaçaoan Curaçaoans",
    "CX": "Christmas_Islander Christmas_Islanders",
    "CY": "Cypriot Cypriots",
    "CZ": "Czech Czechs",
    "DE": "German Germans",
    "DJ": "Djiboutian Djiboutians",
    "DK": "Danish Dane Danes",
    "DM": "Dominican Dominicans",
    "DO": "Dominican Dominicans",
    "DZ": "Algerian Algerians",
    "EC": "Ecuadorian Ecuadorians Ecuadorean Ecuadoreans",
    "EE": "Estonian Estonians",
    "EG": "Egyptian Egyptians",
    "EH": "Sahrawi Sahrawis Saharawi Saharawis",
    "ER": "Eritrean Eritreans",
    "ES": "Spanish Spaniard Spaniards",
    "ET": "Ethiopian Ethiopians",
    "FI": "Finnish Finn Finns",
    "FJ": "Fijian Fijians",
    "FK": "Falkland_Islander Falkland_Islanders",
    "FM": "Micronesian Micronesians",
    "FO": "Faroese",
    "FR": "French Frenchman Frenchmen Frenchwoman Frenchwomen",
    "GA": "Gabonese",
    "GB": "British Briton Britons Brit Brits",
    "GD": "Grenadian Grenadians",
    "GE": "Georgian Georgians",
    "GF": "French_Guianese",
    "GG": "Guernseyman Guernseymen",
    "GH": "Ghanaian Ghanaians",
    "GI": "Gibraltarian Gibraltarians",
    "GL": "Greenlandic Greenlander Greenlanders",
    "GM": "Gambian Gambians",
    "GN": "Guinean Guineans",
    "GP": "Guadeloupean Guadeloupeans",
    "GQ": "Equatorial_Guinean Equatorial_Guineans Equatoguinean Equatoguineans",
    "GR": "Greek Greeks Hellenic",
    "GS": "South_Georgian",
    "GT": "Guatemalan Guatemalans",
    "GU": "Guamanian Guamanians",
    "GW": "Bissau-Guinean Bissau-Guineans",
    "GY": "Guyanese",
    "HK": "Hongkonger Hongkongers Hong_Konger Hong_Kongers",
    "HM": "Heard_Island",
    "HN": "Honduran Hondurans",
    "HR": "Croatian Croatians Croat Croats",
    "HT": "Haitian Haitians",
    "HU": "Hungarian Hungarians",
    "ID": "Indonesian Indonesians",
    "IE": "Irish Irishman Irishmen Irishwoman",
    "IL": "Israeli Israelis",
    "IM": "Manx",
    "IN": "Indian Indians",
    "IO": "Chagossian Chagossians",
    "IQ": "Iraqi Iraqis",
    "IR": "Iranian Iranians",
    "IS": "Icelandic Icelander Icelanders",
    "IT": "Italian Italians",
    "JE": "Jerseyman Jerseymen",
    "JM": "Jamaican Jamaicans",
    "JO": "Jordanian Jordanians",
    "JP": "Japanese",
    "KE": "Kenyan Kenyans",
    "KG": "Kyrgyz Kyrgyzstani Kyrgyzstanis Kirghiz",
    "KH": "Cambodian Cambodians",
    "KI": "I-Kiribati Kiribatian",
    "KM": "Comoran Comorans Comorian Comorians",
    "KN": "Kittitian Kittitians Nevisian Nevisians",
    "KP": "North_Korean North_Koreans",
    "KR": "South_Korean South_Koreans",
    "KW": "Kuwaiti Kuwaitis",
    "KY": "Caymanian Caymanians",
    "KZ": "Kazakh Kazakhs Kazakhstani Kazakhstanis",
    "LA": "Lao Laotian Laotians",
    "LB": "Lebanese",
    "LC": "Saint_Lucian Saint_Lucians St_Lucian",
    "LI": "Liechtensteiner Liechtensteiners",
    "LK": "Sri_Lankan Sri_Lankans",
    "LR": "Liberian Liberians",
    "LS": "Basotho Mosotho",
    "LT": "Lithuanian Lithuanians",
    "LU": "Luxembourgish Luxembourger Luxembourgers",
    "LV": "Latvian Latvians",
    "LY": "Libyan Libyans",
    "MA": "Moroccan Moroccans",
    "MC": "Monégasque Monegasque Monégasques Monegasques Monacan",
    "MD": "Moldovan Moldovans",
    "ME": "Montenegrin Montenegrins",
    "MF": "Saint-Martinoise",
    "MG": "Malagasy",
    "MH": "Marshallese",
    "MK": "Macedonian Macedonians North_Macedonian North_Macedonians",
    "ML": "Malian Malians",
    "MM": "Burmese Myanmar",
    "MN": "Mongolian Mongolians",
    "MO": "Macanese",
    "MP": "Northern_Mariana_Islander Northern_Mariana_Islanders",
    "MQ": "Martiniquais Martinican Martinicans",
    "MR": "Mauritanian Mauritanians",
    "MS": "Montserratian Montserratians",
    "MT": "Maltese",
    "MU": "Mauritian Mauritians",
    "MV": "Maldivian Maldivians",
    "MW": "Malawian Malawians",
    "MX": "Mexican Mexicans",
    "MY": "Malaysian Malaysians",
    "MZ": "Mozambican Mozambicans",
    "NA": "Namibian Namibians",
    "NC": "New_Caledonian New_Caledonians",
    "NE": "Nigerien Nigeriens",
    "NF": "Norfolk_Islander Norfolk_Islanders",
    "NG": "Nigerian Nigerians",
    "NI": "Nicaraguan Nicaraguans",
    "NL": "Dutch Dutchman Dutchmen Dutchwoman Netherlander Netherlanders",
    "NO": "Norwegian Norwegians",
    "NP": "Nepali Nepalis Nepalese",
    "NR": "Nauruan Nauruans",
    "NU": "Niuean Niueans",
    "NZ": "New_Zealander New_Zealanders",
    "OM": "Omani Omanis",
    "PA": "Panamanian Panamanians",
    "PE": "Peruvian Peruvians",
    "PF": "French_Polynesian French_Polynesians",
    "PG": "Papua_New_Guinean Papua_New_Guineans Papuan",
    "PH": "Filipino Filipinos Filipina Filipinas Philippine",
    "PK": "Pakistani Pakistanis",
    "PL": "Polish Pole Poles",
    "PM": "Saint-Pierrais",
    "PN": "Pitcairn_Islander Pitcairn_Islanders",
    "PR": "Puerto_Rican Puerto_Ricans",
    "PS": "Palestinian Palestinians",
    "PT": "Portuguese",
    "PW": "Palauan Palauans",
    "PY": "Paraguayan Paraguayans",
    "QA": "Qatari Qataris",
    "RE": "Réunionese Reunionese",
    "RO": "Romanian Romanians",
    "RS": "Serbian Serbians Serb Serbs",
    "RU": "Russian Russians",
    "RW": "Rwandan Rwandans",
    "SA": "Saudi Saudis Saudi_Arabian Saudi_Arabians",
    "SB": "Solomon_Islander Solomon_Islanders",
    "SC": "Seychellois",
    "SD": "Sudanese",
    "SE": "Swedish Swede Swedes",
    "SG": "Singaporean Singaporeans",
    "SH": "Saint_Helenian Saint_Helenians",
    "SI": "Slovenian Slovenians Slovene Slovenes",
    "SJ": "Svalbard",
    "SK": "Slovak Slovaks Slovakian Slovakians",
    "SL": "Sierra_Leonean Sierra_Leoneans",
    "SM": "Sammarinese",
    "SN": "Senegalese",
    "SO": "Somali Somalis Somalian Somalians",
    "SR": "Surinamese Surinamer Surinamers",
    "SS": "South_Sudanese",
    "ST": "Santomean Santomeans",
    "SV": "Salvadoran Salvadorans Salvadorean Salvadoreans",
    "SX": "Sint_Maartener Sint_Maarteners",
    "SY": "Syrian Syrians",
    "SZ": "Swazi Swazis Emaswati Liswati",
    "TC": "Turks_and_Caicos_Islander Turks_and_Caicos_Islanders",
    "TD": "Chadian Chadians",
    "TF": "French_Southern",
    "TG": "Togolese",
    "TH": "Thai Thais",
    "TJ": "Tajik Tajiks Tajikistani Tajikistanis",
    "TK": "Tokelauan Tokelauans",
    "TL": "Timorese East_Timorese",
    "TM": "Turkmen Turkmens Turkmenistani",
    "TN": "Tunisian Tunisians",
    "TO": "Tongan Tongans",
    "TR": "Turkish Turk Turks",
    "TT": "Trinidadian Trinidadians Tobagonian Tobagonians",
    "TV": "Tuvaluan Tuvaluans",
    "TW": "Taiwanese",
    "TZ": "Tanzanian Tanzanians",
    "UA": "Ukrainian Ukrainians",
    "UG": "Ugandan Ugandans",
    "UM": "United_States_Minor_Outlying_Islands",
    "US": "American Americans",
    "UY": "Uruguayan Uruguayans",
    "UZ": "Uzbek Uzbeks Uzbekistani Uzbekistanis",
    "VA": "Vatican",
    "VC": "Vincentian Vincentians",
    "VE": "Venezuelan Venezuelans",
    "VG": "British_Virgin_Islander British_Virgin_Islanders",
    "VI": "US_Virgin_Islander US_Virgin_Islanders",
    "VN": "Vietnamese",
    "VU": "Ni-Vanuatu Vanuatuan",
    "WF": "Wallisian Wallisians Futunan Futunans",
    "WS": "Samoan Samoans",
    "YE": "Yemeni Yemenis Yemenite",
    "YT": "Mahoran Mahorans",
    "ZA": "South_African South_Africans",
    "ZM": "Zambian Zambians",
    "ZW": "Zimbabwean Zimbabweans",
    "XK": "Kosovar Kosovars Kosovan Kosovans",
}

# Forms that are country names rather than demonyms ("Myanmar" as an adjective, "Vatican") or
# that name a place rather than its people: kept in the table above for completeness of
# adjectives, dropped here so a demonym never shadows a country form.
DEMONYM_SKIP = {"Myanmar", "Bouvet_Island", "Heard_Island", "Svalbard", "South_Georgian",
                "French_Southern", "United_States_Minor_Outlying_Islands", "Vatican", "Antarctic"}

# Demonyms that are shared by two countries: resolved to the larger or more often meant one
# (Congolese: both Congos; Dominican: Dominican Republic is far more frequent in news).
DEMONYM_PREFER = {"Congolese": "CD", "Dominican": "DO", "Dominicans": "DO"}

# States that ISO 3166-1 does not list but news treat as countries (user-assigned code).
NON_ISO_COUNTRIES = [{"alpha_2": "XK", "name": "Kosovo", "official_name": "Republic of Kosovo"}]

# Country names shared by two ISO entries: the one news mean by the bare name. "Congo" alone is
# the Democratic Republic of the Congo in most reporting (the ISO short name of CG is "Congo";
# Reuters and AP write "Republic of Congo" or "Congo Republic" for it).
FORM_PREFER = {"Congo": "CD"}

# Supranational demonyms: form -> (code, name). Codes are ISO 3166-1 exceptionally reserved ones.
SUPRANATIONAL = {
    "European": ("EU", "European Union"),
    "Europeans": ("EU", "European Union"),
}

# Capital cities (general knowledge). code -> list of "Name" or "Name|Alt form|Alt form".
CAPITALS = {
    "AD": ["Andorra la Vella"], "AE": ["Abu Dhabi"], "AF": ["Kabul"], "AG": ["Saint John's|St. John's"],
    "AI": ["The Valley"], "AL": ["Tirana|Tiranë"], "AM": ["Yerevan"], "AO": ["Luanda"],
    "AR": ["Buenos Aires"], "AS": ["Pago Pago"], "AT": ["Vienna"], "AU": ["Canberra"],
    "AW": ["Oranjestad"], "AX": ["Mariehamn"], "AZ": ["Baku"], "BA": ["Sarajevo"],
    "BB": ["Bridgetown"], "BD": ["Dhaka|Dacca"], "BE": ["Brussels"], "BF": ["Ouagadougou"],
    "BG": ["Sofia"], "BH": ["Manama"], "BI": ["Gitega"], "BJ": ["Porto-Novo"],
    "BL": ["Gustavia"], "BM": ["Hamilton"], "BN": ["Bandar Seri Begawan"], "BO": ["Sucre", "La Paz"],
    "BQ": ["Kralendijk"], "BR": ["Brasília|Brasilia"], "BS": ["Nassau"], "BT": ["Thimphu"],
    "BW": ["Gaborone"], "BY": ["Minsk"], "BZ": ["Belmopan"], "CA": ["Ottawa"],
    "CC": ["West Island"], "CD": ["Kinshasa"], "CF": ["Bangui"], "CG": ["Brazzaville"],
    "CH": ["Bern|Berne"], "CI": ["Yamoussoukro"], "CK": ["Avarua"], "CL": ["Santiago"],
    "CM": ["Yaoundé|Yaounde"], "CN": ["Beijing|Peking"], "CO": ["Bogotá|Bogota"], "CR": ["San José|San Jose"],
    "CU": ["Havana"], "CV": ["Praia"], "CW": ["Willemstad"], "CX": ["Flying Fish Cove"],
    "CY": ["Nicosia"], "CZ": ["Prague"], "DE": ["Berlin"], "DJ": ["Djibouti"],
    "DK": ["Copenhagen"], "DM": ["Roseau"], "DO": ["Santo Domingo"], "DZ": ["Algiers"],
    "EC": ["Quito"], "EE": ["Tallinn"], "EG": ["Cairo"], "EH": ["Laayoune|El Aaiún|Laâyoune"],
    "ER": ["Asmara"], "ES": ["Madrid"], "ET": ["Addis Ababa"], "FI": ["Helsinki"],
    "FJ": ["Suva"], "FK": ["Stanley"], "FM": ["Palikir"], "FO": ["Tórshavn|Torshavn"],
    "FR": ["Paris"], "GA": ["Libreville"], "GB": ["London"], "GD": ["St. George's|Saint George's"],
    "GE": ["Tbilisi"], "GF": ["Cayenne"], "GG": ["Saint Peter Port|St Peter Port"], "GH": ["Accra"],
    "GI": ["Gibraltar"], "GL": ["Nuuk"], "GM": ["Banjul"], "GN": ["Conakry"],
    "GP": ["Basse-Terre"], "GQ": ["Malabo"], "GR": ["Athens"], "GS": ["King Edward Point"],
    "GT": ["Guatemala City"], "GU": ["Hagåtña|Hagatna"], "GW": ["Bissau"], "GY": ["Georgetown"],
    "HN": ["Tegucigalpa"], "HR": ["Zagreb"], "HT": ["Port-au-Prince"], "HU": ["Budapest"],
    "ID": ["Jakarta"], "IE": ["Dublin"], "IL": ["Jerusalem"], "IM": ["Douglas"],
    "IN": ["New Delhi"], "IQ": ["Baghdad"], "IR": ["Tehran|Teheran"], "IS": ["Reykjavík|Reykjavik"],
    "IT": ["Rome"], "JE": ["Saint Helier|St Helier"], "JM": ["Kingston"], "JO": ["Amman"],
    "JP": ["Tokyo"], "KE": ["Nairobi"], "KG": ["Bishkek"], "KH": ["Phnom Penh"],
    "KI": ["South Tarawa|Tarawa"], "KM": ["Moroni"], "KN": ["Basseterre"], "KP": ["Pyongyang"],
    "KR": ["Seoul"], "KW": ["Kuwait City"], "KY": ["George Town"], "KZ": ["Astana|Nur-Sultan"],
    "LA": ["Vientiane"], "LB": ["Beirut"], "LC": ["Castries"], "LI": ["Vaduz"],
    "LK": ["Sri Jayawardenepura Kotte|Kotte", "Colombo"], "LR": ["Monrovia"], "LS": ["Maseru"],
    "LT": ["Vilnius"], "LU": ["Luxembourg"], "LV": ["Riga"], "LY": ["Tripoli"],
    "MA": ["Rabat"], "MC": ["Monaco"], "MD": ["Chișinău|Chisinau|Kishinev"], "ME": ["Podgorica"],
    "MF": ["Marigot"], "MG": ["Antananarivo"], "MH": ["Majuro"], "MK": ["Skopje"],
    "ML": ["Bamako"], "MM": ["Naypyidaw|Nay Pyi Taw|Naypyitaw"], "MN": ["Ulaanbaatar|Ulan Bator"],
    "MO": ["Macau|Macao"], "MP": ["Saipan"], "MQ": ["Fort-de-France"], "MR": ["Nouakchott"],
    "MS": ["Plymouth"], "MT": ["Valletta"], "MU": ["Port Louis"], "MV": ["Malé|Male"],
    "MW": ["Lilongwe"], "MX": ["Mexico City"], "MY": ["Kuala Lumpur"], "MZ": ["Maputo"],
    "NA": ["Windhoek"], "NC": ["Nouméa|Noumea"], "NE": ["Niamey"], "NF": ["Kingston"],
    "NG": ["Abuja"], "NI": ["Managua"], "NL": ["Amsterdam"], "NO": ["Oslo"],
    "NP": ["Kathmandu"], "NR": ["Yaren"], "NU": ["Alofi"], "NZ": ["Wellington"],
    "OM": ["Muscat"], "PA": ["Panama City"], "PE": ["Lima"], "PF": ["Papeete"],
    "PG": ["Port Moresby"], "PH": ["Manila"], "PK": ["Islamabad"], "PL": ["Warsaw"],
    "PM": ["Saint-Pierre"], "PN": ["Adamstown"], "PR": ["San Juan"], "PS": ["Ramallah"],
    "PT": ["Lisbon"], "PW": ["Ngerulmud"], "PY": ["Asunción|Asuncion"], "QA": ["Doha"],
    "RE": ["Saint-Denis"], "RO": ["Bucharest"], "RS": ["Belgrade"], "RU": ["Moscow"],
    "RW": ["Kigali"], "SA": ["Riyadh"], "SB": ["Honiara"], "SC": ["Victoria"],
    "SD": ["Khartoum"], "SE": ["Stockholm"], "SG": ["Singapore"], "SH": ["Jamestown"],
    "SI": ["Ljubljana"], "SJ": ["Longyearbyen"], "SK": ["Bratislava"], "SL": ["Freetown"],
    "SM": ["San Marino"], "SN": ["Dakar"], "SO": ["Mogadishu"], "SR": ["Paramaribo"],
    "SS": ["Juba"], "ST": ["São Tomé|Sao Tome"], "SV": ["San Salvador"], "SX": ["Philipsburg"],
    "SY": ["Damascus"], "SZ": ["Mbabane", "Lobamba"], "TC": ["Cockburn Town"], "TD": ["N'Djamena|Ndjamena"],
    "TF": ["Port-aux-Français"], "TG": ["Lomé|Lome"], "TH": ["Bangkok"], "TJ": ["Dushanbe"],
    "TK": ["Nukunonu"], "TL": ["Dili"], "TM": ["Ashgabat|Ashkhabad"], "TN": ["Tunis"],
    "TO": ["Nukuʻalofa|Nuku'alofa"], "TR": ["Ankara"], "TT": ["Port of Spain"], "TV": ["Funafuti"],
    "TW": ["Taipei"], "TZ": ["Dodoma"], "UA": ["Kyiv|Kiev"], "UG": ["Kampala"],
    "US": ["Washington|Washington, D.C.|Washington DC|Washington D.C."], "UY": ["Montevideo"],
    "UZ": ["Tashkent"], "VA": ["Vatican City"], "VC": ["Kingstown"], "VE": ["Caracas"],
    "VG": ["Road Town"], "VI": ["Charlotte Amalie"], "VN": ["Hanoi"], "VU": ["Port Vila"],
    "WF": ["Mata-Utu"], "WS": ["Apia"], "YE": ["Sanaa|Sana'a|Sana’a"], "YT": ["Mamoudzou"],
    "ZA": ["Pretoria", "Cape Town", "Bloemfontein"], "ZM": ["Lusaka"], "ZW": ["Harare"], "XK": ["Pristina|Prishtina|Priština"],
}

# Person titles. Kinds: honorific (Mr., Dr., Sheikh), position (civil office or occupation),
# military (ranks and commands), modifier (deputy, acting, former: only a title when a title follows).
HONORIFICS = """
mr mr. mrs mrs. ms ms. miss mx dr dr. doctor prof prof. sir dame lord lady madam madame
sheikh shaikh sheik mullah mulla maulana mawlana maulvi mawlawi moulvi molvi mufti haji hajji
alhaji hazrat ayatollah grand_ayatollah hojatoleslam excellency his_excellency her_excellency
h.e. hon. hon honourable honorable the_honourable rev rev. reverend very_reverend father
sri shri shree smt. smt monsignor msgr. rabbi imam
"""

PORTFOLIOS = """
foreign foreign_affairs defence defense interior home home_affairs internal_affairs information
information_and_broadcasting finance economy economic_affairs trade commerce justice law
health education higher_education energy oil petroleum water water_resources power electricity
agriculture planning communications telecommunications religious_affairs refugees
labour labor culture tourism transport
railways aviation industry mines mining environment climate climate_change security
national_security public_security state_security intelligence human_rights
parliamentary_affairs maritime_affairs housing social_affairs women's_affairs youth sports
science technology science_and_technology infrastructure digital development rural_development
irrigation foreign_trade economic_development reconstruction public_works veterans_affairs
external_affairs
immigration emergency_situations emergencies disaster_management minorities
"""

POSITIONS = """
president vice_president vice-president president-elect prime_minister premier chancellor
vice_chancellor prime_minister-designate prime_minister-elect minister minister_of_state
state_minister federal_minister cabinet_minister chief_minister first_minister
secretary_of_state secretary-general secretary_general under-secretary-general
under_secretary-general under_secretary_general assistant_secretary-general
assistant_secretary_general deputy_secretary-general high_commissioner commissioner
high_representative ambassador ambassador-at-large envoy special_envoy peace_envoy
special_representative special_rapporteur representative permanent_representative
consul consul_general consul-general chargé_d'affaires charge_d'affaires diplomat
top_diplomat spokesperson spokesman spokeswoman spokespeople press_secretary
chief_of_staff national_security_adviser national_security_advisor adviser advisor
senior_adviser special_adviser special_assistant king queen prince princess crown_prince
emir sultan monarch supreme_leader caliph leader party_leader opposition_leader
chief_executive chief_executive_officer ceo cfo coo governor lieutenant_governor
governor-general governor_general deputy_governor mayor deputy_mayor senator congressman
congresswoman lawmaker legislator member_of_parliament mp speaker deputy_speaker
chairman chairwoman chairperson chair vice_chairman vice-chairman director
director-general director_general executive_director managing_director chief head
head_of_state head_of_government head_of_delegation attorney_general attorney-general
solicitor_general inspector_general inspector-general auditor_general
inspector_general_of_police police_chief chief_of_police police_commissioner
judge chief_justice justice magistrate prosecutor chief_prosecutor public_prosecutor
prosecutor-general prosecutor_general attorney lawyer analyst political_analyst
security_analyst defence_analyst defense_analyst professor associate_professor
assistant_professor lecturer researcher scholar expert economist journalist
correspondent reporter editor editor-in-chief columnist commentator anchor cleric imam
mufti grand_mufti pope bishop archbishop cardinal patriarch priest pastor chief_rabbi
founder co-founder secretary general_secretary first_secretary first_lady
party_chairman party_chief party_president foreign_secretary home_secretary
defence_secretary defense_secretary cabinet_secretary permanent_secretary
interior_secretary treasury_secretary secretary_of_defense secretary_of_the_treasury
minister_of_state_for_foreign_affairs government_spokesperson government_spokesman
government_spokeswoman presidential_spokesperson presidential_spokesman
military_spokesperson military_spokesman army_spokesperson army_spokesman
police_spokesperson police_spokesman ministry_spokesperson ministry_spokesman
ministry_spokeswoman foreign_ministry_spokesperson foreign_ministry_spokesman
foreign_ministry_spokeswoman foreign_office_spokesperson foreign_office_spokesman
foreign_office_spokeswoman negotiator chief_negotiator mediator official
foreign_policy_chief foreign_affairs_chief top_negotiator lead_negotiator
senior_official top_official district_commissioner deputy_commissioner
provincial_governor district_governor tribal_elder elder chieftain warlord
"""

MILITARY = """
general gen gen. lieutenant_general lt._gen. lt_gen lt.gen. lt.-gen. lt-gen lieutenant-general
major_general maj._gen. maj_gen maj.gen. major-general brigadier_general brig._gen. brig_gen
brigadier brig. brig colonel col. col lieutenant_colonel lt._col. lt_col lt.col. lt.-col.
lieutenant-colonel major maj. captain capt. capt lieutenant lt. lt second_lieutenant
first_lieutenant sergeant sgt. sgt staff_sergeant corporal cpl. cpl admiral adm.
vice_admiral vice_adm. rear_admiral rear_adm. fleet_admiral air_marshal air_chief_marshal
air_vice_marshal field_marshal marshal commander cmdr. cmdr commodore commander-in-chief
commander_in_chief supreme_commander c-in-c chief_of_army_staff chief_of_the_army_staff
army_chief army_chief_of_staff army_commander chief_of_general_staff
chief_of_the_general_staff chief_of_staff_of_the_army chief_of_defence_staff
chief_of_defense_staff chief_of_the_defence_staff chief_of_the_defense_staff
chief_of_naval_staff chief_of_the_naval_staff chief_of_air_staff chief_of_the_air_staff
naval_chief air_force_chief navy_chief chairman_of_the_joint_chiefs_of_staff
corps_commander brigade_commander
battalion_commander militia_commander field_commander military_commander top_commander
rebel_commander regional_commander police_commander military_chief intelligence_chief
spy_chief
"""

MODIFIERS = """
former ex ex- deputy acting interim caretaker vice assistant associate senior junior top
then then- outgoing incoming current late federal provincial regional national principal
permanent joint special first second
"""

# Head words that type a name (mostly organizations; a few place heads). cue -> class name in
# ontology/Vocabulary.h. The named armed groups are well-known ones of conflicts worldwide
# (general knowledge), so that a group named alone with no cue word ("Hamas denied the
# charge") is found. A cue written "=cue" is itself a name ("Taliban", "NATO", "Security
# Council") and makes a mention on its own; the others are heads ("ministry", "party") that only
# type a longer name and are generic nouns when they stand alone.
ORG_CUES = {
    "GovernmentBody": """
        ministry ministries department army navy air_force police forces armed_forces military
        cabinet parliament council government office assembly senate congress court
        =supreme_court =high_court tribunal commission directorate bureau secretariat presidency
        embassy consulate administration authority authorities gendarmerie guard guards
        =national_guard =coast_guard corps legislature municipality =house_of_representatives
        =house_of_commons =house_of_lords =white_house =pentagon =kremlin intelligence_agency
        investigation_agency space_agency =foreign_office =home_office =ministry_of_defence
        =ministry_of_defense border_police security_forces people's_liberation_army
        =idf =israel_defense_forces =saf =sudanese_armed_forces =fardc =irgc =islamic_revolutionary_guard_corps
        =revolutionary_guards =ukrainian_armed_forces
        defence_force defense_force defence_forces defense_forces =joint_chiefs_of_staff =general_staff
        =cia =central_intelligence_agency =fbi =federal_bureau_of_investigation =nsa =mossad =shin_bet
        =mi5 =mi6 =fsb =gru =svr =sbu =isi =inter-services_intelligence =ispr
        command battalion battalions regiment squadron
    """,
    "MediaOutlet": """
        news agency news_agency press_agency times post tribune tv television radio broadcasting
        broadcaster press journal herald gazette daily chronicle telegraph guardian express
        observer monitor newspaper magazine media newswire courier inquirer dispatch today press_service
        =reuters =associated_press =afp =agence_france-presse =bbc =al_jazeera =xinhua =tass
        =anadolu =anadolu_agency =ria_novosti =interfax =cnn =dpa =efe =ansa =kyodo
        =yonhap
        =facebook =instagram =telegram =twitter =youtube =tiktok =whatsapp
    """,
    "InternationalOrganization": """
        =united_nations =un =u.n. =nato =world_bank =imf =international_monetary_fund =iaea
        =international_atomic_energy_agency atomic_energy_agency =who =world_health_organization
        =unicef =unhcr =unesco =wfp =world_food_programme =undp =ocha =red_cross =red_crescent
        =icrc =international_committee_of_the_red_cross =european_union =eu =african_union
        =asean =opec =arab_league =league_of_arab_states =gulf_cooperation_council =gcc
        =organisation_of_islamic_cooperation =organization_of_islamic_cooperation =oic
        =shanghai_cooperation_organisation =shanghai_cooperation_organization =sco =saarc =osce
        =wto =world_trade_organization =interpol =international_criminal_court =icc
        =international_court_of_justice =icj =security_council =general_assembly
        =human_rights_council refugee_agency mission =commonwealth =european_commission
        =un_security_council =un_general_assembly
        =ecowas =economic_community_of_west_african_states =igad =intergovernmental_authority_on_development
        =sadc =southern_african_development_community =east_african_community
        =eccas =economic_community_of_central_african_states
        =unifil =monusco =unmiss =minusca =unama =unami =unsmil =amisom =atmis =aussom
        =african_union_commission =iom =unrwa =un_women =undp =fao
        =mercosur =brics =g7 =g20 =g-7 =g-20 =apec =aukus =oas =organization_of_american_states =celac
        =caricom =european_council =council_of_europe
    """,
    "ArmedGroup": """
        movement front brigade brigades militia militias liberation =taliban jihad =mujahideen cartel
        =mujahidin =mujahedeen insurgency guerrillas rebels resistance
        =hamas =hezbollah =hizbollah =hizbullah =houthi =houthis =ansar_allah =ansarallah
        =al-shabaab =al_shabaab =al-shabab =al_shabab =boko_haram =al-qaeda =al_qaeda =al-qaida =aqap =aqim
        =jnim =hayat_tahrir_al-sham =hts =al-nusra =nusra_front =pkk =ypg =farc =eln =m23
        =janjaweed =lashkar-e-taiba =lashkar-e-tayyiba =jaish-e-mohammed =islamic_jihad
        =kataib_hezbollah =polisario
        =rsf =rapid_support_forces =sdf =syrian_democratic_forces =tplf =pmf =popular_mobilization_forces
        =wagner =wagner_group =iswap =arakan_army =mndaa =kachin_independence_army =ta'ang_national_liberation_army
        =janjaweed =fdlr =allied_democratic_forces =codeco =ansar_dine =ansaru
        =islamic_state =isis =isil =daesh
    """,
    "Organization": """
        party university institute foundation company bank corp corp. corporation inc inc.
        ltd ltd. llc plc group association society union federation league club college
        school academy centre center organisation organization trust fund alliance coalition
        confederation chamber airlines airways holdings industries enterprises committee board
        network think_tank observatory international watch apparatus church community forum programme
        division force task_force headquarters
        =amnesty_international =human_rights_watch =doctors_without_borders =msf
        =médecins_sans_frontières =medecins_sans_frontieres =save_the_children =oxfam
        =international_crisis_group =crisis_group =acled =airwars
    """,
    "Region": """
        province district region governorate valley strip corridor peninsula county oblast
        prefecture territory territories
    """,
    # Natural features: "Second Thomas Shoal", "Strait of Hormuz", "Sea of Azov".
    "Place": """
        shoal shoals reef reefs atoll island islands isles archipelago strait straits sea ocean
        river mountains heights desert canal plateau
    """,
    "Border": """
        border line crossing frontier border_post border_crossing
    """,
    # Named events: "Minsk Agreement", "Geneva Talks", "Munich Security Conference".
    "Negotiation": """
        talks negotiations peace_talks peace_process
    """,
    "Meeting": """
        summit conference
    """,
    "Ceasefire": """
        ceasefire cease-fire truce armistice
    """,
    "Agreement": """
        agreement accord accords treaty pact declaration protocol
    """,
    "ArmedClash": """
        war offensive uprising
    """,
    "Attack": """
        massacre bombing bombings
    """,
}

# Continents and world regions (general knowledge): name -> [other forms]. Typed Region.
WORLD_REGIONS = {
    "Africa": [], "Asia": [], "Europe": [], "North America": [], "South America": [],
    "Latin America": [], "Central America": [], "Oceania": [], "Eurasia": [], "Arctic": [],
    "Middle East": ["Mideast"], "Near East": [], "Far East": [], "Central Asia": [],
    "South Asia": [], "East Asia": [], "Southeast Asia": ["South-East Asia", "South East Asia"],
    "West Asia": [], "Asia-Pacific": ["Asia Pacific"], "Indo-Pacific": [],
    "North Africa": [], "West Africa": [], "East Africa": [], "Central Africa": [],
    "Southern Africa": [], "Sub-Saharan Africa": [], "Horn of Africa": [], "Sahel": [],
    "Maghreb": [], "Levant": [], "Gulf": ["Persian Gulf", "Arabian Gulf"],
    "Arabian Peninsula": [], "Caucasus": ["South Caucasus", "North Caucasus"], "Balkans": ["Western Balkans"],
    "Baltic": ["Baltic states", "Baltics"], "Scandinavia": [], "Nordic countries": [],
    "Western Europe": [], "Eastern Europe": [], "Central Europe": [], "Southern Europe": [],
    "Northern Europe": [], "Mediterranean": [], "Caribbean": [], "Pacific": [],
    "Atlantic": [], "Indian Ocean": [], "Black Sea": [], "Red Sea": [], "Caspian Sea": [],
    "South China Sea": [], "East China Sea": [], "Arabian Sea": [], "Baltic Sea": [],
    "Gulf of Aden": [], "Strait of Hormuz": [], "Bab el-Mandeb": [], "Suez Canal": [],
    "Sinai": ["Sinai Peninsula"], "Himalayas": [], "Great Lakes": [],
    # Regions of conflicts that no ISO 3166-2 name gives in English.
    "West Bank": [], "Gaza Strip": [], "Golan Heights": ["Golan"], "Donbas": ["Donbass"],
    "Crimea": [], "Kashmir": [], "Darfur": [], "Kurdistan": [], "Tigray": [],
    "Transnistria": [], "South Ossetia": [], "Nagorno-Karabakh": ["Karabakh"],
}

# Capitalized words and acronyms that are no names, besides ISO 4217 currency codes.
NON_ENTITIES = """
GDP GNP GNI CPI PPP COVID COVID-19 HIV AIDS DNA AI PDF URL GPS SMS VIP FAQ UAV UAVs IED IEDs
RPG AM PM GMT UTC BST EST EDT CET CEST MW GW KM KG BC AD BCE CE
"""

# ISO 3166-2 names that are ordinary English words ("Western", "Central", "Coast"): left out,
# since in running text they are almost never the subdivision.
GENERIC_SUBDIVISION_NAMES = set("""
Central North South East West Northern Southern Eastern Western Coast Lakes Plateau Plateaux
Littoral Highland Midlands Bay Pool Est Lot Most Grad Nip Lib Bar Encamp Mono Var Cascade Cascades
Antique Ascension Saga Meta Gulf Bled Reading Slough Harrow Bury Male Capital City city
""".split())

# ---------------------------------------------------------------------------------------------

SPECIAL_FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae",
                "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th",
                "ð": "d", "Ð": "D", "ß": "ss", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'",
                "ʿ": "'", "ʾ": "'", "–": "-", "‐": "-", "‑": "-"}


def ascii_fold(s):
    """Strip diacritics and map a few letters without decomposition; keeps case."""
    s = "".join(SPECIAL_FOLD.get(ch, ch) for ch in s)
    decomposed = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed
                                                if not unicodedata.combining(ch)))


def words(block):
    """Split a whitespace-separated word block; '_' stands for a space inside an entry."""
    return [w.replace("_", " ") for w in block.split()]


def clean(s):
    return " ".join(s.split())


def write_tsv(path, header, rows, sections=None):
    """Rows are tuples; sorted, deduplicated. sections: list of (comment, rows) after the main rows."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        # The header starts with "#" so that readers which skip comment lines skip it too.
        f.write("#" + "\t".join(header) + "\n")
        for row in sorted(set(rows)):
            f.write("\t".join(row) + "\n")
        for comment, extra in sections or []:
            f.write("# " + comment + "\n")
            for row in sorted(set(extra)):
                f.write("\t".join(row) + "\n")
    return len(set(rows)) + sum(len(set(extra)) for _, extra in sections or [])


def load_iso(name, key):
    with open(os.path.join(ISO_DIR, name), encoding="utf-8") as f:
        return json.load(f)[key]


# ---------------------------------------------------------------------------------------------

def make_countries():
    rows = []
    names = {}
    for e in load_iso("iso_3166-1.json", "3166-1") + NON_ISO_COUNTRIES:
        code = e["alpha_2"]
        canonical, extra = CUSTOMARY.get(code, (e.get("common_name") or e["name"], []))
        names[code] = canonical
        forms = {canonical, e["name"], *extra}
        for k in ("official_name", "common_name"):
            if k in e:
                v = e[k]
                if v.startswith("the "):
                    v = v[4:]
                forms.add(v)
        for form in list(forms):
            forms.add(ascii_fold(form))
        for form in forms:
            if FORM_PREFER.get(form, code) == code:
                rows.append((code, clean(form), canonical))
    return rows, names


def make_demonyms(country_names):
    rows = []
    for code, block in DEMONYMS.items():
        if code not in country_names:
            sys.exit(f"demonym table names unknown code {code}")
        for w in block.split():
            if w in DEMONYM_SKIP:
                continue
            form = w.replace("_", " ")
            if DEMONYM_PREFER.get(form, code) != code:
                continue
            for f in {form, ascii_fold(form)}:
                rows.append((f, code))
    missing = sorted(set(country_names) - set(DEMONYMS))
    if missing:
        sys.exit(f"demonym table misses {missing}")
    supra = [(f, code, name) for f, (code, name) in SUPRANATIONAL.items()]
    return rows, supra


def subdivision_forms(name):
    """Clean an ISO 3166-2 name: drop "[alt CODE]" and "(note)", un-invert "Bristol, City of".

    Returns (canonical, forms)."""
    forms = set()
    if "[" in name:
        head, _, rest = name.partition("[")
        alt = [w for w in rest.rstrip("]").split()
               if not (len(w) > 3 and w[2] == "-" and w[:2].isupper())]
        if alt:
            forms.add(" ".join(alt))
        name = head
    while "(" in name and ")" in name[name.index("("):]:
        a = name.index("(")
        b = name.index(")", a)
        name = name[:a] + name[b + 1:]
    name = clean(name)
    canonical = name
    if ", " in name:
        first, _, second = name.partition(", ")
        if not any(c in f" {second} " for c in (" and ", " y ", " et ")):
            # "Durham, County" -> "County Durham"; "Madrid, Comunidad de" -> "Comunidad de Madrid"
            inverted = f"{second} {first}"
            canonical = inverted if first[:1].islower() else first
            forms.add(inverted)
    forms.add(canonical)
    return canonical, {clean(f) for f in forms if f.strip()}


def english_words():
    """Lowercase words and capitalized proper nouns of the English dictionary (wamerican)."""
    english, proper = set(), set()
    with open(DICT_WORDS, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w.islower():
                english.add(w)
            elif w[:1].isupper():
                proper.add(w)
    return english, proper


def make_subdivisions():
    rows = []
    for e in load_iso("iso_3166-2.json", "3166-2"):
        code = e["code"]
        canonical, forms = subdivision_forms(e["name"])
        for form in list(forms):
            forms.add(ascii_fold(form))
        for form in forms:
            if form in GENERIC_SUBDIVISION_NAMES:
                continue
            rows.append((code, form, e["type"], code.split("-")[0], canonical))
    return rows


def tz_cities(country_codes):
    """City names of tz database zones: Continent/City and America/Argentina/City."""
    out = {}

    def add(codes, tz):
        parts = tz.split("/")
        if parts[0] not in ("Africa", "America", "Asia", "Australia", "Europe"):
            return
        if len(parts) == 3 and parts[1] != "Argentina":
            return
        if len(parts) not in (2, 3):
            return
        city = parts[-1].replace("_", " ")
        code = codes.split(",")[0]
        if code in country_codes:
            out.setdefault((city, code), True)

    for path, col in ((ZONE_TAB, 0), (ZONE1970_TAB, 0)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                add(cols[col], cols[2])
    return sorted(out)


def geonames_cities(lib_path):
    """(name, country code, population) of every city in libgeonames' built-in table."""
    os.environ["LANGUAGE"] = "C"
    os.environ["LC_ALL"] = "C"
    path = lib_path or ctypes.util.find_library("geonames") or "libgeonames.so.0"
    try:
        lib = ctypes.CDLL(path)
    except OSError as err:
        sys.exit(f"cannot load {path} ({err}); install Debian's libgeonames0 or pass --geonames-lib")
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    for field in ("name", "country_code"):
        fn = getattr(lib, "geonames_city_get_" + field)
        fn.restype = ctypes.c_char_p
        fn.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    out = []
    for i in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(i)
        out.append((lib.geonames_city_get_name(city).decode("utf-8"),
                    lib.geonames_city_get_country_code(city).decode("utf-8"),
                    int(lib.geonames_city_get_population(city))))
        lib.geonames_city_free(city)
    return out


def make_cities(country_codes, lib_path, english, proper_nouns):
    # (canonical, code) -> [population, capital, forms]
    cities = {}

    def entry(name, code):
        return cities.setdefault((name, code), [0, False, {name}])

    for name, code, pop in geonames_cities(lib_path):
        if code not in country_codes:
            continue
        # A town named like an English word that the dictionary does not know as a proper
        # noun ("Police", "Of", "Split") does more harm than good in running text.
        if name.lower() in english and name not in proper_nouns and pop < 500000:
            continue
        e = entry(name, code)
        e[0] = max(e[0], pop)
    def folded_index():
        index = {}
        for key in cities:
            index.setdefault((ascii_fold(key[0]).lower(), key[1]), key)
        return index

    for code, caps in CAPITALS.items():
        for spec in caps:
            forms = spec.split("|")
            index = folded_index()
            same = {index[(ascii_fold(f).lower(), code)] for f in forms
                    if (ascii_fold(f).lower(), code) in index}
            pop = 0
            for key in same:
                if key != (forms[0], code):
                    pop = max(pop, cities[key][0])
                    forms.extend(sorted(cities.pop(key)[2]))
            e = entry(forms[0], code)
            e[0] = max(e[0], pop)
            e[1] = True
            e[2].update(forms)
    index = folded_index()
    for city, code in tz_cities(country_codes):
        if city.lower() in english:
            continue
        key = index.get((ascii_fold(city).lower(), code))
        if key:
            cities[key][2].add(city)
        else:
            entry(city, code)

    rows = []
    for (canonical, code), (pop, capital, forms) in cities.items():
        for form in list(forms):
            forms.add(ascii_fold(form))
        for form in forms:
            # "word": also a common English word ("Reading", "Mobile"), unsafe at a sentence start.
            flags = ",".join(f for f, on in (("capital", capital), ("word", form.lower() in english)) if on)
            rows.append((clean(form), code, flags, str(pop), canonical))
    return rows


def make_world_regions():
    rows = []
    for name, others in WORLD_REGIONS.items():
        for form in {name, *others}:
            for f in {form, ascii_fold(form)}:
                rows.append((f, name))
    return rows


def make_non_entities():
    rows = [(w, "acronym") for w in NON_ENTITIES.split()]
    for e in load_iso("iso_4217.json", "4217"):
        rows.append((e["alpha_3"], "currency"))
    seen = {}
    for w, kind in rows:
        seen.setdefault(w, kind)
    return sorted(seen.items())


def make_titles():
    rows = []
    for w in words(HONORIFICS):
        rows.append((w, "honorific"))
    for w in words(POSITIONS):
        rows.append((w, "position"))
    for p in words(PORTFOLIOS):
        for pattern in ("{} minister", "minister of {}", "minister for {}", "{} ministry spokesperson",
                        "{} ministry spokesman", "{} ministry spokeswoman", "{} secretary",
                        "secretary of {}", "minister of state for {}", "{} adviser", "{} advisor",
                        "{} commissioner", "commissioner for {}", "{} chief"):
            rows.append((pattern.format(p), "position"))
    for w in words(MILITARY):
        rows.append((w, "military"))
    for w in words(MODIFIERS):
        rows.append((w, "modifier"))
    seen = {}
    for phrase, kind in rows:
        seen.setdefault(phrase.lower(), kind)
    return sorted(seen.items())


def make_orgcues():
    rows = {}
    for cls, block in ORG_CUES.items():
        for w in words(block):
            use = "name" if w.startswith("=") else "head"
            w = w.lstrip("=")
            if w in rows and rows[w][0] != cls:
                sys.exit(f"cue {w!r} given two classes: {rows[w][0]} and {cls}")
            rows[w] = (cls, use)
    return sorted((cue, cls, use) for cue, (cls, use) in rows.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "gazetteer"))
    ap.add_argument("--geonames-lib", default=None, help="path of libgeonames.so.0")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    def out(name):
        return os.path.join(args.out, name)

    english, proper = english_words()
    countries, names = make_countries()
    n = write_tsv(out("countries.tsv"), ("alpha2", "form", "canonical"), countries)
    print(f"countries.tsv: {n}")

    demonyms, supra = make_demonyms(names)
    n = write_tsv(out("demonyms.tsv"), ("form", "code", "name"), demonyms,
                  [("supranational: code is not an ISO 3166-1 country; name gives the entity", supra)])
    print(f"demonyms.tsv: {n}")

    n = write_tsv(out("subdivisions.tsv"), ("code", "name", "type", "country", "canonical"),
                  make_subdivisions())
    print(f"subdivisions.tsv: {n}")

    n = write_tsv(out("cities.tsv"), ("name", "country", "flags", "population", "canonical"),
                  make_cities(set(names), args.geonames_lib, english, proper))
    print(f"cities.tsv: {n}")

    n = write_tsv(out("regions.tsv"), ("name", "canonical"), make_world_regions())
    print(f"regions.tsv: {n}")

    n = write_tsv(out("nonentities.tsv"), ("word", "kind"), make_non_entities())
    print(f"nonentities.tsv: {n}")

    n = write_tsv(out("titles.tsv"), ("phrase", "kind"), make_titles())
    print(f"titles.tsv: {n}")

    n = write_tsv(out("orgcues.tsv"), ("cue", "class", "use"), make_orgcues())
    print(f"orgcues.tsv: {n}")


if __name__ == "__main__":
    main()
