package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.Ear;
import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.backrelief.coach.devtools.bench.Judge.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phrasing set heard through the statistical ear (a classifier trained on the interaction model alone, as
 * Alexa's NLU is), answered by the skill: the safety floor that holds whatever the ear's seed. Every emergency reaches
 * the emergency answer within two turns (after a fallback the person says it again, and Alexa hands the words over
 * whole); no red flag is ever reassured; no denial or ordinary words raise an alarm; and, over all the sets, at least
 * 95 % of emergencies and 90 % of red flags get their tier in one turn (docs/local-matcher.md has the figures per set
 * and per seed).
 */
class StatisticalEarFloorTest {

    /** A reassurance: what a red flag must never be answered with. */
    private static final Pattern REASSURED = Pattern.compile("^(good|great|that's good|glad)\\b|no problem",
            Pattern.CASE_INSENSITIVE);

    private static final List<Verdict> ONCE = new ArrayList<>();
    private static final List<Verdict> TWICE = new ArrayList<>();

    @BeforeAll
    static void sayEveryRedFlagAndDenial() {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            Ear ear = Judge.Ears.STATISTICAL.load();
            Judge once = new Judge(ear, false);
            Judge twice = new Judge(ear, true);
            for (Path set : UnderstandingBenchmark.SETS) {
                for (Case subject : DevSet.load(set)) {
                    if (Judge.inGroup("red flags", subject.area()) || Judge.inGroup("denials", subject.area())) {
                        ONCE.add(once.judge(subject));
                    }
                    if (subject.area().equals("emergency")) {
                        TWICE.add(twice.judge(subject));
                    }
                }
            }
        } finally {
            System.setOut(out);
        }
    }

    private static List<String> failed(List<Verdict> verdicts, java.util.function.Predicate<Case> which) {
        return verdicts.stream().filter(verdict -> which.test(verdict.subject()) && !verdict.pass())
                .map(verdict -> verdict.subject().utterance() + " -> " + verdict.intent() + ": " + verdict.why()).toList();
    }

    private static double percent(List<Verdict> verdicts, java.util.function.Predicate<Case> which) {
        UnderstandingBenchmark.Score score = UnderstandingBenchmark.score(verdicts, which);
        assertThat(score.total()).isPositive();
        return score.percent();
    }

    @Test
    void everyEmergencyReachesTheEmergencyAnswerWithinTwoTurns() {
        assertThat(failed(TWICE, c -> true)).isEmpty();
    }

    @Test
    void noRedFlagIsReassured() {
        assertThat(ONCE.stream().filter(verdict -> Judge.inGroup("red flags", verdict.subject().area()))
                .filter(verdict -> REASSURED.matcher(verdict.speech().strip()).find())
                .map(verdict -> verdict.subject().utterance() + " -> " + verdict.speech()).toList()).isEmpty();
    }

    @Test
    void noDenialOrOrdinaryWordsRaiseAnAlarm() {
        assertThat(failed(ONCE, c -> Judge.inGroup("denials", c.area()))).isEmpty();
    }

    @Test
    void mostRedFlagsGetTheirTierInOneTurn() {
        assertThat(percent(ONCE, c -> c.area().equals("emergency"))).isGreaterThanOrEqualTo(95);
        assertThat(percent(ONCE, c -> Judge.inGroup("red flags", c.area()))).isGreaterThanOrEqualTo(90);
    }
}
