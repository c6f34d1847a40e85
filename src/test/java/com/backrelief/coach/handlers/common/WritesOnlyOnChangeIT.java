package com.backrelief.coach.handlers.common;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.SavedPlace;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.function.Supplier;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn writes the person's record only when the record changes, and then exactly once, through the
 * real DynamoDB adapter (DynamoDB Local): asking questions, hearing a step again, pausing or asking how
 * many are left write nothing; opening the skill, moving to another step, changing the pace and
 * finishing a routine write once. The place written on a step survives a session that ends without
 * warning.
 */
class WritesOnlyOnChangeIT {

    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    /** A table of its own for each test, so each starts from someone never saved. */
    private static DynamoDbLocal dynamoDb;

    @BeforeEach
    void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
        counted = new CountingStore(clock);
    }

    @AfterEach
    void stop() {
        dynamoDb.close();
    }

    /** The DynamoDB adapter, counting the writes it is asked for. */
    private static final class CountingStore implements ProgressStore {

        private final DynamoDbProgressStore store;
        private int writes;

        CountingStore(Clock clock) {
            this.store = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, clock);
        }

        @Override
        public StoredProgress load(String userId) {
            return store.load(userId);
        }

        @Override
        public OptionalLong write(String userId, Progress progress, long expectedVersion) {
            writes++;
            return store.write(userId, progress, expectedVersion);
        }

        @Override
        public OptionalLong write(String userId, Progress progress, long expectedVersion, String writeToken) {
            writes++;
            return store.write(userId, progress, expectedVersion, writeToken);
        }

        @Override
        public boolean holdsWrite(String userId, String writeToken) {
            return store.holdsWrite(userId, writeToken);
        }

        @Override
        public void delete(String userId) {
            store.delete(userId);
        }
    }

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private CountingStore counted;

    private static StoredProgress stored() {
        return new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC()).load(USER_ID);
    }

    /**
     * Runs one turn and checks the rule on it: the record changed and was written exactly once (its
     * version one higher), or it did not change and nothing was written.
     */
    private Reply turn(boolean changes, Supplier<Reply> said) {
        StoredProgress before = stored();
        int writesBefore = counted.writes;
        Reply reply = said.get();
        StoredProgress after = stored();
        int writes = counted.writes - writesBefore;
        if (changes) {
            assertThat(writes).as("writes of a turn that changes the record").isEqualTo(1);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.progress()).isNotEqualTo(before.progress());
        } else {
            assertThat(writes).as("writes of a turn that changes nothing").isZero();
            assertThat(after).isEqualTo(before);
        }
        return reply;
    }

    @Test
    void turnsThatChangeNothingWriteNothingAndTurnsThatChangeTheRecordWriteOnce() {
        Person person = new Person(new TestSkill(counted, clock));

        turn(true, person::open);
        turn(false, () -> person.say("StretchInfoIntent", "stretch", "cat cow"));
        turn(false, () -> person.say("ListStretchesIntent"));
        turn(false, () -> person.say("HowAmIDoingIntent"));
        turn(false, () -> person.say("AMAZON.HelpIntent"));

        turn(true, () -> person.say("StartRoutineIntent", "routine", "core routine"));
        turn(false, () -> person.say("AMAZON.RepeatIntent"));
        turn(false, () -> person.say("HowManyLeftIntent"));
        turn(true, () -> person.say("AMAZON.NextIntent"));
        turn(false, () -> person.say("AMAZON.PauseIntent"));
        turn(false, () -> person.say("AMAZON.ResumeIntent"));
        turn(true, () -> person.say("AMAZON.NextIntent"));
        turn(true, () -> person.say("AMAZON.PreviousIntent"));
        turn(true, () -> person.say("SlowerIntent"));
        turn(false, () -> person.say("AMAZON.RepeatIntent"));

        // The session ends without warning (no SessionEndedRequest): the place and the pace are stored.
        assertThat(stored().progress().place()).isEqualTo(new SavedPlace("core-strength", 1, NOW));
        assertThat(stored().progress().pace()).isEqualTo(Pace.SLOW);
        Person later = new Person(new TestSkill(counted, clock));
        assertThat(turn(true, later::open).speech()).endsWith("Pick up there?");
    }

    @Test
    void finishingARoutineWritesOnceAndWhatFollowsWritesNothing() {
        Person person = new Person(new TestSkill(counted, clock));
        turn(true, () -> person.say("StartRoutineIntent", "routine", "desk break"));
        turn(true, () -> person.say("SkipIntent"));
        turn(true, () -> person.say("SkipIntent"));
        Reply finished = turn(true, () -> person.say("SkipIntent"));
        assertThat(finished.speech()).contains("Does your back feel better, the same, or worse?");
        assertThat(stored().progress().place()).isNull();

        turn(false, () -> person.say("CheckInIntent", "feeling", "better"));
        turn(false, () -> person.say("HowAmIDoingIntent"));
    }
}
