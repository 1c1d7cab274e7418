"""What a question asks a sentence to do, and which sentences do it: give a cause, recommend, name
a benefit or a drawback. Read from general English wording, never from a source's phrases.

A why-question is answered by a sentence that says "because" or "the reason"; "what does the
report recommend" by one that says "should" or "needs to"; "what are the advantages" by one that
says what something enables or improves. Such a sentence seldom repeats the question's words,
so it is picked among the sentences about the question's topic by what it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.frame import CAMPS_ASKED, KEPT, REASON_ASKED, answer_type
from assistant.regex import lazy


@dataclass(frozen=True)
class SentenceKind:
    name: str
    asked_by: re.Pattern[str]  # the question's wording that asks for it
    marked_by: re.Pattern[str]  # a sentence's wording that does it
    # A cause is often the sentence after the fact it explains ("Reasons for this …").
    follows_fact: bool = False
    # The everyday name of what is asked ("benefits"): what a search for it looks for, however
    # the question asks ("what has it got out of …", "what came of …"). None for causes: "why"
    # says what it asks for itself, and a search for "reasons" finds only the sentences that
    # use that word.
    called: str | None = None
    # "Did the builders keep their pledges?" asks how far they did: a yes or no is answered
    # by the sentences that tell, as widely as "how well did they keep them".
    open_when_yes_or_no: bool = False
    # A judgment whose grounds are the rest of its paragraph ("The move was unexpected. The
    # practice is common everywhere. …"): the sentences after it argue it, in words of their own.
    grounds_follow: bool = False
    # A sentence that announces the source's own list of them by their name ("Reasons for this
    # decline include …", "The main causes were …"): it opens that list, whatever the kind's
    # everyday ``called`` name.
    listed_by: re.Pattern[str] | None = None


CAUSE = SentenceKind(
    "cause",
    asked_by=REASON_ASKED,
    marked_by=lazy(
        r"\b(reasons?|because|due to|owing to|stems? from|driven by|caused by|factors?|"
        r"explains?|explained by|result(?:ed|s)? (?:of|from)|(?:is|was|are|were) behind|"
        # a purpose answers why someone did something
        r"in a bid to|in order to|so as to|aimed at|designed (?:as|to)|intended (?:as|to)|"
        r"meant to|"
        # "… as the ministry wants lower fees": what someone wants explains what they do
        r"as (?:the |a |an )?(?:[\w'’.-]+ ){0,4}?(?:wants?|seeks?|needs?|hopes?|aims?|tries|"
        r"intends?|looks? to))\b",
        re.I,
    ),
    follows_fact=True,
    listed_by=lazy(
        r"\b(?:reasons|causes|factors|explanations)\s+(?:for|behind|of)\b[^.;:]{0,80}?"
        r"\b(?:include|included|includes|are|were|lie|lay)\b",
        re.I,
    ),
)
# "What are people saying Washington is after?", "the motive behind the ministry's move": why an
# actor did something is answered by the sentences that give it a purpose ("in a bid to", "as a
# bargaining chip", "to … to its advantage", "as the administration wants …"), often in another
# story than the one the question's words find; not by the causes of a trend ("because …").
MOTIVE = SentenceKind(
    "motive",
    asked_by=lazy(
        r"\b(motives?|motivations?|theor(?:y|ies)|"
        r"what(?: is| was| are| were|['’]s) (?:[\w'’-]+ ){1,4}?after(?= *(?:[?,.;]|$|with|by|here))|"
        r"what (?:is|was|['’]s) behind (?:the |its |their |this |that )?"
        r"(?:decision|move|step|listing|choice|push)|"
        # An act aimed at someone has an actor with an aim: "why would Brussels go after it".
        r"why (?:would|did|does|do|has|have|is|are|was|were)\b.{0,60}?\b(?:single[sd]? out|"
        r"singling out|target(?:s|ed|ing)?|go(?:es|ing)? after|went after|tak(?:e|es|ing) aim|"
        r"took aim|pick(?:s|ed|ing)? on))\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(in a bid to|bargaining chips?|negotiating cards?|(?:as|for) leverage|"
        r"to (?:its|their|his|her) (?:own )?advantage|"
        r"(?:aimed at|designed (?:as|to)|intended (?:as|to)) (?:[\w'’-]+ ){0,3}?"
        r"(?:pressur|press|win|gain|extract|secur|lead|use)\w*|"
        r"as (?:the |a |an )?(?:[\w'’.-]+ ){0,4}?(?:wants?|seeks?|hopes?|aims?) )",
        re.I,
    ),
    follows_fact=True,
)
RECOMMENDATION = SentenceKind(
    "recommendation",
    called="recommendations",
    asked_by=lazy(
        # "The proposed amendment" names a thing proposed; it does not ask what is proposed.
        # Nor does a participle after a possessive: "the ministry's proposed rule" is a rule
        # ("the study's recommendations" still asks for them).
        r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\btheir )"
        r"(?!(?<=['’]s )(?:propos|suggest|recommend)ed\b)(?!(?<=s['’] )(?:propos|suggest|recommend)ed\b)"
        r"\b(recommend\w*|propos\w*|suggest\w*|advis\w*|call(?:s|ed)? for|urg\w*|"
        # The words a phrase spans ("want *the ministry* to do") are its topic, caught in a group.
        r"what should|should (.{0,40}) do|want\w* (.{0,60}) to do|want\w* (?:(\w+) )?done|"
        r"fix(?:es)?|remed(?:y|ies)|"
        # What a writer prescribes for a policy is what it advises be done with it.
        r"prescriptions?|"
        r"solutions?|policy changes|what needs to be done|"
        # A lesson or a model is what a writer advises to take from another's example: "what can
        # the port learn from Rotterdam", "which of its rules are worth copying".
        r"learn\w* from|lessons?|worth (?:copying|emulating|imitating|following|adopting)|"
        r"copying|emulating|imitating|(?:to|should) (?:copy|emulate|imitate)|"
        r"(?:a |as an? )(?:model|example) (?:for|to follow|worth)|holds? up as)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(should|must|needs? to|ought to|recommend\w*|propos\w*|call(?:s|ed)? for|"
        r"urg(?:e|es|ed)|it is (?:necessary|essential|important) to)\b",
        re.I,
    ),
)
BENEFIT = SentenceKind(
    "benefit",
    called="benefits",
    asked_by=lazy(
        # Nor does a compound's second word ("a counter-benefit", "cost-benefit") ask for one.
        r"(?<!-)\b(advantages?|benefits?|upsides?|strengths?|pros|what does (.{0,60}) offer|"
        r"what (.{0,30}) gain(?:ed)?|good for|"
        # "what has it got out of the scheme", "what did they get from it", "what came of it"
        r"(?:get|gets|got|gotten|getting) (?:out of|from)|what came of|pay(?:s|ed)? off|"
        # "has it gained anything", "has it done them any good", "what good has it done"
        r"gain(?:s|ed)? (?:anything|much)|any good|what good|"
        # "what has the levy done for the growers since it began"
        r"what (?:has|have|did) (?:[\w'’-]+ ){1,6}?(?:done|achieved|accomplished|delivered|"
        r"brought) for|"
        # "what did the levy do for the growers": what a thing did for someone is what it
        # brought them, as "what has it done for them" asks.
        r"what (?:did|does|do) (?:[\w'’-]+ ){1,6}?(?:do|deliver|bring|achieve) for)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(benefits?|benefit(?:ed|ted)|advantages?|enabl(?:es?|ed|ing)|allow(?:s|ed|ing)?|"
        r"increases?|enhances?|improv\w*|freedom|helped|gains?|generated|achiev\w*|"
        r"accomplish\w*|contribut\w*|paid off|succeed\w*|success\w*|"
        # what something was crucial to or laid the ground for
        r"pivotal|instrumental|foundations?)\b",
        re.I,
    ),
)
DRAWBACK = SentenceKind(
    "drawback",
    called="drawbacks",
    asked_by=lazy(
        r"(?<!-)\b(weakness\w*|drawbacks?|downsides?|shortcomings?|flaws?|problems? with|cons|"
        r"works? poorly|wrong with|criticis\w*|"
        # "what does it stand to lose", "what is at stake", "the risks of dropping it"
        r"(?:stand|stands|would|could|will|might) (?:to )?lose|risks?|at stake)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(problems?|burden\w*|lacks?|lacking|inefficien\w*|not an efficient|drawbacks?|"
        r"limit(?:s|ed|ations?)|nullif\w*|difficult\w*|fails?|failing|compressed|unfair)\b",
        re.I,
    ),
)
# "How well have the builders kept their promises?" asks how much of what was promised was done:
# the sentences that say so give a rate of implementation or a refusal, and seldom repeat the
# question's "promise" (a sentence that does, "make good on its promise to …", is about a pledge
# still to keep, not about one kept).
_PLEDGE = r"(?:promises?|pledges?|commitments?|obligations?|undertakings?|terms|bargains?)"
FULFILMENT = SentenceKind(
    "fulfilment",
    called="implementation",
    asked_by=lazy(
        # The words a phrase spans ("have *the builders* kept", "their *housing* pledges") are
        # its topic, caught in a group.
        # "how well have they kept", "how far the firms have kept": asked or reported.
        r"\b(how (?:well|far|much) (?:(?:have|has|had|did|do|does) )?(.{0,60}?) ?"
        rf"(?:(?:have|has|had) )?(?:{KEPT})|"
        r"(?:delivered|delivering|deliver) on (?:(?:their|its|his|her|the|these|those) )?(.{0,30}?)"
        rf"{_PLEDGE}|"
        r"(?:kept|keeping|honou?red|honou?ring|fulfill?(?:ed|ing)?|broken?|breaking|"
        r"lived up to|living up to|follow(?:ed|ing)? through on|ma(?:d|k)(?:e|es|ing) good on|"
        r"stuck to|stick(?:ing)? to) (?:(?:their|its|his|her|the|these|those) )?(.{0,30}?)"
        rf"{_PLEDGE}|"
        # "did they deliver the upgrades they promised", "have they done what they pledged"
        rf"(?:{KEPT}|done|provided|supplied) (?:on )?(?:(?:the|what|all|their|its) )?(.{{0,40}}?)"
        r"(?:they|it|he|she|we) (?:had |have |has )?(?:promised|pledged|committed to|agreed to)|"
        r"track records?|follow-through)\b",
        re.I,
    ),
    marked_by=lazy(
        # What was done of a promise: its implementation, or that it was not kept. Not the verbs
        # of bringing a policy in ("implemented the program in 1990") or of what a scheme lets
        # one do ("lets sellers fulfil their terms early").
        r"\b(implementation (?:rates?|(?:did|has|had|was) not)|rates? of (?:implementation|fulfil\w*)|"
        r"fulfill?ment|fulfill?ed|carried out|unfulfill?ed|"
        r"(?:did|has|have|had) not (?:occur|happen|take place|materiali[sz]e|deliver|transfer|"
        r"honou?r|keep)|refus(?:ed|es|al)|fell short|falls? short|falling short|failed to|"
        r"has yet to|have yet to|(?:completion|delivery) rates?)\b",
        re.I,
    ),
    open_when_yes_or_no=True,
)
# "Why does the closure matter?", "why is the ruling significant?": not the cause of the thing
# but what follows from it. The sentences that say so look ahead ("will likely set the stage
# for …", "could cost the yards …") or weigh it ("the leading factor behind …"); the fact itself,
# restated, answers nothing.
SIGNIFICANCE = SentenceKind(
    "significance",
    asked_by=lazy(
        r"\b(why (?:does|do|did|would|will|is|was|are|were|should) (.{0,80}?) ?"
        r"(?:matters?|so important|important|significant|a big deal|relevant|count)|"
        r"why (?:that|this|it) (?:matters|is (?:so )?important)|"
        r"(?:significance|importance|implications?|consequences?|ramifications?) of|"
        # "What consequences does the analyst foresee": the kind of sentence named as the thing
        # asked for.
        r"what (?:[\w'’-]+ )?(?:implications?|consequences?|ramifications?|repercussions?)|"
        r"what (?:does|did|would|will|could) (.{0,60}?) mean for|"
        # "What effect did the ruling have on the yards?", "what impact has the levy had":
        # what followed from a thing, not what it is.
        r"what (?:effects?|impacts?) (?:has|have|had|did|does|do|will|would|could) (.{0,80}?) ?"
        r"(?:had|have|make|made)\b(?: on)?)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b((?:will|would|could|may|might|can)(?: likely| also| only| continue to)? "
        r"(?:[\w-]+ )?(?:set|lead|result|undermin|depriv|erod|forgo|forego|lose|hurt|harm|"
        r"weaken|pave|cost|leave|make|become)\w*|"
        r"set(?:s|ting)? the stage|pave[sd]? the way|precedent|"
        r"(?:leading|main|key|biggest|decisive) factor|implications?|consequen\w*|"
        r"as a result|in effect|at stake|undermin\w*|depriv\w*|"
        # What a past event set off: "Following the 2009 ruling, a dispute erupted", "ever
        # since the strike, the port has …".
        r"following (?:a|an|the|its|their)|ever since|in the wake of|led to|resulted in|"
        r"prompted|triggered)\b",
        re.I,
    ),
    follows_fact=True,
)
# "Why did the listing look odd?", "what was surprising about the ban?": not the cause of the thing
# but what made it unexpected. The sources say so in a judgment ("was considered unexpected",
# "has raised questions", "is not unique to …", "hard to single out") and argue it in the
# sentences after it (the practice is common; the thing has been shrinking), which name neither.
SURPRISE = SentenceKind(
    "surprise",
    asked_by=lazy(
        r"\b(why\b.{0,80}?\b(?:odd|strange|surprising|unexpected|puzzling|curious|weird|"
        r"peculiar|ironic|counterintuitive|raised? eyebrows)|"
        r"what (?:is|was|makes?|made) (?:it |this |that )?(?:so )?(?:odd|strange|surprising|"
        r"puzzling|curious|weird|peculiar|ironic))\b",
        re.I,
    ),
    marked_by=lazy(
        # Said of the thing ("was considered unexpected"), not an adjective naming it ("the
        # unexpected listing came as …"), which tells what happened, not why it was odd.
        r"\b((?:is|was|are|were|be|been|being|seems?|seemed|considered|deemed|looks?|looked|"
        r"appears?|appeared) (?:\w+ )?(?:unexpected|surprising|puzzling|odd|strange|ironic)|"
        r"(?:came|comes|come) as a surprise|surprisingly|oddly|strangely|ironically|"
        r"rais(?:ed|es|ing) (?:[\w'’-]+ )?questions|interesting observation|not unique|"
        r"(?:difficult|hard) (?:for [\w'’ -]{1,40}? )?to (?:justify|be singled out|"
        r"single (?:it |them )?out))\b",
        re.I,
    ),
    grounds_follow=True,
)
# "Put the ruling in context: what else was going on?" asks for what surrounded a thing, not the
# thing: the sentences that set it among other events say so ("came as …", "ahead of …", "amid
# …", "the latest in …").
SURROUNDINGS = SentenceKind(
    "surroundings",
    asked_by=lazy(
        r"\b(in (?:its |their |the |a )?(?:wider |broader |larger |political )?context|"
        r"(?:the |its |their )?(?:backdrop|background) (?:to|of|for)|"
        r"what (?:else )?(?:was|were|is|are) (?:happening|going on)|what else happened|"
        r"around (?:that|the same) time|at (?:that|the same) time|that week|that month)\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(amid|ahead of|in the run-up to|(?:comes?|came|coming) (?:as|amid|after|just)|"
        # Not "at the same time" or "meanwhile", which as often add a point as a time.
        r"(?:the )?latest (?:addition|in|of|step|move)|prelude|"
        r"(?:is|are|was|were) set to|looming|imminent|on the heels of|"
        r"(?:days?|weeks?) (?:away|before|after|earlier|later|ahead)|"
        r"part of (?:a |the )?(?:wider|broader|comprehensive))\b",
        re.I,
    ),
)
# "Give both sides of the quarrel over the levy", "the case for and against it": a debate is
# answered by the sentences that state a side's case, whoever holds it: those who favour or oppose
# a thing, the concerns or objections voiced, what critics or proponents argue. Such a sentence
# seldom repeats "side" or "debate".
DEBATE = SentenceKind(
    "debate",
    asked_by=lazy(
        r"\b((?:both|two|the other|either|each|opposing|competing) (?:sides|camps|positions|views)|"
        r"for and against|pros? and cons?|"
        # "Outline the dispute over the levy": the quarrel itself asked for, not a fact in it
        # ("which body set off the debate").
        # A quarrel goes by many names ("the fight over the clause", "the back-and-forth over
        # it") and may be qualified ("the legal fight", "the legal and regulatory tussle").
        r"(?:summari[sz]e|outline|explain|describe|lay out|sum up|walk (?:me|us) through|trace) "
        r"(?:the |this |that )?(?:[\w'’-]+ (?:and [\w'’-]+ )?)?"
        r"(?:debate|dispute|controversy|quarrel|row|fight|tussle|wrangl\w*|"
        r"back-and-forth|tug[- ]of[- ]war)|"
        r"what(?:'s| is|’s) the (?:[\w'’-]+ )?(?:fight|dispute|quarrel|row|tussle) "
        r"(?:over|about)|"
        r"(?:proponents|supporters|advocates|backers) and (?:critics|opponents|detractors)|"
        r"(?:critics|opponents|detractors) and (?:proponents|supporters|advocates|backers))\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(in favou?r of|(?:those|people|critics|opponents|proponents|supporters|advocates|"
        r"experts|insiders) (?:who )?(?:argue|say|contend|claim|warn|believe|insist)\w*|"
        # A concern voiced, not a worry named ("defense concerns dominate").
        r"(?:voic|rais|express|cit)\w* (?:[\w'’-]+ ){0,3}?concerns?|concerns? (?:over|about|that)|"
        r"objections?|oppos(?:e|es|ed|ing|ition)|argu(?:e|es|ed|ing|ments?)|"
        r"point(?:s|ed)? out that|contend\w*|critics?|proponents?|advocates?|controvers\w*|"
        r"stance)\b",
        re.I,
    ),
)
# "Why do the skeptics argue the levy is a mistake?", "what objections do the growers raise
# against it?": one side's case is asked for, not a cause of the thing it argues about. The
# sources state it where they say whose case it is ("critics warn", "concerns over", "it has been
# pointed out that"), and a case of several points announces them and then gives each ("… two
# concerns. The first is …"), in sentences that carry on from the announcement.
ARGUMENT = SentenceKind(
    "argument",
    asked_by=lazy(
        r"\b(why (?:do|does|did|would|are|is|were|was)\b(?P<holder>.{0,60}?)\b"
        r"(?:argu(?:e|es|ed|ing)|contend(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?)|"
        r"(?:arguments?|objections?|concerns?|criticisms?|complaints?) "
        r"(?P<raiser>(?:[\w'’-]+ ){0,3}?)"
        r"(?:rais(?:e|es|ed)|voic(?:e|es|ed)|ma(?:ke|kes|de)|put forward|cit(?:e|es|ed)|"
        r"advanc(?:e|es|ed))\b|"
        # "the case, as the paper tells it, against the levy": an aside may stand between.
        r"(?:arguments?|objections?|case)(?:,[^,?]{0,40},)? (?:against|for)\b|"
        # "What pushback came from the industry against the plan": a side's case against a thing,
        # the words naming who made it between. Not a complaint "against" another thing: that
        # sets one beside the other.
        r"(?:push-?back|backlash|objections?|resistance)\b"
        r"(?=(?:\s+[\w'’-]+){0,8}?\s+against\b))",
        re.I,
    ),
    marked_by=DEBATE.marked_by,
)
# "Who backs the levy and who would scrap it?": the camps asked for by who holds each stance are
# told by the sentences that state a side's case, as in a debate, and by those that state a
# side's own aim ("has voiced its intention to cut …", "are seeking to scrap …", "has been pushing
# for …", "proposed a bill to …"): what a camp wants, and does to get it, is its stance.
CAMPS = SentenceKind(
    "camps",
    asked_by=CAMPS_ASKED,
    marked_by=lazy(
        rf"(?:{DEBATE.marked_by.pattern})|"
        r"\b(?:(?:its|their|his|her) (?:intention|wish|aim|plan)s? to|"
        r"(?:is|are|was|were|been) (?:now )?(?:seeking|pushing|lobbying|campaigning) (?:to|for)|"
        r"propos(?:ed|es|ing) (?:a |an |the )?(?:new )?(?:bill|amendment|law|act|motion))\b",
        re.I,
    ),
)
# "How does the weekly interpret the step?", "what does the columnist make of it?", "what does the
# blog expect next?": a writer's reading of events, or their guess at what follows, is said by
# the sentences that interpret ("is interpreted as", "seen as", "a prelude to") or speculate
# ("could lead to", "it is plausible that", "likely"), not by the facts they read.
# What writes: a piece of writing or its author.
_WRITING = (
    r"(?:[\w'’-]+ )?(?:paper|newspaper|daily|report|article|blog|post|piece|column|editorial|"
    r"outlet|newsletter|story|author|writer|columnist|blogger|analyst|commentator)s?"
)
READING = SentenceKind(
    "reading",
    asked_by=lazy(
        r"\b(speculat\w*|(?:comes?|came|happens?|will happen) next|what(?:['’]s| is) next|"
        r"what (?:happens|lies ahead)|"
        r"outlook|going forward|the road ahead|(?:expect\w*|predict\w*|foresee\w*) (?:will )?next|"
        # A writer's reading, not a party's: how a ministry "read" a report is its reply.
        rf"how (?:does|do|did|would) (?:the |this |that |its |their )?{_WRITING} "
        r"(?:read|interpret|see|view|characteri[sz]e) (?:the|this|that|it|its|their)|"
        rf"what (?:does|do|did) (?:the |this |that |its |their )?{_WRITING} make of|"
        # "What does the columnist expect to come of it": a writer's forecast is a reading.
        rf"what (?:does|do|did) (?:the |this |that |its |their )?{_WRITING} "
        r"(?:expect|predict|foresee|anticipate)s?|"
        r"how (?:is|was|are|were) (.{0,50}?) ?(?:read|interpreted|seen|viewed))\b",
        re.I,
    ),
    marked_by=lazy(
        r"\b(interpreted as|(?:is|are|was|were|being) (?:\w+ly )?(?:seen|viewed|read|regarded) as|"
        r"prelude|speculation|plausible|possibly|potential|"
        r"(?:could|might|may|would|will likely) (?:[\w-]+ )?(?:lead|be|reshape|mean|result|"
        r"become|bring|prompt|serve)\w*|appears? to be|fuel\w* speculation)\b",
        re.I,
    ),
)
# What a thing's mattering asks is read before a cause: "why does it matter" says "why"; what
# surrounded a criticism before its drawbacks: "the backdrop to the criticism".
KINDS = (
    CAMPS,
    DEBATE,
    SIGNIFICANCE,
    READING,
    SURROUNDINGS,
    SURPRISE,
    ARGUMENT,
    MOTIVE,
    CAUSE,
    RECOMMENDATION,
    BENEFIT,
    DRAWBACK,
    FULFILMENT,
)

# "Why is leasing better than buying", "why does it beat the old way": a why-question about
# one thing's merit over another asks for its advantages, not for a cause.
_MERIT = lazy(
    r"\b(beats?|better than|superior to|preferable to|preferred (?:to|over)|outperforms?|"
    r"more (?:efficient|effective|useful|attractive) than|edge over|advantage over)\b",
    re.I,
)

# "Why does the board say the scheme works poorly", "why is the new rule flawed": a why-question
# about a thing's faults asks for its drawbacks, which the source states as its judgment of the
# thing ("… effectively wasting what it gains"), not for the causes of some trend near it.
_FAULTED = lazy(
    r"\bwhy\b(?:.{0,120}?\b(?:works? (?:so )?(?:poorly|badly)|worked (?:so )?(?:poorly|badly)|"
    r"flawed|ineffective|inefficient|counterproductive)|"
    r"(?: (?:does|do|did|would|will)(?: not|n[’']t)| won[’']t)\b.{0,80}?\bwork)\b",
    re.I,
)


# An aside in brackets names what an ask is about ("how did they react (the ruling in
# context)"), not what kind of sentence it asks for.
_ASIDE = lazy(r"\([^()]*\)")


# "Why does the audit office favour pooled buying", "why are the growers so keen on it": why
# someone likes a thing is answered by what the thing does for them, its advantages.
_ADOPTING = (
    r"(?:use|rely on|lean on|adopt|embrace|expand|turn to|move to|switch to|shift to|"
    r"make (?:more |greater |better )?use of)"
)
_FAVOURED = lazy(
    # Also the why-clause of a longer question, which has no auxiliary: "explain the scheme and
    # why the board wants the port to lean on it".
    r"\bwhy\b.{0,60}?\b(?:like[sd]?|favou?r(?:s|ed)?|"
    r"prefer(?:s|red)?|champion(?:s|ed)?|advocate[sd]?|endorse[sd]?|(?:so )?keen (?:on|for)|"
    r"(?:so )?fond of|in favou?r of|push(?:es|ed)? for|"
    # "why do they want the port to use it more": wanting a thing used is favouring it.
    rf"want(?:s|ed)? (?:[\w'’-]+ ){{1,3}}to {_ADOPTING}|"
    # "why the board argues the port should turn to it": urging a thing's use is favouring it.
    r"(?:argu(?:e|es|ed|ing)|says?|said|thinks?|believes?|insists?|contends?|holds?) "
    r"(?:that )?(?:[\w'’-]+ ){1,3}"
    rf"(?:should|must|ought to|needs? to) {_ADOPTING})\b",
    re.I,
)


_CALLED: dict[str, re.Pattern[str]] = {}


def calls_by_name(kind: SentenceKind, text: str) -> bool:
    """Whether ``text`` is about what ``kind`` does by its everyday name ("The benefits of the
    scheme are numerous."): such a sentence opens a source's own list of them. Not the name in
    passing ("has seen no significant benefits"), which lists nothing."""
    if kind.called is None:
        return False
    pattern = _CALLED.get(kind.called)
    if pattern is None:
        pattern = _CALLED[kind.called] = re.compile(
            rf"\bthe (?:[\w'’-]+ )?{re.escape(kind.called)} (?:of|from)\b", re.I
        )
    return bool(pattern.search(text))


def announces_list(kind: SentenceKind, text: str) -> bool:
    """Whether ``text`` announces the source's own list of what ``kind`` does by its name
    ("Reasons for this decline include …"): such a sentence opens that list, as one calling
    them by their everyday name does (``calls_by_name``)."""
    return kind.listed_by is not None and bool(kind.listed_by.search(text))


# Kept per question: routing, ranking and the answer's checks each ask it of the same question,
# and each time every kind's pattern is tried.
@lru_cache(maxsize=1024)
def asked_kind(question: str) -> SentenceKind | None:
    """The kind of sentence ``question`` asks for, if it asks for one."""
    question = _ASIDE.sub(" ", question)
    if _MERIT.search(question) or _FAVOURED.search(question):
        return BENEFIT
    if _FAULTED.search(question):
        return DRAWBACK
    kind = next((kind for kind in KINDS if _asks(kind, question)), None)
    if kind is READING and _asks(RECOMMENDATION, question) and _only_when(question):
        # "What should the board do going forward": the time an action is asked for is no ask
        # for a reading of what will happen; what to do is asked, and a recommendation answers.
        return RECOMMENDATION
    return kind


# The phrases by which READING is asked that only set a time ahead ("going forward", "the road
# ahead"); an action asked for in that time ("what should they do going forward") is advice.
_AHEAD = lazy(r"^(?:going forward|the road ahead)$", re.I)


def _only_when(question: str) -> bool:
    """Whether every phrase asking ``question`` for a reading only sets a time ahead."""
    return all(_AHEAD.match(found.group(0)) for found in READING.asked_by.finditer(question))


# A party the sources name ("the USTR", "Norway"): a capitalised word.
_NAMED = lazy(r"\b[A-Z]")


def _asks(kind: SentenceKind, question: str) -> bool:
    """Whether ``question`` asks for sentences of ``kind``. One side's case is told of a group
    known by its stance ("critics", "industry insiders"); a party the question names ("why does
    the ministry's rival, Norway, argue …", "the objections the USTR raised") states its own,
    which a position question's answer quotes."""
    found = kind.asked_by.search(question)
    if found is None or kind is not ARGUMENT:
        return found is not None
    holder = next((found[g] for g in ("holder", "raiser") if found[g] is not None), None)
    if holder is None:
        # "What is the agency's own case for …": whose case it is comes before it, past the
        # question's first word.
        holder = question[: found.start()].strip().partition(" ")[2]
    return not _NAMED.search(holder)


# Nouns for something said rather than a thing of the world: an explanation, an objection, a
# reply. "What pushback came from the ministry" asks for what a party said, for or against, which
# the sources report in their own words ("argued that …", "most countries use …"): such a noun is
# no thing the sources must name. English's closed class of nouns for giving reasons, arguing and
# answering; not the words for a thing a statement may concern (a fine, a list, a pledge).
_STATEMENT_NOUNS = lazy(
    r"(?:explanations?|justifications?|rationales?|reasons?|reasonings?|grounds|"
    r"(?:counter-?)?arguments?|objections?|criticisms?|critiques?|complaints?|"
    r"protests?|grievances?|push-?back|backlash|resistance|"
    r"responses?|reactions?|repl(?:y|ies)|rebuttals?|retorts?|rejoinders?|answers?|"
    r"comments?|remarks?|statements?|views?|opinions?|stances?|positions?|"
    r"claims?|assertions?|contentions?|warnings?)",
    re.I,
)


def names_a_statement(noun: str) -> bool:
    """Whether ``noun`` names something said (an explanation, an objection, a reply): a question
    asking for one asks what a party said, not for a thing the sources must call by that name."""
    return _STATEMENT_NOUNS.fullmatch(noun) is not None


_OPEN_TYPES = frozenset({"other", "summary", "reason", "position", "comparison"})
# The words that name a kind of sentence ("advise", "drawbacks"), as opposed to the phrases that
# ask for one around a topic ("what does the voucher scheme offer"): the sources seldom use them.
_NAMING_WORDS = {
    "recommendation": r"recommend\w*|propos\w*|suggest\w*|advis\w*|urg\w*|prescriptions?",
    "benefit": r"advantages?|benefits?|upsides?|strengths?|pros",
    "drawback": r"weakness\w*|drawbacks?|downsides?|shortcomings?|flaws?|cons",
    "fulfilment": rf"{_PLEDGE}|track records?|follow-through",
    "surroundings": r"context|backdrop|background|happening|going on|happened|"
    r"(?:that|the same) (?:week|month|time)",
}


def asking_words(question: str) -> str:
    """The words of ``question`` that ask for benefits, drawbacks or recommendations ("want …
    done", "got out of", "wrong with"), without the words such a phrase spans ("want the ministry
    to do"), which are its topic; "" for a question of no such kind or whose answer is no open
    one ("who proposed the bill" asks for a person). A cause is asked by "why", no topic word."""
    kind = asked_kind(question)
    if kind is None or kind.called is None or answer_type(question) not in _OPEN_TYPES:
        return ""
    pieces: list[str] = []
    for found in kind.asked_by.finditer(question):
        start = found.start()
        for group in range(2, kind.asked_by.groups + 1):
            if found.start(group) >= 0:
                pieces.append(question[start : found.start(group)])
                start = found.end(group)
        pieces.append(question[start : found.end()])
    return " ".join(pieces)


def without_asking(question: str) -> str:
    """``question`` without the words that name the kind of sentence it asks for ("what steps
    does the paper advise"): they say what the answer must do, not what it is about."""
    kind = asked_kind(question)
    naming = _NAMING_WORDS.get(kind.name) if kind is not None else None
    # "Who proposed the bill" asks for a person: there "proposed" is what the answer is about.
    if naming is None or answer_type(question) not in _OPEN_TYPES:
        return question
    return re.sub(rf"\b(?:{naming})\b", " ", question, flags=re.I)
