"""Precision and recall of (speaker, figure) pairs over the test articles.

    .venv/bin/python -m tests.extraction.score            # articles/
    .venv/bin/python -m tests.extraction.score --heldout  # heldout/
    .venv/bin/python -m tests.extraction.score --heldout2 # heldout2/, --heldout3 .. 7 likewise
    .venv/bin/python -m tests.extraction.score -v         # list every miss and false positive

A pair is right when the speaker's name and the figure as written both match (case and
apostrophes ignored; a unit after the figure that one side leaves out -- "3 million tonnes"
for "3 million", "hundreds of millions" for "hundreds of millions of dollars" -- still
matches, and since session 8 so does a qualifier one side leaves out, "more than 12 per cent"
for "12 per cent", and since session 9 a unit joined by a hyphen, "6-point" for "6"; since
session 10 "between", "something like" and a verb that bounds the figure ("tops $200
million", "passed 200,000") count as such qualifiers too; a claim that merged a headline's "9" with the body's "nine" is the pair
either wording matches). Reported too: the same with the figure only, for matched pairs how
often value/bounds/qualifier and `counts` agree, and a lenient count in which a speaker named
another way ("Almeida Pinto" for "Rodrigo Almeida Pinto", "Ukraine's air force" for
"Ukrainian Air Force") still counts. In the sets whose authors were told durations are no
figures (corpus.DURATIONS_UNLISTED), an extracted duration the gold does not list is not
judged.

First-run scores of each held-out set, written before the extractor saw it (speaker+figure
precision / recall; figure-only precision / recall):

    heldout/  (8 articles, 64 pairs): 0.69 / 0.69; figures 0.98 / 0.97
    heldout2/ (8 articles, 56 pairs): 0.83 / 0.86; figures 0.95 / 0.98
    heldout3/ (5 articles, 33 pairs): 0.79 / 0.79; figures 1.00 / 1.00
    heldout4/ (5 articles, 38 pairs): 0.84 / 0.82; figures 1.00 / 0.97
    heldout5/ (5 articles, 35 pairs): 0.74 / 0.74; figures 1.00 / 1.00
    heldout6/ (11 articles, 92 pairs): 0.48 / 0.44; figures 0.84 / 0.80 -- written on purpose
        around the failure kinds the bench/holdout author reported, so harsher than news
    heldout7/ (10 articles, 82 pairs): 0.80 / 0.77; figures 0.94 / 0.89 -- written after the
        heldout6 round, in styles and wordings chosen without looking at the extractor

    heldout8/ (14 articles, 149 pairs, session 2): 0.745 / 0.745; figures 0.94 / 0.91 (strict
        figure text; 0.77 / 0.78 once a unit after the gold figure counts, as now)
    heldout9/ (14 articles, 162 pairs, session 2, written with heldout8 by another author):
        0.75 / 0.78 before the heldout8 round and 0.746 / 0.778 after it -- the heldout8
        fixes did not carry over to heldout9, a warning that each round mostly fixes its
        own set's wordings
    heldout10/ (14 articles, 156 pairs, session 2, a third author, after the heldout8 and
        heldout9 rounds): 0.747 / 0.737; figures 0.99 / 0.97
    heldout11/ (12 articles, 121 pairs, session 2, a fourth author, after the heldout10
        round): 0.769 / 0.744; figures 0.94 / 0.91
    heldout12/ (12 articles, 138 pairs, session 2, a fifth author, after the heldout11
        round): 0.846 / 0.833; figures 0.99 / 0.96
    heldout13/ (12 articles, 131 pairs, session 2, a sixth author, after the heldout12
        round): 0.833 / 0.802; figures 0.99 / 0.94
    heldout14/ (12 articles, 126 pairs, session 2, a seventh author, after the heldout13
        round): 0.810 / 0.778; figures 1.00 / 0.96
    heldout15/ (12 articles, 117 pairs, session 2, an eighth author, after the heldout14
        round): 0.840 / 0.855; figures 0.95 / 0.97
    heldout16/ (12 articles, 137 pairs, session 2, a ninth author, after the heldout15
        round): 0.748 / 0.737; figures 0.99 / 0.96 -- used in session 3's round

    Session 3 (each set by another author; first runs at the commit that added it):
    heldout17/ (12 articles, 154 pairs): 0.789 / 0.753; figures 0.98 / 0.93
    heldout18/ (12 articles, 146 pairs): 0.755 / 0.740; figures 0.94 / 0.90 (scored after a
        crash on "Rs 1,200-crore" was fixed: the first try raised KeyError)
    heldout19/ (12 articles, 169 pairs): 0.822 / 0.763; figures 0.93 / 0.86
    heldout20/ (12 articles, 165 pairs, after the heldout16-19 fixes): 0.718 / 0.709;
        figures 0.92 / 0.89 (the extractor at session 3's start: 0.701 / 0.697)
    heldout21/ (12 articles, 156 pairs, same time): 0.648 / 0.603; figures 0.93 / 0.85
        (session start: 0.639 / 0.603)
    heldout22/ (12 articles, 150 pairs, after the heldout20-21 fixes): 0.735 / 0.760;
        figures 0.95 / 0.95 (session start: 0.692 / 0.720)
    heldout23/ (12 articles, 162 pairs, same time): 0.689 / 0.685; figures 0.95 / 0.94
        (session start: 0.665 / 0.673)

    Session 4 (each set by another author; first runs at cab18ee, the session's start):
    heldout24/ (12 articles, 211 pairs): 0.791 / 0.754; figures 0.99 / 0.93
    heldout25/ (12 articles, 215 pairs): 0.657 / 0.642; figures 0.93 / 0.91
    heldout26/ (12 articles, 186 pairs): 0.812 / 0.812; figures 0.96 / 0.97
    heldout27/ (12 articles, 178 pairs): 0.633 / 0.629; figures 0.97 / 0.95
        (heldout24-27 were then used for the session's round: 0.89 / 0.85, 0.80 / 0.80,
        0.89 / 0.87, 0.74 / 0.73 after it)
    heldout28/ (12 articles, 173 pairs), heldout29/ (230), heldout30/ (203), heldout31/ (179):
        written during the round, committed unread, scored once at its end (dbaa36f):
        0.795 / 0.763, 0.812 / 0.791, 0.766 / 0.808, 0.763 / 0.737; figures 0.96 / 0.93,
        0.99 / 0.97, 0.90 / 0.95, 0.98 / 0.95. The extractor at the session's start scored
        0.806 / 0.769, 0.787 / 0.757, 0.766 / 0.808, 0.775 / 0.749 on them: the round's ~60
        rules moved unseen text by -1 to +3 points. They were then used for a short last
        round (two regressions fixed, then ~15 more rules): 0.819 / 0.786, 0.830 / 0.809,
        0.814 / 0.818, 0.837 / 0.804 at its end -- no longer blind.
    heldout32/ (12 articles, 191 pairs) and heldout33/ (12 articles, 176 pairs), written after
        that last round and scored once with the session's final extractor (481e332):
        0.728 / 0.728 and 0.816 / 0.807; figures 0.98 / 0.96 and 0.97 / 0.97. The extractor
        at the session's start (cab18ee): 0.721 / 0.717 and 0.782 / 0.773.

    Session 5 (five authors at its start, three more during it; first runs at 7a9d8f6, the
    session's start):
    heldout34/ (12 articles, 199 pairs): 0.749 / 0.734; figures 0.97 / 0.95
    heldout35/ (12 articles, 151 pairs): 0.591 / 0.583; figures 0.97 / 0.96
    heldout36/ (12 articles, 182 pairs): 0.774 / 0.808; figures 0.95 / 0.96
        (heldout34-36 were then used for the session's rounds, with heldout20-33: 0.81 / 0.78,
        0.81 / 0.79, 0.89 / 0.87 after them)
    heldout37/ (185 pairs), heldout38/ (168): written at the session's start; heldout39/ (143),
        heldout40/ (157), heldout41/ (189): written during its rounds. All five committed
        unread and scored once with the session's final extractor: 0.684 / 0.654,
        0.761 / 0.738, 0.753 / 0.769, 0.665 / 0.669, 0.845 / 0.810 (pooled 0.743 / 0.728 over
        842 pairs; figures 0.97 / 0.95). The session-start extractor on them: 0.678 / 0.649,
        0.731 / 0.726, 0.747 / 0.762, 0.629 / 0.637, 0.836 / 0.810 (pooled 0.726 / 0.717):
        four rounds and about 60 rules moved unseen text by 1-2 points.

    Session 6 (six authors at its start; first runs at ccafc3c, the session's start):
    heldout42/ (12 articles, 179 pairs): 0.839 / 0.754; figures 0.99 / 0.92
    heldout43/ (12 articles, 152 pairs): 0.764 / 0.743; figures 0.97 / 0.95
        (both then used for the session's second round: 0.947 / 0.899 and 0.914 / 0.908)
    heldout44/ (168 pairs), heldout45/ (156), heldout46/ (156), heldout47/ (160): committed
        unread, never opened by a round, scored after the second round (5cb0e16) and after the
        third (66bed56): at the start 0.628 / 0.613, 0.692 / 0.692, 0.773 / 0.763,
        0.795 / 0.775 (pooled 0.721 / 0.709 over 640 pairs); after round two 0.634 / 0.619,
        0.731 / 0.731, 0.824 / 0.808, 0.795 / 0.775 (pooled 0.744 / 0.731); after round three
        0.646 / 0.631, 0.731 / 0.731, 0.824 / 0.808, 0.808 / 0.787 (pooled 0.750 / 0.738);
        after a short fourth round (7ce4b3d) 0.652 / 0.637, 0.731 / 0.731, 0.826 / 0.821,
        0.808 / 0.787 (pooled 0.753 / 0.742; figures 0.97 / 0.96). Four rounds, 85 rules,
        lifted unseen text by 3 points. (Round three's helper once ran a grep over every
        heldout folder, these four included; it printed no line from them.) Session 7 then
        used them for its first round: 0.91 / 0.89 pooled at its end.

    Session 7 (four authors at its start; first runs at 7653233, the session's start):
    heldout48/ (12 articles, 192 pairs): 0.835 / 0.766; figures 0.98 / 0.91
    heldout49/ (12 articles, 180 pairs): 0.901 / 0.856; figures 0.96 / 0.93
    heldout50/ (12 articles, 197 pairs): 0.784 / 0.680; figures 0.96 / 0.87
    heldout51/ (12 articles, 196 pairs): 0.819 / 0.760; figures 0.99 / 0.92
        (pooled 0.834 / 0.763 over 765 pairs). Committed unread, never opened by the session's
        rounds (a first round on heldout44-47, a names round, a second round on heldout8-47).
        Scored for numbers only: at the start; after the first round and the names work
        (3361053, 0.840 / 0.766); with the final extractor (57200d2, the same as after the
        second round): 0.837 / 0.776, 0.918 / 0.872, 0.794 / 0.685, 0.845 / 0.781, pooled
        0.849 / 0.776 (figures 0.98 / 0.91). All of these with same_figure made
        deterministic; before that fix a set's score could move by a pair with the hash seed
        (heldout49 read 0.906 / 0.861 at the start and 0.924 / 0.878 at the end in some runs).
        Finding that cost heldout49 a little of its blindness: one miss line of one article
        (a headline's "32.4 pct") was printed while the cause was traced; no rule was made
        from it, the fix is in this scorer. About 90 rules lifted the sets they were tuned on
        by 1-22 points and unseen text by 1.5.

    Session 8 (four authors at its start; first runs at 0b0c80e, the session's start, scored
    as this scorer scores now; with session 7's scorer the pooled start read 0.760 / 0.673,
    mostly because heldout54's author leaves qualifiers out of the figure as written):
    heldout52/ (12 articles, 233 pairs): 0.737 / 0.648; figures 0.99 / 0.89
    heldout53/ (12 articles, 181 pairs): 0.843 / 0.773; figures 0.99 / 0.92
    heldout54/ (12 articles, 245 pairs): 0.820 / 0.727; figures 0.97 / 0.86
    heldout55/ (12 articles, 264 pairs): 0.843 / 0.731; figures 1.00 / 0.87
        (pooled 0.810 / 0.717 over 923 pairs; lenient names 0.842 / 0.745). Committed
        unread, never opened by the session's rounds (durations made figures on heldout48-51's
        evidence, round 3 on heldout48-51, round 4 on misses recurring across heldout8-51).
        Scored for numbers only: after durations became figures 0.814 / 0.759; after round 3
        0.815 / 0.763; with the final extractor 0.747 / 0.695, 0.849 / 0.807, 0.822 / 0.792,
        0.846 / 0.769, pooled 0.815 / 0.764 (figures 0.99 / 0.93; lenient names 0.846 /
        0.793). A convention the authors share (durations) moved unseen recall by 4 points;
        about 30 attribution rules moved it by half a point. heldout48-51 (tuned on this session)
        went from 0.857 / 0.784 to 0.933 / 0.893 with the same scorer.

    Session 9 (four authors at its start: African outlets, conflict and disaster coverage,
    the Americas and Ireland, formats other than the news story; first runs at 1cd1409):
    heldout56/ (12 articles, 253 pairs): 0.848 / 0.794; figures 0.99 / 0.95
    heldout57/ (12 articles, 283 pairs): 0.915 / 0.795; figures 1.00 / 0.92
    heldout58/ (12 articles, 275 pairs): 0.848 / 0.789; figures 0.95 / 0.92
    heldout59/ (12 articles, 243 pairs): 0.805 / 0.749; figures 0.97 / 0.92
        (pooled 0.855 / 0.783 over 1,054 pairs; lenient names 0.887 / 0.812). Committed
        unread, never opened by the session's rounds (figure rules and three attribution
        rounds on heldout52-55, then misses recurring across heldout8-55). Scored for numbers
        only: after the first figure rules and two rounds 0.854 / 0.786; after every length
        became a figure 0.856 / 0.799; with the final extractor 0.846 / 0.806, 0.930 / 0.845,
        0.853 / 0.800, 0.805 / 0.765, pooled 0.860 / 0.806 (figures 0.98 / 0.95; lenient
        names 0.888 / 0.831). Again a convention the authors share (distances that place a
        thing) moved unseen recall most, 1.3 points; some 60 rules moved it about 1 point.
        heldout52-55 (tuned on this session) went from 0.815 / 0.764 to 0.905 / 0.865.

    Session 10 (four authors at its start: wire services, Middle East and South Asia outlets,
    business and technology outlets, European and Asia-Pacific outlets; first runs at 952a591,
    the session's start, scored later in a worktree of it):
    heldout60/ (12 articles, 242 pairs): 0.808 / 0.715; figures 0.97 / 0.88
    heldout61/ (12 articles, 261 pairs): 0.803 / 0.736; figures 0.97 / 0.92
    heldout62/ (12 articles, 305 pairs): 0.827 / 0.751; figures 0.99 / 0.93
    heldout63/ (12 articles, 213 pairs): 0.819 / 0.784; figures 0.95 / 0.95
        (pooled 0.815 / 0.745 over 1,021 pairs). Committed unread. heldout60-61 were scored
        once mid-session to decide whether an unattributed headline figure is the outlet's
        own claim (with heldout42-59; they agreed), one gold line of heldout60 was seen while
        checking a rate's denominator, and a later round used both sets: 0.806 / 0.726 at the
        start, 0.919 / 0.877 at the end. heldout62-63 were never opened (their file names
        were printed once by git status in a helper's worktree): 0.823 / 0.764 pooled at
        the start, 0.836 / 0.824 with the final extractor (figures 0.98 / 0.96; lenient
        names 0.861 / 0.849). The headline convention moved their recall by about 4 points;
        nine attribution rounds (about 80 rules, on heldout8-61) by well under one.
        heldout56-59 (tuned on this session) went from 0.860 / 0.806 to 0.943 / 0.936.

    Session 11 (eight authors; first runs at 899663c, the session's start, scored in a worktree
    of it; 64-67 written at the start, 68-69 after the first merges, 70-71 mid-session):
    heldout64/ (12 articles, 308 pairs, US regional papers): 0.755 / 0.701; figures 0.97 / 0.91
    heldout65/ (12 articles, 276 pairs, African outlets): 0.859 / 0.793; figures 0.99 / 0.91
    heldout66/ (12 articles, 264 pairs, Latin America and science): 0.700 / 0.655; figures
        0.97 / 0.92
    heldout67/ (12 articles, 254 pairs, fact-checks, live blogs, briefings): 0.684 / 0.681;
        figures 0.95 / 0.95
    heldout68/ (12 articles, 268 pairs, science, health, Latin America): 0.721 / 0.694;
        figures 0.93 / 0.89
    heldout69/ (12 articles, 201 pairs, fact-check formats): 0.662 / 0.692; figures 0.97 / 0.95
    heldout70/ (12 articles, 315 pairs, UK regional and Indian outlets): 0.820 / 0.740;
        figures 0.97 / 0.89
    heldout71/ (12 articles, 254 pairs, Canada, Australia and New Zealand, the Gulf): 0.800 /
        0.740; figures 0.94 / 0.87
        (pooled 0.753 / 0.714 over 2,140 pairs). All committed unread. heldout64-65 (with
        heldout62-63, session 10's unopened pair) and then heldout68-69 were used for the
        session's rounds; heldout66-67 and heldout70-71 were never opened (file names only,
        printed by git in helpers' worktrees; a review-fix helper's bare `git diff` also
        printed heldout66's README and most of one article after the last round, and wrote
        no rule from it) and were scored after each merge: 0.753 / 0.706 pooled at the
        start, 0.766 / 0.749 with the final extractor (lenient names 0.774 / 0.756; figures
        0.963 / 0.945); per set 0.725 / 0.701, 0.686 / 0.697, 0.838 / 0.819, 0.805 / 0.764;
        without heldout66, 0.769 / 0.722 -> 0.779 / 0.764 over 823 pairs. About 110 rules
        moved unseen recall by about 4 points and precision by about 1, while the sets they
        were written on (heldout62-65, 68-69) went from 0.781 / 0.756 to 0.914 / 0.912.

    Session 12 (eight authors; first runs at 07bdb80, the session's start, scored in a worktree
    of it with this scorer; 72-75 written at the start, 76-79 after the first merges):
    heldout72/ (12 articles, 259 pairs, Southeast and East Asian press): 0.853 / 0.826;
        figures 0.98 / 0.95
    heldout73/ (12 articles, 235 pairs, European outlets and wires): 0.806 / 0.762; figures
        0.98 / 0.94
    heldout74/ (12 articles, 204 pairs, US national outlets): 0.849 / 0.799; figures 0.98 / 0.93
    heldout75/ (12 articles, 253 pairs, South Asian and East African press): 0.804 / 0.747;
        figures 0.99 / 0.90
    heldout76/ (12 articles, 250 pairs, Middle East and North Africa): 0.862 / 0.800; figures
        0.98 / 0.91
    heldout77/ (12 articles, 202 pairs, West and Central Africa): 0.832 / 0.812; figures
        0.98 / 0.94
    heldout78/ (12 articles, 219 pairs, wires and international broadcasters): 0.825 / 0.776;
        figures 1.00 / 0.93
    heldout79/ (12 articles, 236 pairs, Caribbean, South America, South Africa, the Pacific):
        0.873 / 0.847; figures 0.99 / 0.96
        (pooled 0.838 / 0.796 over 1,858 pairs). All committed unread. The session's rounds
        used heldout66-71 (session 11's unopened sets among them), misses recurring across
        heldout42-63, and then heldout72-75 (one round each); heldout76-79 were never opened
        and were scored after each merge: 0.850 / 0.809 pooled at the start, 0.852 / 0.809
        with the final extractor (per set 0.870 / 0.804, 0.832 / 0.807, 0.825 / 0.776, 0.877 /
        0.847; lenient names 0.884 / 0.839; figures 0.989 / 0.934). The rounds lifted the sets
        they were written on from 0.768 / 0.751 (heldout66-67, 70-71) and 0.828 / 0.783
        (heldout72-75) to 0.877 / 0.847 and 0.895 / 0.850: about 90 rules moved the sets they
        were not written on by a fifth of a point.
        This scorer also strips "closer to", "near", "not more than", "a maximum of", "a
        minimum of", "no less than" and "not fewer than" before a figure since session 12
        (the extractor reads them as qualifiers; the old scorer counted "closer to $140,000"
        against a gold "$140,000" as wrong): at the session's start that moved heldout71 from
        0.805 / 0.764 to 0.813 / 0.772 and heldout73 from 0.802 / 0.757 to 0.806 / 0.762.

    Session 13 (eight authors, all writing at the start; first runs at 2a6eb99, the session's
    start, in a worktree of it; the brief no longer asked for fractions, so figure recall is
    higher than in earlier sets):
    heldout80/ (12 articles, 287 pairs, UK national and Irish press): 0.853 / 0.847; figures
        0.98 / 0.98
    heldout81/ (12 articles, 287 pairs, English-language European outlets): 0.931 / 0.941;
        figures 0.99 / 0.99
    heldout82/ (12 articles, 298 pairs, South Asian regional press): 0.888 / 0.876; figures
        0.99 / 0.98
    heldout83/ (12 articles, 298 pairs, US local news): 0.843 / 0.846; figures 0.99 / 0.98
    heldout84/ (12 articles, 327 pairs, business and financial news): 0.852 / 0.862; figures
        0.97 / 0.98
    heldout85/ (12 articles, 316 pairs, science, health, sports and culture desks): 0.767 /
        0.731; figures 0.99 / 0.95
    heldout86/ (12 articles, 271 pairs, East Asian English-language press): 0.926 / 0.926;
        figures 0.99 / 0.99
    heldout87/ (12 articles, 291 pairs, Canadian, Australian and New Zealand regional press):
        0.827 / 0.808; figures 0.99 / 0.99
        (pooled 0.860 / 0.853 over 2,375 pairs). All committed unread and never opened by the
        session's rounds, which used heldout66-79 and four tuning sets the round helpers wrote
        themselves (heldout88 sports and culture, first run 0.823 / 0.734; heldout89 science
        and health, 0.597 / 0.586; heldout90 courts and crime, 0.828 / 0.841; heldout91
        economy and markets, 0.855 / 0.831; at the end 0.935 / 0.864, 0.804 / 0.783, 0.968 /
        0.960, 0.920 / 0.894). Scored at the start and after the merges: 0.874 / 0.870 pooled
        with the final extractor (per set 0.860 / 0.857, 0.934 / 0.944, 0.895 / 0.883, 0.850
        / 0.856, 0.867 / 0.875, 0.807 / 0.782, 0.919 / 0.926, 0.870 / 0.849; lenient names
        0.886 / 0.882; figures 0.987 / 0.981). Three round helpers ran greps over every folder
        by mistake; they printed one gold line of heldout85 ("12,000-capacity"), one of
        heldout87 ("three months" in "in the three months to March"), one of a blind set not
        named ("plus or minus 3.4 percentage points") and some lines without file names. No
        rule of the session touches those wordings; without heldout85, the set one of them
        names, the unseen score is 0.873 / 0.871 -> 0.884 / 0.884 (2,059 pairs). About 170
        rules lifted the sets they were written on: heldout76-79 (opened this session) from
        0.852 / 0.809 to 0.942 / 0.903, heldout66-75 from 0.882 / 0.854 to 0.903 / 0.882, all
        earlier folders pooled from 0.921 / 0.918 to 0.934 / 0.934.

    Session 14 (eight authors, all writing at its start from articles/README.md and a brief;
    first runs at ce59adb, the session's start, on the branch that committed them unread):
    heldout92/ (12 articles, 262 pairs, African press in English): 0.946 / 0.939; figures
        1.00 / 0.99
    heldout93/ (12 articles, 283 pairs, Gulf, Middle East and Turkey): 0.815 / 0.809;
        figures 0.98 / 0.97
    heldout94/ (12 articles, 291 pairs, international wire services): 0.916 / 0.897; figures
        1.00 / 0.98
    heldout95/ (12 articles, 254 pairs, US national outlets): 0.842 / 0.839; figures 0.99 /
        0.98
    heldout96/ (12 articles, 255 pairs, UK and European broadcasters and tabloids): 0.916 /
        0.902; figures 0.99 / 0.98
    heldout97/ (12 articles, 285 pairs, Southeast Asia and the Pacific): 0.932 / 0.919;
        figures 1.00 / 0.98
    heldout98/ (12 articles, 289 pairs, humanitarian, conflict and disaster reporting): 0.852
        / 0.858; figures 0.99 / 0.99
    heldout99/ (12 articles, 280 pairs, magazine and specialist desks): 0.785 / 0.768;
        figures 0.97 / 0.96
        (pooled 0.875 / 0.866 over 2,199 pairs). Never opened by the session's rounds, which
        used heldout8-91 (heldout80-87 opened this session) and three tuning sets the round
        helpers wrote themselves (heldout100 US national politics, first run 0.721 / 0.718;
        heldout101 Gulf and Middle East, 0.883 / 0.887; heldout102 magazine and long-form
        features, 0.729 / 0.711; at the end 0.843 / 0.821, 0.939 / 0.948, 0.807 / 0.779).
        Those three desks were chosen after the first runs showed heldout93, 95 and 99 the
        weakest: their authors never saw the blind sets, but the choice of desk used the blind
        scores. Scored with the final extractor: 0.895 / 0.885 pooled (per set 0.946 / 0.939,
        0.875 / 0.862, 0.916 / 0.900, 0.846 / 0.843, 0.913 / 0.902, 0.968 / 0.947, 0.872 /
        0.872, 0.823 / 0.814; lenient names 0.902 / 0.892); without the three targeted desks
        0.912 / 0.902 -> 0.922 / 0.912 (1,382 pairs). About 150 rules lifted the sets they were
        written on far more: heldout80-87 from 0.874 / 0.870 to 0.945 / 0.939, all folders
        before session 14 pooled (18,017 pairs) from 0.925 / 0.924 to 0.941 / 0.939.

    Session 15 (eight authors, all writing at its start from articles/README.md and a brief;
    first runs at b36ff25, the session's start, on the branch that committed them unread):
    heldout103/ (12 articles, 301 pairs, South Asian press): 0.912 / 0.897; figures 0.99 / 0.97
    heldout104/ (12 articles, 276 pairs, Latin America and the Caribbean): 0.899 / 0.902;
        figures 1.00 / 0.99
    heldout105/ (12 articles, 259 pairs, business and financial news): 0.797 / 0.757; figures
        0.98 / 0.94
    heldout106/ (12 articles, 291 pairs, US and Canadian local news): 0.892 / 0.883; figures
        0.96 / 0.97
    heldout107/ (12 articles, 254 pairs, science, health and climate): 0.846 / 0.843; figures
        0.99 / 1.00
    heldout108/ (12 articles, 270 pairs, sports, entertainment and culture): 0.846 / 0.837;
        figures 0.98 / 0.96
    heldout109/ (12 articles, 257 pairs, Australia, New Zealand and Ireland): 0.862 / 0.848;
        figures 0.99 / 0.95
    heldout110/ (12 articles, 266 pairs, East Asian press): 0.903 / 0.876; figures 0.99 / 0.96
        (pooled 0.871 / 0.857 over 2,174 pairs; lenient names 0.891 / 0.876). Never opened by
        the session's rounds, which used heldout8-102 and sentences of their own. Scored with
        the final extractor: 0.873 / 0.858 pooled (per set 0.912 / 0.900, 0.899 / 0.902,
        0.801 / 0.761, 0.895 / 0.883, 0.846 / 0.843, 0.843 / 0.833, 0.865 / 0.848, 0.907 /
        0.880; lenient names 0.892 / 0.877). About 95 rules lifted the sets they were written
        on (heldout92-99 from 0.895 / 0.885 to 0.925 / 0.919, heldout60-79 from 0.940 / 0.919
        to 0.945 / 0.924, all folders before session 15 pooled from 0.933 / 0.930 to 0.939 /
        0.936) and moved these eight by under one pair in a hundred. Then heldout103-110 were
        opened for three last rounds (to 0.892 / 0.883), while four more authors wrote:
    heldout111/ (12 articles, 253 pairs, general news: politics, courts, disasters, economy,
        health): 0.852 / 0.862; figures 0.95 / 0.96
    heldout112/ (12 articles, 226 pairs, general news: business, labour, transport,
        education, environment): 0.836 / 0.836; figures 0.99 / 0.99
    heldout113/ (12 articles, 219 pairs, general news: conflict, migration, elections, public
        services): 0.862 / 0.913; figures 0.96 / 0.99
    heldout114/ (12 articles, 257 pairs, general news: sport, culture, science, technology,
        consumer): 0.827 / 0.856; figures 0.97 / 0.98
        (pooled 0.844 / 0.866 over 955 pairs, first run at b506f46, before the last three
        rounds; 0.838 / 0.860 with the session's start extractor b36ff25). Never opened.
        Scored after the last three rounds: identical, pair for pair (their rules, written on
        the freshest errors, lifted heldout103-110 by two points and these by none).

    Session 16 (eight authors at its start, five mid-session, all from articles/README.md and
    a brief that asked for each desk's real house styles: officials known by their role,
    pronouns and surnames carried, quotes over paragraphs, several speakers per paragraph;
    first runs at 993b101, the session's start, on the branches that committed them unread):
    heldout115/ (255 pairs, West, East and Southern African press): 0.869 / 0.855
    heldout116/ (244 pairs, continental European outlets and wires): 0.727 / 0.730
    heldout117/ (257 pairs, UK national, regional and tabloid press): 0.771 / 0.786
    heldout118/ (276 pairs, Middle East, Turkey, Iran and Gulf press): 0.828 / 0.822
    heldout119/ (232 pairs, US national digital and broadcast): 0.768 / 0.797
    heldout120/ (271 pairs, conflict and humanitarian reporting): 0.691 / 0.686
    heldout121/ (271 pairs, courts, crime and investigations): 0.841 / 0.841
    heldout122/ (291 pairs, markets, technology, energy and trade): 0.711 / 0.711
        (pooled 0.775 / 0.778 over 2,097 pairs; lenient names 0.826 / 0.828; figures 0.95-1.00).
        A helper then classified all 939 wrong pairs: 541 general extractor errors (documents
        and surveys not credited to their issuer 105, speaker phrase cut or padded 56, role
        nouns resolved wrongly 54 or not at all 47, other attribution verbs 31), 389 convention
        choices (name forms 213: the gold rewrites or builds names the text does not write),
        9 gold errors. Opened for the session's last rounds: 0.798 / 0.802 at the end.
    heldout123/ (271 pairs, South and Southeast Asian press): 0.821 / 0.812
    heldout124/ (290 pairs, Latin America, the Caribbean and Iberia): 0.697 / 0.697
    heldout125/ (244 pairs, Canada, Australia and New Zealand): 0.856 / 0.877
    heldout126/ (267 pairs, wire copy reprinted by other outlets): 0.743 / 0.727
    heldout127/ (268 pairs, health, science, climate and education): 0.819 / 0.795
        (pooled 0.785 / 0.778 over 1,340 pairs with the start extractor). Never opened. With
        the session's final extractor 0.787 / 0.787 (per set 0.822 / 0.819, 0.693 / 0.693,
        0.864 / 0.885, 0.746 / 0.738, 0.823 / 0.817), while the tuned groups rose by up to
        six points (heldout111-114 from 0.844 / 0.866 to 0.904 / 0.922).

    Session 17 (eight authors at its start, from articles/README.md and the same kind of brief;
    first runs at a537f90, the session's start, on the branch that committed them unread):
    heldout128/ (254 pairs, Nigerian, Kenyan, Ghanaian and South African dailies): 0.893 / 0.886
    heldout129/ (263 pairs, US local TV station sites and metro papers): 0.806 / 0.806
    heldout130/ (278 pairs, Indian, Pakistani and Bangladeshi press and agencies): 0.851 / 0.845
    heldout131/ (288 pairs, European and international wires and their reprints): 0.894 / 0.906
    heldout132/ (253 pairs, UK national and regional press, broadcasters, tabloids): 0.877 / 0.877
    heldout133/ (235 pairs, Canadian, Australian, New Zealand and Pacific outlets): 0.914 / 0.906
    heldout134/ (270 pairs, Middle East, Gulf, Turkey and North Africa press and agencies): 0.840
        / 0.837
    heldout135/ (293 pairs, business, markets, technology and energy desks): 0.918 / 0.918
        (pooled 0.874 / 0.873 over 2,134 pairs; lenient names 0.904 / 0.903; figures
        0.95-1.00). Never opened by the session's rounds (which used heldout8-127, heldout123-127
        opened now, and sentences of their own). With the session's final extractor 0.879 /
        0.877 (per set 0.893 / 0.886, 0.825 / 0.825, 0.847 / 0.838, 0.894 / 0.906, 0.881 /
        0.881, 0.918 / 0.911, 0.855 / 0.852, 0.918 / 0.918; lenient names 0.906 / 0.904), while
        the opened heldout115-122 rose from 0.804 / 0.812 to 0.845 / 0.850 and heldout123-127
        from 0.787 / 0.787 to 0.825 / 0.823. That is the blind figure (6698396). A last short
        round (us, seven reported bugs) then ran on main, where these sets had just been
        committed, so its scoring saw them: after it 0.880 / 0.879, no longer blind.
    Session 18 (eight authors at its start, from articles/README.md and a desk brief; committed
    unread on a side branch and merged only after the session's last round):
    heldout136/ (266 pairs, South-East Asian English-language press and wires): 0.866 / 0.853
    heldout137/ (259 pairs, Latin American and Caribbean English-language press): 0.895 / 0.892
    heldout138/ (226 pairs, courts, crime and police reporting): 0.848 / 0.814
    heldout139/ (230 pairs, health, science and medicine): 0.905 / 0.909
    heldout140/ (244 pairs, conflict and humanitarian wires): 0.842 / 0.852
    heldout141/ (242 pairs, sports and entertainment): 0.846 / 0.864
    heldout142/ (280 pairs, elections, parliaments and polling): 0.828 / 0.807
    heldout143/ (237 pairs, disasters, weather, climate and transport accidents): 0.940 / 0.932
        (pooled 0.871 / 0.864 over 1,984 pairs; lenient names 0.901 / 0.894; figures
        0.95-1.00). Never opened by the session's rounds (which used heldout8-135,
        heldout128-135 opened now, and sentences of their own). With the session's final
        extractor 0.876 / 0.868 (per set 0.866 / 0.853, 0.895 / 0.892, 0.847 / 0.810, 0.909 /
        0.913, 0.850 / 0.861, 0.846 / 0.864, 0.853 / 0.829, 0.940 / 0.932; lenient names 0.904 /
        0.897), while the opened heldout128-135 rose from 0.880 / 0.879 to 0.926 / 0.926,
        heldout123-127 from 0.825 / 0.823 to 0.840 / 0.840 and heldout115-122 from 0.847 /
        0.852 to 0.856 / 0.862. The first seven rounds gave the blind sets all of their gain
        (0.876 / 0.868 after them); the last six gave none. Three last rounds then opened these
        sets: 0.889 / 0.885 after them, no longer blind.
    heldout144/ (274 pairs, local government, planning, housing and transport): 0.867 / 0.854
    heldout145/ (267 pairs, agriculture, food and commodities): 0.899 / 0.899
    heldout146/ (265 pairs, education, labour and unions): 0.913 / 0.909
    heldout147/ (248 pairs, technology, telecoms and media business): 0.857 / 0.843
        (pooled 0.884 / 0.877 over 1,054 pairs; lenient names 0.900 / 0.893; figures
        0.97-0.99), written by four more authors after the thirteen rounds and scored with
        that extractor (session 18's start extractor raised ValueError on one of the articles,
        fixed before scoring) and again after the last three rounds: no pair moved.
    Session 19 (three waves of authors, each from articles/README.md and a desk brief, each
    committed unread on a side branch; first runs with the session's start extractor):
    heldout148/ (221 pairs, Gulf and Middle East English-language press): 0.881 / 0.900
    heldout149/ (219 pairs, African English-language press): 0.896 / 0.909
    heldout150/ (256 pairs, markets, central banks and commodities wires): 0.766 / 0.781
    heldout151/ (231 pairs, climate, energy and environment): 0.874 / 0.870
    heldout152/ (227 pairs, UK and Irish national and regional press): 0.846 / 0.846
    heldout153/ (241 pairs, South Asian English-language press): 0.859 / 0.888
    heldout154/ (242 pairs, Australian, New Zealand and Pacific press): 0.927 / 0.938
    heldout155/ (206 pairs, US local news): 0.841 / 0.874
        (pooled 0.860 / 0.875 over 1,843 pairs; lenient names 0.878 / 0.893; figures
        0.93-1.00). Never opened by the session's first seven rounds (which used
        heldout8-147); after them 0.863 / 0.875, the blind figure. Opened for the later rounds:
        0.888 / 0.898 at the end.
    heldout156/ (298 pairs, company earnings, deals, markets and analyst notes): 0.703 / 0.708
    heldout157/ (296 pairs, US national politics, Congress, agencies and courts): 0.808 / 0.784
    heldout158/ (205 pairs, continental European press in English): 0.812 / 0.820
    heldout159/ (225 pairs, Canadian and Latin American English-language press): 0.846 / 0.858
    heldout160/ (216 pairs, science, health and medicine): 0.853 / 0.861
    heldout161/ (202 pairs, conflict, humanitarian and UN reporting): 0.902 / 0.911
        (pooled 0.813 / 0.814 over 1,442 pairs; lenient names 0.865 / 0.866; figures
        0.94-0.99), written after the first seven rounds; 0.816 / 0.816 after them and 0.818 /
        0.818 after the next seven (which used heldout148-155), the blind figure. Opened for
        the last four rounds: 0.833 / 0.834 at the end.
    heldout162/ (273 pairs, company news, earnings and markets): 0.827 / 0.824
    heldout163/ (211 pairs, US politics, federal courts and agencies): 0.824 / 0.820
    heldout164/ (251 pairs, UK and European business and economy): 0.819 / 0.813
    heldout165/ (301 pairs, East and South-East Asian English-language press): 0.927 / 0.934
        (pooled 0.854 / 0.852 over 1,036 pairs; lenient names 0.875 / 0.874; figures
        0.97-0.99), written after fourteen rounds; 0.859 / 0.855 after them and 0.859 / 0.856
        after the last four (which used heldout148-161). Never opened.

Each round's misses up to heldout7 were fixed with general rules, so those sets now score
1.0. heldout8 to heldout165 are not fixed to the last pair: test_blind_sets.py holds each to a
floor just under its latest score. The first-run numbers are the estimate to quote for
unseen text: heldout28-31 and heldout32-33, each scored once with the extractor of its time,
at 0.73-0.82 (recall 0.78 pooled over 785 pairs, 0.77 over 367); heldout37-41, scored once
with session 5's final extractor, at 0.65-0.85 (0.74 / 0.73 pooled over 842 pairs);
heldout44-47, never opened by a round, at 0.64-0.83 with session 6's final extractor (0.75 / 0.74
pooled over 640 pairs); heldout48-51, never opened by a round, at 0.69-0.92 with session 7's
final extractor (0.85 / 0.78 pooled over 765 pairs); heldout52-55, never opened by a round, at
0.69-0.85 with session 8's final extractor (0.82 / 0.76 pooled over 923 pairs); heldout56-59,
never opened by a round, at 0.77-0.93 with session 9's final extractor (0.86 / 0.81 pooled
over 1,054 pairs); heldout62-63, never opened, at 0.80-0.86 with session 10's final
extractor (0.84 / 0.82 pooled over 518 pairs); heldout66-67 and 70-71, never opened by a
round, at 0.69-0.84 with session 11's final extractor (0.77 / 0.75 pooled over 1,087 pairs);
heldout76-79, never opened, at 0.78-0.88 with session 12's final extractor (0.85 / 0.81 pooled
over 907 pairs); heldout80-87, never opened by a round, at 0.78-0.94 with session 13's final
extractor (0.87 / 0.87 pooled over 2,375 pairs). Sets differ
from each other more than rounds move them, and a round of fixes lifts the next unseen set by
only 0-4 points (heldout20-23, heldout28-31 and heldout37-41 against each session's starting
extractor).
"""

from __future__ import annotations

import os
import re
import sys

import django

from claims.extraction.lexicon import words

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")


def norm(text: str) -> str:
    """Compare names and figures without case, curly apostrophes or doubled spaces."""
    return " ".join(text.replace("\u2019", "'").lower().split())


_SCALES = {"million", "billion", "trillion", "thousand", "hundred", "bn", "m", "crore", "lakh"}


# Words before a number that qualify it without changing which figure it is.
_QUALIFIER_RE = re.compile(
    r"^(?:(?:just|only|some|roughly|about|around|approximately|nearly|almost|close to|over|"
    r"under|more than|fewer than|less than|at least|at most|up to|as many as|as much as|"
    r"as high as|no fewer than|no more than|not less than|an estimated|estimated|in excess of|"
    r"upwards of|maybe|perhaps|probably|within|a further|another|an additional|more or less|"
    r"well over|well under|just over|just under|below|above|a total of|a record|a mere|between|"
    r"something like|tops?|topped|topping|passe[sd]|exceed(?:s|ed)?|somewhere between|"
    r"plus or minus|closer to|near|not more than|a maximum of|a minimum of|"
    r"no less than|not fewer than)\s+)+")


def _core(figure: str) -> str:
    """A figure without the qualifier words before its number: "more than 12 per cent" ->
    "12 per cent"."""
    return _QUALIFIER_RE.sub("", figure) or figure


def same_figure(extracted: str, wanted: set[str]) -> str:
    """The gold figure an extracted one stands for: itself, or the gold text it differs from by
    a unit one side left out ("3 million tonnes" for "3 million", "magnitude 6.8" for "6.8";
    never a scale word: "3" is not "3 million")."""
    if extracted in wanted:
        return extracted
    core = _core(extracted)
    if core != extracted or any(_core(w) != w for w in wanted):
        # "more than 12 per cent" for a gold "12 per cent": some authors leave the qualifier
        # out of the figure as written (whether it was read is value_qualifier_ok's business)
        same = sorted(w for w in wanted if _core(w) == core)
        if same:
            return same[0]
        extracted_core = same_figure(core, {_core(w) for w in wanted})
        if extracted_core != core:
            return sorted(w for w in wanted if _core(w) == extracted_core)[0]
    # (longest first, then alphabetical: a set's order changes with the hash seed, and
    # "32.4 pct" may stand for "32.4" or for another gold figure that starts the same way)
    for w in sorted(wanted, key=lambda x: (-len(x), x)):
        longer, shorter = (extracted, w) if len(extracted) > len(w) else (w, extracted)
        if longer in (f"magnitude {shorter}", f"magnitude-{shorter}"):
            return w  # "magnitude 6.8" / "6.8": the scale named before the number
        if longer.startswith(shorter + "-") and longer[len(shorter) + 1 :].isalpha() and \
                shorter[-1:].isdigit():
            return w  # "6-point" / "6", "45-member" / "45": a unit joined by a hyphen
        if longer.startswith(shorter + " "):
            rest = longer[len(shorter) + 1 :].split()
            if len(rest) <= 4 and not any(x in _SCALES or any(ch.isdigit() for ch in x)
                                          for x in rest):
                return w  # "3 million tonnes" / "hundreds of millions (of dollars)" /
                # "500 cubic meters per second"
    return extracted


def claim_key(claim, text: str, want, wanted_figures: set[str]) -> tuple[str, str]:
    """The (speaker, gold figure) pair a claim is scored as. A claim that merged a headline's
    "9" with the body's "nine" holds both wordings: it is the gold pair either one matches
    (one pair per claim), else its own figure text."""
    speaker = norm(claim.speaker)
    own = (speaker, same_figure(norm(claim.figure_text), wanted_figures))
    if own in want:
        return own
    for ap in claim.appearances:
        key = (speaker, same_figure(norm(text[ap.figure_start : ap.figure_end]), wanted_figures))
        if key in want:
            return key
    return own


def score(articles, verbose: bool = False) -> dict[str, float]:
    """Print per-article misses (verbose) and return overall precision/recall figures."""
    from claims.extraction import extract_claims
    from tests.extraction.corpus import judged

    tp = fp = fn = 0
    ftp = ffp = ffn = 0
    loose = 0
    detail_ok = detail_all = counts_ok = 0
    for art in articles:
        claims = judged(art, extract_claims(art.text, art.segments, article_date=art.date,
                                            publisher=art.publisher))
        want = {(norm(e.speaker), norm(e.figure_text)): e for e in art.expected}
        got = {}
        wanted_figures = {k[1] for k in want}
        for c in claims:
            got[claim_key(c, art.text, want, wanted_figures)] = c
        hit = set(got) & set(want)
        tp += len(hit)
        loose += len(hit) + _lenient_hits(set(got) - hit, set(want) - hit)
        fp += len(set(got) - set(want))
        fn += len(set(want) - set(got))
        gf = {k[1] for k in got}
        wf = {k[1] for k in want}
        ftp += len(gf & wf)
        ffp += len(gf - wf)
        ffn += len(wf - gf)
        for k in hit:
            c, e = got[k], want[k]
            detail_all += 1
            if (c.value, c.qualifier) == (e.value, e.qualifier) and (
                    e.qualifier != "range" or (c.lower, c.upper) == (e.lower, e.upper)):
                detail_ok += 1
            if norm(e.counts) in norm(c.counts):
                counts_ok += 1
        if verbose and (set(got) ^ set(want)):
            print(f"-- {art.name}")
            for k in sorted(set(want) - set(got)):
                print(f"   MISS  {k[0]!r:40} {k[1]!r}")
            for k in sorted(set(got) - set(want)):
                c = got[k]
                print(f"   EXTRA {k[0]!r:40} {k[1]!r}  [{c.counts}] :: {c.appearances[0].quote[:90]}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    fpv = ftp / (ftp + ffp) if ftp + ffp else 1.0
    frv = ftp / (ftp + ffn) if ftp + ffn else 1.0
    return {
        "articles": len(articles),
        "pairs": tp + fn,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "figure_precision": fpv,
        "figure_recall": frv,
        "value_qualifier_ok": detail_ok / detail_all if detail_all else 1.0,
        "counts_ok": counts_ok / detail_all if detail_all else 1.0,
        "lenient_precision": loose / (tp + fp) if tp + fp else 1.0,
        "lenient_recall": loose / (tp + fn) if tp + fn else 1.0,
    }


def _lenient_hits(got: set[tuple[str, str]], want: set[tuple[str, str]]) -> int:
    """Pairs left over that have the same figure and a speaker named another way (one to one)."""
    hits = 0
    left = sorted(want)
    for speaker, figure in sorted(got):
        match = next((w for w in left if w[1] == figure and lenient_speaker(speaker, w[0])),
                     None)
        if match is not None:
            left.remove(match)
            hits += 1
    return hits


# Words too general to tell one speaker from another on their own.
_GENERIC_NAME_WORDS = words(
    "the a an of and for minister ministry spokesman spokeswoman spokesperson official "
    "officials police government agency department office company army military group he she "
    "it they we i president governor commission council state people residents sources "
    "authority authorities service national federal"
)


def name_words(name: str) -> list[str]:
    """Words of a speaker's name: lower case, no possessive 's, no "the", a demonym as its
    country ("Ukrainian" -> "ukraine")."""
    from claims.extraction import DEMONYM_COUNTRIES

    text = re.sub(r"['\u2019]s\b", "", name.lower())
    out = []
    for w in re.findall(r"[a-z0-9]+", text):
        if w != "the":
            country = DEMONYM_COUNTRIES.get(w)
            out.append(country.lower() if isinstance(country, str) else w)
    return out


def lenient_speaker(got: str, want: str) -> bool:
    """The same speaker named another way: one name's words are all in the other's and are
    not only generic words ("Almeida Pinto" / "Rodrigo Almeida Pinto", "energy ministry" /
    "Ministry of Energy and Water", "Ukraine's air force" / "Ukrainian Air Force"; not
    "police" / "Kaduna police", not "Arne Halvorsen" / "Ruth Halvorsen")."""
    g, w = name_words(got), name_words(want)
    if not g or not w:
        return False
    if g == w:
        return True
    short, long = (g, w) if len(g) < len(w) else (w, g)
    return set(short) <= set(long) and any(x not in _GENERIC_NAME_WORDS for x in short)


def main(argv: list[str]) -> None:
    """Entry point: score the articles (or the held-out set) and print the figures."""
    django.setup()
    from tests.extraction.corpus import ARTICLES, HERE, load_all

    # --heldout is heldout/, --heldoutN is heldoutN/ (any N that exists).
    folder = ARTICLES
    for arg in argv:
        if arg.startswith("--heldout") and (HERE / arg[2:]).is_dir():
            folder = HERE / arg[2:]
    result = score(load_all(folder), verbose="-v" in argv)
    print(f"{folder.name}: {result['articles']} articles, {result['pairs']} expected pairs")
    print(f"speaker+figure  precision {result['precision']:.3f}  recall {result['recall']:.3f}"
          f"  F1 {result['f1']:.3f}")
    print(f"figure only     precision {result['figure_precision']:.3f}  "
          f"recall {result['figure_recall']:.3f}")
    print(f"matched pairs   value+qualifier {result['value_qualifier_ok']:.3f}  "
          f"counts {result['counts_ok']:.3f}")
    print(f"lenient names   precision {result['lenient_precision']:.3f}  "
          f"recall {result['lenient_recall']:.3f}  (a speaker named another way counts)")


if __name__ == "__main__":
    main(sys.argv[1:])
