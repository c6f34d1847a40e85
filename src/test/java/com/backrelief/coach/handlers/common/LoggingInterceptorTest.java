package com.backrelief.coach.handlers.common;

import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines say what kind of request came, never what the person said or who they are. */
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
    void logsTypeIntentLocaleAndRequestIdButNoSlotValueOrUserId() {
        new TestSkill().send("stretch-info-kids-pose");

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("\"type\":\"IntentRequest\"", "\"intent\":\"StretchInfoIntent\"",
                "\"locale\":\"en-US\"", "\"requestId\":\"amzn1.echo-api.request.example-0021\"", "\"user\":\"");
        assertThat(log).doesNotContain("kids pose").doesNotContain(TestSkill.USER_ID).doesNotContain("AEXAMPLEUSER");
    }
}
