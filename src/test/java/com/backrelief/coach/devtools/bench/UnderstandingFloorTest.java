package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.backrelief.coach.devtools.bench.Judge.Verdict;
import com.backrelief.coach.devtools.bench.UnderstandingBenchmark.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The understanding benchmark's floor, through the local conversation: on both phrasing sets every
 * emergency phrasing gets the emergency answer and no denial raises an alarm; on the development set
 * the targets hold, on the held-out set the figures reached so far (docs/understanding.md).
 */
class UnderstandingFloorTest {

    private static final Path HOLDOUT = Path.of("src", "test", "resources", "understanding", "holdout-set.tsv");
    private static final Path SPOT_CHECK = Path.of("src", "test", "resources", "understanding", "spot-check-set.tsv");
    private static List<Verdict> dev;
    private static List<Verdict> holdout;
    private static List<Verdict> spotCheck;
    private static final Path CLINICAL = Path.of("src", "test", "resources", "understanding", "clinical-review-set.tsv");
    private static List<Verdict> clinical;
    private static final Path EVERYDAY = Path.of("src", "test", "resources", "understanding", "everyday-set.tsv");
    private static List<Verdict> everyday;
    private static final Path SPEAKER = Path.of("src", "test", "resources", "understanding", "speaker-set.tsv");
    private static List<Verdict> speaker;
    private static final Path ONE_BREATH = Path.of("src", "test", "resources", "understanding", "one-breath-set.tsv");
    private static List<Verdict> oneBreath;
    private static final Path PLAIN_ALARM = Path.of("src", "test", "resources", "understanding", "plain-alarm-set.tsv");
    private static List<Verdict> plainAlarm;

    @BeforeAll
    static void sayEveryPhrasing() {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            dev = UnderstandingBenchmark.run(DevSet.load(DevSet.DEFAULT));
            holdout = UnderstandingBenchmark.run(DevSet.load(HOLDOUT));
            spotCheck = UnderstandingBenchmark.run(DevSet.load(SPOT_CHECK));
            clinical = UnderstandingBenchmark.run(DevSet.load(CLINICAL));
            everyday = UnderstandingBenchmark.run(DevSet.load(EVERYDAY));
            speaker = UnderstandingBenchmark.run(DevSet.load(SPEAKER));
            oneBreath = UnderstandingBenchmark.run(DevSet.load(ONE_BREATH));
            plainAlarm = UnderstandingBenchmark.run(DevSet.load(PLAIN_ALARM));
        } finally {
            System.setOut(out);
        }
    }

    private static List<String> misses(List<Verdict> verdicts, Predicate<Case> which) {
        return verdicts.stream().filter(v -> which.test(v.subject()) && !v.pass())
                .map(v -> v.subject().where() + " \"" + v.subject().utterance() + "\": " + v.why()).toList();
    }

    private static double percent(List<Verdict> verdicts, String group) {
        Score score = UnderstandingBenchmark.score(verdicts, c -> Judge.inGroup(group, c.area()));
        assertThat(score.total()).as(group).isPositive();
        return score.percent();
    }

    @Test
    void everyEmergencyPhrasingGetsTheEmergencyAnswer() {
        assertThat(misses(dev, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(holdout, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(spotCheck, c -> c.area().equals("emergency"))).isEmpty();
    }

    @Test
    void noDenialRaisesAnAlarm() {
        assertThat(misses(dev, c -> c.area().equals("denial"))).isEmpty();
        assertThat(misses(holdout, c -> c.area().equals("denial"))).isEmpty();
        assertThat(misses(spotCheck, c -> c.area().equals("denial"))).isEmpty();
    }

    @Test
    void theDevelopmentSetMeetsTheTargets() {
        assertThat(percent(dev, "red flags")).isGreaterThanOrEqualTo(95);
        assertThat(percent(dev, "questions")).isGreaterThanOrEqualTo(90);
        assertThat(percent(dev, "commands")).isGreaterThanOrEqualTo(95);
    }

    @Test
    void theHeldOutSetKeepsWhatItReached() {
        assertThat(percent(holdout, "red flags")).isGreaterThanOrEqualTo(95);
        assertThat(percent(holdout, "questions")).isGreaterThanOrEqualTo(75);
        assertThat(percent(holdout, "commands")).isGreaterThanOrEqualTo(85);
    }

    /** The second clinical review's set (fact sheet changes of 2026-12-06): its own targets. */
    @Test
    void theClinicalReviewSetCatchesEveryEmergencyAndRaisesNoFalseAlarm() {
        assertThat(misses(clinical, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(clinical, c -> Judge.inGroup("denials", c.area()))).isEmpty();
        assertThat(percent(clinical, "red flags")).isGreaterThanOrEqualTo(95);
    }

    /** The everyday set of how people talk: every emergency, no false alarm, and the red flags and questions. */
    @Test
    void theEverydaySetCatchesEveryEmergencyAndRaisesNoFalseAlarm() {
        assertThat(misses(everyday, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(everyday, c -> Judge.inGroup("denials", c.area()))).isEmpty();
        assertThat(percent(everyday, "red flags")).isGreaterThanOrEqualTo(95);
        assertThat(percent(everyday, "questions")).isGreaterThanOrEqualTo(95);
    }

    /** The speaker set of plain words: every emergency, no false alarm ("my chest of drawers"), the red flags and questions. */
    @Test
    void theSpeakerSetCatchesEveryEmergencyAndRaisesNoFalseAlarm() {
        assertThat(misses(speaker, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(speaker, c -> Judge.inGroup("denials", c.area()))).isEmpty();
        assertThat(percent(speaker, "red flags")).isGreaterThanOrEqualTo(95);
        assertThat(percent(speaker, "questions")).isGreaterThanOrEqualTo(95);
    }

    /** The one-breath set: the situation and the question together ("I've had a few beers, can I use my heat pad"). */
    @Test
    void theOneBreathSetCatchesEveryEmergencyAndGivesTheAdviceThatSuits() {
        assertThat(misses(oneBreath, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(oneBreath, c -> Judge.inGroup("denials", c.area()))).isEmpty();
        assertThat(misses(oneBreath, c -> c.area().equals("advice"))).isEmpty();
        assertThat(percent(oneBreath, "red flags")).isGreaterThanOrEqualTo(95);
        assertThat(percent(oneBreath, "questions")).isGreaterThanOrEqualTo(90);
    }

    /** The plain-alarm set: red flags in everyday words, and ordinary words that only sound like them. */
    @Test
    void thePlainAlarmSetCatchesEveryEmergencyAndRaisesNoFalseAlarm() {
        assertThat(misses(plainAlarm, c -> c.area().equals("emergency"))).isEmpty();
        assertThat(misses(plainAlarm, c -> Judge.inGroup("denials", c.area()))).isEmpty();
        assertThat(percent(plainAlarm, "red flags")).isGreaterThanOrEqualTo(95);
    }
}
