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

    /** The timer and reminder samples reach the local Alexa API, as the conversation's do, never Amazon's host. */
    @Test
    void theAlexaApiTheEventsCallIsTheLocalOne() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = LocalTool.run(new String[] {"--event", "events/set-timer-ice-pack.json", "events/set-reminder-every-day.json"},
                InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String calls = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(calls).isZero();
        assertThat(calls).contains("alexa api: POST /v1/alerts/timers", "alexa api: POST /v1/alerts/reminders");
        assertThat(calls).doesNotContain("alexaApi\":\"create-timer FAILED").doesNotContain("FAILED");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\u001b[");
    }

    @Test
    void eachEventNamesTheLocalAlexaApiAndNothingElseChanges() throws IOException {
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("events/set-timer-ice-pack.json"));

        JsonNode local = JSON.readTree(EventMode.withLocalAlexaApi(file, "http://127.0.0.1:4567"));

        assertThat(local.at("/context/System/apiEndpoint").asText()).isEqualTo("http://127.0.0.1:4567");
        ((com.fasterxml.jackson.databind.node.ObjectNode) local.at("/context/System")).put("apiEndpoint",
                JSON.readTree(file).at("/context/System/apiEndpoint").asText());
        assertThat(local).isEqualTo(JSON.readTree(file));
        assertThat(EventMode.withLocalAlexaApi("not json".getBytes(StandardCharsets.UTF_8), "x"))
                .isEqualTo("not json".getBytes(StandardCharsets.UTF_8));
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
