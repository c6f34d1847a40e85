package com.backrelief.coach.persistence;

import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressSync;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.support.FaultyDynamoDbProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write whose answer is lost: DynamoDB (Local) applies it, a proxy holds its answer back past the
 * SDK's 0.8 s per-try limit, and the SDK tries again. The retry meets the version the first try
 * raised; the store recognises its own write by the token it left, so the change is stored once.
 */
class LostAcknowledgementIT {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static DynamoDbLocal dynamoDb;
    private static FaultyDynamoDbProxy proxy;
    private static DynamoDbClient client;
    private static DynamoDbProgressStore store;
    /** Straight to DynamoDB Local, for putting records in place. */
    private static DynamoDbProgressStore direct;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
        proxy = new FaultyDynamoDbProxy(dynamoDb.endpoint(), (userId, n) -> false,
                DynamoDbClients.ATTEMPT_TIMEOUT.toMillis() + 400);
        // The production client (timeouts, retries), pointed at the proxy.
        client = DynamoDbClients.create(Config.from(Map.of(Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE,
                Config.DYNAMODB_ENDPOINT, proxy.endpoint())));
        store = new DynamoDbProgressStore(client, DynamoDbLocal.LOCAL_TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
        direct = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        client.close();
        proxy.close();
        dynamoDb.close();
    }

    @Test
    void aFinishedRoutineWhoseWriteLostItsAnswerIsStoredOnce() {
        String person = "lost-answer-routine";
        Progress before = new Progress(1, TODAY.minusDays(1)).finished(TODAY.minusDays(1));
        direct.save(person, before);
        StoredProgress base = store.load(person);
        int lostBefore = proxy.lostAnswers();
        proxy.losing((userId, n) -> userId.equals(person) && n == 1);

        Optional<ProgressSync.Written> written = new ProgressSync(store, attempt -> { })
                .save(person, base, base.progress().finished(TODAY), () -> true);
        proxy.losing((userId, n) -> false);

        assertThat(proxy.lostAnswers() - lostBefore).as("answers lost on the way back").isPositive();
        assertThat(written).isPresent();
        assertThat(written.get().merged()).isFalse();
        Progress stored = store.load(person).progress();
        assertThat(stored.history().total()).as("2 finished routines, not 3").isEqualTo(2);
        assertThat(stored).isEqualTo(written.get().stored().progress());
    }

    @Test
    void aVisitWhoseFirstWriteLostItsAnswerIsCountedOnce() {
        String person = "lost-answer-visits";
        direct.save(person, new Progress(1, TODAY.minusDays(3)));
        StoredProgress base = store.load(person);
        int lostBefore = proxy.lostAnswers();
        proxy.losing((userId, n) -> userId.equals(person) && n == 1);

        new ProgressSync(store, attempt -> { }).save(person, base, base.progress().visited(TODAY), () -> true);
        proxy.losing((userId, n) -> false);

        assertThat(proxy.lostAnswers() - lostBefore).isEqualTo(1);
        assertThat(store.load(person).progress().visits()).as("2 visits, not 3").isEqualTo(2);
        assertThat(store.load(person).version()).isEqualTo(base.version() + 1);
    }

    @Test
    void theFirstWriteOfSomeoneNewWhoseAnswerWasLostIsTheirsAndStoredOnce() {
        String person = "lost-answer-new";
        proxy.losing((userId, n) -> userId.equals(person) && n == 1);

        Optional<ProgressSync.Written> written = new ProgressSync(store, attempt -> { })
                .save(person, StoredProgress.NONE, Progress.NEW.visited(TODAY).finished(TODAY), () -> true);
        proxy.losing((userId, n) -> false);

        assertThat(written).isPresent();
        assertThat(store.load(person)).isEqualTo(new StoredProgress(Progress.NEW.visited(TODAY).finished(TODAY), 1));
    }
}
