"""protest_sites.py: a force dismantling a camp, sit-in or barricades of protesters, strikers
or supporters, or a protest camp, clears a protest (rule protest-site-dismantled), with the
arrests told beside it; "dismantle" with a bomb, another side's camp, a camp of workers or of
an armed side's supporters as its object stays what the other rules make of it."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240201, "Sitapur", "Sitapur", "", 27.57, 80.68, "P", "PPLA2", "IN", "36", 180_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gendarmes dismantled the tents of the opposition leader's supporters outside the "
    "electoral commission in Sitapur on Thursday evening and held some 300 of them.",
    "Riot police dismantled the protest camp outside parliament in Sitapur on Monday.",
    "Police dismantled the protesters' barricades in Sitapur on Monday.",
    # "sit-in", parsed as three words; strikers
    "Police dismantled the nurses' sit-in outside the labour ministry in Sitapur on Friday.",
    "Police dismantled the barricades of striking dockers at the port of Sitapur on Friday.",
])
def test_a_protest_site_dismantled_is_a_protest_with_intervention(index, text):
    assert sub_types(text) == ["Protest with intervention"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Soldiers dismantled a bomb near Sitapur on Monday.",
    "Soldiers dismantled a rebel camp near Sitapur on Monday.",
    # a camp named by who lives or works there; supporters of an armed side
    "Police dismantled a camp of migrant labourers beside a new road in Sitapur on Monday.",
    "Police dismantled a camp of seasonal fruit pickers on a farm near Sitapur on Friday.",
    "Troops dismantled a camp of al-Shabaab supporters near Sitapur on Friday.",
])
def test_a_device_or_an_armed_sides_camp_is_no_protest(index, text):
    assert "Protest with intervention" not in sub_types(text)
