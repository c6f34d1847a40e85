package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.Ear;
import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.backrelief.coach.devtools.bench.Judge.Ears;
import com.backrelief.coach.devtools.bench.Judge.Verdict;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How well the skill understands people: every phrasing of a set said to the skill in its context, through
 * each ear (the statistical one and the generous matcher), scored per area and per the groups side by
 * side, with each miss listed: the local tool's {@code --understanding [FILE...]}.
 */
public final class UnderstandingBenchmark {

    private UnderstandingBenchmark() {
    }

    /**
     * The sets of the project: the development set, the held-out one, a later spot check, the clinical
     * review set, the everyday set of how people talk, the speaker set of plain words said to a speaker, and the
     * one-breath set of situations and questions said together, and the plain-alarm set of red flags (and words that
     * only sound like them) in everyday words.
     */
    public static final List<Path> SETS = List.of(DevSet.DEFAULT,
            Path.of("src", "test", "resources", "understanding", "holdout-set.tsv"),
            Path.of("src", "test", "resources", "understanding", "spot-check-set.tsv"),
            Path.of("src", "test", "resources", "understanding", "clinical-review-set.tsv"),
            Path.of("src", "test", "resources", "understanding", "everyday-set.tsv"),
            Path.of("src", "test", "resources", "understanding", "speaker-set.tsv"),
            Path.of("src", "test", "resources", "understanding", "one-breath-set.tsv"),
            Path.of("src", "test", "resources", "understanding", "plain-alarm-set.tsv"));

    /** The local tool's --understanding: each set's report on {@code out}; the request log is kept out of it. */
    public static int report(List<Path> sets, PrintStream out) {
        PrintStream logs = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            Map<Ears, Ear> ears = new LinkedHashMap<>();
            for (Ears ear : List.of(Ears.STATISTICAL, Ears.GENEROUS)) {
                ears.put(ear, ear.load());
            }
            for (Path set : sets.isEmpty() ? SETS : sets) {
                Map<Ears, List<Verdict>> verdicts = new LinkedHashMap<>();
                ears.forEach((which, ear) -> verdicts.put(which, run(DevSet.load(set), ear)));
                out.print(report(set, verdicts, true));
                out.println();
            }
        } finally {
            System.setOut(logs);
        }
        return 0;
    }

    /** Through the generous matcher. */
    public static List<Verdict> run(List<Case> cases) {
        return run(cases, Ears.GENEROUS.load());
    }

    public static List<Verdict> run(List<Case> cases, Ear ear) {
        Judge judge = new Judge(ear);
        List<Verdict> verdicts = new ArrayList<>();
        cases.forEach(subject -> verdicts.add(judge.judge(subject)));
        return verdicts;
    }

    /** The share of verdicts passing among those whose case fits. */
    public static Score score(List<Verdict> verdicts, Predicate<Case> which) {
        int total = 0;
        int passed = 0;
        for (Verdict verdict : verdicts) {
            if (which.test(verdict.subject())) {
                total++;
                passed += verdict.pass() ? 1 : 0;
            }
        }
        return new Score(passed, total);
    }

    /** {@code passed} of {@code total}. */
    public record Score(int passed, int total) {

        public double percent() {
            return total == 0 ? 100 : 100.0 * passed / total;
        }

        @Override
        public String toString() {
            return String.format("%3d / %3d  %5.1f %%", passed, total, percent());
        }
    }

    static String report(Path set, Map<Ears, List<Verdict>> byEar, boolean misses) {
        List<Ears> ears = List.copyOf(byEar.keySet());
        List<Verdict> first = byEar.get(ears.get(0));
        StringBuilder out = new StringBuilder("Understanding: " + set + ", " + first.size() + " phrasings, through "
                + String.join(" and ", ears.stream().map(ear -> "the " + ear.label() + " ear").toList()) + "\n\n");
        String header = "|" + String.join("|", ears.stream().map(ear -> " " + ear.label() + " ").toList()) + "|\n|---|"
                + "---|".repeat(ears.size()) + "\n";
        out.append("| area ").append(header);
        for (String area : List.of("emergency", "pregnancy", "urgent", "soon", "denial", "not-alarm", "advice", "question",
                "stretch", "routine", "command", "smalltalk")) {
            if (score(first, c -> c.area().equals(area)).total() > 0) {
                out.append("| ").append(area).append(" |");
                ears.forEach(ear -> out.append(" ").append(score(byEar.get(ear), c -> c.area().equals(area))).append(" |"));
                out.append("\n");
            }
        }
        out.append("\n| group ").append(header);
        for (String group : Judge.groups()) {
            out.append("| ").append(group).append(" |");
            ears.forEach(ear -> out.append(" ").append(score(byEar.get(ear), c -> Judge.inGroup(group, c.area()))).append(" |"));
            out.append("\n");
        }
        out.append("| all |");
        ears.forEach(ear -> out.append(" ").append(score(byEar.get(ear), c -> true)).append(" |"));
        out.append("\n");
        for (Ears ear : ears) {
            List<Verdict> verdicts = byEar.get(ear);
            long advised = verdicts.stream().filter(v -> v.subject().expect().kind().equals("advice")
                    && !v.subject().expect().value().equals("asks") && v.pass()).count();
            long straight = verdicts.stream().filter(v -> v.subject().expect().kind().equals("advice")
                    && !v.subject().expect().value().equals("asks") && v.pass() && v.questions() == 0).count();
            out.append("\nAdvice right through the ").append(ear.label()).append(" ear: ").append(advised)
                    .append(", of which given straight away: ").append(straight)
                    .append(" (the rest after the coach's questions, each answered \"no\")\n");
        }
        if (misses) {
            for (Ears ear : ears) {
                out.append("\nMisses through the ").append(ear.label())
                        .append(" ear (where, context, said, expected, heard intent, why, answer):\n");
                for (Verdict verdict : byEar.get(ear)) {
                    if (!verdict.pass()) {
                        Case c = verdict.subject();
                        String speech = verdict.speech().length() > 110 ? verdict.speech().substring(0, 110) + "…" : verdict.speech();
                        out.append(String.format("- %s [%s] \"%s\" expected %s; heard %s; %s; \"%s\"%n", c.where(), c.context(),
                                c.utterance(), c.expect(), verdict.intent(), verdict.why(), speech));
                    }
                }
            }
        }
        return out.toString();
    }
}
