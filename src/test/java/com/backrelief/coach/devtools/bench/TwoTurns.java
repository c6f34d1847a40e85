package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.Ear;
import com.backrelief.coach.devtools.bench.Judge.Verdict;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Red flags through the statistical ear in one turn, and within two: when the ear falls back, the skill asks for
 * the words again as free text, and the person says them again (here the same words). Every set, or the sets
 * named.
 */
public final class TwoTurns {

    private TwoTurns() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        StringBuilder misses = new StringBuilder();
        StringBuilder report = new StringBuilder("| Set | Emergency, one turn | Emergency, two turns | Red flags right tier, one turn | Red flags, two turns |\n|---|---|---|---|---|\n");
        try {
            Ear ear = Judge.Ears.STATISTICAL.load();
            List<Path> sets = args.length == 0 ? UnderstandingBenchmark.SETS : java.util.Arrays.stream(args).map(Path::of).toList();
            for (Path set : sets) {
                List<DevSet.Case> flags = new ArrayList<>(DevSet.load(set).stream()
                        .filter(c -> Judge.inGroup("red flags", c.area())).toList());
                List<Verdict> once = run(new Judge(ear, false), flags);
                List<Verdict> twice = run(new Judge(ear, true), flags);
                report.append("| ").append(set.getFileName()).append(" | ")
                        .append(UnderstandingBenchmark.score(once, c -> c.area().equals("emergency"))).append(" | ")
                        .append(UnderstandingBenchmark.score(twice, c -> c.area().equals("emergency"))).append(" | ")
                        .append(UnderstandingBenchmark.score(once, c -> true)).append(" | ")
                        .append(UnderstandingBenchmark.score(twice, c -> true)).append(" |\n");
                twice.stream().filter(verdict -> !verdict.pass()).forEach(verdict -> misses.append("- ")
                        .append(set.getFileName()).append(" [").append(verdict.subject().context()).append("] \"")
                        .append(verdict.subject().utterance()).append("\" expected ").append(verdict.subject().expect())
                        .append("; heard ").append(verdict.intent()).append("; ").append(verdict.why()).append('\n'));
            }
        } finally {
            System.setOut(out);
        }
        out.print(report);
        if (!misses.isEmpty()) {
            out.print("\nMisses within two turns:\n" + misses);
        }
        out.flush();
    }

    private static List<Verdict> run(Judge judge, List<DevSet.Case> cases) {
        List<Verdict> verdicts = new ArrayList<>();
        cases.forEach(c -> verdicts.add(judge.judge(c)));
        return verdicts;
    }
}
