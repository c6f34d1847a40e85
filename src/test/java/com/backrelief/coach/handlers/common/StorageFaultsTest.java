package com.backrelief.coach.handlers.common;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.support.AnswerChecks;
import com.backrelief.coach.support.CapturedLog;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalLong;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress store failing under a conversation: every turn is still a coaching answer, the
 * change waits in the session and lands, merged, when the store is back; a slow store cannot hold
 * a turn; an outdated record is written again in the current shape.
 */
class StorageFaultsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final Person person = new Person(new TestSkill(store));
    private final CapturedLog log = CapturedLog.start();

    @AfterEach
    void restoreOutput() {
        log.close();
    }

    private static Progress threeRoutinesFiveVisits() {
        return new Progress(5, TODAY.minusDays(2)).finished(TODAY.minusDays(4)).finished(TODAY.minusDays(3))
                .finished(TODAY.minusDays(2));
    }

    private static void assertCoaching(Reply reply) {
        AnswerChecks.assertSound(reply, reply.speech());
        assertThat(reply.speech()).doesNotContain("had trouble").doesNotContain("sorry").doesNotContain("error");
    }

    private Reply finishTheDeskBreak() {
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
        return person.say("AMAZON.NextIntent");
    }

    @Test
    void aChangeMadeWhileTheTableIsDownWaitsInTheSessionAndLandsWhenItIsBack() {
        assertCoaching(person.open());
        log.requests();
        store.goDown();

        Reply finished = finishTheDeskBreak();
        assertCoaching(finished);
        assertThat(finished.speech()).contains("That's your first routine done.");
        assertThat(store.get(USER_ID).orElseThrow().history().total()).isZero();
        assertThat(person.attributes().path("progress").has("base")).isTrue();
        assertThat(log.requests()).allSatisfy(line -> assertThat(line.path("storage").asText()).isEqualTo("unavailable"));

        store.comeBack();
        Reply checkIn = person.say("CheckInIntent", "feeling", "better");

        assertCoaching(checkIn);
        assertThat(store.get(USER_ID).orElseThrow().history().days()).containsExactly(TODAY);
        assertThat(person.attributes().path("progress").has("base")).isFalse();
        assertThat(log.request().path("storage").asText()).isEqualTo("caught-up");
    }

    @Test
    void aSessionThatCouldNotReadTheTableNeverWritesItsFreshStartOverTheRecord() {
        store.put(USER_ID, threeRoutinesFiveVisits());
        store.goDown();

        Reply welcome = person.open();
        assertCoaching(welcome);
        assertThat(store.loads.get()).as("one failed call, then no other in that turn").isEqualTo(1);
        assertThat(store.saves.get()).isZero();
        finishTheDeskBreak();

        store.comeBack();
        Reply tally = person.say("HowAmIDoingIntent");

        assertThat(tally.speech()).startsWith("You've finished four routines.");
        Progress stored = store.get(USER_ID).orElseThrow();
        assertThat(stored.visits()).isEqualTo(6);
        assertThat(stored.history().total()).isEqualTo(4);
        assertThat(stored.history().days()).containsExactly(TODAY.minusDays(4), TODAY.minusDays(3), TODAY.minusDays(2), TODAY);
    }

    @Test
    void aWriteWhoseAnswerNeverCameIsFoundInTheRecordOnTheNextTurnAndNotAppliedTwice() {
        person.open();
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
        log.requests();
        store.loseNextAnswer();

        Reply finished = person.say("AMAZON.NextIntent");
        assertCoaching(finished);
        assertThat(finished.speech()).contains("That's your first routine done.");
        assertThat(log.request().path("storage").asText()).isEqualTo("unavailable");
        assertThat(store.get(USER_ID).orElseThrow().history().total()).as("applied, though unanswered").isEqualTo(1);
        assertThat(person.attributes().path("progress").has("unanswered")).isTrue();

        person.say("SlowerIntent");

        assertThat(log.request().path("storage").asText()).isEqualTo("own-write-recognised");
        Progress stored = store.get(USER_ID).orElseThrow();
        assertThat(stored.history().total()).as("one routine, not two").isEqualTo(1);
        assertThat(stored.visits()).isEqualTo(1);
        assertThat(stored.pace().name()).isEqualTo("SLOW");
        assertThat(person.attributes().path("progress").has("unanswered")).isFalse();
        assertThat(person.say("HowAmIDoingIntent").speech()).startsWith("You've finished one routine.");
    }

    @Test
    void anUnansweredWriteThatLandsLateIsRecognisedWhenTheNextWriteMeetsItAndNotAppliedTwice() {
        person.open();
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
        store.holdNextWrite();
        assertCoaching(person.say("AMAZON.NextIntent"));
        assertThat(store.get(USER_ID).orElseThrow().history().total()).as("not landed yet").isZero();

        person.say("SlowerIntent");

        Progress stored = store.get(USER_ID).orElseThrow();
        assertThat(stored.history().total()).as("one routine, not two").isEqualTo(1);
        assertThat(stored.pace().name()).isEqualTo("SLOW");
        assertThat(person.attributes().path("progress").has("unanswered")).isFalse();
    }

    @Test
    void anUnansweredWriteThatNeverLandedIsWrittenOnTheNextTurn() {
        person.open();
        store.goDown();
        person.say("SlowerIntent");
        assertThat(person.attributes().path("progress").has("unanswered")).isTrue();
        store.comeBack();

        person.say("HowAmIDoingIntent");

        assertThat(store.get(USER_ID).orElseThrow().pace().name()).isEqualTo("SLOW");
        assertThat(person.attributes().path("progress").has("unanswered")).isFalse();
    }

    @Test
    void whatIsPendingIsWrittenWhenTheSessionEnds() {
        person.open();
        store.goDown();
        person.say("SlowerIntent");
        store.comeBack();

        person.silence();

        assertThat(store.get(USER_ID).orElseThrow().pace().name()).isEqualTo("SLOW");
    }

    @Test
    void anOutdatedRecordIsWrittenAgainOnTheFirstTurnEvenWithoutAChange() {
        store.putOutdated(USER_ID, threeRoutinesFiveVisits());
        long version = store.version(USER_ID);

        Reply reply = new TestSkill(store).send("how-am-i-doing");

        assertThat(reply.speech()).startsWith("You've finished three routines.");
        assertThat(store.version(USER_ID)).isEqualTo(version + 1);
        assertThat(store.load(USER_ID).outdated()).isFalse();
        assertThat(store.get(USER_ID)).contains(threeRoutinesFiveVisits());
        JsonNode line = log.request();
        assertThat(line.path("record").asText()).isEqualTo("repaired");
    }

    @Test
    void aSlowContendedTableCannotHoldATurnPastItsWindowForCalls() {
        ProgressStore slow = new ProgressStore() {
            @Override
            public StoredProgress load(String userId) {
                pause();
                return StoredProgress.NONE;
            }

            @Override
            public OptionalLong write(String userId, Progress progress, long expectedVersion) {
                pause();
                return OptionalLong.empty();
            }

            @Override
            public void delete(String userId) {
            }

            private void pause() {
                try {
                    Thread.sleep(800);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        long start = System.nanoTime();

        Reply welcome = new Person(new TestSkill(slow)).open();

        assertCoaching(welcome);
        // read, write, read, write: 3.2 s; without the window, eight tries would take 12.8 s
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_500);
        assertThat(log.request().path("storage").asText()).isEqualTo("pending");
    }
}
