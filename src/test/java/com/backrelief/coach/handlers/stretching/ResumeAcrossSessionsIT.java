package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.SavedPlace;
import com.backrelief.coach.domain.progress.Streaks;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach remembers across separate sessions through the real DynamoDB adapter (DynamoDB
 * Local): a place left halfway is offered at the next visit, and finished routines build streaks.
 */
class ResumeAcrossSessionsIT {

    private static DynamoDbLocal dynamoDb;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    /** A fresh skill, as a new Lambda container would be, reading the same table. */
    private static Person sessionAt(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new Person(new TestSkill(new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, clock), clock));
    }

    private static Progress stored() {
        return new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC())
                .load(USER_ID).progress();
    }

    @Test
    void stopHalfwayPickUpNextTimeFinishAndBuildAStreak() {
        Person monday = sessionAt("2026-11-23T07:00:00Z");
        monday.open();
        Reply reply = monday.say("StartRoutineIntent", "routine", "core routine");
        while (!reply.speech().startsWith("Next, the bird dog.")) {
            reply = monday.say("AMAZON.NextIntent");
        }
        monday.say("SlowerIntent");
        monday.say("AMAZON.StopIntent");

        assertThat(stored().place()).isEqualTo(new SavedPlace("core-strength", 5, Instant.parse("2026-11-23T07:00:00Z")));
        assertThat(stored().pace()).isEqualTo(Pace.SLOW);

        Person mondayEvening = sessionAt("2026-11-23T19:00:00Z");
        assertThat(mondayEvening.open().speech())
                .endsWith("Last time you got to the bird dog in the core strength routine. Pick up there?");
        reply = mondayEvening.say("AMAZON.YesIntent");
        assertThat(reply.speech()).startsWith("Picking up the core strength routine at the bird dog, exercise five of nine.");
        for (int turns = 0; !reply.speech().endsWith("Does your back feel better, the same, or worse?") && turns < 40; turns++) {
            reply = mondayEvening.say("AMAZON.NextIntent");
        }
        assertThat(reply.speech()).contains("That's your first routine done.");
        mondayEvening.say("CheckInIntent", "feeling", "better");

        Person tuesday = sessionAt("2026-11-24T08:00:00Z");
        tuesday.say("StartRoutineIntent", "routine", "desk break");
        tuesday.say("SkipIntent");
        tuesday.say("SkipIntent");
        assertThat(tuesday.say("SkipIntent").speech()).contains("That's two routines done, and two days in a row.");

        Progress progress = stored();
        assertThat(progress.savedPlace()).isEmpty();
        assertThat(progress.history().days()).containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24));
        assertThat(progress.streaks(LocalDate.of(2026, 11, 24))).isEqualTo(new Streaks(2, 2));
        assertThat(sessionAt("2026-11-25T09:00:00Z").say("HowAmIDoingIntent").speech()).startsWith(
                "You've finished two routines. Your current streak is two days in a row, your longest so far.");
    }
}
