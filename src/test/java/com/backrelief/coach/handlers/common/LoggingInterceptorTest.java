package com.backrelief.coach.handlers.common;

import com.backrelief.coach.RequestRejectedException;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One JSON log line per request, saying what kind of request came and how it ended; never what was said or who said it. */
class LoggingInterceptorTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    @Test
    void oneLineWithTypeIntentLocaleOutcomeLatencyAndStoreCalls() throws IOException {
        new TestSkill().send("stretch-info-kids-pose");

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.path("requestId").asText()).isEqualTo("amzn1.echo-api.request.example-0021");
        assertThat(line.path("type").asText()).isEqualTo("IntentRequest");
        assertThat(line.path("intent").asText()).isEqualTo("StretchInfoIntent");
        assertThat(line.path("locale").asText()).isEqualTo("en-US");
        assertThat(line.path("outcome").asText()).isEqualTo("answered");
        assertThat(line.path("latencyMs").isNumber()).isTrue();
        assertThat(line.has("dynamoDbReads")).isTrue();
        assertThat(line.path("user").asText()).hasSize(12);
    }

    @Test
    void requestsHandledQuietlyWriteNoLineAndTheNextOneDoes() throws IOException {
        TestSkill skill = new TestSkill();
        com.backrelief.coach.logging.RequestLog.quietly(() -> skill.send("stretch-info-kids-pose"));
        assertThat(lines()).isEmpty();

        skill.send("stretch-info-kids-pose");
        assertThat(lines()).hasSize(1);
    }

    @Test
    void neverLogsSlotValuesOrTheUserId() {
        new TestSkill().send("stretch-info-kids-pose");

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("kids pose").doesNotContain(TestSkill.USER_ID).doesNotContain("AEXAMPLEUSER");
    }

    @Test
    void aRejectedRequestIsLoggedWithItsReason() throws IOException {
        ObjectNode event = Events.json("launch");
        event.with("context").with("System").with("application").put("applicationId", "amzn1.ask.skill.other");
        event.with("session").with("application").put("applicationId", "amzn1.ask.skill.other");

        assertThatThrownBy(() -> new TestSkill().send(event)).isInstanceOf(RequestRejectedException.class);

        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.path("outcome").asText()).isEqualTo("rejected");
            assertThat(line.path("reason").asText()).contains("skill id");
        });
    }

    @Test
    void theEndOfASessionIsLoggedWithAlexasReason() throws IOException {
        new TestSkill().send("session-ended-error");

        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.path("outcome").asText()).isEqualTo("session-ended");
            assertThat(line.path("reason").asText()).isEqualTo("ERROR INVALID_RESPONSE");
        });
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }
}
