package com.backrelief.coach.handlers.lifecycle;

import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.handlers.common.EventNotHandledException;
import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.backrelief.coach.support.CapturedLog;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.FaultyDynamoDbProxy;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.backrelief.coach.support.TestSkill.SKILL_ID;
import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A SkillDisabled event through the Lambda entry deletes the person's progress from DynamoDB (Local). */
class SkillDisabledIT {

    private static DynamoDbLocal dynamoDb;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void theItemOfSomeoneWhoDisablesTheSkillIsGone() throws IOException {
        new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC())
                .save(USER_ID, new Progress(2, LocalDate.of(2026, 11, 20)));
        assertThat(item()).isNotEmpty();
        CoachStreamHandler handler = new CoachStreamHandler(Config.from(Map.of(
                Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE,
                Config.DYNAMODB_ENDPOINT, dynamoDb.endpoint(),
                Config.SKILL_ID, SKILL_ID)));
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        handler.handleRequest(new ByteArrayInputStream(Events.bytes("skill-disabled")), response, null);

        assertThat(response.toString()).doesNotContain("outputSpeech");
        assertThat(item()).as("only the mark of the disable is left, for a short while")
                .containsOnlyKeys("userId", "version", "disabledAt", "expiresAt");
    }

    @Test
    void whenDynamoDbFailsTheEventFailsSoItIsDeliveredAgainUntilTheRecordIsGone() {
        DynamoDbProgressStore direct = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC());
        direct.save(USER_ID, new Progress(2, LocalDate.of(2026, 11, 20)));
        try (FaultyDynamoDbProxy proxy = new FaultyDynamoDbProxy(dynamoDb.endpoint(), (userId, n) -> false, 0);
             CapturedLog log = CapturedLog.start()) {
            CoachStreamHandler handler = new CoachStreamHandler(Config.from(Map.of(
                    Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE,
                    Config.DYNAMODB_ENDPOINT, proxy.endpoint(),
                    Config.SKILL_ID, SKILL_ID)));
            proxy.down(true);

            assertThatThrownBy(() -> handler.handleRequest(new ByteArrayInputStream(Events.bytes("skill-disabled")),
                    new ByteArrayOutputStream(), null))
                    .hasRootCauseInstanceOf(software.amazon.awssdk.core.exception.SdkException.class)
                    .satisfies(failed -> assertThat(EventNotHandledException.class.isInstance(failed)
                            || EventNotHandledException.class.isInstance(failed.getCause())).isTrue())
                    .extracting(Throwable::getMessage).asString().doesNotContain(USER_ID);
            assertThat(direct.load(USER_ID).progress().visits()).as("still there").isEqualTo(2);
            assertThat(log.request().path("outcome").asText()).isEqualTo("record-not-deleted");
            assertThat(log.requests().toString()).doesNotContain(USER_ID);

            proxy.down(false);
            handler.handleRequest(new ByteArrayInputStream(Events.bytes("skill-disabled")), new ByteArrayOutputStream(), null);

            assertThat(log.request().path("outcome").asText()).isEqualTo("record-deleted");
            assertThat(direct.load(USER_ID).closed()).isTrue();
            assertThat(item()).containsOnlyKeys("userId", "version", "disabledAt", "expiresAt");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSessionStillOpenOnADeviceAfterTheDisableDoesNotBringTheRecordBack() {
        DynamoDbProgressStore store = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC());
        store.save(USER_ID, new Progress(2, LocalDate.of(2026, 11, 20)));
        TestSkill skill = new TestSkill(store, Clock.systemUTC());
        Person kitchen = new Person(skill);
        kitchen.open();
        kitchen.say("StartRoutineIntent", "routine", "desk break");

        skill.send("skill-disabled");
        kitchen.say("SlowerIntent");
        kitchen.say("SkipIntent");
        kitchen.say("SkipIntent");
        Reply finished = kitchen.say("SkipIntent");

        assertThat(finished.speech()).contains("That's your");
        assertThat(item()).as("only the mark of the disable").containsOnlyKeys("userId", "version", "disabledAt", "expiresAt");
        assertThat(store.load(USER_ID).closed()).isTrue();

        Person later = new Person(skill);
        later.open();
        assertThat(store.load(USER_ID).progress().visits()).as("a session begun after the disable starts afresh").isEqualTo(1);
        assertThat(store.load(USER_ID).progress().history().total()).isZero();
    }

    private static Map<String, AttributeValue> item() {
        return dynamoDb.client().getItem(get -> get.tableName(DynamoDbLocal.LOCAL_TABLE).consistentRead(true)
                .key(Map.of(DynamoDbProgressStore.PARTITION_KEY, AttributeValue.fromS(USER_ID)))).item();
    }
}
