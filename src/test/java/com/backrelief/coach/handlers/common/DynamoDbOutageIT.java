package com.backrelief.coach.handlers.common;

import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.persistence.DynamoDbClients;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.backrelief.coach.support.AnswerChecks;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DynamoDB (Local) stops in the middle of a routine and starts again on the same port and data: the
 * skill, on the production client with its timeouts and retries, answers every turn with coaching
 * within a few seconds, and the routine finished during the outage is in the table afterwards.
 */
class DynamoDbOutageIT {

    /** Generous for a shared CI machine; the client's worst case for one call is 2.5 s. */
    private static final long TURN_LIMIT_MS = 5_000;
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path data;
    private DynamoDbLocal dynamoDb;
    private DynamoDbClient client;

    @AfterEach
    void stop() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (client != null) {
            client.close();
        }
    }

    private int port;
    private DynamoDbProgressStore store;
    private Person person;

    /** DynamoDB Local on its own port and data directory, and a person talking to the skill on the production client. */
    private void startDynamoDbAndTheSkill() throws IOException {
        port = freePort();
        dynamoDb = DynamoDbLocal.start(port, data).createTable();
        client = DynamoDbClients.create(Config.from(Map.of(Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE,
                Config.DYNAMODB_ENDPOINT, dynamoDb.endpoint())));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new DynamoDbProgressStore(client, DynamoDbLocal.LOCAL_TABLE, clock);
        person = new Person(new TestSkill(store, clock));
    }

    private void stopDynamoDb() {
        dynamoDb.close();
        dynamoDb = null;
    }

    private void startDynamoDbAgain() {
        dynamoDb = DynamoDbLocal.start(port, data);
    }

    @Test
    void aRoutineFinishedWhileDynamoDbIsDownIsInTheTableOnceItIsBack() throws IOException {
        startDynamoDbAndTheSkill();

        coaching(person::open);
        coaching(() -> person.say("StartRoutineIntent", "routine", "desk break"));
        assertThat(store.load(USER_ID).progress().savedPlace()).isPresent();

        stopDynamoDb();
        coaching(() -> person.say("AMAZON.NextIntent"));
        coaching(() -> person.say("SlowerIntent"));
        coaching(() -> person.say("AMAZON.NextIntent"));
        Reply finished = coaching(() -> person.say("AMAZON.NextIntent"));
        assertThat(finished.speech()).contains("take another break in thirty to sixty minutes", "That's your first routine done.");
        coaching(() -> person.say("HowAmIDoingIntent"));

        startDynamoDbAgain();
        Reply tally = coaching(() -> person.say("CheckInIntent", "feeling", "better"));

        assertThat(tally.speech()).contains("That's good to hear.");
        Progress stored = store.load(USER_ID).progress();
        assertThat(stored.history().total()).isEqualTo(1);
        assertThat(stored.history().days()).containsExactly(LocalDate.of(2026, 11, 21));
        assertThat(stored.savedPlace()).isEmpty();
        assertThat(stored.pace().name()).isEqualTo("SLOW");
        assertThat(stored.visits()).isEqualTo(1);
    }

    @Test
    void aSessionThatBeganWhileDynamoDbWasDownAddsToTheRecordInsteadOfReplacingIt() throws IOException {
        startDynamoDbAndTheSkill();
        store.save(USER_ID, new Progress(5, LocalDate.of(2026, 11, 19)).finished(LocalDate.of(2026, 11, 18))
                .finished(LocalDate.of(2026, 11, 19)));
        stopDynamoDb();

        coaching(person::open);
        coaching(() -> person.say("StartRoutineIntent", "routine", "desk break"));
        coaching(() -> person.say("SkipIntent"));
        coaching(() -> person.say("SkipIntent"));
        coaching(() -> person.say("SkipIntent"));
        startDynamoDbAgain();
        Reply tally = coaching(() -> person.say("HowAmIDoingIntent"));

        assertThat(tally.speech()).startsWith("You've finished three routines.");
        Progress stored = store.load(USER_ID).progress();
        assertThat(stored.visits()).isEqualTo(6);
        assertThat(stored.history().total()).isEqualTo(3);
        assertThat(stored.history().days())
                .containsExactly(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21));
    }

    /** One turn: a sound coaching answer (no apology, no error), within the turn limit. */
    private static Reply coaching(Supplier<Reply> turn) {
        long start = System.nanoTime();
        Reply reply = turn.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        AnswerChecks.assertSound(reply, reply.speech());
        assertThat(reply.speech()).doesNotContain("had trouble").doesNotContain("sorry");
        assertThat(millis).as("turn took %d ms: %s", millis, reply.speech()).isLessThan(TURN_LIMIT_MS);
        return reply;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
