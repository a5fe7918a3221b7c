"""A sealed blind A/B reading of `summarize/stance_voice.py` against 852ccd6 (issue 13, session 19, brief C2).

The same draw and sheet as `blind_ab_presuppose_s19.py` (whose 17 sealed AllSides stories no summary
of had been printed when this ran: 0 of them differed there), with a new seed for the story order and
the X/Y order, and its own verdict files:
`gold/readability_ab_voice_s19.jsonl` (AllSides) and `gold/readability_ab_voice_s19_train.jsonl`
(training clusters, development evidence, never a score). The key is opened only after the verdicts
are committed. "ship" in the key is the older tree, "veto" this tree.

Run (session 19, brief C2; `summarize/stance_voice.py` hooked into `prepare._mark_development` in a
copy of HEAD 8954b7d, /tmp/C2/mine/src): the 17 sealed stories (drawn in a `random.Random(1931)`
order: 5640 6057 5651 6029 5705 6050 5667 5735 5724 5880 5912 5780, then the other 5): 0 of 17
summaries differ from 852ccd6's, so no sheet and no verdicts (the stories stay unread as
summaries). Training, 600 clusters (`--train 600 --seed 1932`): 41 differ from 852ccd6's, all by
the other session-19 changes in HEAD: 0 of 600 differ from HEAD 8954b7d's (`--ship` the HEAD run).
The left-out-chain fix (`stance_voice.leans_on_left_out` in `coverage._candidates`), the same way:
on 8954b7d, 1 of 600 training summaries differs (verdicts in the training file, read before the key);
at HEAD 4ab9c2b 0 of 600, and 0 of the 17 sealed stories differ from 852ccd6's.

    .venv/bin/python benchmarks/blind_ab_voice_s19.py --summaries /tmp/C2/ab_base.json --src /tmp/base_23/src --seed 1931
    .venv/bin/python benchmarks/blind_ab_voice_s19.py --summaries /tmp/C2/ab_new.json --src /tmp/C2/mine/src --seed 1931
    .venv/bin/python benchmarks/blind_ab_voice_s19.py --sheet /tmp/C2/sheet.txt --key /tmp/C2/key.json --ship /tmp/C2/ab_base.json --veto /tmp/C2/ab_new.json --seed 1931 --more 17
    .venv/bin/python benchmarks/blind_ab_voice_s19.py --score --key /tmp/C2/key.json
    .venv/bin/python benchmarks/blind_ab_voice_s19.py --train 600 --seed 1932 --summaries /tmp/C2/tr_base.json --src /tmp/base_23/src   # ... as in blind_ab_presuppose_s19
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import blind_ab_presuppose_s19 as ab  # noqa: E402

ab.VERDICTS = ab.s17.GOLD / "readability_ab_voice_s19.jsonl"
ab.TRAIN_VERDICTS = ab.s17.GOLD / "readability_ab_voice_s19_train.jsonl"
# (the draw leaves out the stories every readability file names except VERDICTS, so this file's
# own verdicts never change it; the presuppose A/B wrote no AllSides verdicts: 0 differed)

if __name__ == "__main__":
    sys.exit(ab.main())
