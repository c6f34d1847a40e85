package com.backrelief.coach;

import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The interaction model, the handlers and the content stay in step. */
class InteractionModelConsistencyTest {

    static final Path MODEL = Path.of("interaction-model/en-US.json");
    private static final Pattern INTENT_NAME = Pattern.compile("\"((?:AMAZON\\.)?[A-Z][A-Za-z]*Intent)\"");
    private static final String CATCH_ALL = "Sorry, I can't help with that here.";

    static JsonNode languageModel() throws IOException {
        return new ObjectMapper().readTree(MODEL.toFile()).path("interactionModel").path("languageModel");
    }

    static List<String> modelIntents() throws IOException {
        List<String> names = new ArrayList<>();
        languageModel().path("intents").forEach(intent -> names.add(intent.path("name").asText()));
        return names;
    }

    @ParameterizedTest
    @MethodSource("modelIntents")
    void everyIntentInTheModelHasAHandler(String intent) {
        ObjectNode event = Events.json("help");
        ((ObjectNode) event.path("request").path("intent")).put("name", intent);

        Reply reply = new TestSkill().send(event);

        assertThat(reply.speech()).as(intent).doesNotStartWith(CATCH_ALL).doesNotContain("had trouble");
    }

    @Test
    void everyIntentTheHandlersNameIsInTheModel() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/backrelief/coach/handlers"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = INTENT_NAME.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        // The understanding step alone produces this one, from free text; Alexa never sends it.
        named.remove(com.backrelief.coach.handlers.advice.TopicIntentHandler.INTENT);
        named.remove(com.backrelief.coach.handlers.safety.ConfirmSymptomHandler.INTENT);
        assertThat(new HashSet<>(modelIntents())).containsAll(named);
    }

    @Test
    void theStretchSlotTypeAndTheContentNameTheSameExercisesTheSameWays() throws IOException {
        JsonNode type = null;
        for (JsonNode t : languageModel().path("types")) {
            if (t.path("name").asText().equals("STRETCH_NAME")) {
                type = t;
            }
        }
        assertThat(type).as("STRETCH_NAME slot type").isNotNull();
        Set<String> ids = new HashSet<>();
        for (JsonNode value : type.path("values")) {
            String id = value.path("id").asText();
            ids.add(id);
            Stretch stretch = TestSkill.CATALOGUE.stretch(id).orElse(null);
            assertThat(stretch).as("content for slot value " + id).isNotNull();
            assertThat(value.path("name").path("value").asText()).isEqualTo(stretch.name());
            List<String> synonyms = new ArrayList<>();
            value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
            assertThat(synonyms).as(id).containsExactlyInAnyOrderElementsOf(stretch.synonyms());
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                TestSkill.CATALOGUE.stretches().stream().map(Stretch::id).toList());
    }

    @Test
    void theRoutineSlotTypeAndTheContentNameTheSameRoutinesTheSameWays() throws IOException {
        JsonNode type = null;
        for (JsonNode t : languageModel().path("types")) {
            if (t.path("name").asText().equals("ROUTINE_NAME")) {
                type = t;
            }
        }
        assertThat(type).as("ROUTINE_NAME slot type").isNotNull();
        Set<String> ids = new HashSet<>();
        for (JsonNode value : type.path("values")) {
            String id = value.path("id").asText();
            ids.add(id);
            Routine routine = TestSkill.CATALOGUE.routine(id).orElse(null);
            assertThat(routine).as("content for slot value " + id).isNotNull();
            assertThat(value.path("name").path("value").asText()).isEqualTo(routine.name());
            List<String> synonyms = new ArrayList<>();
            value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
            assertThat(synonyms).as(id).containsExactlyInAnyOrderElementsOf(routine.synonyms());
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                TestSkill.CATALOGUE.routines().stream().map(Routine::id).toList());
    }

    @Test
    void theInvocationNameIsBackReliefCoach() throws IOException {
        assertThat(languageModel().path("invocationName").asText()).isEqualTo("back relief coach");
    }
}
