"""Judgements with no figure in them: a call for better, a charge of being too soft on a crime.

The safety words ('safe', 'dangerous', 'crime wave') are the ``opinion`` rule here; :func:`judgement` adds verdicts
on policing and politics that carry no number.  A sentence is an opinion only when nothing else
in it is a claim, so "<crime> fell N%, but <a judgement>" stays a change claim.
"""

from __future__ import annotations

import re

from .._caseless import Caseless
from .._lexicon import LEXICON, TOPIC_STEMS, number_alternation
from .._model import Claim
from ._evaluative import evaluative_judgement
from ._scan import Scan, Words

__all__ = ["find_judged_figure", "judged_figure_gate", "judgement", "find_opinion", "opinion_gate", "find_forecast", "forecast_gate"]

_I = re.IGNORECASE
# people a place can be handed over to ('a paradise for <offenders>')
_OFFENDERS = ("thieves|criminals|crooks|burglars|robbers|shoplifters|muggers|pickpockets|gangs|gangsters|dealers|"
              "offenders|thugs|vandals|fraudsters|scammers|looters|yobs|joyriders|villains|lawbreakers|predators|"
              "drug\\s+dealers|criminal\\s+gangs")
_JUDGEMENT = Caseless(
    r"\bdeserves?\s+(?:much\s+|far\s+|a\s+lot\s+)?better\b"
    r"|\b(?:far\s+|much\s+|way\s+|simply\s+)?too\s+(?:soft|lenient|weak|lax)\b"
    r"|\b(?:soft|weak)\s+on\s+(?:crime|criminals|knife\s+crime|violence)\b"
    r"|\bnot\s+(?:nearly\s+)?(?:good|tough|enough)\s+enough\b|\bnot\s+good\s+enough\b"
    r"|\ban?\s+(?:national\s+|absolute\s+)?disgrace\b|\bdisgraceful\b|\bshameful\b|\bscandalous\b"
    r"|\b(?:has|have)\s+(?:completely\s+|utterly\s+)?failed\s+(?:londoners|residents|victims|communities|women)\b"
    # failing or abandoning a place or its people: 'has failed <place>', 'has abandoned <place>'
    r"|\b(?:has|have|had)[\s,]+(?:[\w]+[\s,]+){0,3}?(?:failed|abandoned|betrayed|neglected|forgotten)\s+(?:(?:inner|outer)\s+)?"
    r"(?:(?:the\s+)?(?:(?:north|south|east|west|inner|outer)\s+)?(?-i:[A-Z][\w'-]+)|(?:the|this|our|its)\s+(?:suburbs|outer\s+boroughs|county|city|borough|"
    r"community|communities|town|region|residents|people|victims|north|south))"
    # idioms of blame: 'let <someone> off the hook', 'gone to the dogs', 'doesn't care about', 'asleep on the job'
    r"|\boff\s+the\s+hook\b|\bgone\s+to\s+the\s+dogs\b|\b(?:does\s+not|doesn't|doesn’t|do\s+not|don't|don’t)\s+"
    r"(?:really\s+|even\s+)?care\s+about\b|\bput\s+(?:more\s+)?(?:bobbies|police|officers)\s+back\s+on\s+the\s+beat\b"
    r"|\b(?:losing|lost|lose)\s+control\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:streets|city|capital|borough|town|country|"
    r"london|crime|situation|estates?|area|force)\b"
    # empty promises: 'all talk', 'all spin'
    r"|\ball\s+(?:talk|words|mouth|spin|bluster)\b"
    # exasperation and impunity: 'fed up', 'enough is enough', 'gone too far', '<offenders> get away with it',
    # '<thugs> rule the streets', 'nobody is listening', 'going to the dogs', 'a tale of two cities'
    r"|\b(?:fed\s+up|sick\s+and\s+tired|at\s+(?:the\s+)?end\s+of\s+(?:their|our|my)\s+tether)\b|\benough\s+is\s+enough\b"
    r"|\b(?:gone|going|go)\s+(?:far\s+)?too\s+far\b|\bget(?:s|ting)?\s+away\s+with\s+(?:it|murder)\b"
    r"|\brul(?:e|es|ing)\s+(?:the|our|these)\s+streets\b|\b(?:nobody|no\s+one|no-one)\s+(?:is|seems\s+to\s+be)\s+listening\b"
    r"|\bgoing\s+to\s+the\s+dogs\b|\ba\s+tale\s+of\s+two\s+(?:cities|boroughs|londons)\b"
    # 'at breaking point', 'no room for complacency', 'a step in the right direction', 'nothing short of a <verdict>',
    # 'like the Wild West', '<someone> is wrong to <act>', '<people> deserve (exactly) the same <thing>', 'through the roof'
    r"|\bat\s+(?:a\s+|the\s+)?breaking\s+point\b|\bno\s+(?:room|place|time)\s+for\s+complacency\b"
    r"|\bsteps?\s+in\s+the\s+right\s+direction\b|\bnothing\s+short\s+of\b|\blike\s+the\s+wild\s+west\b"
    r"|\b(?:is|are|was|were)\s+(?:quite\s+)?(?:wrong|right)\s+to\s+(?:cut|close|scrap|axe|reduce|end|shut|sell|ignore|"
    r"abandon|blame|cut|slash|fund|invest|recruit|put|spend)\b|\bdeserves?\s+(?:exactly\s+)?the\s+same\b"
    r"|\b(?:gone|going|went|is|are)\s+through\s+the\s+roof\b(?!\s+(?:by|to|from)\b)"
    r"|\b(?:most|more|less|least)\s+(?:pleasant|desirable|attractive|peaceful|vibrant)\s+(?:places?|boroughs?|areas?)\b"
    r"|\b(?:abandoned|betrayed|forgotten|neglected)\s+(?:rural|inner-city|suburban|coastal|outer|northern|southern)\s+"
    r"(?-i:[A-Z])"
    r"|\b(?:damning|scathing|withering)\s+(?:verdict|indictment|judgement|judgment|assessment)\b"
    # verdicts on policing and policy: let down, failing people, not working, not fit, credit, seriously
    r"|\blet\s+down\s+by\b|\bstretched\s+to\s+(?:the\s+)?breaking\s+point\b"
    r"|\bfailing\s+(?:[\w'’-]+\s+){0,2}?(?:residents|londoners|communities|victims|people|women|families|"
    r"businesses|shopkeepers)\b"
    r"|\b(?:is|are|was|were)\s+(?:simply\s+|just\s+|clearly\s+|plainly\s+)?not\s+working\b"
    r"|\bnot\s+fit\s+to\b|\bno-go\s+(?:areas?|zones?)\b"
    r"|\bturn(?:s|ed|ing)?\s+(?:a|the)\s+corner\b"
    r"|\b(?:take|takes|took|taking|taken)\s+(?:[\w'’-]+\s+){1,4}?seriously\b"
    r"|\b(?:effectively|practically|virtually|basically|essentially|all\s+but)\s+(?:been\s+)?(?:decriminali[sz]ed|legali[sz]ed)\b"
    r"|\bcould(?:n't|n’t|\s+not)\s+care\s+less\b|\b(?:an?\s+)?(?:insult|slap\s+in\s+the\s+face)\s+to\b|\bmoney\s+well\s+spent\b"
    r"|\bnever\s+had\s+it\s+so\s+good\b|\bdo(?:es)?\s+more\s+harm\s+(?:[\w'’-]+\s+){0,4}?than\s+good\b"
    r"|\bno\s+(?:worse|better|safer|more\s+dangerous)\s+than\s+anywhere\s+else\b"
    r"|\bwe\s+need\s+[\w'’-]+(?:\s+[\w'’-]+)?,\s+not\s+[\w'’-]+\b|\bwon['’]t\s+solve\s+anything\b"
    # one remedy set against another: 'more <x>, not more <y>', '<x> is (not) the answer to <crime>'
    r"|\b(?:more|fewer|less|better)\s+[\w'’-]+(?:\s+[\w'’-]+)?,\s+not\s+(?:more|fewer|less|better)\s+[\w'’-]+\b"
    r"|\b(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?(?:the|an|any)\s+(?:real\s+|whole\s+)?(?:answer|solution|cure)\b"
    # verdicts on a policy or a place over time: '<policy> has <adverb> failed', '<place> is going downhill',
    # 'do <great> damage to <public confidence>'
    r"|\b(?:has|have|had)\s+(?:plainly\s+|clearly\s+|obviously\s+|manifestly\s+|comprehensively\s+|simply\s+|"
    r"completely\s+|utterly\s+|totally\s+|abjectly\s+|demonstrably\s+)?failed\s*(?:[.!?;]|$)"
    r"|\b(?:going|gone|went|goes|go)\s+downhill\b"
    r"|\b(?:do|does|did|doing|done)\s+(?:real|serious|lasting|untold|enormous|great|huge|terrible|irreparable)\s+"
    r"damage\s+to\b|\bdamag(?:e|es|ed|ing)\s+(?:to\s+)?(?:public\s+)?(?:trust|confidence|morale|reputation|relations)\b"
    r"|\b(?:is|are|was|were)\s+(?:a|an)\s+(?:[\w'’-]+\s+)?blunt\s+(?:instrument|tool)\b"
    # how far from a goal: '<a great distance> from where <we> <need> to be'
    r"|\b(?:a\s+(?:long\s+way|million\s+miles)|miles)\s+(?:away\s+)?(?:off|from)\s+where\s+(?:we|they|it|you|i)\s+"
    r"(?:want|need|ought|should|would\s+like|wanted|needed)\b"
    # a verdict that a way of policing works, or that those in charge cannot or will not act: '<policing> works',
    # 'too <busy> <doing x> to <y>', '<adverb> incapable of <x>', '<a> waste of <money>', 'nothing to <celebrate>'
    r"|\b(?:policing|policy|policies|strategy|scheme|plan|approach|tactics?|deterrence|enforcement|prison|search|"
    r"searches|sentencing|curfews?|patrols?|cctv|cameras)\s+(?:really\s+|clearly\s+|"
    r"simply\s+|just\s+|actually\s+|still\s+)?works\b(?=\s*(?:[.!?;:–—-]|$))"
    r"|\btoo\s+(?:busy|quick|slow|keen|eager|lazy|scared|afraid|ready|willing|interested|focused|obsessed|timid|cautious)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+to\b"
    r"|\b(?:simply\s+|utterly\s+|completely\s+|totally\s+)?(?:incapable|unfit)\s+(?:of|to)\b|\bnot\s+up\s+to\s+the\s+job\b"
    r"|\bshort[- ]sighted\b|\b(?:a|an)\s+(?:complete\s+|total\s+|utter\s+|huge\s+|colossal\s+|shocking\s+)?waste\s+of\s+"
    r"(?:money|time|resources|effort|public\s+money|taxpayers['’]?\s+money)\b"
    r"|\bnothing\s+to\s+(?:celebrate|boast\s+about|be\s+proud\s+of|shout\s+about|write\s+home\s+about)\b"
    r"|\bone\s+too\s+many\b|\b(?:i|we)\s+(?:very\s+much\s+)?doubt\s+it\b|\b(?:i|we)\s+make\s+no\s+apology\b"
    r"|\b(?:never|rarely|seldom)\s+(?:felt|feels|feel|been|looked|seemed)\s+(?:so|this|as)\s+(?:unsafe|safe|dangerous|threatening|"
    r"lawless|neglected|run-down|grim|bad)\b"
    r"|\b(?:forgotten|ignored|abandoned|neglected|let\s+down)\s+by\s+(?:a|an|the|this)\s+(?-i:[A-Z])"
    # a campaign's boast: 'only <party> can <beat> <rival>', 'put more <officers> on the <streets>'
    r"|\bonly\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+can\s+(?:beat|win|stop|deliver|fix|sort)\b"
    r"|\bput\s+(?:more\s+)?(?:bobbies|police|officers|cops)\s+(?:back\s+)?on\s+(?:the|our)\s+(?:beat|streets)\b"
    r"|\b(?:decriminali[sz]ed|legali[sz]ed)\s+in\s+all\s+but\s+name\b"
    r"|\b(?:a|an\s+(?:utter|absolute))\s+tragedy\b"
    r"|\bshames?\b|\bshaming\b|\ba\s+stain\s+on\b"
    # verdicts on how things are run, and impressions: a word for chaos, a charge of improvising
    r"|\b(?:a\s+)?(?:shambles|farce|fiasco|joke)\b|\bshambolic\b|\bchaotic\b|\bincompetent\b|\bwoeful(?:ly)?\b"
    r"|\bmaking\s+it\s+up\s+as\s+(?:they|he|she|we|you)\s+(?:went|go|goes)\s+along\b|\basleep\s+at\s+the\s+wheel\b"
    r"|\bout\s+of\s+touch\b|\b(?:eerie|surreal|grim|bleak)\b"
    # fear of crime and verdicts on what someone did about it: worry about crime, doing nothing to
    # tackle it, no longer feeling safe, an emergency
    r"|\b(?:worried|concerned|frightened|scared|afraid|anxious|fearful)\s+(?:about|of|by)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:crime|violence|safety|knife|knives|gangs|going\s+out|walking)"
    r"|\b(?:done|doing)\s+(?:nothing|little|too\s+little|precious\s+little|next\s+to\s+nothing)\s+(?:to|about)\b"
    r"|\bnot\s+doing\s+enough\b|\bfailed\s+to\s+(?:tackle|get\s+a\s+grip|deal\s+with|protect)\b|\bsoft\s+touch\b"
    r"|\b(?:no\s+longer\s+|don't\s+|do\s+not\s+|doesn't\s+|does\s+not\s+|never\s+)?(?:feel(?:s|ing)?|felt)\s+"
    r"(?:(?:a\s+lot|much|far|a\s+bit|slightly|even|no)\s+)?(?:safe|unsafe|less\s+safe|safer|more\s+dangerous)\b"
    r"|\bdeserves?\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:more|proper|real|better)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:patrols?|policing|officers|protection|support|action|answers|justice|funding)\b"
    r"|\b(?:a\s+)?(?:national\s+)?emergency\b(?!\s+(?:calls?|services?|response|number|department))"
    # praise and blame, and what works: praise for a job or a place to live, something that does not work
    # or saves lives, the only answer, giving up on someone, a right to be free of fear
    r"|\b(?:an?|the)\s+(?:(?:truly|really|absolutely|simply)\s+)?(?:incredible|amazing|fantastic|brilliant|great|"
    r"excellent|outstanding|superb|terrible|awful|appalling|dreadful|wonderful|lovely|fine|difficult|impossible|"
    r"good|poor|bad|tremendous|remarkable|magnificent|sterling|first-class|thankless)\s+"
    r"(?:job|work|place|borough|city|town|area|force|record|team|service)\b"
    r"|\b(?:do|does|did|doing|done)\s+(?:a|an)\s+(?:(?:really|very|pretty|fairly|truly)\s+)?(?:decent|solid|fine|grand|"
    r"rotten|lousy|shoddy|commendable|creditable|sterling|proper|half-decent|cracking)\s+job\b"
    r"|\b(?:simply\s+)?(?:do|does|did)\s+not\s+work\b|\b(?:do|does|did)n[’']t\s+work\b|\bsaves?\s+lives\b"
    r"|\b(?:the\s+)?only\s+(?:real\s+|sensible\s+|lasting\s+)?(?:answer|solution|way\s+forward)\b"
    r"|\b(?:given|giving|gives?)\s+up\s+on\b|\bdeserves?\s+to\s+(?:be|live|feel|travel|walk|go|grow)\b"
    r"|\b(?:bears?|carry|carries)\s+(?:a|the)\s+(?:heavy\s+|large\s+|big\s+)?(?:share\s+of\s+(?:the\s+)?)?"
    r"(?:responsibility|blame)\b|\b(?:is|are)\s+(?:partly\s+|largely\s+|mainly\s+)?to\s+blame\b"
    r"|\b(?:has|have)\s+(?:completely\s+|utterly\s+|totally\s+)?failed\s+(?:the\s+)?(?:people|public|families)\b"
    r"|\bsays?\s+(?:more|less|much|little)\s+about\b|\bwait\s+(?:years|months)\s+for\s+justice\b"
    r"|\b(?:is|was|remains|this)\s+(?:a|an|the)?\s*(?:(?:national|utter|absolute|complete|real)\s+)?"
    r"(?:scandal|outrage|travesty|betrayal|failure)\b"
    # praise of a place and feelings of neglect: a borough praised as lively and welcoming
    r"|\b(?:vibrant|welcoming|thriving|bustling)\b"
    r"|\b(?:been|being|feel|feels|felt)\s+(?:[a-z]+\s+){0,2}?(?:forgotten|ignored|abandoned|neglected|left\s+behind)\b"
    r"|\b(?:forgotten|ignored|abandoned|neglected)\s+by\s+(?:city\s+hall|the\s+mayor|ministers|westminster|"
    r"the\s+government|the\s+met|the\s+police)\b"
    # a superlative over the world: 'one of the safest <places> in the world'
    r"|\bone\s+of\s+the\s+(?:safest|most\s+dangerous|most\s+violent|best|greatest)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in\s+the\s+world|in\s+europe|on\s+earth|anywhere|on\s+the\s+planet|globally)\b"
    # a place handed over to offenders: 'a free-for-all for <offenders>', 'a paradise for <offenders>', 'turned
    # <a place> into a free-for-all'
    r"|\b(?:free[- ]for[- ]all|paradise|playground|(?:safe\s+)?haven|hunting\s+ground)\s+for\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_OFFENDERS})\b"
    r"|\b(?:turn(?:s|ed|ing)?|become|becomes|became|becoming)\s+(?:[\w'’-]+\s+){0,4}?(?:into\s+)?(?:a|an)\s+"
    r"(?:(?:absolute|complete|total|lawless|real)\s+)?(?:free[- ]for[- ]all|wild\s+west)\b"
    # what figures should make people feel: 'should reassure <people>', 'ought to alarm', 'cause for concern'
    r"|\b(?:should|ought\s+to|must)\s+(?:surely\s+|really\s+|rightly\s+|deeply\s+)?(?:reassure|alarm|worry|"
    r"trouble|frighten|horrify|appal|appall|embarrass)\s+(?:[\w'’-]+\b)"
    r"|\b(?:cause|reason)\s+for\s+(?:(?:real|great|serious|grave|genuine|deep|some|cautious|much)\s+)?"
    r"(?:celebration|concern|alarm|optimism|hope|despair|cheer|complacency|worry|pride)\b"
    r"|\b(?:cause|reason)\s+to\s+(?:celebrate|worry|despair|cheer|be\s+(?:concerned|worried|alarmed|optimistic|proud))\b"
    # abandonment by someone in power: 'has abandoned the people of <place>', 'turned its back on', 'washed its
    # hands of'
    r"|\babandon(?:s|ed|ing)?\s+(?:the\s+)?(?:people|residents|communities|community|victims|londoners|families|"
    r"public|shopkeepers|traders|women|young\s+people)\b"
    r"|\bturn(?:s|ed|ing)?\s+(?:its|their|his|her|our|a|your)\s+backs?\s+on\b"
    r"|\bwash(?:es|ed|ing)?\s+(?:its|their|his|her|our|your)\s+hands\s+of\b"
    # what works, with a superlative: 'the only <tactic> that has ever worked', 'the best tool we have', 'nothing
    # else works', 'proved its worth', 'paid for itself'
    r"|\bthe\s+only\s+(?:[\w'’-]+\s+){1,3}?(?:that|which)\s+(?:has\s+|have\s+)?(?:ever\s+|really\s+|actually\s+)?"
    r"(?:works?|worked|made\s+a\s+difference)\b"
    r"|\bthe\s+(?:single\s+)?(?:best|most\s+effective|most\s+powerful|most\s+useful|most\s+important)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:tool|tactic|weapon|way|method|approach|deterrent|answer|policy|measure|option)s?\s+"
    r"(?:(?:we|they|police|officers|the\s+(?:police|met|force))\s+(?:have|has|had|'ve|’ve)\b|"
    r"in\s+(?:the|our|their|its)\s+(?:box|armoury|armory|arsenal|toolkit|toolbox)\b)"
    r"|\bnothing\s+else\s+(?:has\s+)?(?:works?|worked|comes\s+close)\b"
    r"|\bprov(?:e|es|ed|en|ing)\s+(?:its|their|his|her|our|your)\s+(?:worth|value)\b"
    r"|\b(?:pay|pays|paid|paying)\s+for\s+(?:itself|themselves)\b"
    # credit beyond anyone's: 'has done more than anyone to', 'no one has done more to', 'did more than any <role> to'
    r"|\b(?:done|did|does|doing)\s+more\s+than\s+any(?:one|body)?\s+(?:else\s+)?(?:[\w'’-]+\s+){0,3}?to\b"
    r"|\b(?:no\s+one|no-one|nobody|no\s+other\s+[\w'’-]+)\s+(?:has\s+|had\s+|have\s+|could\s+have\s+)?(?:ever\s+)?"
    r"(?:done|did)\s+more\s+to\b"
    # prescriptions: what a place needs or deserves, what would put it right, what made the difference
    r"|\b(?:exactly|just|precisely|surely)\s+what\s+(?:[\w'’-]+\s+){1,3}?needs?\b"
    r"|\bdeserves?\s+(?:a|an|its|their|our|proper|fair|fairer|better|more|far\s+more|much\s+more)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:share|slice|deal|resources|funding|officers|police|policing|patrols?|attention|"
    r"investment|protection|support|help|respect|say|hearing)\b"
    r"|\b(?:would|will|could)\s+(?:soon\s+|quickly\s+|really\s+)?sort\s+(?:[\w'’-]+\s+){0,3}?out\b"
    r"|\b(?:made|make|makes|making)\s+(?:all\s+the|a\s+(?:real|huge|big|massive|world\s+of)|the\s+real)\s+difference\b"
    r"|\b(?:should|must|ought\s+to)\s+(?:be\s+)?(?:ashamed|sacked|resign|step\s+down|apologi[sz]e|hang\s+(?:their|his|her)"
    r"\s+heads?)\b"
    # what is needed: 'we need more bobbies on the beat', '<place> needs proper policing'
    r"|\b(?:we|they|you|london|londoners|residents|the\s+(?:borough|city|capital|area|met|police|force)|[A-Z][a-z]+)\s+"
    r"(?:really\s+|desperately\s+|urgently\s+|simply\s+|just\s+)?(?:need|needs)\s+(?:more|fewer|less|better|proper|real|"
    r"a\s+lot\s+more|far\s+more|visible|tougher|stronger)\b"
    # trust and confidence lost, heads in the sand, a breath of fresh air, a fact of life, a symptom of deeper ills
    r"|\blost\s+(?:the\s+)?(?:confidence|trust|faith|respect)\s+of\b|\b(?:nobody|no\s+one|no-one|few\s+people)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:trusts?|believes?|respects?)\b|\b(?:heads?)\s+in\s+the\s+sand\b|\bbreath\s+of\s+fresh\s+air\b"
    r"|\b(?:a\s+)?(?:daily\s+|everyday\s+|grim\s+)?fact\s+of\s+life\b|\ba\s+symptom\s+of\b|\bthe\s+root\s+causes?\b"
    r"|\b(?:things|it|crime|life)\s+(?:is|are)\s+getting\s+(?:better|worse)\b"
    # verdicts that a policy works: 'our partnership with the police is working', 'the strategy is paying off'
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:clearly\s+|really\s+|definitely\s+|finally\s+|already\s+)?"
    r"(?:working|paying\s+off|bearing\s+fruit|making\s+a\s+(?:real\s+|huge\s+|big\s+)?difference|delivering|succeeding)\b"
    r"(?!\s+(?:(?:closely|together|jointly|alongside)\s+)?(?:with|on|in|at|for|to|hard|late|shifts?|overtime|hours|alongside|together))"
    # a figure of speech said of crime, a place or a policy: '<crime> is a scourge on', 'has become a magnet for',
    # 'a damning indictment of', 'a drop in the ocean'
    r"|\b(?:is|are|was|were|has\s+become|have\s+become|had\s+become|becomes|became|remains?|remained|looks\s+like)\s+"
    r"(?:(?:now|sadly|fast|rapidly|quickly|nothing\s+more\s+than|little\s+more\s+than|just|simply|frankly|"
    r"fast\s+becoming)\s+){0,2}(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:scourge|magnet|blight|plague|cancer|indictment|time\s*bomb|powder\s*keg|tinderbox|"
    r"wake-up\s+call|smokescreen|whitewash|gimmick|stunt|postcode\s+lottery|revolving\s+door|soft\s+target|easy\s+target|"
    r"red\s+herring|drop\s+in\s+the\s+ocean|sticking\s+plaster|laughing\s*stock|embarrassment|wild\s+west|"
    r"cash\s+cow|sideshow|distraction|disaster\s+zone|basket\s+case|success\s+story|beacon|model\s+for)\b"
    # idioms of blame and of doing too little
    r"|\b(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|doesn['’]t|does\s+not|didn['’]t)\s+(?:even\s+)?touch\s+the\s+sides\b"
    r"|\basleep\s+on\s+the\s+job\b|\b(?:get|gets|got|getting|take|takes|took)\s+a\s+(?:proper\s+|firm\s+|real\s+)?grip\b"
    r"|\bin\s+(?:their|his|her|your)\s+right\s+minds?\b|\bspeaks?\s+for\s+(?:itself|themselves)\b"
    r"|\bpaying\s+more\s+and\s+getting\s+less\b|\bpiss-up\s+in\s+a\s+brewery\b"
    r"|\b(?:the|a)\s+(?:right|wrong)\s+(?:thing|call|decision|approach|priority|priorities)\b"
    r"|\bthe\s+(?:only\s+)?way\s+forward\b|\bbury(?:ing)?\s+(?:their|its|his|her)\s+heads?\b"
    # disbelief and exasperation: 'beggars belief', 'at <their> wits' end', 'nobody is in charge', 'let <people> down',
    # 'cannot <arrest> our way out of <it>'
    r"|\b(?:beggars?|beggared|defies|defy|defied)\s+belief\b|\bbeyond\s+belief\b|\bat\s+(?:my|our|their|his|her|your)\s+"
    r"wits['’]?\s+end\b|\b(?:nobody|no\s+one|no-one)\s+(?:is|seems\s+to\s+be|was)\s+(?:in\s+charge|in\s+control)\b"
    r"|\b(?:let|letting|lets)\s+(?:[\w'’-]+\s+){0,3}?down\b(?!\s+(?:the\s+)?(?:tyres?|tires?|stairs?|the\s+road)\b)"
    r"|\b(?:can['’]t|cannot|can\s+not|won['’]t|will\s+not)\s+[\w'’-]+\s+(?:our|their|your|its|his|her|my)\s+way\s+out\s+of\b"
    # fear and blame: 'living in fear', 'blood on <their> hands'; a call for action: 'we need action', 'time for action'
    r"|\b(?:liv(?:e|es|ing)|lived)\s+in\s+(?:constant\s+|daily\s+)?fear\b|\bblood\s+on\s+(?:his|her|their|your|its)\s+hands\b"
    r"|\b(?:we|they|london|londoners|residents|victims|people|communities|the\s+(?:borough|city|capital|area|public))\s+"
    r"(?:really\s+|desperately\s+|urgently\s+)?(?:need|needs|want|wants|demand|demands|deserve|deserves)\s+"
    r"(?:action|answers|change|results|leadership|a\s+plan|a\s+real\s+plan)\b|\b(?:time\s+for|calls?\s+for)\s+action\b"
    # a speaker's stance: 'frankly', 'make no mistake', 'in my view', 'I believe'
    # verdicts in idiom: 'gone <badly> wrong', '<x> isn't working', '<x> has no place in <y>', '<looked> the other way', 'the
    # backbone of', 'hollowed <it> out', 'the only language <they> understand', 'let <a place> die', 'made <a place>
    # less safe', '<you> can see the <results>', a call to vote for a party
    r"|\b(?:gone|going|went|go|goes)\s+(?:badly|terribly|seriously|horribly|disastrously|very|so|dreadfully)\s+wrong\b"
    r"|\b(?:isn|aren|wasn|weren)['’]t\s+(?:really\s+|just\s+)?working\b(?!\s+(?:with|on|for|at|in|together|alongside)\b)"
    r"|\b(?:has|have|had)\s+no\s+place\s+(?:in|on)\b|\b(?:look|looks|looked|looking)\s+the\s+other\s+way\b"
    r"|\bturn(?:s|ed|ing)?\s+a\s+blind\s+eye\b|\bthe\s+(?:backbone|bedrock|cornerstone|lifeblood)\s+of\b"
    r"|\bhollow(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?out\b"
    r"|\bthe\s+only\s+(?:thing|language)\s+(?:[\w'’-]+\s+){0,3}?understands?\b"
    r"|\blet\s+(?:[\w'’-]+\s+){1,3}?(?:die|rot|decline|crumble|wither)\b"
    r"|\b(?:made|make|makes|making)\s+(?:[\w'’-]+\s+){1,4}?(?:less\s+safe|more\s+dangerous|unsafe)\b"
    r"|\b(?:you|we|anyone)\s+can\s+see\s+the\s+(?:results?|effects?|consequences?|damage)\b"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:[\w'’-]+\s+){0,4}?(?:seems?\s+to\s+|appears?\s+to\s+)?(?:cares?|gives\s+a\s+damn)\b"
    r"|\bvote\s+(?:for\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*[.!]?\s*$"
    # judgements of a measure or a comparison: '<x> tells you more about <y> than about <z>', 'a poor guide to <y>',
    # 'comparing <single months> is misleading'; verdicts on support: 'cut to the bone', 'left to fend for themselves',
    # 'giving <the police> the <powers> <they need>'; praise: 'credit where <due>', 'a big draw for <visitors>'
    r"|\btells?\s+(?:you|us|me)\s+(?:far\s+|much\s+)?(?:more|less|little|nothing|a\s+lot)\s+about\b"
    r"|\b(?:a|an)\s+(?:poor|bad|misleading|crude|unreliable|useless|good|better|useful|reliable)\s+"
    r"(?:guide|measure|indicator|yardstick|proxy)\s+(?:to|of|for)\b"
    r"|\b(?:comparing|comparisons?\s+(?:of|between))\b[^.;]{0,60}?\b(?:is|are)\s+(?:deeply\s+|highly\s+|very\s+)?"
    r"(?:misleading|meaningless|pointless|unfair|flawed)\b"
    r"|\bcut\s+to\s+the\s+bone\b|\b(?:left|leaves|leaving)\s+to\s+fend\s+for\s+(?:themselves|ourselves|yourselves|itself)\b"
    r"|\b(?:giv(?:e|es|ing)|gave|given)\s+(?:the\s+)?(?:police|officers|forces?|the\s+met)\s+the\s+(?:powers|resources|tools|"
    r"support|funding)\b(?:[\w\s,]{0,40}?\b(?:they|it)\s+needs?\b)?"
    r"|\bcredit\s+where\s+(?:it['’]?s|credit['’]?s|it\s+is)\s+due\b"
    r"|\ba\s+(?:big|major|real|huge|great|strong|key)\s+draw\s+for\b"
    # verdicts in idiom on offenders, politicians and schemes: '<offenders> are running riot', '<someone> has done
    # nothing', 'not worth the paper', '<a crackdown> has paid off', 'we shouldn't panic',
    # 'calling it an epidemic', 'a paradise for <thieves>', 'lazy journalism', '<claims> were nonsense'
    r"|\brunning\s+riot\b|\b(?:has|have|had)\s+done\s+(?:absolutely\s+|next\s+to\s+|precious\s+|very\s+)?(?:nothing|little)\b"
    r"|\bnot\s+worth\s+the\s+paper\b|\b(?:has|have|had)\s+(?:really\s+|clearly\s+|finally\s+)?paid\s+off\b"
    r"|\b(?:is|are)\s+(?:really\s+|clearly\s+|finally\s+)?paying\s+off\b"
    r"|\b(?:shouldn['’]t|should\s+not|needn['’]t|need\s+not|mustn['’]t|don['’]t)\s+panic\b"
    r"|\bno\s+(?:need|cause|reason)\s+(?:to|for)\s+panic\b"
    r"|\b(?:calling|called|call|calls)\s+it\s+(?:an?\s+)?(?:epidemic|crisis|emergency|scandal|disgrace|plague|national\s+"
    r"emergency)\b|\ba\s+(?:paradise|playground|free-for-all)\s+for\s+(?:thieves|criminals|crooks|gangs|offenders|"
    r"muggers|burglars|shoplifters)\b|\blazy\s+journalism\b"
    r"|\b(?:was|were|is|are)\s+(?:total\s+|utter\s+|complete\s+|pure\s+|just\s+)?(?:nonsense|rubbish|scaremongering)\b"
    # a one-word verdict said alone: 'Shocking.', 'Appalling!'
    r"|^\W*(?:shocking|appalling|disgraceful|outrageous|scandalous|shameful|pathetic|ridiculous|unacceptable|"
    r"tragic|heartbreaking|brilliant|fantastic|excellent|incredible|unbelievable)\s*[.!]+\W*$"
    r"|\b(?:quite\s+)?frankly\b|\bmake\s+no\s+mistake\b|\blet['’]s\s+be\s+(?:honest|clear|frank|realistic)\b"
    r"|\bin\s+my\s+(?:view|opinion|experience)\b|\b(?:i|we)\s+(?:firmly\s+|honestly\s+|genuinely\s+|really\s+)?"
    r"(?:think|believe|feel|reckon|fear)\b|\b(?:it['’]s|it\s+is)\s+(?:high\s+|about\s+|long\s+past\s+)?time\b")
# a prescription said of crime or policing: what someone should, must or needs to do
# (forward-looking only: 'should never have been <something>' looks back, a remark about the past)
_PRESCRIPTION = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+got\s+to|have\s+got\s+to)\s+(?!(?:never\s+|not\s+)?have\b)(?:now\s+|urgently\s+|"
                           r"finally\s+|immediately\s+|really\s+|surely\s+|also\s+)?(?:be\s+)?[a-z]", _I)
# Credit or praise is a judgement on policing only when the sentence is about crime or offenders
# (credit for a stance on offenders); credit for a product or an event is no claim.
_CREDIT = re.compile(r"\bdeserves?\s+(?:real\s+|some\s+|great\s+|huge\s+|enormous\s+|massive\s+|immense\s+|"
                     r"full\s+|(?:far\s+|much\s+)?more\s+)?(?:credit|praise)\b"
                     r"(?P<for>\s+for\b(?!\s+(?:that|this|it|them)\b))?", _I)
# credit for turning things round or for how the police work is credit for policing, crime named or not
_CREDIT_POLICING = re.compile(r"\bturn(?:s|ed|ing)?\s+(?:things|it|(?:the|this|that|her|his|their)\s+[\w'’-]+)\s+"
                              r"(?:a)?round\b|\bturn(?:s|ed|ing)?\s+the\s+tide\b|\btransform(?:s|ed|ing)?\b|\bthe\s+way\s+(?:the|her|his|their|its)\s+"
                              r"(?:force|police|met|officers|team|unit|command)\b", _I)
_CRIME_TOPIC = Caseless(r"\b(?:" + "|".join(TOPIC_STEMS) + r"|crime|criminal|offender|gang|violen|safe)")
_ONE_OF_THE = re.compile(r"\b(?:every|each|not|no)\s+one\b|\bone\s+of\s+the\b", _I)
# a figure in the sentence; 'one' only as a quantity ('one in ten', 'one of the 32'), not a pronoun ('said one
# <person>', 'treated like one')
_HAS_NUMBER = Caseless(rf"\d|\b(?:{number_alternation(2, 10)}|hundreds?|thousands?|millions?|dozens?)\b|"
                         r"\bone\s+(?:in|out\s+of|of\s+the\s+\d)")


# who is speaking, not a figure: an age beside a name ('<Name>, 34, who runs ...'), a parent's description
# ('<parent>-of-<N>'), a street address ('at <N> <Name> <Street>')
_AGE_AFTER_NAME = re.compile(r"(?<=[A-Za-z]),\s+\d{1,3},(?=\s)|\b(?i:mother|father|mum|dad|grandmother|grandfather|"
                             r"grandmother|parent)-of-[a-z]+\b|\b\d{1,4}[a-z]?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|Road|"
                             r"Place|Avenue|Lane|Square|Way|Close|Gardens|Terrace|Crescent|Drive|Court|Row|Grove|Parade)\b")
# a time of day ('after 8pm', 'by 10.30 am'): when, not a figure
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE)
# 'ten years ago', 'for far too many years': a span of time, not a figure
_TIME_SPAN = re.compile(rf"\b(?:{number_alternation(2, 10)}|\d{{1,2}})\s+(?:years?|months?|decades?)\s+"
                        r"(?:ago|earlier|before|on)\b"
                        # 'after ten years of <someone's plans>', 'two decades of neglect': a span, not a figure
                        rf"|\b(?:after|over|for|in|by|with)\s+(?:{number_alternation(2, 10)}|\d{{1,2}})\s+(?:long\s+)?(?:years?|decades?)\s+of\b"
                        # a figure of speech, not a figure: '<a hundred> times over', '<a million> miles away'
                        r"|\b(?:a|one)\s+(?:hundred|thousand|million)\s+(?:times|miles)\b"
                        r"(?!\s+(?:more|less|fewer|higher|lower|greater|bigger|smaller|as|that\s+of|the|over))"
                        # a quantity in a hypothetical: '<a hundred> extra officers won't ...', 'another N cameras would not'
                        rf"|\b(?:(?:a|another)\s+)?(?:{number_alternation(2, 10)}|hundreds?|thousands?|dozens?|\d[\d,]*)\s+"
                        r"(?:extra|more|additional|new)\s+(?:[\w-]+\s+)?(?:officers|police|cops|pcsos|patrols|cameras|"
                        r"staff|detectives)\s+(?:won['’]t|will\s+not|wouldn['’]t|would\s+not|can['’]t|cannot|couldn['’]t|"
                        r"could\s+not)\b", _I)


def judgement(sentence: str) -> re.Match[str] | None:
    """The judgement wording in a sentence that holds no figure, else None."""
    low = sentence.lower()
    # a figure that is a time of day, a span of years or 'one of the' is no figure (taking text out makes no figure)
    if _HAS_NUMBER.search(sentence, low) and _HAS_NUMBER.search(
            _CLOCK.sub(" ", _TIME_SPAN.sub(" ", _ONE_OF_THE.sub(" ", _AGE_AFTER_NAME.sub(" ", sentence))))):
        return None
    found = _JUDGEMENT.search(sentence, low)
    promise = _OPINION_NOT.search(sentence) is not None
    if promise and found is not None and "safe" in found.group(0).lower():
        return None     # 'we will make London feel safe': a promise, not a judgement
    if found is None and not promise:
        credit = _CREDIT.search(sentence)
        # credit 'for' something is a judgement only when that something is about crime (a new product is not)
        after = sentence[credit.end():] if credit is not None else ""
        if credit is not None and (not credit.group("for") or _CRIME_TOPIC.search(after)
                                   or _CREDIT_POLICING.search(after)):
            found = credit
    if found is None:
        # praise or blame in words no phrase above lists; 'we will keep London safe' is a promise, not a judgement
        found = evaluative_judgement(sentence, skip_safe=promise)
    if found is None and (_CRIME_TOPIC.search(sentence, low) or _POLICING.search(sentence)) and not _APPEAL.search(sentence):
        # '<someone> should <do something> about <crime>'; a rhetorical question ('Isn't it time <someone> ...?')
        found = _PRESCRIPTION.search(sentence) or _RHETORICAL.search(sentence) or _IMPERATIVE.search(sentence)
    return found


# a demand in the imperative about crime or policing: 'Give the police the powers they need', 'Bring back <a scheme>',
# 'Scrap <a policy>' (advice to the public - 'lock your car' - is not one of these verbs)
_IMPERATIVE = re.compile(r"^\W*(?:[A-Z][\w'’ -]{0,30}:\s+)?(?:so\s+|now\s+|just\s+|please\s+)?(?:give|scrap|bring\s+back|fund|"
                         r"restore|reopen|hire|recruit|sack|axe|ban|invest\s+in|crack\s+down|get\s+tough|put\s+(?:more\s+)?"
                         r"(?:police|officers|bobbies)|stop\s+(?!and\s+search)(?:cutting|closing|ignoring|blaming|wasting))\b", _I)


# a question asked to make a point, not to learn a figure: 'Isn't it time ...?', 'Why has nobody ...?', 'How can
# <someone> ...?', 'Is it any wonder ...?'
_RHETORICAL = re.compile(r"^\W*(?:[A-Z][\w'’ -]{0,30}:\s+)?(?:(?:so|and|but|well|honestly),?\s+)?(?:(?:is|are|was|were|does|do|did|"
                         r"has|have|should|would|could|can|will)n['’]t|why\b|how\s+(?:can|could|dare|on\s+earth|much\s+longer|many\s+more|"
                         r"long\s+(?:before|until))|when\s+(?:will|is|are)|is\s+it\s+(?:any|really\s+any|little)\s+wonder|"
                         r"who\s+(?:on\s+earth\s+)?(?:thinks|believes|would|will|is\s+going\s+to))\b[^?]*\?\W*$", _I)


# who polices and governs: a prescription to them is a judgement on policing
_POLICING = re.compile(r"\b(?:police|policing|officers?|patrols?|the\s+met|mayor|ministers?|home\s+office|home\s+secretary|"
                       r"government|council|commissioner|commander)\b", _I)
# a police appeal or a piece of advice, not a judgement: 'anyone with information should call ...'
_APPEAL = re.compile(r"\b(?:anyone|anybody|witnesses|(?:members\s+of\s+)?the\s+public|people|residents|you|victims|drivers|"
                     r"cyclists|owners)\b(?:\s+[\w'’-]+){0,4}?\s+(?:should|must|needs?\s+to|are\s+urged\s+to|is\s+urged\s+to)\s+"
                     r"(?:always\s+|also\s+|still\s+)?(?:call|contact|report|ring|speak|get\s+in\s+touch|come\s+forward|"
                     r"phone|email|visit|lock|keep|make\s+sure|check|register)\b", _I)


_OPINION = re.compile(
    r"\b(?:(?:fantastically|incredibly|very|really|relatively|extremely|remarkably|one of the)\s+)?"
    r"(?:safe|safest|safer|less safe|unsafe|dangerous|most dangerous|more dangerous|crime[- ]ridden|lawless|no[- ]go|out of control|"
    r"crime wave|war zone|warzone|epidemic|crisis|hellhole|hell hole)\b", _I)
_OPINION_PLACE = re.compile(r"\b(?:city|cities|place|capital|town|country|streets|london|borough|area|crime|"
                            r"violence|stabbings|knife)\b", _I)
_OPINION_NOT = re.compile(r"\b(?:keep|keeps|keeping|kept|make|makes|making|stay|staying)\b"
                          r"(?:\s+[\w'-]+){0,3}\s+(?:safe|safer)\b", _I)


_OPINION_GATE_TEST = Words("safe", "danger", "crime-ridden", "crime ridden", "lawless", "no-go", "no go",
                           "out of control", "crime wave", "war zone", "warzone", "epidemic", "crisis", "hell")


def opinion_gate(sc: Scan) -> bool:
    return _OPINION_GATE_TEST(sc.low)


OPINION_NEEDS = _OPINION_GATE_TEST


def find_opinion(sc: Scan) -> list[Claim]:
    """'London is a safe city': one opinion for the sentence, unless it already compares places."""
    st = sc.st
    if _OPINION.search(st) and _OPINION_PLACE.search(st) and not _OPINION_NOT.search(st) \
            and not any(c.kind == "comparison" for c in sc.claims):
        op = _OPINION.search(st)
        return [sc.in_clause("opinion", (sc.s.start, sc.s.start + len(st.rstrip(" .!?\"”"))),
                             claimed_text=op.group(0) if op else "")]
    return []


# What a policy would do: '<Doing something> would free up thousands of hours', 'Scrapping <a scheme> will cost
# lives' - a forecast argued for, not a recorded figure; only a vague quantity ('thousands') may be in it
_FORECAST = re.compile(r"^\W*(?:[A-Z][\w'’-]*:\s+)?(?P<g>[A-Z][a-z]+ing)\b(?:\s+[\w'’-]+){0,5}?\s+(?:would|will|could)\s+"
                       r"(?:(?:only|simply|just|actually|really)\s+)?(?:free\s+up|save|cost|cut|reduce|end|stop|solve|"
                       r"make|help|mean|lead\s+to|put|bring|prevent|keep|give|waste)\b")
_EXACT_FIGURE = re.compile(r"\d")


_FORECAST_GATE_TEST = Words(" would ", " will ", " could ")


def forecast_gate(sc: Scan) -> bool:
    return _FORECAST_GATE_TEST(sc.low)


FORECAST_NEEDS = _FORECAST_GATE_TEST


def find_forecast(sc: Scan) -> list[Claim]:
    """'Decriminalising <drug> would free up thousands of police hours': an opinion on policy (a forecast)."""
    m = _FORECAST.match(sc.st)
    if m is None or _EXACT_FIGURE.search(sc.st):
        return []
    span = (sc.s.start, sc.s.start + len(sc.st.rstrip(" .!?\"”")))
    sc.used.append((0, len(sc.st)))
    return [sc.in_clause("opinion", span, claimed_text=m.group(0).strip())]


# 'A N% fall is <a verdict>', 'a N per cent rise would be <a verdict>': a judgement of a figure given
# elsewhere, said of no crime, place or period (a crime named makes it a claim of its own, read by the figure rule)
_JUDGED_FIGURE = re.compile(
    r"^\W*(?:[A-Z][\w'’ -]{0,30}:\s+)?(?:(?:frankly|honestly|quite\s+frankly|to\s+be\s+honest|but|and|yet|so|sorry|"
    r"look|well),?\s+)?(?:(?:a|an|the|this|that|any|such\s+a)\s+)?(?:(?:mere|measly|paltry|tiny|small|modest|"
    r"slight|token)\s+)?(?P<fig>\d+(?:\.\d+)?\s*(?:%|per\s*cent)|[\w-]+\s+per\s*cent)\s+(?:fall|rise|drop|increase|cut|"
    r"reduction|decrease|dip|improvement)\s+(?P<j>(?:is|was|would\s+be|isn['’]t|wasn['’]t|won['’]t\s+be)\s+(?:nothing|hardly|"
    r"no|not|scant|little|cold|small|a\s+(?:drop|disgrace|scandal|joke|start|step|triumph|success|failure|good|welcome|"
    r"poor|pathetic)|cause|reason|something|welcome|encouraging|disappointing|pathetic|shameful|meaningless)\b[^.;]*)", _I)


_JUDGED_FIGURE_GATE_TEST = Words(" is ", " was ", " would be ", "n't", " won't ")


def judged_figure_gate(sc: Scan) -> bool:
    return ("%" in sc.st or "per cent" in sc.low) and _JUDGED_FIGURE_GATE_TEST(sc.low)


JUDGED_FIGURE_NEEDS = Words("%", "per cent")


def find_judged_figure(sc: Scan) -> list[Claim]:
    """'A N% fall is <a verdict>': an opinion about a figure, not a claim of one."""
    m = _JUDGED_FIGURE.match(sc.st)
    if m is None or LEXICON.find_measures(sc.st):
        return []
    sc.used.append((0, len(sc.st)))
    span = (sc.s.start, sc.s.start + len(sc.st.rstrip(" .!?\"”")))
    return [sc.in_clause("opinion", span, claimed_text=m.group("j").strip())]
