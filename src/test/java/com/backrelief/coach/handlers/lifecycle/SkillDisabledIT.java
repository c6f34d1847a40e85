package com.backrelief.coach.handlers.lifecycle;

import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.backrelief.coach.support.Events;
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

    private static Map<String, AttributeValue> item() {
        return dynamoDb.client().getItem(get -> get.tableName(DynamoDbLocal.LOCAL_TABLE).consistentRead(true)
                .key(Map.of(DynamoDbProgressStore.PARTITION_KEY, AttributeValue.fromS(USER_ID)))).item();
    }
}
