package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.Ear;
import com.backrelief.coach.devtools.bench.Judge.Ears;
import com.backrelief.coach.devtools.bench.Judge.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However an ear hears it, a red flag said in any of the phrasing sets is never answered with a reassurance
 * ("Good, thanks for telling me", "glad", "no problem", "that's okay"): at worst the coach asks again.
 */
class NoRedFlagIsReassuredTest {

    static final Pattern REASSURANCE = Pattern.compile("^(good|great|glad|that's good|that's okay|that's fine|no problem)\\b"
            + "|nothing to worry about|glad to hear|good to hear", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @EnumSource(Ears.class)
    void noRedFlagInAnySetIsAnsweredWithAReassurance(Ears which) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        List<String> reassured = new ArrayList<>();
        try {
            Ear ear = which.load();
            Judge judge = new Judge(ear);
            for (Path set : UnderstandingBenchmark.SETS) {
                for (DevSet.Case line : DevSet.load(set)) {
                    if (!Judge.inGroup("red flags", line.area())) {
                        continue;
                    }
                    Verdict verdict = judge.judge(line);
                    if (REASSURANCE.matcher(verdict.speech().strip()).find()) {
                        reassured.add(line.where() + " \"" + line.utterance() + "\" heard " + verdict.intent() + ": \""
                                + verdict.speech() + "\"");
                    }
                }
            }
        } finally {
            System.setOut(out);
        }
        assertThat(reassured).as("red flags answered with a reassurance through the " + which.label() + " ear").isEmpty();
    }
}
