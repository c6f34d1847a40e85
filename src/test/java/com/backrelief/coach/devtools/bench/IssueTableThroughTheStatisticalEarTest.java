package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.backrelief.coach.devtools.bench.DevSet.Expectation;
import com.backrelief.coach.devtools.bench.Judge.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a statistical NLU trained on the model got wrong (issue 22's table): each of those sentences, heard by the
 * statistical ear and answered by the skill, now gets the right answer in one turn. For the two heat-or-ice questions
 * the right answer is the coach going on with what it still needs to know, never asking what the sentence said (the
 * spasm is how it feels, the six months is when it started); the long description of night sweats is the same-day
 * tier.
 */
class IssueTableThroughTheStatisticalEarTest {

    private static Judge judge;

    @BeforeAll
    static void train() {
        judge = new Judge(Judge.Ears.STATISTICAL.load());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "there's numbness in my groin # tier:emergency",
            "both of my legs went weak # tier:emergency",
            "I peed my pants without noticing # tier:emergency",
            "my back is in spasm, should I use heat or ice # says:^(?!.*tight and knotted, or sharp).*\\?$",
            "I've had back pain for six months, should I use heat or ice # says:^(?!.*When did this pain start).*\\?$",
            "can I fall asleep on a heating pad # says:(never|n't|not).{0,40}(sleep|asleep)",
            "I keep waking up in the night absolutely drenched, the sheets are soaked through and I have to change them, "
                    + "and my back has been aching all the while # tier:urgent"})
    void getsTheRightAnswer(String said, String expected) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Verdict verdict;
        try {
            verdict = judge.judge(new Case("issue-22", "start", said, Expectation.parse(expected, "issue 22"), "issue 22"));
        } finally {
            System.setOut(out);
        }
        assertThat(verdict.pass()).as("\"%s\" heard as %s: %s; answered \"%s\"", said, verdict.intent(), verdict.why(),
                verdict.speech()).isTrue();
    }
}
