"""Opinions: judgements without a figure ("London is safe", "the courts are far too lenient", "a
national scandal") are opinions, answered with context figures; promises and praise of a thing that
is not crime are no claim at all; a judgement beside a figure leaves only the figure's claim.

(The seed article's opinions and their context figures are in test_seed_article.py.)
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .support import check, kinds


@pytest.mark.parametrize("text", [
    '"Londoners no longer feel safe on their own streets," she said.',
    "Lambeth is a safer place than it was a year ago.",
    "Residents deserve much better from the police.",
    "The courts are far too lenient on burglars.",
    "These figures are a national scandal that shames the whole city.",
    "Every one of these stabbings is a tragedy for a family.",
    "The new policing plan has been a shambles from the start.",
    "Ministers left officers making it up as they went along.",
    "Our officers do an incredible job in incredibly difficult circumstances.",
    "Short prison sentences simply do not work.",
    "The council has utterly failed the people of the borough.",
    "\"The Met has lost control of London's streets,\" said one shopkeeper.",
    "Londoners are rightly worried about knife crime.",
    "The Mayor has done nothing to tackle violent crime.",
    "Knife crime is a national emergency.",
    "Residents no longer feel safe walking home at night.",
    "The commissioner is doing a brilliant job keeping the capital safe.",   # praise beside 'keeping ... safe'
    "Officers in the borough do a good job in difficult circumstances.",
])
def test_judgements_without_a_figure_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text", [
    "We will make London feel safe for women.",
    "The Met deserves credit for its new app.",
    "The report was published on Tuesday.",
    "Call the emergency services on 999.",
])
def test_promises_praise_and_news_are_not_claims(text):
    assert extract_claims(text) == []


def test_a_judgement_beside_a_figure_is_its_own_opinion():
    """The figure's clause is the figure's claim; a clause that only judges is an opinion beside it."""
    assert kinds("Burglary fell 5% in 2025, but residents deserve better.") == ["change", "opinion"]
    assert kinds("Burglary fell 5% in 2025.") == ["change"]


@pytest.mark.parametrize("text", [
    "Councillors say Lewisham remains a thriving borough for families.",
    "Residents feel they have been ignored by City Hall for years.",
    "The chief said Canary Wharf is one of the safest financial centres in the world.",
    "Officers deserve credit for their crackdown on car thieves.",
])
def test_praise_and_neglect_without_figures_are_opinions(real_store, text):
    assert [c.kind for c in check(real_store, text, "2026-03-15")] == ["opinion"], text


def test_safer_than_new_york_is_an_opinion_with_counts(real_store):
    claims = check(real_store, "Our capital is a much safer city than New York, says the mayor of London.",
                   "2026-03-25")
    c = claims[0]
    assert c.verdict == "opinion"
    assert "no population" in c.explanation


# Judgements with no figure, family by family (a place handed to offenders, what figures should make people
# feel, abandonment, what works, credit for turning things round, doing more than anyone).
@pytest.mark.parametrize("text", [
    # a place handed over to offenders
    "The new council leader has turned Hounslow into a free-for-all for shoplifters.",
    "Lax sentencing has made the high street a paradise for thieves.",
    "The car park has become a playground for criminals after dark.",
    "Campaigners say the estate has become a safe haven for drug dealers.",
    # what figures should make people feel
    "These numbers should reassure anyone who walks home late.",
    "The latest figures ought to alarm every parent in the borough.",
    "What happened on the towpath should worry everyone.",
    "The figures are cause for celebration.",
    "Councillors called it a reason for serious concern.",
    # abandonment by someone in power
    "City Hall has abandoned the people of Sutcliffe Green.",
    "The government has turned its back on victims of burglary.",
    "The Home Office has simply washed its hands of the problem.",
    # what works, with a superlative
    "Stop and search is the only tactic that has ever worked against armed gangs.",
    "Facial recognition is the best tool we have to catch repeat robbers.",
    "Nothing else works when it comes to moped gangs.",
    "The neighbourhood scheme has more than proved its worth.",
    "The extra patrols have proved their worth over and over.",
    "The new camera network has already paid for itself.",
    # credit for turning things round, with or without a crime named
    "The borough commander deserves huge credit for the way she turned things round.",
    "The chief superintendent deserves real credit for the way the force has been transformed.",
    "She deserves enormous credit for turning things around.",
    # more than anyone
    "The commissioner has done more than anyone to make the streets safer.",
    "No one has done more to cut violence on the buses.",
    "He did more than any mayor before him to bring down knife crime.",
    # idioms of blame and credit
    "The mayor has lost control of the capital.",
    "The minister's plan for knife crime is all talk.",
    "This government has quietly abandoned the Midlands.",
    "Frankly, the borough commander deserves real credit for that.",
    "The Met has quietly abandoned the outer boroughs.",
    "The commissioner deserves credit for turning the tide.",
    "The council has failed this borough.",
])
def test_wider_judgements_without_a_figure_are_opinions(text):
    assert kinds(text) == ["opinion"], text


@pytest.mark.parametrize("text", [
    "We will make London safer.",                                   # a promise
    "The council deserves credit for the way the new library was built.",   # credit for something not policing
    "Ministers have abandoned the search for a new commissioner.",
    "The festival was a playground for children.",
    "The debate at the town hall was a free-for-all.",
    "The mayor turned back towards City Hall.",
    "The driver lost control of the van on the bridge.",
    "Officers are working with schools in the borough.",
    "Victims need to report thefts to the police within a week.",
    "Detectives believe the attacks were linked.",
])
def test_near_misses_of_the_wider_judgements_are_no_claim(text):
    assert extract_claims(text) == [], text


@pytest.mark.parametrize("text", [
    "The scheme has proved its worth: burglary fell 12% in 2025.",
    "The commissioner did more than anyone to cut robbery, which fell by 300 offences in 2025.",
    "Officers solved 40 burglaries, which should reassure residents.",
])
def test_the_wider_judgements_never_swallow_a_figure(text):
    """A figure keeps its own claim; the judgement is at most an opinion beside it, never the sentence's only claim."""
    got = kinds(text)
    assert any(k != "opinion" for k in got), got


# ----------------------------------------------------------------------------- judgements found by their evaluative words
@pytest.mark.parametrize("text", [
    "The Mayor's Violence Reduction Unit has been a complete failure.",
    "Closing the police front counter in Harrow was a shocking mistake.",
    "Policing in Wandsworth is the best it has been in years.",
    "The council's cuts to CCTV monitoring in Barking were reckless.",
    "Stop and search is a vital tool that keeps our streets safe.",
    "The Home Office funding formula has short-changed Wales for far too long.",
    "Kensington and Chelsea feels a lot less safe than it did ten years ago.",
    "Hounslow residents deserve more visible patrols, not more glossy reports.",
])
def test_judgements_in_words_no_phrase_lists_are_opinions(text):
    """Praise or blame said of something (a copula or a feeling before it) is an opinion, whatever the words."""
    assert kinds(text) == ["opinion"], text


@pytest.mark.parametrize("text", [
    "Police arrested a man on suspicion of murder.",
    "The victim was stabbed in the chest and died at the scene.",
    "Officers seized drugs and weapons during the raids.",
    "Detectives are appealing for witnesses.",
])
def test_crime_reporting_words_are_not_judgements(text):
    """The vocabulary of events ('murder', 'stabbed', 'seized') carries no verdict."""
    assert kinds(text) == [], text


def test_a_quoted_verdict_beside_a_claim_is_its_own_opinion():
    got = [(c.kind, c.claimed_text) for c in extract_claims(
        'Cllr Ama Boateng said the rise in killings in Lewisham was "deeply worrying".')]
    assert ("opinion", "deeply worrying") in got and any(k == "direction" for k, _ in got)


@pytest.mark.parametrize("text", [
    "Decriminalising cannabis would free up thousands of police hours for serious crime.",
    "Scrapping the knife arches will cost lives.",
])
def test_what_a_policy_would_do_is_an_opinion(text):
    assert kinds(text) == ["opinion"], text


@pytest.mark.parametrize("text", [
    "Neighbourhood wardens are exactly what Southall needs.",
    "Bexley deserves a fairer slice of the policing budget.",
    "More visible patrols would sort the high street out in a week.",
    "The new lighting in the park has made all the difference.",
    "The borough commander should be ashamed of these figures.",
    'The council leader said: "These figures show our partnership with the police is working."',
    "The knife crime strategy is clearly paying off.",
    "The Mayor has lost the confidence of Londoners on crime.",
    "This government has decimated neighbourhood policing.",
    "Knife crime is a symptom of deeper problems like poverty and youth service cuts.",
    "Nobody in Tottenham trusts the Met any more.",
    "We need more bobbies on the beat, simple as that.",
    "The new commander is a breath of fresh air.",
    "Crime has become a daily fact of life in Peckham.",
    "Lambeth's council leader has her head in the sand about robberies.",
    "Police in Newham are overstretched and underfunded.",
    "The Home Office has completely abandoned south London.",
    "Honestly, the council round here couldn't care less.",
    "Their press release is an insult to every victim of burglary.",
    "Knife crime has effectively been decriminalised, basically.",
    "The new street lighting on the estate is money well spent.",
    "Tougher sentences won't solve anything; we need youth workers, not prisons.",
    "Croydon is no worse than anywhere else in south London.",
    "Residents of Richmond have never had it so good on crime.",
    "Dispersal orders do more harm to young people than good.",
    "The town centre after 9pm is a no-go area for women.",
    "She is the best commissioner for crime the force has ever had.",
])
def test_prescriptions_without_a_figure_are_opinions(text):
    """What a place needs or deserves, what would put it right, what made the difference: a judgement."""
    assert kinds(text) == ["opinion"], text


@pytest.mark.parametrize("text", [
    # a speaker's stance
    "Frankly, the Met has no idea how to deal with phone thieves.",
    "Make no mistake, knife crime is the issue of this election.",
    "In my view the police have the balance wrong on stop and search.",
    # a prescription about crime or policing
    "The mayor should be putting officers back on the beat in Enfield.",
    "Ministers must act now on shoplifting.",
    "It's high time the council got serious about anti-social behaviour.",
    # a figure of speech said of crime, a place or a policy
    "Knife crime has become a blight on our estates.",
    "The high street is now a magnet for shoplifters.",
    "The new patrols are little more than a publicity stunt.",
    "These burglary figures are a damning indictment of the police.",
    # idioms of blame
    "The Home Office has been asleep on the job when it comes to county lines.",
    "The police need to get a grip on moped gangs.",
])
def test_stance_prescriptions_and_figures_of_speech_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text", [
    "Anyone with information should call the police on 101.",
    "Witnesses are urged to contact Crimestoppers anonymously.",
    "A council spokesperson said it was working closely with the police.",
    "The data covers offences recorded by the Met.",
])
def test_appeals_and_reports_are_not_opinions(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    # a verdict on how a place or a policy has gone
    "Croydon town centre is going downhill fast.",
    "The violence reduction strategy has clearly failed.",
    "Leaked figures like these do serious damage to public confidence in the Met.",
    # praise of a job in a plain word
    "Say what you like, the neighbourhood officers do a solid job.",
    # one remedy against another, and what is or is not the answer
    "Youth leaders say more mentors, not more arrests, will stop the muggings.",
    "Dispersal orders are not the answer to anti-social behaviour.",
    # a tool called blunt, a goal far away, a campaign's boast
    "Curfews are a blunt instrument that punishes the many for the few.",
    "The commander admits the force is a long way from where it needs to be on burglary.",
    "Only the Greens can beat Labour in this ward and put more police on our streets.",
    # a figure of speech with a number in it is not a figure
    "I have asked the council a thousand times to fix the lighting, and the underpass is a disgrace.",
])
def test_verdicts_remedies_and_hyperbole_without_a_figure_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text, kind", [
    ("London's homicide rate is a hundred times that of Tokyo.", None),      # a multiple, not hyperbole
    ("The victim was killed with a blunt instrument in March.", None),        # a method of killing, not a verdict
])
def test_near_misses_of_verdicts_and_hyperbole(text, kind):
    assert "opinion" not in kinds(text) and (kind is None or kind in kinds(text))


@pytest.mark.parametrize("text", [
    "Community policing works.",                                        # a way of policing that works
    "Neighbourhood teams are too busy chasing paperwork to patrol the estates.",
    "The council is simply incapable of tackling fly-tipping gangs.",
    "Closing the police station was short-sighted.",
    "The new knife arches are a waste of money.",
    "These crime figures are nothing to celebrate.",
    "Every burglary is one too many for the family it happens to.",
    "The town centre has never felt so unsafe.",
    "Victims in the villages feel let down by the police.",
    "Shop owners say they were abandoned by a Mayor who never visits.",
    "Will the new plan cut knife crime? I doubt it.",
    "We make no apology for targeting drug dealers.",
])
def test_verdicts_on_policing_and_those_in_charge_are_opinions(text):
    assert kinds(text)[-1:] == ["opinion"] and set(kinds(text)) == {"opinion"}


def test_a_comparative_after_a_verb_of_feeling_is_an_impression_not_a_record():
    assert "record" not in kinds("Residents say the estate feels more dangerous than ever.")
    assert kinds("Burglary in the borough is higher than ever.") == ["record"]


@pytest.mark.parametrize("text", [
    "A 5% drop is nothing to celebrate while people still feel unsafe.",
    "Frankly, a 3 per cent rise would be a disgrace.",
    "A mere 1% fall is hardly a triumph for the commissioner.",
    "Honestly, a thousand extra officers won't touch the sides.",
])
def test_a_figure_judged_or_imagined_is_an_opinion(text):
    """A judgement of a figure given elsewhere (no crime, place or period of its own), or a quantity in a
    hypothetical, is an opinion, not a claim of a figure."""
    assert kinds(text) == ["opinion"]


def test_a_judged_figure_with_its_crime_is_still_a_claim():
    assert "change" in kinds("A 2% fall in robbery is nothing to celebrate.")


@pytest.mark.parametrize("text", [
    "Shopkeepers on the high street are fed up.",
    "Enough is enough: the council must act.",
    "The report is a damning verdict on the commissioner's leadership.",
    "Prison works.",
    "Stop and search works.",
    "Gangs rule the streets after dark.",
    "Burglars know they will get away with it.",
    "No one is listening to victims.",
    "The cuts to neighbourhood policing have gone too far.",
    "The estate is going to the dogs.",
])
def test_exasperation_impunity_and_verdicts_on_remedies_are_opinions(text):
    assert kinds(text) == ["opinion"]


def test_a_remedy_that_works_in_a_described_way_is_no_verdict():
    assert kinds("The scheme works in partnership with local shops.") == []


@pytest.mark.parametrize("text", [
    "After ten years of your policing plans, isn't the state of our streets a damning verdict on your record?",
    "Neighbourhood policing is at breaking point.",
    "There is no room for complacency.",
    "The new patrols are a step in the right direction.",
    "Cutting the youth service is nothing short of a scandal.",
    "The high street is like the Wild West after dark.",
    "The council is wrong to close the police station.",
    "Suburban residents deserve exactly the same protection as anyone else.",
    "Kingston is one of the most pleasant places to live in London.",
    "The government has abandoned rural Devon.",
])
def test_more_verdicts_and_a_span_of_years_are_opinions(text):
    """A span of years ('after ten years of ...') is no figure; these idioms judge, they do not count."""
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text", [
    "Shopkeepers in Ilford are at their wits' end.",
    "It beggars belief that nobody has been charged over the shop thefts.",
    "On the estate after dark it feels like no one is in charge.",
    "Victims of car crime have been let down time and again.",
    "The police cannot arrest their way out of the drugs problem.",
    "Isn't it time the commissioner admitted that neighbourhood policing has failed?",
    "How much longer will residents put up with burglars walking free?",
    "Is it any wonder people no longer report shoplifting?",
])
def test_disbelief_impunity_and_rhetorical_questions_are_opinions(text):
    """A question asked to make a point about crime or policing asserts nothing a figure could check."""
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text", [
    "How many burglaries were recorded in Barnet last year?",
    "Why do the figures for 2023 differ between the two sources?",
    "Someone let down the tyres of a police car on Elm Road.",
])
def test_questions_that_ask_and_literal_let_downs_are_no_opinion(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Families on the estate are living in fear.",
    "The commissioner has blood on his hands.",
    "Enough talk, residents need action.",
    "Give the police the powers they need.",
    "Bring back neighbourhood policing.",
    "Scrap the cuts to neighbourhood policing now.",
])
def test_fear_blame_and_demands_in_the_imperative_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize("text", [
    "Lock your car and keep valuables out of sight, police advise.",
    "Stop and search is used far more in Lambeth.",
])
def test_advice_and_stop_and_search_are_no_demand(text):
    assert "opinion" not in kinds(text)


def test_a_quoted_verdict_stands_beside_another_judging_clause():
    text = ('A councillor said the rise in robberies was "deeply worrying" and that Barnet had been "let down" by '
            "City Hall.")
    ops = [c.claimed_text for c in extract_claims(text) if c.kind == "opinion"]
    assert "deeply worrying" in ops and len(ops) == 2


@pytest.mark.parametrize("text", [
    "Clearly something has gone seriously wrong in Brent's town centres.",
    "The Home Secretary's knife crime plan just isn't working.",
    "Racism has no place on our buses or in our parks.",
    "For years the council turned a blind eye to dealing on the estate.",
    "Bobbies on the beat are the bedrock of community policing.",
    "Fifteen years of cuts have hollowed out our local police teams.",
    "Prison is the only thing these dealers understand.",
    "City Hall has let Croydon town centre rot.",
    "Closing the front counter has made Walthamstow less safe.",
    "Protect our streets: vote Green.",
    "Pensioner Margaret, 81, from Bexleyheath, said: \"I don't feel safe at the bus stop any more.\"",
    "Grandfather-of-three Ted said he no longer feels safe on the high street.",
    "Residents of Bexley have been let down by 14 years of this council.",
])
def test_idioms_of_verdict_without_a_figure_are_opinions(text):
    """Verdicts said in idiom; an age beside a name, a parent's description or a street address is no figure."""
    assert kinds(text) == ["opinion"]


def test_a_verdict_after_a_workforce_figure_is_its_own_opinion():
    got = kinds("The force has 300 fewer officers than in 2015, and anyone can see the damage in our parks.")
    assert "opinion" in got and got[0] == "count"


@pytest.mark.parametrize("text", [
    "The arrest count tells you more about patrol levels than about dealing.",
    "Stop rates are a poor guide to who carries knives.",
    "Comparing single weeks of figures is misleading.",
    "Neighbourhood teams in Harrow have been cut to the bone.",
    "Market traders have been left to fend for themselves.",
    "Credit where it's due.",
    "The new riverside park is a big draw for young families.",
    "Appalling!",
    "Ministers keep giving the police the tools they need.",
])
def test_judgements_of_measures_support_and_praise_are_opinions(text):
    """A judgement of what a figure is worth, of support given or withheld, praise said in idiom, a one-word verdict."""
    assert kinds(text) == ["opinion"]


def test_credit_a_party_takes_is_an_opinion_beside_the_figure():
    got = extract_claims("Thanks to your Labour councillors, burglary in Harrow is down - it fell again in 2023.")
    assert got[0].kind == "opinion" and "councillors" in (got[0].claimed_text or "")
    assert any(c.kind == "direction" for c in got[1:])


@pytest.mark.parametrize("text", [
    "Burglary in Barnet rose by 5% in 2025. Car thieves are running riot.",
    "Crime in Brent went up 4% last year and the council has done nothing.",
    "Robbery rose by 3% in 2025 - the Mayor's promises are not worth the paper they're written on.",
    "Camden's burglary crackdown has paid off, with offences down by a fifth in 2025.",
    "Madrid has more street robbery than London, so we shouldn't panic.",
    "Phone theft in Soho is rising. Some are calling it an epidemic.",
])
def test_verdicts_in_idiom_are_opinions(text):
    assert "opinion" in {c.kind for c in extract_claims(text)}, [(c.kind, c.text) for c in extract_claims(text)]
