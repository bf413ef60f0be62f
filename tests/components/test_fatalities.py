"""Death counts read from hand-written event clauses, by GUIDELINES.md's rules."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.components.fatalities import FatalityCount, count_fatalities


@pytest.mark.parametrize(
    "text, count, words",
    [
        # A count tied to a death verb, noun or toll.
        ("Jets bombed the market, killing 14 people.", 14, "14"),
        ("Five policemen were killed in the ambush.", 5, "Five"),
        ("Nine villagers died when the bridge was blown up.", 9, "Nine"),
        ("Eleven shoppers killed when a car bomb exploded were buried today.", 11, "Eleven"),
        ("Troops shot dead three smugglers at the border.", 3, "three"),
        ("Two protesters were shot dead outside parliament.", 2, "Two"),
        ("The blast left 21 dead and 40 wounded.", 21, "21"),
        ("Rescuers pulled the bodies of 17 miners from the rubble.", 17, "17"),
        ("Police recovered 8 bodies from the river.", 8, "8"),
        ("Four hostages lost their lives in the raid.", 4, "Four"),
        ("Officials put the death toll at 31.", 31, "31"),
        ("The death toll rose to 44 on Tuesday.", 44, "44"),
        # a long "from …" phrase between the toll and the figure its rise takes
        ("The toll from the raids on farming hamlets around Kadugli in the hills of South"
         " Kordofan province has climbed to 37.", 37, "37"),
        # after the toll's rise, another figure is not the toll
        ("The death toll from the bombing rose to 18 and 40 were wounded.", 18, "18"),
        ("The toll from the bombing of a bus carrying pilgrims to the shrine in the south of"
         " the country rose to 18 while 40 others were wounded.", 18, "18"),
        ("The number of dead rose to 30 overnight.", 30, "30"),
        # Modifiers, ranges and number words.
        ("A drone strike killed at least 6 fighters.", 6, "at least 6"),
        ("Shelling killed more than 200 residents.", 200, "more than 200"),
        ("Up to 10 people were killed in the crush.", 10, "Up to 10"),
        ("The attack killed between 30 and 45 worshippers.", 30, "between 30 and 45"),
        ("Floods of shells killed seven to ten farmers.", 7, "seven to ten"),
        ("The gunmen killed 3-5 guards.", 3, "3-5"),
        ("Raiders killed twenty-one herders.", 21, "twenty-one"),
        ("Raiders killed a dozen herders.", 12, "a dozen"),
        ("Raiders killed two dozen herders.", 24, "two dozen"),
        ("An air raid killed 1,250 people, the ministry said.", 1250, "1,250"),
        ("One hundred and five prisoners were executed.", 105, "One hundred and five"),
        # Distinct groups add up; the same group or a total conflicts and the lowest wins.
        ("Nine rebels and two soldiers were killed in the clash.", 11, "Nine + two"),
        ("The army killed 20 insurgents and 3 smugglers.", 23, "20 + 3"),
        ("The army said it killed 30 insurgents. A spokesman said two of its soldiers died.",
         32, "30 + two"),
        ("A rocket killed at least 19 civilians, the rebels said; the government put the death"
         " toll at 11.", 11, "11"),
        ("Gunmen killed 25 people, police said. Medics said 31 people were killed.", 25, "25"),
        # A source's toll above the groups another counts: the groups' lower figure stands.
        ("Air strikes killed at least 31 civilians, rescuers said, while a monitor put the"
         " toll at 39.", 31, "at least 31"),
        ("Gunmen killed nine civilians, though a local leader put the toll at 14.", 9, "nine"),
        # A toll no higher than its groups sums them up.
        ("Four soldiers and two civilians were killed, bringing the toll to 6.", 6, "6"),
        ("Four people were killed on Monday. Three more died in hospital.", 7, "Four + Three"),
        ("Four people were killed. Two soldiers were also killed.", 6, "Four + Two"),
        ("Four attackers were killed and a soldier embraced martyrdom.", 5, "Four + a soldier"),
        ("Two fishermen met their death when the boat was shelled.", 2, "Two"),
        # the Pakistani military's words for the militants it killed ("sent to hell")
        ("After a heavy exchange of fire, four terrorists were sent to hell and a sepoy"
         " embraced shahadat.", 5, "four + a sepoy"),
        # an article after "after", "during" opens a scene, no one counted
        ("After a heavy exchange of fire, three rebels were killed.", 3, "three"),
        # an article after "of" names what the counted belong to
        ("Seven passengers of a bus were killed when a shell hit the road.", 7, "Seven"),
        ("Four members of a family died when their house was shelled.", 4, "Four"),
        ("The death toll from Sunday's attack has risen to 45.", 45, "45"),
        ("Five people, including two children, were killed in the raid.", 5, "Five"),
        ("Ten people, most of them women, died in the stampede.", 10, "Ten"),
        # an aside naming who they were, closed before the verb's auxiliary
        ("Twelve people, traders and their drivers, were killed near the market.", 12,
         "Twelve"),
        # The attacker's own death adds to the victims ("blew himself up" alone is no count).
        ("The bomber blew himself up, killing himself and 12 others.", 13, "himself + 12"),
        ("A suicide bomber struck a checkpoint, killing herself and two guards.", 3,
         "herself + two"),
        ("Two bombers blew themselves up at a mosque, killing 28 worshippers.", 28, "28"),
        # One person named by "their", a couple, a side's own losses.
        ("Five engineers and their driver were killed when a bomb hit the convoy.", 6,
         "Five + their driver"),
        ("Rebels killed three soldiers and their families.", 3, "three"),
        ("Gunmen killed a couple and their baby in their car.", 3, "a couple + their baby"),
        ("Bandits killed a couple of herders.", 2, "a couple of"),
        ("The raid killed a couple of hundred villagers.", 200, "a couple of hundred"),
        ("Troops repelled the attack, killing ten attackers and losing two men.", 12,
         "ten + two"),
        # Where the counted come from, found dead, the dead among the wounded.
        ("A labourer from Bihar was shot dead by militants.", 1, "A labourer"),
        ("Five men were found shot dead on a street.", 5, "Five"),
        ("Three bodies were found dead in a ditch.", 3, "Three"),
        ("The hospital received 160 wounded patients, 31 of whom died.", 31, "31"),
        ("The strike killed 40 people, 12 of whom were children.", 40, "40"),
        ("The death toll from a suicide truck bombing in the capital's busy shopping district"
         " rose to at least 125 on Monday.", 125, "at least 125"),
        ("A 12-year-old boy was killed by a stray bullet.", 1, "A 12-year-old boy"),
        ("The gunmen killed 3 of the 7 passengers.", 3, "3"),
        ("The strike claimed the lives of 30 villagers.", 30, "30"),
        ("Jets struck a house, killing a farmer and his son.", 2, "a farmer + his son"),
        # Subsets and other predicates do not count.
        ("The strike killed 40 people, including 12 children.", 40, "40"),
        ("The strike killed 40 people, among them 12 children.", 40, "40"),
        ("Six children were among 22 civilians killed in the shelling.", 22, "22"),
        ("Militants killed 9 guards and wounded 15 others.", 9, "9"),
        ("Two officers were killed and 11 others injured.", 2, "Two"),
        ("At least 8 traders were killed and 60 wounded.", 8, "At least 8"),
        # A single victim named by an article.
        ("A mob beat to death a suspected thief.", 1, "a suspected thief"),
        ("A journalist was killed by a sniper.", 1, "A journalist"),
        ("A farmer was hacked to death in his field.", 1, "A farmer"),
        ("An officer died of his wounds.", 1, "An officer"),
        ("Three gunmen killed a guard.", 1, "a guard"),
        # One person told by name or pronoun, an aside allowed.
        ("Maria Lopez, the town's mayor, was shot dead outside her office.", 1, "Maria Lopez"),
        ("He was killed when the shell hit his car.", 1, "He"),
        ("Police said she died in hospital.", 1, "she"),
        # "them": the group counted just before in the sentence.
        ("A crowd seized 13 suspected thieves from a police car and beat and burned them to"
         " death.", 13, "13"),
        ("Gunmen abducted 12 passengers and killed them.", 12, "12"),
        # one being named with "the" or a possessive after a killing verb
        ("A drone struck a car in the town, killing the driver.", 1, "the driver"),
        ("A shell hit the truck, killing its driver and a passenger.", 2,
         "its driver + a passenger"),
        # state media's "martyring" is killing
        ("A drone targeted a car near the town this afternoon, martyring a young man.", 1,
         "a young man"),
        # translated state media's "liquidated" is killing
        ("The heroes have liquidated more than 40 of the mercenaries near the bridge.", 40,
         "more than 40"),
        ("Twelve militants were liquidated in the raid.", 12, "Twelve"),
        # Explicitly nobody.
        ("The rocket fell in a field; no one was killed.", 0, "no one was killed"),
        ("Police dispersed the crowd; no casualties were reported.", 0,
         "no casualties were reported"),
        ("The convoy was hit but there were no casualties.", 0, "there were no casualties"),
        ("The checkpoint was attacked without casualties.", 0, "without casualties"),
        ("Twelve people were hurt but nobody died.", 0, "nobody died"),
        # A day's digits beside its month are no count to add to the dead after them.
        ("On 3 May, two men were killed near the well.", 2, "two"),
        ("On 29 October, a shepherd was shot dead by settlers.", 1, "a shepherd"),
    ],
)
def test_counts(text, count, words):
    result = count_fatalities(text)
    assert (result.count, result.text) == (count, words)
    if " + " not in words:
        assert text[result.start:result.end] == words


@pytest.mark.parametrize("text", ["Nobody was killed.", "None was hurt in the blast."])
def test_nobody_opening_a_sentence_names_no_one_killed(text):
    # the capital letter read "Nobody" as a person's name: one dead (_ONE_NAMED)
    assert count_fatalities(text).count == 0


@pytest.mark.parametrize(
    "text, words",
    [
        ("Commanders said 'dozens of militants' had been killed.", "dozens"),
        ("Several soldiers were killed in the ambush.", "Several"),
        ("Airstrikes killed scores of fighters.", "scores"),
        ("The army said many insurgents were killed.", "many"),
        ("Hundreds of civilians have died in the siege.", "Hundreds"),
    ],
)
def test_vague_words_give_no_count_but_keep_the_words(text, words):
    assert count_fatalities(text) == FatalityCount(None, words, text.index(words),
                                                   text.index(words) + len(words))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 12 students from the school.",
        "Troops arrested 40 suspects in raids.",
        "Police detained 300 protesters.",
        "About 50 people were treated for smoke inhalation.",
        "Some 2,000 families were displaced by the fighting.",
        "Ten fighters were wounded in the clashes.",
        "The militants seized 31 hostages.",
        "A bomb exploded near the 5th Division base on 21st Street.",
        "Fuel prices rose by 300 per cent in 2014.",
        "Smugglers charge $15 a head; the border is 10 km away.",
        "The 12-year-old boy was wounded at 10:30.",
        "The militants attacked the town in 2015.",
        "Two rockets hit the airport.",
        "Seventeen people, among them a journalist, were injured.",
        "Troops lost two villages to the rebels.",
        "The bomber blew himself up at the gate.",
        "Kabul was shaken by a blast.",
        "They gathered the men near the market and shot them.",
        "Gunmen abducted 12 passengers. Police later killed them.",
        "Gaza City was bombed overnight.",
        "",
    ],
)
def test_no_death_count(text):
    result = count_fatalities(text)
    assert result.count is None
    if result.text is not None:
        assert result.text != ""


def test_a_figure_in_a_long_phrase_after_the_toll_is_not_the_toll():
    """Only a rise's own figure reaches back past 16 words to "toll"."""
    text = ("The toll from the raid by gunmen on the camp for families driven from the hills"
            " near the river that houses 5000 families rose to 14.")
    assert count_fatalities(text).count != 5000


def test_killers_named_by_a_number_are_not_counted():
    result = count_fatalities("Five gunmen killed a guard and two drivers.")
    assert (result.count, result.text) == (3, "a guard + two")


def test_a_positive_count_outranks_a_zero_for_another_group():
    result = count_fatalities("Four soldiers were killed; no civilians were hurt.")
    assert (result.count, result.text) == (4, "Four")


def test_a_zero_and_a_vague_count_leave_the_count_open():
    result = count_fatalities("Several rebels were killed; no one else was hurt.")
    assert (result.count, result.text) == (None, "Several")


_WORDS = st.sampled_from(
    ["killed", "killing", "dead", "died", "at", "least", "12", "two", "a", "dozen", "and",
     "soldiers", "people", "were", "wounded", "no", "one", "was", ",", ".", "including",
     "toll", "death", "the", "put", "between", "to", "2,000", "dozens", "of", "shot"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=25))
def test_any_word_salad_gives_a_consistent_answer(words):
    text = " ".join(words)
    result = count_fatalities(text)
    assert result.count is None or result.count >= 0
    if result.text is None:
        assert (result.count, result.start, result.end) == (None, None, None)
    else:
        assert 0 <= result.start < result.end <= len(text)
        if " + " not in result.text:
            assert text[result.start:result.end] == result.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_fails(text):
    result = count_fatalities(text)
    assert result.count is None or result.count >= 0


def test_a_toll_that_rose_replaces_the_figure_before_it_in_one_reading():
    result = count_fatalities("Gunmen killed 12 people on Monday. The toll rose to 15 on Tuesday,"
                              " after 3 more bodies were found.")
    assert (result.count, result.update) == (15, True)
