package com.backrelief.coach.devtools;

import com.backrelief.coach.support.Events;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** --event: every file in events/ runs through the handler template.yaml names, on DynamoDB Local, as sam local invoke runs it. */
class EventModeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventInTheFolderIsAnsweredOnePerFile() throws IOException {
        List<String> files = Events.names().stream().map(name -> "events/" + name + ".json").toList();
        List<String> args = new ArrayList<>(List.of("--event"));
        args.addAll(files);

        Run run = run(args.toArray(String[]::new));

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.responses()).hasSize(files.size());
        // Several events: one document each, labelled by its file, in the order given.
        assertThat(run.responses()).extracting(document -> document.path("event").asText()).containsExactlyElementsOf(files);
        assertThat(run.responses()).allSatisfy(document -> {
            assertThat(document.has("error")).as(document.toString()).isFalse();
            assertThat(document.path("response").path("version").asText()).isEqualTo("1.0");
        });
    }

    @Test
    void aPatternStandsForTheMatchingFiles() throws IOException {
        Run run = run("--event", "events/*.json");

        assertThat(run.status()).isZero();
        assertThat(run.responses()).hasSize(Events.names().size());
    }

    @Test
    void anEnvironmentOverrideReachesTheFunction() throws IOException {
        Run run = run("--event", "events/launch.json", "events/help.json", "--env", "SKILL_ID=amzn1.ask.skill.another");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.responses()).hasSize(2).allSatisfy(document -> {
            JsonNode error = document.path("error");
            assertThat(error.path("errorType").asText()).isEqualTo("com.backrelief.coach.RequestRejectedException");
            assertThat(error.path("errorMessage").asText()).contains("amzn1.ask.skill.another");
            assertThat(error.path("stackTrace").isArray()).isTrue();
        });
    }

    @Test
    void oneEventPrintsItsResponseAloneAsSamLocalInvokeDoes() throws IOException {
        Run run = run("--event", "events/launch.json");

        assertThat(run.status()).isZero();
        assertThat(run.responses()).singleElement().satisfies(response ->
                assertThat(response.path("version").asText()).isEqualTo("1.0"));
    }

    private record Run(int status, String output) {

        List<JsonNode> responses() throws IOException {
            return JSON.readerFor(JsonNode.class).<JsonNode>readValues(output).readAll();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = LocalTool.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream()));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }
}
