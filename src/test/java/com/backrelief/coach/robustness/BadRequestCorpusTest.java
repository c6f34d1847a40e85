package com.backrelief.coach.robustness;

import com.backrelief.coach.RequestRejectedException;
import com.backrelief.coach.support.AnswerChecks;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Malformed and unusual requests from src/test/resources/bad-requests. The file name says what
 * must happen: {@code answer-} a sound spoken answer, {@code empty-} no speech (Alexa expects
 * none), {@code canfulfill-} a CanFulfill answer, {@code reject-} a clean rejection.
 */
class BadRequestCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-requests");

    static List<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void eachBadRequestGetsAnAnswerAnEmptyResponseOrACleanRejection(String file) throws IOException {
        byte[] body = Files.readAllBytes(CORPUS.resolve(file));
        TestSkill skill = new TestSkill();
        if (file.startsWith("reject-")) {
            assertThatThrownBy(() -> skill.send(body)).isInstanceOf(RequestRejectedException.class)
                    .hasMessageNotContaining("Exception");
            return;
        }
        Reply reply = skill.send(body);
        assertThat(reply.json().path("version").asText()).as(file).isEqualTo("1.0");
        AnswerChecks.assertSound(reply, file);
        if (file.startsWith("answer-")) {
            assertThat(reply.hasSpeech()).as(file).isTrue();
            assertThat(reply.speech()).as(file).doesNotContain("had trouble");
        } else if (file.startsWith("empty-")) {
            assertThat(reply.hasSpeech()).as(file).isFalse();
        } else if (file.startsWith("canfulfill-")) {
            assertThat(reply.json().path("response").path("canFulfillIntent").path("canFulfill").asText()).isEqualTo("NO");
        } else {
            throw new AssertionError("Name the file for what must happen: " + file);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void eachFileNamesWhatMustHappen(String file) {
        assertThat(file).matches("(answer|empty|reject|canfulfill)-[a-z0-9-]+\\.(json|txt)");
    }
}
