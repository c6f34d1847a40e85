package com.backrelief.coach;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Priming before a SnapStart snapshot runs the whole skill and leaves the table as it was. */
class WarmUpIT {

    @Test
    void primingRunsEveryRepresentativeRequestWithoutTouchingTheTable() throws Exception {
        try (DynamoDbLocal dynamoDb = DynamoDbLocal.inMemory().createTable()) {
            CoachStreamHandler handler = new CoachStreamHandler(Config.from(Map.of(
                    Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE, Config.DYNAMODB_ENDPOINT, dynamoDb.endpoint(),
                    Config.SKILL_ID, TestSkill.SKILL_ID)));
            String log = capturingStdout(handler::prime);

            assertThat(log).doesNotContain("failed").doesNotContain("\"outcome\":\"error\"");
            assertThat(log.lines().filter(l -> l.contains("\"requestId\":\"warm-up-")).count())
                    .isEqualTo(WarmUp.REQUESTS.size());
            assertThat(dynamoDb.client().scan(s -> s.tableName(DynamoDbLocal.LOCAL_TABLE)).count()).isZero();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Events.bytes("launch")), out, null);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Welcome to Back Relief Coach");
        }
    }

    @Test
    void primingWithNoDatabaseAtAllStillSucceeds() throws Exception {
        CoachStreamHandler handler = new CoachStreamHandler(Config.from(Map.of(
                Config.TABLE_NAME, "none", Config.DYNAMODB_ENDPOINT, "http://127.0.0.1:9")));

        assertThat(capturingStdout(handler::prime)).doesNotContain("failed");
    }

    private static String capturingStdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
