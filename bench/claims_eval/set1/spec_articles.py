"""Article-style inputs with context spread across sentences.  Same expectation format as spec_lines."""
from truth_lib import *  # noqa
from spec_lines import A, C, I, U, O, chg

ARTICLES = {}

ARTICLES["met_yearend_2024.txt"] = ("2025-01-10", """Homicides in London fell to 108 in 2024, the lowest since 2014, the Metropolitan Police said on Friday.

The figure is down 2% on 2023, when 110 people lost their lives.

Teenage homicides also fell, with 13 teenagers killed last year compared with 21 in 2023.

Knife crime with injury fell by 3% over the same period, while robbery rose by 3%.

In Westminster, where more than 3,000 robberies took place, the force has deployed 200 extra officers to the West End.

Commissioner Sir Mark Rowley said: "London is one of the safest global cities, and these figures show we are making real progress."

Burglary fell by 5%, to 53,937 offences. It is the first time burglary has dropped below 54,000 since records began.
""", [
    ("fell to 108", {A}, "count", "homicide offences 2024 = 108"),
    ("lowest since 2014", {A}, "record", "2014 = 95 <= 108, 2015-2023 all > 108"),
    ("down 2%", {A}, "change", "homicide " + chg(108, 110)),
    ("110 people", {A, C}, "count", "homicide offences 2023 = 110; victims file 2023 incomplete (22)"),
    ("13 teenagers", {U}, "count", "victims file has no 2024; 'teenagers' is not a Met age band"),
    ("fell by 3%", {I}, "change", "dashboard KCwI " + chg(dash('Knife Crime with Injury', mm=cal(2024)), dash('Knife Crime with Injury', mm=cal(2023))) + " -> a rise"),
    ("robbery rose by 3%", {A}, "change", "robbery " + chg(mps(major='ROBBERY', mm=cal(2024)), mps(major='ROBBERY', mm=cal(2023)))),
    ("more than 3,000 robberies", {A}, "count", f"Westminster robbery 2024 = {mps(major='ROBBERY', borough='Westminster', mm=cal(2024))}"),
    ("200 extra officers", {U}, "count", "workforce"),
    ("one of the safest global cities", {O}, "opinion", "opinion"),
    ("fell by 5%", {A}, "change", "burglary " + chg(mps(major='BURGLARY', mm=cal(2024)), mps(major='BURGLARY', mm=cal(2023)))),
    ("53,937", {A}, "count", "burglary 2024 = 53937"),
    ("below 54,000 since records began", {I}, "record", "burglary 2021 = 53528 < 54000 (also 2022 53599)"),
])

ARTICLES["ons_fy2023.txt"] = ("2023-04-20", """Police recorded 882,508 crimes in London in the year ending March 2023, a 6% increase on the previous year.

Knife crime in the capital rose by 8% to 13,135 offences.

Robbery of personal property rose by 19% in 2022/23, and shoplifting increased by 19%.

Rape offences fell by 2%. Theft from the person rose by a third.

Homicides fell from 126 to 115.

Richmond upon Thames continues to have the lowest crime rate of any London borough.
""", [
    ("882,508", {A}, "count", f"all crime FY22/23 = {mps(mm=fy(2023))}"),
    ("6% increase", {A}, "change", "all crime FY " + chg(mps(mm=fy(2023)), mps(mm=fy(2022)))),
    ("rose by 8%", {U, I}, "change", "dashboard starts Mar 2022 so FY21/22 has 1 month; ONS compiled series ends FY19/20"),
    ("13,135", {A}, "count", f"dashboard knife FY22/23 = {dash(mm=fy(2023))}"),
    ("rose by 19%", {A}, "change", "personal robbery FY " + chg(mps(minor='ROBBERY OF PERSONAL PROPERTY', mm=fy(2023)), mps(minor='ROBBERY OF PERSONAL PROPERTY', mm=fy(2022)))),
    ("shoplifting increased by 19%", {A}, "change", "shoplifting FY " + chg(mps(minor='SHOPLIFTING', mm=fy(2023)), mps(minor='SHOPLIFTING', mm=fy(2022)))),
    ("fell by 2%", {A}, "change", "rape FY " + chg(mps(minor='RAPE', mm=fy(2023)), mps(minor='RAPE', mm=fy(2022)))),
    ("a third", {A}, "ratio", "TFP FY " + chg(mps(minor='THEFT FROM THE PERSON', mm=fy(2023)), mps(minor='THEFT FROM THE PERSON', mm=fy(2022)))),
    ("from 126 to 115", {A}, "count/change", f"homicide FY21/22 {mps(minor='HOMICIDE', mm=fy(2022))} -> FY22/23 {mps(minor='HOMICIDE', mm=fy(2023))}"),
    ("lowest crime rate", {A, C}, "comparison", "FY22/23 per 1,000 (GLA 2022 pop): Richmond 56.6 lowest, Harrow 57.4, Bexley 60.9"),
])

ARTICLES["politician_2024.txt"] = ("2024-02-15", """Crime in Sadiq Khan's London has risen by 14% since 2016, when he was first elected, according to a new report from City Hall Conservatives.

In Croydon, one of the boroughs worst affected, violence with injury rose to 3,500 offences last year. Residents of the borough, which has a population of 400,000, told us they feel unsafe.

Shoplifting in the borough has rocketed by 70% in a year.

The Conservative candidate, 45, promised 1,000 extra officers and said London was "no longer a safe city".
""", [
    ("risen by 14%", {I}, "change", "all crime " + chg(mps(mm=cal(2023)), mps(mm=cal(2016))) + " -> +22%"),
    ("3,500", {A}, "count", f"Croydon VWI 2023 = {mps(minor='VIOLENCE WITH INJURY', borough='Croydon', mm=cal(2023))} (rounds to 3,500)"),
    ("400,000", {A, C, U}, "count", f"population, not crime: GLA Croydon 2023 = {gla_pop('Croydon', 2023)}"),
    ("70%", {I}, "change", "Croydon shoplifting " + chg(2536, 1563) + " -> 62%"),
    ("1,000 extra officers", {U}, "count", "pledge/workforce; arguably no claim"),
    ("no longer a safe city", {O}, "opinion", "opinion"),
])

ARTICLES["local_2018.txt"] = ("2019-01-02", """London suffered 135 homicides in 2018, the highest since 2008.

In Haringey, which includes Tottenham, there were eight killings, half of them stabbings.

Robbery in Lambeth, home to Brixton, rose by 10% in 2018.

Across the capital, 76 people were stabbed to death, and violence with injury fell by 1%.
""", [
    ("135 homicides", {I, C}, "count", "homicide offences 2018 = 140; victims 2018 = 128 (Met published 135 at the time: vintage)"),
    ("highest since 2008", {I}, "record", "victims 2008 144 > 2018 128 but 2017 133 > 128, so not highest; offences: 2017 146 > 140"),
    ("eight killings", {A}, "count", f"victims Haringey 2018 = {victims(2018, Borough='Haringey')}"),
    ("half of them stabbings", {A}, "share", f"knife victims Haringey 2018 = {victims(2018, Borough='Haringey', Method_of_Killing='Knife or Sharp Implement')}/8"),
    ("rose by 10%", {I}, "change", "Lambeth robbery " + chg(1331, 1468) + " -> a fall"),
    ("76 people", {I}, "count", "knife victims 2018 = 79"),
    ("fell by 1%", {A}, "change", "VWI " + chg(77163, 77944)),
])
