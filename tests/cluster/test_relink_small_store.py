"""A small story database keeps unrelated articles apart (cluster/relink.py, the floor of the second
look's bar). Before the floor, with 9-17 candidate stories the bar for a long lone article fell to
about 0.02-0.03 and most of these unrelated articles were relinked into some story (e.g. a cycle
lane, a jazz festival, a school closure and a marathon route in one story). Fictional articles
written for this test, ingested through the real ingest path (`ingest`, default settings and
embedder, no summaries) into a fresh SQLite store, in one batch, in batches of 5 and one by one."""

from __future__ import annotations

import datetime as dt

import pytest

from newsweave.cluster.relink import REF_CANDIDATES, relink_threshold
from newsweave.pipeline.ingest import ingest
from newsweave.store import open_store
from newsweave.types import Article, content_id

DAY = dt.date(2025, 10, 3)
UNRELATED = [
    "Brackwell council approved a new cycle lane along Station Road on Tuesday after a two-hour debate. The lane will run for 1.8 kilometres from the rail station to the college and cost 420,000 pounds. Shopkeepers on the high street had objected that the loss of parking bays would hurt trade. Work starts in March and should finish before the summer holidays.",
    "The Fenwick Rovers goalkeeper Tomas Ardell has signed a three-year contract extension, the club said. Ardell, 27, kept fourteen clean sheets last season as Rovers finished fourth in the second division. The manager called him the best shot-stopper he had worked with. Terms were not disclosed, but the deal includes a release clause for top-flight clubs.",
    "A rare Siberian crane was spotted at the Marlow Fen nature reserve at dawn on Saturday, drawing hundreds of birdwatchers. Wardens said the bird had probably been blown off course by easterly gales over the North Sea. It is only the second sighting of the species in the country since records began. The reserve car park was full by nine o'clock.",
    "Quillon Pharmaceuticals reported quarterly revenue of 3.2 billion dollars, ahead of analyst forecasts, helped by strong sales of its asthma inhaler. Shares rose six percent in early trading. The chief executive said the company would spend more on research into rare blood disorders. Quillon also raised its full-year profit guidance for the second time this year.",
    "The annual Tidemouth jazz festival opens on Friday with forty concerts across nine venues over four days. Organisers expect about 25,000 visitors, a record for the event, which began in a pub back room in 1987. Headliners include the pianist Mara Okonjo and a big band from Lisbon. Most daytime shows on the harbour stage are free.",
    "Engineers at the Kellan Institute have built a battery that charges in under six minutes using a new sodium electrolyte. The prototype survived 3,000 charge cycles in laboratory tests with little loss of capacity. The team hopes to license the design to makers of electric scooters. Independent experts said the results were promising but need to be repeated at scale.",
    "A fire destroyed a disused warehouse on the Ravenholt industrial estate overnight, sending thick smoke over nearby homes. Six fire engines attended and crews were still damping down the site at noon. Nobody was injured. Police said the cause was not yet known and asked anyone who saw people near the building after ten o'clock to come forward.",
    "Parents in Linden Vale are campaigning to save the village primary school, which the county wants to close because only 38 pupils are enrolled. A petition has gathered 2,100 signatures. Campaigners say closing the school would force five-year-olds onto a forty-minute bus ride. A public consultation runs until the end of November.",
    "The Orwen Valley railway will reopen its heritage steam line next spring after a 1.1 million pound restoration of the Hatherby viaduct. Volunteers spent two winters replacing rotten timbers and repointing the stone arches. The line carried 60,000 passengers a year before it closed for safety reasons. Tickets go on sale in January.",
    "Astronomers using the Caldera Peak telescope have measured the atmosphere of a planet orbiting a red dwarf 40 light years away. They found traces of water vapour and carbon dioxide. The planet is slightly larger than Earth and completes an orbit every eleven days. The findings are published in a journal of planetary science this week.",
    "Grain prices fell for the third week running as harvests across the southern plains came in larger than expected. Wheat futures for December delivery dropped to their lowest level in two years. Farmers' groups warned that many growers would sell below the cost of production. Exporters said demand from overseas buyers remained steady.",
    "A new exhibition of Renaissance maps opens at the Harwick Museum on Thursday, including a fifteenth-century chart of the Mediterranean lent by a private collector. Curators spent three years tracing the maps' owners. The show also includes navigation instruments and ship logs. Entry is free for children and students.",
    "The Westbury marathon will change its route next year to avoid roadworks on the ring road, organisers announced. Runners will instead pass through the old town and along the canal towpath. The race attracted 11,000 entrants this year and raised more than two million pounds for charity. Registration opens on the first of December.",
    "Hospital waiting lists in the northern region grew by four percent in the summer, according to figures released on Wednesday. Orthopaedic surgery had the longest delays, with some patients waiting more than a year for hip replacements. Health officials blamed staff shortages and a rise in emergency admissions. Unions called for more funding for nurses.",
]
DERAILMENT = [  # one event: these three belong together
    "A freight train derailed near Colby Junction on Monday evening, spilling crates of timber across both tracks. No one was hurt, but the line between Colby and Ashmoor was closed overnight while cranes cleared the wagons. Rail investigators are examining a broken axle on the fourth wagon. Passenger services are replaced by buses.",
    "Rail investigators say a broken axle may have caused Monday's freight derailment at Colby Junction, where timber wagons came off the rails and blocked the Colby to Ashmoor line. Cranes worked through the night to lift the wagons. Buses are replacing trains between Colby and Ashmoor until the track is repaired.",
    "The Colby to Ashmoor line will stay closed until Thursday after the timber train derailment at Colby Junction, the rail operator said. Engineers must replace two hundred metres of damaged track. Investigators have taken the broken axle from the fourth wagon away for tests. Replacement buses will keep running.",
]


def _article(text: str) -> Article:
    return Article(id=content_id(text), outlet="Fictional Gazette", text=text, title=text.split(".")[0][:60], published=DAY)


@pytest.mark.parametrize("batch_size", [256, 5, 1])
def test_a_small_store_keeps_unrelated_articles_apart_and_joins_related_ones(tmp_path, batch_size):
    # The derailment's first report arrives among the others, the follow-ups at the end.
    texts = UNRELATED[:7] + DERAILMENT[:1] + UNRELATED[7:] + DERAILMENT[1:]
    with open_store(f"sqlite:///{tmp_path / 'small.db'}") as store:
        ingest([_article(x) for x in texts], store=store, summarize=False, batch_size=batch_size)
        with store.unit_of_work() as work:
            story_of = work.stories_of([content_id(x) for x in texts])
    members: dict[str, list[str]] = {}
    for x in texts:
        members.setdefault(story_of[content_id(x)], []).append(x[:40])
    together = [m for m in members.values() if len(m) > 1]
    assert together == [[x[:40] for x in DERAILMENT]], together
    assert len(members) == len(UNRELATED) + 1


def test_the_second_looks_bar_never_falls_below_the_bar_at_the_floor():
    for slope, rise in ((1.0, None), (1.0, 3.0), (2.0, None)):
        at_ref = relink_threshold(0.15, slope, REF_CANDIDATES, rise=rise)
        assert all(relink_threshold(0.15, slope, n, rise=rise) == at_ref for n in (0, 1, 9, 17, REF_CANDIDATES - 1))
        assert relink_threshold(0.15, slope, 300, rise=rise) > at_ref  # above it the bar still rises
    # A lower floor lets the bar fall that far and no further; floor 0 is the rule before the floor.
    assert relink_threshold(0.3, 1.0, 5, floor=25) == relink_threshold(0.3, 1.0, 25, floor=0) < 0.3
    assert relink_threshold(0.3, 1.0, 5, floor=0) < relink_threshold(0.3, 1.0, 25, floor=0)
