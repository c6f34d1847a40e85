package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.bench.ConversationBenchmark.Result;
import com.backrelief.coach.devtools.bench.ConversationSet.Check;
import com.backrelief.coach.devtools.bench.ConversationSet.Script;
import com.backrelief.coach.devtools.bench.ConversationSet.Step;
import com.backrelief.coach.support.StubAlexaApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationBenchmarkTest {

    private static final List<String> TINY = List.of(
            "# two conversations: the first right, the second wrong at its second turn",
            "## heat or ice asks first",
            "you> open back relief coach",
            "expect> asks !tier:emergency",
            "you> should I use heat or ice",
            "expect> interview says:when|start",
            "(session open)",
            "## a stretch explained is not an emergency",
            "you> open back relief coach",
            "you> how do I do a cat cow",
            "expect> tier:emergency",
            "you> stop",
            "(session ends)");

    private static StubAlexaApi api;

    @BeforeAll
    static void start() {
        api = new StubAlexaApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void readsConversationsTurnsAndChecks() {
        List<Script> scripts = ConversationSet.parse("tiny.txt", TINY);

        assertThat(scripts).extracting(Script::name)
                .containsExactly("heat or ice asks first", "a stretch explained is not an emergency");
        assertThat(scripts.get(0).turns()).isEqualTo(2);
        Step second = scripts.get(0).steps().get(1);
        assertThat(second.text()).isEqualTo("should I use heat or ice");
        assertThat(second.checks()).extracting(Check::toString).containsExactly("interview", "says:when|start", "open");
        Check negated = scripts.get(0).steps().get(0).checks().get(1);
        assertThat(negated.negated()).isTrue();
        assertThat(negated.kind()).isEqualTo("tier");
        assertThat(negated.value()).isEqualTo("emergency");
    }

    @Test
    void rejectsWhatItCannotRead() {
        assertThatThrownBy(() -> ConversationSet.parse("bad.txt", List.of("## x", "you> hi", "expect> tierr:emergency")))
                .hasMessageContaining("bad.txt:3").hasMessageContaining("unknown check");
        assertThatThrownBy(() -> ConversationSet.parse("bad.txt", List.of("you> hi")))
                .hasMessageContaining("## its name");
        assertThatThrownBy(() -> ConversationSet.parse("bad.txt", List.of("## x", "expect> asks")))
                .hasMessageContaining("`you>` line before it");
        assertThatThrownBy(() -> ConversationSet.parse("bad.txt", List.of("## x", "you> hi", "expect> advice")))
                .hasMessageContaining("needs");
    }

    @Test
    void scoresAConversationRightOnlyWhenEveryTurnIs() {
        List<Result> results = new ConversationBenchmark(api).run(ConversationSet.parse("tiny.txt", TINY));

        assertThat(results.get(0).right()).as(results.get(0).toString()).isTrue();
        Result wrong = results.get(1);
        assertThat(wrong.right()).isFalse();
        assertThat(wrong.turn()).isEqualTo(2);
        assertThat(wrong.said()).isEqualTo("how do I do a cat cow");
        assertThat(wrong.expected()).isEqualTo("tier:emergency");
        assertThat(wrong.why()).isEqualTo("tier none");
        assertThat(wrong.got()).containsIgnoringCase("cat cow");

        String report = ConversationBenchmark.report(Map.of("tiny.txt", results));
        assertThat(report).contains("| tiny.txt |   1 /   2   50.0 % |")
                .contains("tiny.txt:8 a stretch explained is not an emergency, turn 2: \"how do I do a cat cow\" expected tier:emergency");
    }

    @Test
    void everyConversationOfTheSetReadsAndHasThreeToEightTurns() {
        List<Path> files = ConversationSet.files(ConversationSet.DEFAULT);
        List<Script> scripts = files.stream().flatMap(file -> ConversationSet.load(file).stream()).toList();

        assertThat(scripts).hasSizeGreaterThanOrEqualTo(80);
        assertThat(scripts).allSatisfy(script ->
                assertThat(script.turns()).as(script.file() + ":" + script.line()).isBetween(3L, 8L));
    }
}
