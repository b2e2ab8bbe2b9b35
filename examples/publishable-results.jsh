// Where the data cannot support a result, ccm says so in the result: a short run chart, a profile
// whose follow-up misses a practice, a CSV without an item column, and teams clustered in clinics.
// Each check below fails the script on a wrong result.
// Run: bin/ccm-shell examples/publishable-results.jsh

void check(boolean ok, String what) {
    if (!ok) {
        throw new AssertionError(what);
    }
}

// == 1. Three points are too few for the runs rules: no conclusion, never "random".
RunChart shortChart = RunChart.of(0.2, 0.3, 0.25);
System.out.println(shortChart);
check(shortChart.verdict() == Verdict.TOO_FEW_POINTS, "three points are too few");
check(Figures.runChart(shortChart).notes().get(0).startsWith("Too few useful points for the runs rules: 2 of the 10"),
        "the figure says so");
// A rise on 8 points is shown, as provisional.
RunChart rising = RunChart.of(1, 2, 3, 4, 5, 6, 7, 8);
rising.signals().forEach(s -> System.out.println("  " + s));
check(rising.signals().stream().allMatch(Signal::provisional), "signals on 8 points are provisional");

// == 2. A profile compares the same practices at both times and names who was left out.
Instrument acic = Instruments.acic35();
ScoreReport acicOf(String practice, LocalDate date, int everyItem) {
    AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(acic.id()).subject(SubjectId.of(practice))
            .role(AssessmentResponse.CONSENSUS_ROLE).date(date);
    acic.items().forEach(item -> b.answer(item.id(), everyItem));
    return acic.score(b.build());
}
LocalDate jan = LocalDate.of(2026, 1, 15);
LocalDate nov = LocalDate.of(2026, 11, 15);
List<ScoreReport> baseline = List.of(acicOf("north", jan, 4), acicOf("south", jan, 6), acicOf("east", jan, 1));
List<ScoreReport> followUp = List.of(acicOf("north", nov, 5), acicOf("south", nov, 7));   // east: no follow-up
Figure profile = Figures.profile(acic, "ACIC by element", baseline, followUp);
profile.notes().forEach(n -> System.out.println("  " + n));
check(profile.notes().contains("Left out, not scored at both times: east (no follow-up report)."), "east is named");
check(profile.toSvg().contains(">5.0 (n=2)<"), "baseline mean of north and south only: (4 + 6) / 2 = 5.0, n=2");
// For a journal: 85 mm wide at 300 dpi, the notes moved to the caption.
Figure print = profile.forPrint(85, 70, 300).withoutNotes();
System.out.println("  " + print);
check(print.pixelWidth() == 1003, "85 mm at 300 dpi");

// == 3. A CSV without a whole item column is refused, once, on line 1, with the way to accept it.
String header = "subject,date," + acic.items().stream().map(Item::id).filter(id -> !id.equals("3a.2"))
        .collect(Collectors.joining(","));
String cells = "north,2026-01-15," + acic.items().stream().filter(i -> !i.id().equals("3a.2")).map(i -> "5")
        .collect(Collectors.joining(","));
CsvTable table = CsvTable.parse(header + "\n" + cells + "\n" + cells.replace("north", "south") + "\n");
CsvRead<AssessmentResponse> refused = ResponseCsv.read(table, acic, ErrorMode.COLLECT_ALL);
refused.problems().forEach(p -> System.out.println("  " + p));
check(refused.problems().size() == 1 && refused.values().isEmpty(), "one header problem, no responses");
CsvRead<AssessmentResponse> shortForm = ResponseCsv.read(table, acic, ErrorMode.COLLECT_ALL, ItemColumns.ABSENT_ALLOWED);
check(shortForm.values().size() == 2 && shortForm.values().get(0).answer("3a.2").isEmpty(), "the short form, on purpose");
// A near miss gets a suggestion.
CsvRead<AssessmentResponse> misspelt = ResponseCsv.read(CsvTable.parse(header.replace("subject", "Subject") + "\n"
        + cells + "\n"), acic, ErrorMode.COLLECT_ALL, ItemColumns.ABSENT_ALLOWED);
System.out.println("  " + misspelt.problems().get(0));
check(misspelt.problems().get(0).rule().endsWith("did you mean \"subject\"?"), "a suggestion");

// == 4. Teams within clinics, compared at the clinic level, the clustering stated.
List<ScoreReport> before = new ArrayList<>();
List<ScoreReport> after = new ArrayList<>();
int[][] teams = {{2, 3}, {3, 5}, {4, 5}, {3, 3}, {5, 7}, {4, 6}};   // baseline and follow-up, every item
for (int t = 0; t < teams.length; t++) {
    before.add(acicOf("c" + (t % 3 + 1) + "-team" + t, jan, teams[t][0]));
    after.add(acicOf("c" + (t % 3 + 1) + "-team" + t, nov, teams[t][1]));
}
PairedComparison byClinic = PairedComparison.ofClusters(before, after, "overall", "clinic",
        s -> s.value().substring(0, 2));
System.out.println("  " + byClinic);
// Clinic changes: c1 teams 0 and 3 (+1, 0) = 0.5; c2 teams 1 and 4 (+2, +2) = 2; c3 teams 2 and 5 (+1, +2) = 1.5.
check(byClinic.n() == 3 && Math.abs(byClinic.meanChange() - 4.0 / 3) < 1e-12, "three clinics, mean change 4/3");
check(byClinic.clustering().orElseThrow().toString()
        .equals("analysed by clinic: 3 clinics of 6 subjects (c1: 2, c2: 2, c3: 2), each weighted equally"), "stated");
System.out.println("publishable-results: every check holds");
