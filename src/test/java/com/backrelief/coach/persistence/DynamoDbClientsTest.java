package com.backrelief.coach.persistence;

import com.backrelief.coach.Config;
import com.backrelief.coach.domain.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The production client gives up on a DynamoDB that accepts connections and never answers within its 2.5 s. */
class DynamoDbClientsTest {

    @Test
    void aTableThatNeverAnswersCostsOneCallAtMostTwoAndAHalfSeconds() throws IOException {
        // The operating system accepts connections into the backlog; nothing ever reads or answers them.
        try (ServerSocket silent = new ServerSocket(0, 50);
             DynamoDbClient client = DynamoDbClients.create(Config.from(Map.of(Config.TABLE_NAME, "progress",
                     Config.DYNAMODB_ENDPOINT, "http://127.0.0.1:" + silent.getLocalPort())))) {
            DynamoDbProgressStore store = new DynamoDbProgressStore(client, "progress", Clock.systemUTC());
            long start = System.nanoTime();

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> store.load("user"))
                    .isInstanceOf(ProgressStore.Unavailable.class));

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).isGreaterThanOrEqualTo(DynamoDbClients.ATTEMPT_TIMEOUT.toMillis())
                    .isLessThan(DynamoDbClients.API_CALL_TIMEOUT.toMillis() + 700);
        }
    }
}
