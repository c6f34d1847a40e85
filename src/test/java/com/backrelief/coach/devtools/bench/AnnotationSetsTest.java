package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed annotation sets are what the phrasing sets give, and name only intents of the model. */
class AnnotationSetsTest {

    static final List<Path> SETS = UnderstandingBenchmark.SETS;

    @ParameterizedTest
    @FieldSource("SETS")
    void theCommittedAnnotationSetIsWhatThePhrasingSetGives(Path set) throws IOException {
        String regenerate = AnnotationSets.file(set) + " is out of date with " + set + "; regenerate it with: "
                + AnnotationSets.REGENERATE;
        assertThat(AnnotationSets.file(set)).as(regenerate).exists();
        assertThat(Files.readString(AnnotationSets.file(set))).as(regenerate)
                .isEqualTo(AnnotationSets.write(AnnotationSets.annotations(DevSet.load(set))));
    }

    @Test
    void everyExpectedIntentIsOneOfTheModel() throws IOException {
        Set<String> intents = new HashSet<>();
        new ObjectMapper().readTree(UtteranceMatcher.DEFAULT_MODEL.toFile()).at("/interactionModel/languageModel/intents")
                .forEach(intent -> intents.add(intent.path("name").asText()));
        for (Path set : SETS) {
            for (Case subject : DevSet.load(set)) {
                AnnotationSets.expectedIntent(subject).ifPresent(intent ->
                        assertThat(intents).as(subject.where() + " expects " + intent).contains(intent));
                if (!subject.expect().kind().equals("says")
                        && !(subject.expect().kind().equals("no-alarm") && !subject.area().equals("denial"))) {
                    assertThat(AnnotationSets.expectedIntent(subject)).as(subject.where() + " " + subject.expect()).isPresent();
                }
            }
        }
    }

    @Test
    void anAnnotationIsTheUtteranceAndItsIntent() throws IOException {
        JsonNode annotations = new ObjectMapper().readTree(AnnotationSets.file(DevSet.DEFAULT).toFile());
        JsonNode first = annotations.path("data").path(0);
        assertThat(first.path("inputs").path("utterance").asText()).matches("[a-z0-9' ]+");
        assertThat(first.path("expected").path(0).path("intent").path("name").asText()).isEqualTo("RedFlagIntent");
        assertThat(AnnotationSets.utterance("Um, so... my back's \u2019really\u2019 bad?")).isEqualTo("um so my back's 'really' bad");
    }
}
