"""Subjects outside police-recorded crime: response times, 999 calls, officer numbers, court backlogs.

"<response times> ... are the worst on record" is about how fast the police
arrive, not about how many crimes were recorded: it must never inherit the article's measure (all
crime, burglary) and be judged against it.  ``outside_subject`` names such a subject and the data
that would answer it, so the claim is unverifiable with that said.

A subject counts only when the clause names no crime measure of its own ('999 calls about
burglary rose' stays unverifiable; 'burglary fell while response times rose' keeps burglary for
the burglary figure).
"""

from __future__ import annotations

import re

from .._caseless import any_twin, lowercase_twin, twin_may_answer
from .._lexicon import LEXICON, number_alternation
from .._model import Claim
from ._scan import Scan, Words

__all__ = ["outside_subject", "find_outside", "outside_gate", "outside_opener", "UNREPORTED", "OUTCOMES", "FORECAST",
           "SENTENCES", "RECOVERY", "REPEAT_OFFENDING", "FINES", "RESPONSE_TIMES", "CRIME_NAMED_SUBJECTS", "CAUSE"]

UNREPORTED = "crime never reported to the police"     # outside recorded crime even when a crime is named
OUTCOMES = "crime outcomes, whether crimes were solved or ended in a charge"     # the same: a crime named, its outcome not held

_I = re.IGNORECASE
PROGRAMME = "the reach of a prevention programme"     # people a scheme worked with: a crime word in its name is no count
FORECAST = "a forecast"     # what a figure will be: no recorded data can check it yet, whatever crime is named
RESPONSE_TIMES = "police response times"
RECOVERY = "stolen property recovered"     # a crime named ('stolen cars'), its recovery not held
REPEAT_OFFENDING = "repeat offending"     # a crime named ('shoplifters'), who commits it not held
SENTENCES = "sentence lengths"     # a crime named ('the term for murder'), the sentence not held
FINES = "fines and penalty notices"
# subjects that stay outside recorded crime whatever crime the clause names and whatever the claim's kind ('N minutes
# to reach a <crime>'); unreported crime, outcomes and programmes do so for counts and shares (the resolver)
SURVEY = "what people say in a survey"
OCCUPATION = "the victim's occupation"
CRIME_NAMED_SUBJECTS = frozenset({RECOVERY, REPEAT_OFFENDING, SENTENCES, RESPONSE_TIMES, SURVEY, OCCUPATION})
# '<crime> will <pass> N by <year>', '<someone> expects <crime> to <fall> by N%', 'is set to <top> N'
# what a figure is said to be going to do
_WILL_DO = (r"pass|reach|hit|top|exceed|rise|fall|drop|double|halve|climb|grow|increase|decrease|go\s+(?:up|down)|"
            r"be\s+(?:up|down|higher|lower)")
FORECAST_WORDS = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:going|likely|bound|set|expected|forecast|projected|predicted|on\s+course|on\s+track)\s+to)\s+"
    rf"(?:\w+ly\s+)?(?:soon\s+)?(?:{_WILL_DO}|treble|triple|break)\b"
    r"|\b(?:expects?|expected|expecting|predicts?|predicted|forecasts?|projects?|projected|anticipates?)\s+(?:that\s+)?"
    rf"(?:[\w'’-]+\s+){{0,5}}?(?:to|will)\s+(?:\w+ly\s+)?(?:{_WILL_DO})\b", _I)
# what happened after a crime was recorded: solved, charged, prosecuted ('one case in N ends with a charge',
# 'helped police solve N crimes', 'led to N charges')
# 'solved' alone is an outcome only of crimes the clause names ('<crimes> are solved', 'solve N crimes'): 'solved
# nine in ten of the cases' after a text on homicide is the homicide series' own (unsolved homicides)
_SOLVED = re.compile(r"\b(?:solve[ds]?|solving|unsolved)\b", _I)
_CRIMES_NAMED = re.compile(r"\b(?:crimes?|offences?|offenders?)\b", _I)
# homicide has its own outcome series (unsolved homicides, people charged with homicide): never an outside subject
_HOMICIDE_WORDS = re.compile(r"\b(?:murder\w*|homicides?|killings?|killers?|manslaughter)\b", _I)
_OUTCOMES = re.compile(
    r"\b(?:detection|clear[- ]up|charge|charging|solve|conviction|"
    r"prosecution|outcome)\s+rates?\b|\bbrought\s+to\s+justice\b"
    r"|\b(?:end|ends|ended|ending|result|results|resulted|resulting|led|lead|leads|leading)\s+(?:in|to|with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:charged|charges?|prosecut(?:ed|ions?)|convict(?:ed|ions?)|cautions?|cautioned|"
    r"sentenced|justice)\b"
    r"|\bhelp(?:s|ed|ing)?\s+(?:the\s+)?police\s+(?:to\s+)?(?:solve|catch|identify|trace|track\s+down|charge|"
    r"convict)\b|\b(?:\d[\d,]*|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+)?charges\b"
    # court outcomes: 'N people were jailed for <crime>', 'sentenced to', 'locked up'
    r"|\b(?:were|was|been|be|are|is|got|get)\s+(?:jailed|imprisoned|sentenced|locked\s+up|sent\s+to\s+prison|"
    r"put\s+behind\s+bars|convicted)\b"
    # a rate said as one case in N: 'one <offender> in N ... is ever <charged>'
    r"|\b(?:is|are|was|were|get|gets|got|be)\s+ever\s+(?:charged|prosecuted|convicted|jailed|caught|cautioned|punished)\b", _I)
# hearsay: a quantity of the people someone knows ('half the kids at his school', 'most people I know')
_HEARSAY = re.compile(
    r"\b(?:people|kids|children|friends|neighbours|neighbors|mates|parents|mums|dads|families|women|girls|boys|"
    r"lads|colleagues|classmates|pupils|students|shopkeepers|traders|everyone|everybody)\s+(?:that\s+|who\s+)?"
    r"(?:I|we|he|she|they|you)\s+(?:know|knew|speak\s+to|spoke\s+to|talk\s+to|talked\s+to)\b"
    r"|\b(?:at|in|from)\s+(?:my|our|his|her|their|your)\s+(?:school|college|class|year|estate|block|gym|"
    r"church|mosque|workplace)\b"
    r"|\b(?:on|along|down|in)\s+(?:my|our|his|her|their|your)\s+(?:street|road|estate|block)\b"
    # 'my neighbours', not 'our neighbours' (a force or a council speaking of the next one)
    r"|\b(?:my|his|her)\s+(?:friends|neighbours|neighbors|mates|classmates|colleagues|customers)\b", _I)
# (pattern, what it is, the data that would answer it)
_SUBJECTS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\b(?:emergency\s+)?response\s+times?\b|\b999\s+responses?\b|\bto\s+see\s+(?:an?\s+)?(?:police\s+)?officer\b|\bwait(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}?for\s+"
                r"(?:a|an|the|any)\s+(?:(?:police|emergency|urgent)\s+)?(?:response|officer)\b|\bresponse\s+to\s+(?:an?\s+|the\s+)?"
                r"(?:emergency|999|urgent)\s+calls?\b|\btimes?\s+to\s+(?:respond|attend|arrive)\b|"
                r"\battend(?:ance)?\s+times?\b|\b(?:minutes|hours|days)\s+to\s+(?:respond|attend|arrive|turn\s+up|get\s+there)\b|\b(?:visited|attended|seen)\s+(?:by\s+(?:an?\s+)?(?:officers?|police)\s+)?within\s+"
                r"(?:\d+|[a-z]+)\s+(?:hours?|minutes?|days?)\b", _I),
     RESPONSE_TIMES, "the force's own response-time figures (e.g. the Met's emergency response data)"),
    (re.compile(r"\b999\s+calls?\b|\b101\s+calls?\b|\bemergency\s+calls?\b|\bcalls?\s+(?:to|from)\s+(?:the\s+)?"
                r"(?:police|public)\b|\bcall[- ]handling\b|\bcalls?\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:helplines?|hotlines?|advice\s+lines?)\b"
                r"|\bhelplines?\s+calls?\b", _I),
     "calls to the police", "the force's call-handling figures"),
    (re.compile(r"\b(?:officer|police|detective|staff|pcso|workforce)\s+(?:numbers|levels|strength|headcount)\b|"
                r"\bnumbers?\s+of\s+(?:police\s+)?(?:officers|detectives|pcsos|constables|staff)\b|"
                r"\b(?:lost|recruited|hired|cut|gained)\s+(?:[\d,]+\s+)?(?:police\s+)?(?:officers|detectives|pcsos|"
                r"constables|staff)\b"
                # '<N> more police on our streets', '<N> extra officers', 'an extra <N> bobbies'
                r"|\b[\d,]+(?:\s+(?:thousand|million))?\s+(?:more|fewer|extra|additional|new)\s+(?:police(?:\s+officers)?|"
                r"officers|bobbies|cops|detectives|pcsos|constables)\b", _I),
     "police workforce numbers", "the Home Office police workforce statistics"),
    (re.compile(r"\b(?:worked|working)\s+with\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|some\s+)?[\d,]+\s+"
                r"(?:young\s+people|children|families|people|pupils|schools)\b|\b(?:reached|supported|helped|engaged)\s+"
                r"(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|some\s+)?[\d,]+\s+(?:young\s+people|children|families|pupils)\b", _I),
     PROGRAMME, "the programme's own records"),
    (re.compile(r"\bpatrol\s+hours\b|\b(?:pcsos?|officers?|police)\s+(?:patrols?|hours|visibility)\b|\bhours\s+of\s+"
                r"(?:police\s+|pcso\s+)?patrols?\b|\bfront\s+counters?\b|\bpolice\s+stations?\b", _I),
     "police patrols and stations", "the force's own deployment and estate records"),
    (re.compile(r"\bcourt\s+(?:backlogs?|delays?|waiting\s+times?|cases?)\b|\bbacklogs?\s+(?:in|of)\s+(?:the\s+)?"
                r"(?:crown\s+)?courts?\b|\bcrown\s+court\s+backlogs?\b", _I),
     "court backlogs", "the Ministry of Justice criminal court statistics"),
    (re.compile(r"\bprison\s+(?:places|population|numbers|capacity|overcrowding)\b|\bprisons?\s+(?:are\s+)?full\b", _I),
     "prison places", "the Ministry of Justice prison population statistics"),
    (re.compile(r"\b(?:police|policing)\s+(?:budgets?|funding|spending)\b|\bbudget\s+cuts?\b", _I),
     "police funding", "police funding and spending figures"),
    (re.compile(r"\bAction\s+Fraud\b|\bfraud\s+(?:teams?|squads?|units?|desks?)\b|\bfraud\s+(?:against|on|targeting)\s+"
                r"(?:\w+\s+){0,2}(?:businesses|firms|companies)\b|\b(?:reports?|cases?|victims?)\s+(?:of\s+fraud\s+)?"
                r"from\s+(?:\w+\s+){0,2}(?:businesses|firms|companies)\b", _I),
     "fraud reported to Action Fraud", "Action Fraud / NFIB fraud reports for the force"),
    (re.compile(r"\btrue\s+(?:number|level|scale|extent|figure|picture)\b|\b(?:never|not|under-?)\s*reported\b|"
                r"\bnever\s+(?:even\s+)?(?:get|gets|got|are|is|were|was|been|being)\s+reported\b|\bunreported\b|\bwhat\s+(?:the\s+)?police\s+(?:record|recorded)\b|\bhidden\s+(?:crime|figures?)\b|"
                r"\b(?:never|ever)\s+(?:go|goes|went|come|comes|came)\s+(?:to|forward\s+to)\s+(?:the\s+)?(?:police|hospital)\b|"
                r"\b(?:never|don['’]t|do\s+not|rarely|seldom)\s+(?:come|comes|came)\s+forward\b|"
                r"\b(?:only|just|few|fewer|most|many)\b[^.;]{0,40}?\bever\s+(?:report|reports|reported|tell|tells|told)\b", _I),
     UNREPORTED, "the Crime Survey for England and Wales (ONS), which counts crime "
     "whether or not it was reported"),
    (re.compile(r"\bknew\s+(?:their|his|her)\s+(?:killers?|attackers?|abusers?|assailants?)\b|"
                r"\bknown\s+to\s+(?:the|their)\s+victims?\b|\bkilled\s+by\s+(?:a\s+)?(?:partners?|strangers?)\b", _I),
     "the relationship between victim and suspect", "the Home Office Homicide Index (ONS 'Homicide in England and "
     "Wales'), which records the victim-suspect relationship"),
    (re.compile(r"\bpublic\s+confidence\b|\btrust\s+in\s+(?:the\s+)?(?:police|met)\b|\bfear\s+of\s+crime\b", _I),
     "public confidence in the police", "a survey such as the Met's Public Attitude Survey"),
    (re.compile(r"\bneighbourhood\s+watch\b|\bsuspicious\s+(?:activity|behaviour|incidents?)\b|\bcommunity\s+"
                r"(?:patrols?|volunteers?|speedwatch)\b|\bstreets?\s+(?:covered|signed\s+up)\b", _I),
     "community schemes and their reports", "the scheme's own records (not police-recorded crime)"),
    (re.compile(r"\bcctv\b|\b(?:security|speed|traffic)\s+cameras?\b|\bstreet\s*lights?\b|\bstreet\s+lighting\b", _I),
     "cameras, lighting and other local measures", "the council's or the force's own records"),
    (re.compile(r"\bcost(?:s|ing)?\b[^.;]{0,60}?(?:[£$€]\s?\d(?:[\d,.]*\d)?(?:\s*(?:m|bn|k|million|billion|thousand)\b)?|"
                r"\b(?:[\w-]+\s+)?(?:million|billion|thousand)\s+pounds\b)|[£$€]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion|thousand)?\b[^.;]{0,40}?"
                r"\b(?:costs?|losses|lost|damage\s+bill|bill)\b", _I),
     "the money cost of crime", "an estimate of its cost (insurers' or the Home Office's economic and social cost "
     "of crime), not police-recorded counts"),
    (re.compile(r"\b(?:survey|poll|opinion\s+poll)s?\b|\b(?:say|said|tell|told|feel|felt|report)\s+(?:that\s+)?(?:they|"
                r"them)\s+(?:worry|worried|feel|felt|fear|are\s+(?:worried|scared|afraid|concerned))\b|"
                r"\bworr(?:y|ied)\s+about\s+(?:\w+\s+){0,2}(?:crime|safety)\b", _I),
     SURVEY, "a survey (the Met's Public Attitude Survey, the Crime Survey for England and "
     "Wales)"),
    (re.compile(r"\b(?:on|using|riding)\s+(?:e-?bikes?|mopeds?|scooters?|e-?scooters?|motorbikes?|motorcycles?)\b", _I),
     "how the offenders travelled", "the force's own records of how offences were committed"),
    (re.compile(r"\bhospital\s+(?:admissions?|episodes?|attendances?)\b|\b(?:admitted|admissions?)\s+to\s+hospital\b|"
                r"\b(?:a\s*&\s*e|a\s+and\s+e)\s+(?:attendances?|visits?|admissions?)\b", _I),
     "hospital admissions", "NHS Hospital Episode Statistics (admissions for assault)"),
    (re.compile(r"\b(?:shop|retail|store|supermarket|transport|rail|bus|tube|nhs|hospital|health|care|delivery|emergency|"
                r"council|school|bar|pub|security)\s+(?:workers?|staff|employees|drivers?|nurses?|paramedics?|teachers?)\b"
                r"(?:\s+[\w'’-]+){0,6}?\s+(?:were|was|are|is|been|being|get|got)\s+(?:[\w'’-]+\s+)?(?:assaulted|attacked|abused|"
                r"threatened|spat\s+at|punched|injured|hurt)\b|\b(?:assaults?|attacks?|abuse|violence)\s+(?:on|against|towards)\s+"
                r"(?:shop|retail|store|transport|rail|bus|nhs|hospital|emergency|delivery)\s+(?:workers?|staff|employees|drivers?)\b", _I),
     OCCUPATION,
     "surveys of the workers named (such as the British Retail Consortium's crime survey for shop staff) or the "
     "employer's own incident records"),
    (re.compile(r"\b(?:average|mean|median|typical)\s+(?:minimum\s+|prison\s+|jail\s+|custodial\s+)?(?:sentences?|terms?|tariffs?)\b|"
                r"\bsentences?\s+of\s+(?:just\s+|only\s+|barely\s+)?(?:\d+|[a-z]+)\s+(?:weeks|months|years)\b", _I),
     SENTENCES, "the Ministry of Justice criminal justice statistics (sentencing)"),
    (re.compile(r"\b(?:linked|related|connected|tied)\s+to\s+(?:gangs?|gang\s+(?:disputes?|feuds?|rivalr(?:y|ies)|wars?))\b|"
                r"\b(?:county\s+lines?|drug|criminal|street|organi[sz]ed(?:\s+crime)?)\s+(?:gangs?|networks?|groups?)\b"
                r"(?!\s+(?:crime|offences?|violence|killings?|murders?))|\bcounty\s+lines\b(?=\s+(?:operating|running|active))", _I),
     "gangs and drug lines", "police intelligence on gangs and county lines (not published as open data)"),
    (re.compile(r"\b(?:makes?|made|making)\s+it\s+back\s+to\s+(?:its|their|the)\s+owners?\b|"
                r"\brecovery\s+rates?\b|\b(?:has|have|had)\s+(?:now\s+|already\s+)?recovered\s+(?:more\s+than\s+|over\s+|about\s+|"
                r"around\s+|nearly\s+|almost\s+|some\s+)?\d[\d,]*\b|\b(?:is|are|was|were|get|gets|got|be|been)\s+(?:ever\s+|never\s+|later\s+)?"
                r"(?:recovered|returned\s+to\s+(?:their|its|the)\s+owners?)\b", _I),
     RECOVERY, "the force's own records of stolen property recovered"),
    (re.compile(r"\brepeat\s+(?:offenders?|offending|shoplifters|burglars)\b|\bprolific\s+(?:offenders?|shoplifters|thieves|burglars)\b|"
                r"\bre-?offend(?:s|ed|ing|ers?)?\b|\bthe\s+same\s+(?:faces|people|culprits|offenders|gangs?)\b", _I),
     REPEAT_OFFENDING, "the Ministry of Justice proven reoffending statistics, or the force's own offender records"),
    # a quantity of visitors ('<N> <visitors> a day'), not crime against them ('thefts from tourists')
    (re.compile(r"\b(?:millions?|thousands|hundreds\s+of\s+thousands|\d[\d,.]*(?:\s*(?:m|million|k))?)\s+(?:or\s+so\s+)?"
                r"(?:[\w'’-]+\s+)?(?:visitors|tourists|commuters|day-?trippers|shoppers)\b|\b(?:visitor|tourist)\s+numbers\b|"
                r"\bfootfall\b", _I),
     "how many people visit or pass through a place",
     "footfall or visitor counts (the GLA's or the local business district's own figures)"),
    (re.compile(r"\b(?:fines|fined|fixed[- ]penalty\s+notices?|penalty\s+notices?|fpns?)\b", _I),
     FINES, "the force's or the NPCC's fixed penalty notice figures"),
    (FORECAST_WORDS, FORECAST, "the recorded figures once the period is over (a forecast cannot be checked yet)"),
    # crime outcomes and hearsay (patterns above)
    (_OUTCOMES,
     OUTCOMES,
     "outcome data (the Home Office crime outcomes statistics or the force's own detection figures)"),
    (_HEARSAY,
     "what someone says of the people they know, hearsay rather than a count of crimes",
     "a survey of the group named (such as the Crime Survey for England and Wales)"),
]


_ANIMALS = re.compile(r"\b(?:dogs?|cats?|pets?|puppies|kittens|animals?)\b", _I)
CAUSE = "what caused a change"
_CAUSE_DATA = ("an evaluation of the scheme or policy credited, against a comparison area (recorded figures say what "
               "changed, not why)")
# a cause credited with a figure: 'which <someone> credits to <a scheme>', 'thanks to <a scheme>', 'as the
# <police> <stepped up> <a tactic>'; the figure is checked on its own, the cause is a claim of its own
_CAUSE = re.compile(
    r"\b(?:which|this|that|something|it)\s+(?:[\w'’-]+\s+){0,4}?(?:credits?|credited|attributes?|attributed|puts?\s+down|"
    r"blames?|blamed)\s+(?:it\s+|this\s+|that\s+)?(?:to|on)\b"
    # 'which <we> <think> <partly> reflects <a change in reporting>', 'this is <largely> down to <a scheme>'
    r"|\b(?:which|this|that|it)\s+(?:[\w'’-]+\s+){0,4}?(?:reflects?|reflected|(?:is|was)\s+(?:largely\s+|partly\s+|mainly\s+)?"
    r"(?:down\s+to|driven\s+by|explained\s+by))\b"
    r"|\b(?:thanks\s+(?:largely\s+|mainly\s+|partly\s+|in\s+part\s+)?to|because\s+of|as\s+a\s+(?:direct\s+)?result\s+of|"
    r"owing\s+to)\b"
    r"|\bas\s+(?:the\s+)?(?:police|met|force|council|officers|government|mayor|(?-i:[A-Z][\w'’-]+))\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:stepped\s+up|ramped\s+up|cracked\s+down|launched|introduced|rolled\s+out|brought\s+in|expanded|scrapped)\b"
    # a reason given for a figure: 'because <we> <did something>', '<driven by> <x> rather than <y>', 'a sign
    # of <x> rather than <y>', 'as gangs fought over <territory>'
    r"|\bbecause\s+(?:our|the|their|more|fewer|police|officers|of)\b"
    r"|\b(?:driven|caused|fuelled|fueled|explained)\s+(?:largely\s+|mainly\s+|partly\s+)?by\s+(?:[\w'’-]+\s+){1,6}?rather\s+than\b"
    r"|\ba\s+sign\s+(?:of|that)\s+(?:[\w'’-]+\s+){1,6}?rather\s+than\b"
    r"|\bas\s+(?:rival\s+)?gangs?\s+(?:fought|fight|battled?|clash(?:ed)?|compete[sd]?|vied?|feuded?)\b"
    # the passive: 'as <stop and search> was stepped up'
    r"|\bas\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:stepped\s+up|ramped\s+up|"
    r"launched|introduced|rolled\s+out|brought\s+in|expanded|scrapped)\b", _I)


def outside_subject(clause: str, *, cause: bool = False) -> tuple[str, str] | None:
    """(what the clause is about, the data that would answer it) when it is a subject outside
    police-recorded crime, else None.  ``cause``: the clause was found as a cause credited with a figure."""
    if cause and _CAUSE.search(clause):
        return CAUSE, _CAUSE_DATA
    for pat, what, data in _SUBJECTS:
        if pat.search(clause) or (pat is _OUTCOMES and _solved(clause)):
            # (stolen dogs and cats recovered: the Met's stolen-animals file holds them)
            if (pat is _OUTCOMES and _HOMICIDE_WORDS.search(clause)) or (what == RECOVERY and _ANIMALS.search(clause)):
                continue
            return what, data
    return None


def _solved(clause: str) -> bool:
    """'<crimes> are solved', 'helped solve N crimes': solving said of crimes the clause names."""
    return bool(_SOLVED.search(clause)) and bool(_CRIMES_NAMED.search(clause) or LEXICON.crime_nouns.search(clause))


# a quantity, a comparison or a direction: what makes a sentence about an outside subject a claim
_QUANTIFIED = re.compile(r"\d|\b(?:average|faster|slower|quicker|longer|shorter|worse|better|worst|best|slowest|fastest|"
                         r"quickest|longest|shortest|record|highest|lowest|more|fewer|most|majority|higher|lower|"
                         r"double|twice|half|rose|fell|risen|fallen|doubled|halved|far\s+(?:higher|greater|bigger)|"
                         r"improved|improving|worsened|deteriorated|"
                         r"hours|minutes|days|weeks|millions?|billions?|pounds)\b"
                         # 'one <case> in N', 'nearly everyone', 'three of my <friends>'
                         rf"|\bone\s+(?:[\w'’-]+\s+){{0,3}}?in\s+(?:every\s+)?(?:\d+|{number_alternation(2, 100)}|"
                         r"a\s+hundred)\b"
                         r"|\b(?:nearly|almost|virtually)\s+(?:all|every(?:one|body)?)\b"
                         r"|\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b"
                         rf"|\b(?:{number_alternation(2, 10)}|a\s+few|several|many|dozens|hundreds)\s+of\s+"
                         r"(?:my|our|his|her|their|the)\b",
                         _I)
# the words a cause credited needs ('credits <it> to', 'thanks to', 'as <the police> <stepped up>')
_CAUSE_WORDS = ("credit", "attribut", "put down", "puts down", "blame", "thanks", "because", "result of", "owing", "reflect",
                "down to", "driven by", "explained by", "rather than", "as gang", "as rival gang")
_CAUSE_VERBS = ("stepped up", "ramped up", "cracked down", "launched", "introduced", "rolled out", "brought in",
                "expanded", "scrapped")
_GATE_WORDS = ("response", "respond", "helpline", "hotline", "recover", "owner", "repeat", "prolific", "offend", "same faces",
               "same people", "visitor", "tourist", "commuter", "shoppers", "footfall", "fine", "penalt", "term", "worked with", "visited within", "patrol", "pcso", "counter", "attend", "call", "999", "101", "officer", "police", "bobbies", "cops", "court", "prison",
               "sentence", "gang", "county lines", "will ", "expect", "predict", "forecast", "set to", "on course",
               "budget", "fraud", "confidence", "trust", "fear", "true ", "reported", "record", "hidden", "knew",
               "known to", "killed by", "neighbourhood watch", "suspicious", "community", "cctv", "camera",
               "light", "cost", "£", "survey", "poll", "say", "said", "worr", "bike", "moped", "scooter", "motor",
               "hospital", "wait", "workers", "staff", "drivers", "nurses", "paramedics", "teachers")


# outcomes and hearsay open a sentence only when they hold a quantity (no wider opening of other sentences)
_NEW_GATE_WORDS = ("solv", "charg", "jailed", "imprison", "locked up", "prison", "behind bars", "prosecut", "convict", "caution", "sentenced", "justice", "detection", "clear",
                   "outcome", "help", "know", "knew", "speak", "spoke", "talk", "school", "college", "class", "year",
                   "estate", "block", "gym", "church", "mosque", "workplace", "street", "road", "friends",
                   "neighbo", "mates", "colleagues", "customers")


def outside_opener(sc: Scan) -> bool:
    """An outside subject is a claim only with a quantity in it (``find_outside``): without one, its words alone do
    not make the sentence worth scanning."""
    return outside_gate(sc) and _QUANTIFIED.search(sc.st) is not None


_CAUSE_GATE_TEST = Words(*_CAUSE_WORDS)
_CAUSE_GATE_TEST_2 = Words(" as ")
_CAUSE_GATE_TEST_3 = Words(*_CAUSE_VERBS)


def _cause_gate(sc: Scan) -> bool:
    return _CAUSE_GATE_TEST(sc.low) or (_CAUSE_GATE_TEST_2(sc.low) and _CAUSE_GATE_TEST_3(sc.low))


_OUTSIDE_GATE_TEST = Words(*_GATE_WORDS)
_OUTSIDE_GATE_TEST_2 = Words(*_NEW_GATE_WORDS)


def outside_gate(sc: Scan) -> bool:
    return _OUTSIDE_GATE_TEST(sc.low) or _cause_gate(sc) or (
        _OUTSIDE_GATE_TEST_2(sc.low) and bool(_QUANTIFIED.search(sc.st))
        and bool(_OUTCOMES.search(sc.st) or _solved(sc.st) or _HEARSAY.search(sc.st)))


# 'Thanks to your <party> team', 'thanks to our councillors': credit a party or its people take, a political
# judgement (an opinion), not a cause the data could test
_CREDIT_TAKEN = re.compile(r"\bthanks\s+(?:largely\s+|mainly\s+)?to\s+(?:your|our)\s+(?:local\s+)?"
                           r"(?:(?-i:[A-Z][\w'’-]+)\s+){0,2}(?:team|councillors?|council|mps?|candidates?|party|administration)\b",
                           _I)

# what outside_opener cannot pass without: a quantity (its _QUANTIFIED, as searched in the lowercased sentence)
OUTSIDE_NEEDS = Words(patterns=(lowercase_twin(_QUANTIFIED.pattern),))


# every subject pattern's lowercase twin in one search: a sentence where it finds nothing names no outside subject
# (it only skips the pattern-by-pattern search; what is found is still found by the patterns themselves)
_ANY_SUBJECT = any_twin([p for p, _, _ in _SUBJECTS])


def _may_name_a_subject(sc: Scan) -> bool:
    return _ANY_SUBJECT is None or not twin_may_answer(sc.st, sc.low) or _ANY_SUBJECT.search(sc.low) is not None


def _causes(sc: Scan) -> list[Claim]:
    """'<crime> fell by N%, which <someone> credits to <a scheme>': the cause, from its words to the end of the
    clause, is a claim of its own beside the figure's."""
    out: list[Claim] = []
    for m in _CAUSE.finditer(sc.st):
        a, b = sc.clause_at(m.start())
        start = sc.s.start + m.start()
        if start < b and not any(c.start == start for c in sc.claims):
            taken = _CREDIT_TAKEN.match(sc.st, m.start())
            out.append(sc.in_clause("opinion", (start, b), claimed_text=taken.group(0)) if taken else
                       sc.in_clause("count", (start, b), claimed_text=m.group(0), subject="cause"))
    return out


def find_outside(sc: Scan) -> list[Claim]:
    """A sentence that no other rule claimed, about a subject outside recorded crime, with a quantity
    or a comparison in it ('officers now arrive within N minutes', 'the true number is far higher'):
    one claim, so it is answered as unverifiable with the data that would answer it, not dropped."""
    if sc.claims:
        return (_unclaimed_clauses(sc) if _OUTSIDE_GATE_TEST(sc.low) or _OUTSIDE_GATE_TEST_2(sc.low) else []) + \
            (_causes(sc) if _cause_gate(sc) else [])
    if not _QUANTIFIED.search(sc.st):
        return []
    m = next((m for m in (p.search(sc.st) for p, _, _ in _SUBJECTS) if m), None) if _may_name_a_subject(sc) else None
    if m is None and _solved(sc.st) and not _HOMICIDE_WORDS.search(sc.st):
        m = _SOLVED.search(sc.st)
    if m is None or (m.re is _OUTCOMES and _HOMICIDE_WORDS.search(sc.st)):
        return []
    # the whole sentence: no other claim is in it, and its quantity may sit in another clause ('..., the fifth this year')
    return [sc.in_clause("count", sc.line_span(), claimed_text=m.group(0), subject="non_crime")]


def _unclaimed_clauses(sc: Scan) -> list[Claim]:
    """'<a crime figure>, and <response times> are now N minutes': a clause that no other
    rule claimed, about an outside subject with a quantity of its own, is a claim of its own."""
    out: list[Claim] = []
    claimed = [(c.start, c.end) for c in sc.claims]
    for p, _, _ in _SUBJECTS if _may_name_a_subject(sc) else ():
        for m in p.finditer(sc.st):
            a, b = sc.clause_at(m.start())
            said = sc.text[a:b]
            if any(ca < b and a < cb for ca, cb in claimed) or not _QUANTIFIED.search(said) or (
                    p is _OUTCOMES and _HOMICIDE_WORDS.search(said)):
                continue
            out.append(sc.in_clause("count", (a, b), claimed_text=m.group(0), subject="non_crime"))
            claimed.append((a, b))
    return out
