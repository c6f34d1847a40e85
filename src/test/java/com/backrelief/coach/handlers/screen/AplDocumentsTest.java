package com.backrelief.coach.handlers.screen;

import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.ScreenDevice;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every document the skill sends, as it sends it, passes Amazon's APL validator (the npm package
 * apl-suggester, through {@code .ci/validate-apl.js}). The documents are gathered by talking to the
 * skill: every sample event, every exercise explained, every routine followed by touch, every locale's
 * red flag. They are written to {@code target/apl-documents/}, one RenderDocument payload per file,
 * for the validator and for pasting into the developer console's APL authoring tool.
 */
class AplDocumentsTest {

    static final Path OUT = Path.of("target/apl-documents");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> SENT = new LinkedHashMap<>();

    @BeforeAll
    static void talkToTheSkillOnAScreen() throws IOException {
        for (String event : Events.names()) {
            keep(new TestSkill().send(ScreenDevice.ECHO_SHOW_8.on(Events.json(event))), event);
        }
        for (Stretch stretch : TestSkill.CATALOGUE.cards()) {
            keep(new Person().onDevice(ScreenDevice.ECHO_SHOW_8).touch(Touch.stretch(stretch.id())), stretch.id());
        }
        for (Routine routine : TestSkill.CATALOGUE.routines()) {
            Person person = new Person().onDevice(ScreenDevice.ECHO_SHOW_8);
            Reply reply = person.say("StartRoutineIntent", "routine", routine.name());
            for (int turn = 0; turn < 100 && !reply.endsSession(); turn++) {
                keep(reply, routine.id());
                if (!reply.shown().path("layout").asText().equals("step")) {
                    break;
                }
                keep(person.touch(Touch.PAUSE), routine.id());
                reply = person.touch(turn % 3 == 0 ? Touch.EASIER : Touch.NEXT);
            }
        }
        for (String locale : List.of("en-US", "en-GB", "en-AU", "en-IN", "en-CA", "de-DE")) {
            keep(new Person().inLocale(locale).onDevice(ScreenDevice.ECHO_SPOT).say("RedFlagIntent", "symptom",
                    "I can't control my bladder"), locale);
        }
        Files.createDirectories(OUT);
        try (var old = Files.list(OUT)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, JsonNode> sent : SENT.entrySet()) {
            Files.writeString(OUT.resolve(sent.getKey() + ".json"), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(sent.getValue()), StandardCharsets.UTF_8);
        }
    }

    private static void keep(Reply reply, String where) {
        JsonNode screen = reply.screen();
        if (screen.isMissingNode()) {
            return;
        }
        JsonNode payload = JSON.createObjectNode().setAll(Map.of("document", screen.path("document"),
                "datasources", screen.path("datasources")));
        if (!SENT.containsValue(payload)) {
            String layout = screen.path("datasources").path("screen").path("layout").asText();
            SENT.put(String.format("%03d-%s-%s", SENT.size() + 1, layout, where), payload);
        }
    }

    @Test
    void everyLayoutIsAmongTheDocumentsSent() {
        assertThat(SENT.values()).extracting(payload -> payload.path("datasources").path("screen").path("layout").asText())
                .contains("welcome", "stretch", "step", "advice", "alert", "message");
    }

    @Test
    void everyButtonSentStandsForSomethingTheSkillUnderstands() {
        for (Map.Entry<String, JsonNode> sent : SENT.entrySet()) {
            for (JsonNode button : sent.getValue().path("datasources").path("screen").path("buttons")) {
                assertThat(Touch.meaning(button.path("action").asText()).isPresent()).as(sent.getKey() + " " + button).isTrue();
            }
        }
    }

    @Test
    void aDrawingIsSentWithEveryDocumentThatShowsOne() {
        for (Map.Entry<String, JsonNode> sent : SENT.entrySet()) {
            boolean shows = sent.getValue().path("datasources").path("screen").path("hasDrawing").asBoolean();
            assertThat(sent.getValue().path("document").path("graphics").has("pose")).as(sent.getKey()).isEqualTo(shows);
        }
    }

    @Test
    void amazonsAplValidatorAcceptsEveryDocumentSent() throws Exception {
        String suggester = System.getenv("APL_SUGGESTER_DIR");
        boolean ci = "true".equals(System.getenv("CI"));
        if (ci) {
            assertThat(suggester).as("CI installs apl-suggester and sets APL_SUGGESTER_DIR (.ci/run)").isNotBlank();
        }
        assumeThat(suggester).as("APL_SUGGESTER_DIR names an npm prefix with apl-suggester (see .ci/run)").isNotBlank();
        List<String> command = new ArrayList<>(List.of("node", ".ci/validate-apl.js", suggester));
        try (var files = Files.list(OUT)) {
            files.sorted().forEach(file -> command.add(file.toString()));
        }
        assertThat(command).hasSizeGreaterThan(3 + 20);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("ok   ").doesNotContain("FAIL");
    }
}
