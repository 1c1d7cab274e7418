"""Answering: from a question to a cited ``Answer``.

Holds what a question asks, read once (``frame``), its years with any fiscal-year label read
away (``fiscal_years``), the amounts it states and their roles
(``amounts``), routing of computations to the calculator (``routing``, with a change asked
twice, in units and in percent of where it began, ``change_and_share``, and a question that
asks only a measure between its own amounts, not what the offset rule makes of them,
``measures_asked``, a multiple asked in any wording and the places it is read at,
``multiples_asked``, a ratio asked, kept in the order its figures are named,
``ratios_asked``, and the exchange rates a question states between any two currencies,
``exchange_rates``) with the figures of
the data tables a question names in words (``source_figures``; a statistic named only by its
description, ``operand_selection``; one figure of each of two programs set against each
other, ``program_pairs``; two figures of the value tables worked on together, ``value_pairs``;
two money figures of different tables named either side of a pivot word,
``figures_across_tables``;
a year of the threshold's history named by an event, ``event_years``; a remainder, difference,
share or multiple of two amounts the quoted sentence states, ``stated_operands``; a count asked
of counts the quoted sentence states (more, times, together, per), ``stated_counts``; arithmetic
whose operands all stand in the question, whatever its nouns, ``own_figures``; the share
not done, 100% less the share the sources state done, ``share_complements``; a part asked by
negating the stated part, the whole less it, ``negated_parts``; a part set against the rest of
its whole, a step chained on the rest, ``rest_compared``; an offer measured against an obligation,
as deliveries added up or a share of the price, ``offers_made``; a contract composed from a
change to it or a unit price times a count, a recorded step, ``composed_contracts``; the mean of
a list of figures the question writes, its total over its count, ``stated_means``; a share of
the remainder chained on the whole less the part, ``remainder_shares``; the period asked as what
is left, the joined period less the other named, ``periods_left``; a change asked "by how much"
with no measure named, its amount and its percent, ``change_measure``; a figure named in
words put into another currency at a rate the question gives, ``named_conversions``; a claimed deal
the tables report, by its program or its figure, a restated fact rather than a contract posed,
``known_deals``; a contract a claim tells of, as an episode or as what a rule term is, rather
than poses, ``contract_reference``) and how it asks a result to be
read (``reading``), follow-up resolution
(``followup``, with whom an earlier answer named that a later "he" stands for, ``referent``,
and the currency an earlier question asked in, carried into a follow-up that only swaps what
it asks of, ``currency_carried``), the scope check (``scope``), with the parts of a question
inside the sources answered when only other parts lie outside them (``parts_in_scope``), questions that ask whether a stated fact holds
(``claims``), a claim of who or which day judged without a figure (``named_claims``), a
claim giving a statement's figures to the wrong subject (``claimed_subject``) and the
statement a verdict on one leads with (``verdict_lead``), a claim put without asking, quoted
inside the asker's frame or told with no question (``put_claims``), told with a verb in the
present (``present_verbs``) or behind a hedge of the asker's, which is no hypothesis
(``hedges``), a disputed figure claimed as one named source's, judged by what that source
writes (``named_sides``), a claim that dates a
beginning, judged by the year the sources give for it (``start_claims``) when the thing a
statement tells beginning is the claim's (``begun_things``), questions for
the latest or the earliest of a thing (``extremes``), the item
of a table that ranks first or last on its figure (``rankings``),
questions that name their source (``attribution``; a possessive of its name, ``source_owners``) and the offset rule as such a source
states it (``sourced_rule``), whether the data hold the rule a calculation would apply for the
country, time and part asked (``rule_coverage``), whether each operand of a calculation is
the question's or the sources' for the same day, kind or thing (``operands``), follow-ups that ask who
said what the last answer cited (``speakers``), who wrote a source, read from its own bylines
(``bylines``),
answers from data rows (``row_answers``), the events of the one year a question asks
about (``year_story``), the row stating a whole when a total is asked, not
one of its slices (``wholes``), the whole with every part when its parts are asked, saying
when they do not add up to it (``parts_of_whole``), with the one country whose rule figures a question
asks (``country_rule_asked``), matched by the program a question names by its kind and
the pledge or its keeping it asks (``programs_asked``), and, for a question that sets the sources against
each other over one figure, each source's figure side by side (``sides_asked``), for a question setting one side's doing
against what another wants, that side asked alone (``sides_wanted``), extractive
composition of cited sentences (``compose``) with the sentences that give a cause or a
recommendation (``sentence_kinds``) and the kind of fact a synthesis gathers from other sections
(``synthesis``), a measure asked at each time given as its series (``series_asked``), a
question asking for the other members of a set, whatever it sets aside and wherever
(``others_asked``), a report's numbered sections read as an outline of its points (``outline``), the one part of such an outline a question means (``part_meant``),
the readings a story attributes to onlookers (``commentators``), and
those that lean on the one before (``discourse``), the
numbering of citations (``citations``), and the checks that an answer holds what was asked
(``answerability``, with what an exchange rate asked for needs, ``rates_asked``, which event
a why-question asks the cause of, ``causes_asked``, whose own reply or finding a question asks
for, ``own_words``, an office-holder's words asked of a body none of whose people speak in the
sources cited, ``office_speech``, an office asked (a chair, a minister of one portfolio) that no
speaker in the sources cited holds, ``office_held``, things asked by what they are but given only by how many there were,
``counted_not_listed``, a number's noun that counts the asked things in another word
("85 items" for "how many wares"), judged by the encoder's meaning, ``counted_alike``, a count
asked by the asker's own noun read as the general noun ("21 cases") that counts what its passage
is about, ``general_counts``, the program and stage a curated row gives the sentence it quotes,
``row_labels``, the countries goods are asked of by their origin ("American arms"),
``origins_asked``, a country that frames a figure question (a market after a new phrase, the
home country with no other trader named) rather than naming a partner, ``partners_named``, a count of a part picked out by what it is about ("how many concerned
fishing" or "how much went to cranes"), ``topics_counted``, the value a figure had before it
changed to one the question gives, ``prior_values``, the figures two earlier answers stated worked on by a later turn, ``chained_figures``, a part of one company's offset package,
``components_asked``,
the parts a division asked names ("split between ports and roads"), ``divisions_asked``, a
whole asked in parts along a dimension ("break the levy down by port"), ``breakdowns_asked``,
the year of a past edition a count is asked of ("its 2019 report"), ``editions_asked``, a
figure far from any time dated by the time its sentence opens with, ``opening_times``, a share
asked of a total rather than of one contract, which no offset rule gives, ``shares_of_wholes``,
a part given only a degree ("a few of them"), ``vague_counts``, a year asked within a period
that the sources give only as a whole ("which year between 2003 and 2007"), ``years_within``,
a year asked on its own that the figure rows' own periods do not cover exactly (a figure for
2014-2018, or of another year, or a report's year), ``period_figures``,
and the
words of a question no answering sentence need share, ``gate_words``, and a sentence meeting
all of a question but the words no source writes, ``unwritten_words``, a lower sentence
stating the kind of answer asked under the question's names and years, ``typed_evidence``,
a sentence giving the own words of the party whose reply is asked, ``replies_asked``,
a reply read by its argument structure and met by the party's words whose setting meets the
event described, ``reply_events``, the words of a side named by its kind, ``sides_by_kind``,
the sources' words nearest in meaning to a word they never write, ``nearest_written``,
and the act an agent
noun a question names the doer of, ``agent_nouns``) and traces
every figure it states (``figures``), the word patterns they
read questions with (``patterns``) and the one way they fold a word's forms and pick a text's
words of content (``word_forms``); a question is first respelt to the words the sources write
(``spelling``), an opening about the asker set aside (``preamble``), a source's own year
before its name dropped (``source_years``), a company described by where it is based read as the company (``described``), a body the sources name by its
initials met by the words of its full name (``bodies_described``), a research body described
by what it publishes read as the publisher of the sources' research (``publishers_described``),
a year in a clause of bringing a writing out read as naming that writing (``publication_years``),
a body's own creation not dated by what it created (``agent_dates``), a party a question makes
the actor of its verb held to a statement that has it act, not one naming it only as what others
act on, a place, a comparison or an owner, nor one giving the act to another party
(``acting_parties``)
and a stretch of years told in words
written as its years (``stretches``); a compound the question writes open read as the one word
the sources write (``closed_compounds``), a later sentence of a paragraph read with the topic its
first names (``paragraph_topic``), a synthesis that quotes part of a passage given the points
it skipped between two quoted sentences of a paragraph (``passage_gaps``) and the rest of a
counted list ("the first is that … the second is that") one of whose points it quotes
(``enumerations``), and a question about what a named source itself is answered
by the source's sentence on itself (``self_descriptions``). A part asking when a thing began is
dated only by a statement of a beginning (``starts_asked``), a "when" or "where" opening a
clause of time or place leaves the answer type to the main clause's wh-word (``clause_wh``), a
length of time asked up to now is told by a span or the time it runs from
(``lengths_so_far``) when what began is what is asked of (``what_began``), a third country's
figure is no
figure of now for the country asked of (``third_countries``), and a follow-up asking only whose
account is wanted is the earlier question put to that source (``source_switched``). A figure
asked of named sources is each one's own figures of the measure asked, or its giving none, read
only in a table recording every source's figures (``per_source``). A date asked of a later
member of a series is told only where its place is written (``series_positions``), and a
program's value over its units prices only the units themselves (``units_priced``). A source called by the kind
of publication it is ("per the wire service", "the economic daily") is read as its name, and a
kind no source is of is said to be missing (``source_kinds``); a claim passed on by a teller
none of the sources is ("a Dutch weekly says …") is checked as it stands (``claim_tellers``); a
question asking which outlet carried something is answered by the cited sources' publishers of
that kind, or refused when none is of it (``outlets_asked``). A question whose premise the
statements contradict is not answered by them: an act answered by its opposite (a figure's change
the other way, an end asked of a thing only made, an opponent asked of a proposer,
``opposite_acts``), a country asked beside what it is compared against that no statement names
(``compared_sides``), a program's part or the program asked of another holder than the program
table's (``program_holders``). A source's, a writer's or a credited name is matched by one pattern
compiled once per name (``written_names``), and a reading of a question against the data is
worked out once per question (``per_question``). May import
``calculator``, ``search``, ``knowledge`` and the base modules.
"""
