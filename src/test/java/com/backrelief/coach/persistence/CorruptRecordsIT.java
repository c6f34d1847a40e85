package com.backrelief.coach.persistence;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.support.AnswerChecks;
import com.backrelief.coach.support.CapturedLog;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged and old items, put into DynamoDB (Local) as raw attributes: a turn that changes nothing
 * ("how am I doing") still answers with what could be read, notes the repair once in the request's
 * log line, and leaves the item written again in the current shape.
 */
class CorruptRecordsIT {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 20);
    private static final Set<String> CURRENT_ATTRIBUTES = Set.of("userId", "version", "expiresAt", "schemaVersion",
            "visits", "lastVisit", "routine", "step", "savedAt", "pace", "sessions", "sessionDays", "streakStart",
            "longestStreak");

    private static DynamoDbLocal dynamoDb;
    private static TestSkill skill;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
        Clock clock = Clock.fixed(TestSkill.NOW, ZoneOffset.UTC);
        skill = new TestSkill(new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, clock), clock);
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(long number) {
        return AttributeValue.fromN(Long.toString(number));
    }

    private static AttributeValue days(int count, LocalDate last) {
        List<AttributeValue> days = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            days.add(s(last.minusDays(i).toString()));
        }
        return AttributeValue.fromL(days);
    }

    /** An expiry still ahead: a record past it is no record at all. */
    private static final long LATER = TestSkill.NOW.plus(DynamoDbProgressStore.RETENTION).getEpochSecond();

    /** A record in the current shape but for its version, a number that is no usable version. */
    private static Map<String, AttributeValue> withVersion(String version) {
        return Map.of("schemaVersion", n(ProgressCodec.SCHEMA_VERSION), "version", AttributeValue.fromN(version),
                "expiresAt", n(LATER), "visits", n(3), "pace", s("NORMAL"), "sessions", n(1),
                "sessionDays", days(1, YESTERDAY), "streakStart", s(YESTERDAY.toString()), "longestStreak", n(1));
    }

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("only the key", Map.of(), "You haven't finished a routine yet."),
                Arguments.of("wrong types", Map.of("visits", s("many"), "lastVisit", n(5), "sessions", s("two"),
                        "sessionDays", s("yesterday"), "pace", AttributeValue.fromBool(true), "routine", n(3),
                        "longestStreak", AttributeValue.fromL(List.of())), "You haven't finished a routine yet."),
                Arguments.of("a newer schema with fields this version does not know", Map.of("schemaVersion", n(9),
                        "visits", n(4), "sessions", n(2), "sessionDays", days(2, YESTERDAY), "mood", s("great"),
                        "favourites", AttributeValue.fromL(List.of(s("cat-cow")))),
                        "You've finished two routines. Your current streak is two days in a row, your longest so far."),
                Arguments.of("the first schema, without a version or an expiry", Map.of("schemaVersion", n(1),
                        "visits", n(2), "lastVisit", s("2026-11-20")), "You haven't finished a routine yet."),
                Arguments.of("thousands of days", Map.of("schemaVersion", n(2), "version", n(3), "expiresAt", n(LATER),
                        "visits", n(9000), "pace", s("NORMAL"), "sessions", n(6000), "sessionDays", days(5000, YESTERDAY),
                        "streakStart", s(YESTERDAY.minusDays(4999).toString()), "longestStreak", n(5000)),
                        "Your current streak is"),
                Arguments.of("a version that is not a number", Map.of("schemaVersion", n(2), "version", s("seven"),
                        "expiresAt", n(LATER), "visits", n(3), "sessions", n(1), "sessionDays", days(1, YESTERDAY)),
                        "You've finished one routine."),
                Arguments.of("a version below one", Map.of("schemaVersion", n(2), "version", n(-4), "expiresAt", n(LATER),
                        "visits", n(3), "pace", s("NORMAL"), "sessions", n(0), "sessionDays", AttributeValue.fromL(List.of()),
                        "longestStreak", n(0)), "You haven't finished a routine yet."),
                Arguments.of("a version of 2^63, past the largest whole number kept", withVersion("9223372036854775808"),
                        "You've finished one routine."),
                Arguments.of("a version of 1e30", withVersion("1E+30"), "You've finished one routine."),
                Arguments.of("a version of 5.5", withVersion("5.5"), "You've finished one routine."),
                Arguments.of("dates at the edge of time", Map.of("lastVisit", s("+999999999-12-31"),
                        "routine", s("desk-break"), "step", n(1), "savedAt", s("+1000000000-12-31T23:59:59.999999999Z"),
                        "sessionDays", AttributeValue.fromL(List.of(s("+999999999-12-31"), s("-999999999-01-01")))),
                        "You haven't finished a routine yet."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aDamagedOrOldRecordIsReadForWhatItHoldsAndWrittenAgainInTheCurrentShape(
            String what, Map<String, AttributeValue> fields, String said) {
        Map<String, AttributeValue> item = new HashMap<>(fields);
        item.put(DynamoDbProgressStore.PARTITION_KEY, s(USER_ID));
        dynamoDb.client().putItem(put -> put.tableName(DynamoDbLocal.LOCAL_TABLE).item(item));

        try (CapturedLog log = CapturedLog.start()) {
            Reply reply = skill.send("how-am-i-doing");
            AnswerChecks.assertSound(reply, what);
            assertThat(reply.speech()).as(what).contains(said);
            assertThat(log.request().path("record").asText()).as(what).isEqualTo("repaired");

            skill.send("how-am-i-doing");
            assertThat(log.request().has("record")).as(what + ": noted once").isFalse();
        }

        Map<String, AttributeValue> rewritten = DynamoDbProgressStoreIT.item(dynamoDb, USER_ID);
        assertThat(rewritten.get("schemaVersion").n()).isEqualTo(Integer.toString(ProgressCodec.SCHEMA_VERSION));
        assertThat(Long.parseLong(rewritten.get("version").n())).as(what + ": written again with a usable version").isPositive();
        Set<String> unknown = new HashSet<>(fields.keySet());
        unknown.removeAll(CURRENT_ATTRIBUTES);
        assertThat(rewritten.keySet()).as(what + ": fields this version does not know stay as they were")
                .containsAll(unknown).allMatch(name -> CURRENT_ATTRIBUTES.contains(name) || unknown.contains(name)
                        || name.startsWith(ProgressItem.WRITE_TOKEN));
        unknown.forEach(name -> assertThat(rewritten.get(name)).isEqualTo(fields.get(name)));
        assertThat(ProgressItem.fromItem(rewritten, TestSkill.NOW.getEpochSecond()).outdated()).as(what).isFalse();
        assertThat(rewritten.get("sessionDays").l()).hasSizeLessThanOrEqualTo(60);
        assertThat(Long.parseLong(rewritten.get(DynamoDbProgressStore.TTL_ATTRIBUTE).n()))
                .isEqualTo(TestSkill.NOW.plus(DynamoDbProgressStore.RETENTION).getEpochSecond());
    }
}
