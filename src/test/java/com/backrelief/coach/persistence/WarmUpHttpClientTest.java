package com.backrelief.coach.persistence;

import com.backrelief.coach.Config;
import com.backrelief.coach.domain.progress.StoredProgress;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The record the warm-up reads is a current one, so priming runs the usual path rather than a repair. */
class WarmUpHttpClientTest {

    @Test
    void theWarmUpRecordReadsAsCurrentAndItsWriteGoesThrough() {
        try (DynamoDbClient client = DynamoDbClients.createForWarmUp(Config.from(Map.of(Config.TABLE_NAME, "warm-up")))) {
            DynamoDbProgressStore store = new DynamoDbProgressStore(client, "warm-up", Clock.systemUTC());

            StoredProgress stored = store.load("warm-up");

            assertThat(stored.outdated()).isFalse();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(store.write("warm-up", stored.progress(), stored.version())).hasValue(2);
        }
    }
}
