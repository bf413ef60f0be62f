"""Claims (who said what, and which words they vouch for) in hand-written sentences."""

import pytest

from eventdesk.components.attribution import Claim, claim_for, find_claims

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from eventdesk.nlp import load_spacy

    return load_spacy()


def described(text: str, claims: list[Claim]) -> list[tuple[str, str, str]]:
    return [(c.source, c.cue, text[c.scope_start_char:c.scope_end_char]) for c in claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels shelled the airport on Monday, a security official said.",
         ("a security official", "said", "Rebels shelled the airport on Monday")),
        ("The army said its jets destroyed three weapons depots near the border.",
         ("The army", "said", "its jets destroyed three weapons depots near the border")),
        ("Police said that two men were arrested after the riot.",
         ("Police", "said", "that two men were arrested after the riot")),
        ("Gunmen stormed a bank in the capital, killing a guard, according to witnesses.",
         ("witnesses", "according to", "Gunmen stormed a bank in the capital, killing a guard")),
        ("According to the health ministry, 14 people died in the blast.",
         ("the health ministry", "according to", "14 people died in the blast")),
        # a hyphened title the parser splits into three objects of "to"
        ("Gunmen burned a market in the village, according to the sub-prefect of Gusau.",
         ("the sub-prefect of Gusau", "according to", "Gunmen burned a market in the village")),
        ("The interior minister told reporters that the convoy had been ambushed.",
         ("The interior minister", "told", "that the convoy had been ambushed")),
        ("The group claimed it had shot down a helicopter.",
         ("The group", "claimed", "it had shot down a helicopter")),
        ("Activists reported heavy clashes in the northern suburbs.",
         ("Activists", "reported", "heavy clashes in the northern suburbs")),
        ("State media said troops had recaptured the town.",
         ("State media", "said", "troops had recaptured the town")),
        ("A source at the provincial hospital said 11 bodies had arrived overnight.",
         ("A source at the provincial hospital", "said", "11 bodies had arrived overnight")),
        ("Residents said militiamen burned dozens of houses.",
         ("Residents", "said", "militiamen burned dozens of houses")),
        ("Local officials put the death toll at 19.",
         ("Local officials", "put", "the death toll at 19")),
        ("An army spokesman said on Friday they had cleared the district of mines.",
         ("An army spokesman", "said", "on Friday they had cleared the district of mines")),
        ("A spokesman for the governor, who was speaking from the capital, said the curfew"
         " had been lifted.",
         ("A spokesman for the governor", "said", "the curfew had been lifted")),
        ("Hours later, the rebels said, a car bomb exploded outside the police station.",
         ("the rebels", "said", "a car bomb exploded outside the police station")),
        ("The ministry said in a statement that 12 militants were killed in air strikes.",
         ("The ministry", "said", "that 12 militants were killed in air strikes")),
        ("The Monitoring Centre for Peace, a Geneva-based group, said 23 people were killed.",
         ("The Monitoring Centre for Peace", "said", "23 people were killed")),
        ("Officials say the fighting has displaced more than 10,000 people.",
         ("Officials", "said", "the fighting has displaced more than 10,000 people")),
        ("The governor was quoted as saying that 20 policemen had been killed.",
         ("The governor", "said", "that 20 policemen had been killed")),
        ("The market was hit by three shells, said Ahmed Saleh, a local council member.",
         ("Ahmed Saleh", "said", "The market was hit by three shells")),
        ("A group calling itself the 'Free Coast' claimed it had burned the depot.",
         ("A group calling itself the 'Free Coast'", "claimed", "it had burned the depot")),
        ("The rebels' radio station said its fighters had taken the bridge.",
         ("The rebels' radio station", "said", "its fighters had taken the bridge")),
        ("Clashes erupted in the city centre, residents told reporters.",
         ("residents", "told", "Clashes erupted in the city centre")),
        ("The Pentagon confirmed the deaths of two service members in the attack.",
         ("The Pentagon", "confirmed", "the deaths of two service members in the attack")),
        # a rank's full stop ends no sentence: the source keeps its name
        ("Gunmen shot dead a shopkeeper in the old market on Friday, police Lt. Karim Nouri "
         "said.", ("police Lt. Karim Nouri", "said",
                   "Gunmen shot dead a shopkeeper in the old market on Friday")),
    ],
)
def test_one_claim_per_sentence(nlp, text, expected):
    claims = find_claims(nlp(text))
    assert described(text, claims) == [expected]
    claim = claims[0]
    assert text[claim.start_char:claim.end_char] == claim.source


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The defence ministry denied that its aircraft had struck the market.",
         ("The defence ministry", "denied", "that its aircraft had struck the market")),
        ("The rebels denied shelling the hospital.",
         ("The rebels", "denied", "shelling the hospital")),
        ("The Tigers' al-Nour radio denied that the bridge had fallen.",
         ("The Tigers' al-Nour radio", "denied", "that the bridge had fallen")),
    ],
)
def test_denials_are_claims_with_the_denied_cue(nlp, text, expected):
    claims = find_claims(nlp(text))
    assert described(text, claims) == [expected]


def test_a_source_after_a_comma_covers_only_its_own_clause(nlp):
    text = ("Two soldiers were killed when their patrol hit a mine, the military said; "
            "the rebels claimed responsibility.")
    claims = find_claims(nlp(text))
    assert described(text, claims)[0] == (
        "the military", "said", "Two soldiers were killed when their patrol hit a mine")


def test_a_source_after_an_opening_phrase_reports_what_follows(nlp):
    text = ("In a statement posted online, the group said its fighters had killed 30 soldiers;"
            " the army put the toll at five.")
    assert described(text, find_claims(nlp(text))) == [
        ("the group", "said", "its fighters had killed 30 soldiers"),
        ("the army", "put", "the toll at five"),
    ]


def test_a_pronoun_source_takes_the_previous_named_source(nlp):
    text = ("The interior ministry said police had raided a cell in the port. "
            "It said four suspects were detained.")
    claims = find_claims(nlp(text))
    assert [c.source for c in claims] == ["The interior ministry", "The interior ministry"]
    assert text[claims[1].scope_start_char:claims[1].scope_end_char] == (
        "four suspects were detained")
    assert claims[1].start_char == claims[0].start_char


def test_unattributed_sentences_have_no_claims(nlp):
    for text in ("Troops entered the village on Sunday.",
                 "The attack was reported by several outlets.",
                 "No casualties were reported.",
                 "No group has claimed responsibility for the bombing.",
                 "The ministry did not say how many soldiers had died."):
        assert find_claims(nlp(text)) == []


def test_a_document_without_a_parse_has_no_claims():
    import spacy

    assert find_claims(spacy.blank("en")("The army said it won.")) == []


def test_claim_for_picks_the_claim_covering_the_evidence(nlp):
    text = ("Jets bombed a bakery in the old town, killing nine people, medics said. "
            "The army said it had only struck rebel positions.")
    claims = find_claims(nlp(text))
    bakery = text.index("Jets bombed a bakery in the old town")
    assert claim_for(claims, bakery, bakery + len("Jets bombed a bakery in the old town")
                     ).source == "medics"
    strike = text.index("it had only struck rebel positions")
    assert claim_for(claims, strike, strike + 20).source == "The army"
    assert claim_for(claims, 0, 0 + len("Jets")).source == "medics"


def test_claim_for_prefers_the_innermost_claim(nlp):
    text = ("A military source quoted by state television said the air force had hit rebel "
            "bases and denied that civilians had been targeted.")
    claims = find_claims(nlp(text))
    start = text.index("civilians had been targeted")
    inner = claim_for(claims, start, start + len("civilians had been targeted"))
    assert inner.cue == "denied"
    assert inner.source == "A military source quoted by state television"


def test_claim_for_returns_none_outside_every_scope(nlp):
    text = "Police said two men were arrested. Later, fighting broke out in the market."
    claims = find_claims(nlp(text))
    start = text.index("fighting broke out")
    assert claim_for(claims, start, start + len("fighting broke out in the market")) is None
    assert claim_for([], 0, 10) is None


def test_claim_for_accepts_evidence_that_includes_the_source():
    claim = Claim("the coalition", 10, 23, 33, 80, "announced")
    assert claim_for([claim], 10, 60) is claim
    assert claim_for([claim], 12, 20) is None  # only the source's own words


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb of telling before its source, as translated Slavic press writes it
        ("Two men were killed, a woman is wounded, informs the head of the regional "
         "administration Petro Ivanenko in Telegram.",
         ("the head of the regional administration Petro Ivanenko", "informed",
          "Two men were killed, a woman is wounded")),
        # "according" with no "to"
        ("The militia shelled the market in Kosti, killed 4 people, according the local "
         "resistance committee.",
         ("the local resistance committee", "according to",
          "The militia shelled the market in Kosti, killed 4 people")),
    ],
)
def test_translated_forms(nlp, text, expected):
    assert expected in described(text, find_claims(nlp(text)))

