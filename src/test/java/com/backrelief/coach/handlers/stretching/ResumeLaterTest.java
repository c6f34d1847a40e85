package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.SavedPlace;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.backrelief.coach.support.TestSkill.NOW;
import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Stopping partway, by saying stop or by going quiet, and picking up in a later session. */
class ResumeLaterTest {

    private final InMemoryProgressStore store = new InMemoryProgressStore();

    private Person at(Duration later) {
        return new Person(new TestSkill(store, Clock.fixed(NOW.plus(later), ZoneOffset.UTC)));
    }

    /** Starts the morning routine and says next until the glute bridge (step five of six). */
    private static void reachTheGluteBridge(Person person) {
        person.open();
        Reply reply = person.say("StartRoutineIntent", "routine", "morning routine");
        while (!reply.speech().startsWith("Next, the glute bridge.")) {
            reply = person.say("AMAZON.NextIntent");
        }
    }

    @Test
    void stoppingHalfwaySavesThePlaceAndTheNextVisitOffersToPickUpThere() {
        Person first = at(Duration.ZERO);
        reachTheGluteBridge(first);
        assertThat(first.say("AMAZON.StopIntent").speech()).contains("Goodbye");

        Person later = at(Duration.ofHours(5));
        Reply welcome = later.open();
        Reply resumed = later.say("AMAZON.YesIntent");

        assertThat(welcome.speech()).startsWith("Welcome back.")
                .endsWith("Last time you got to the glute bridge in the morning mobility routine. Pick up there?");
        assertThat(resumed.speech()).startsWith("Picking up the morning mobility routine at the glute bridge, exercise five of six.")
                .contains(RoutineReplies.SAFETY, "Lie on your back with your knees bent to about a right angle");
    }

    @Test
    void goingQuietSavesThePlaceToo() {
        Person first = at(Duration.ZERO);
        reachTheGluteBridge(first);
        first.say("AMAZON.NextIntent");
        first.silence();

        assertThat(store.get(USER_ID).orElseThrow().place()).isEqualTo(new SavedPlace("morning-mobility", 5, NOW));
        assertThat(at(Duration.ofMinutes(30)).open().speech()).contains("Last time you got to the hip flexor stretch");
    }

    @Test
    void noToPickingUpOffersAFreshStartAndNoAgainLetsThePlaceGo() {
        reachTheGluteBridge(at(Duration.ZERO));
        Person later = at(Duration.ofHours(2));
        later.open();

        Reply fresh = later.say("AMAZON.NoIntent");
        Reply done = later.say("AMAZON.NoIntent");

        assertThat(fresh.speech()).isEqualTo("Okay. Would you like to do the morning mobility routine from the beginning instead?");
        assertThat(done.speech()).startsWith("Okay. Would you like advice on heat or ice");
        assertThat(store.get(USER_ID).orElseThrow().savedPlace()).isEmpty();
    }

    @Test
    void yesToAFreshStartBeginsFromTheFirstExercise() {
        reachTheGluteBridge(at(Duration.ZERO));
        Person later = at(Duration.ofHours(2));
        later.open();
        later.say("AMAZON.NoIntent");

        assertThat(later.say("AMAZON.YesIntent").speech()).startsWith("Here's the morning mobility routine")
                .contains("First, the cat cow.");
    }

    @Test
    void aPlaceOlderThanADayIsOfferedAsAFreshStart() {
        reachTheGluteBridge(at(Duration.ZERO));

        Person daysLater = at(Duration.ofDays(3));
        Reply welcome = daysLater.open();

        assertThat(welcome.speech()).startsWith("Welcome back.").endsWith("Last time you were partway through the morning "
                + "mobility routine. Would you like to start it again from the beginning?");
        assertThat(daysLater.say("AMAZON.YesIntent").speech()).contains("First, the cat cow.");
    }

    @Test
    void resumeInANewSessionPicksUpARecentPlaceStraightAway() {
        reachTheGluteBridge(at(Duration.ZERO));

        Reply reply = at(Duration.ofHours(1)).say("AMAZON.ResumeIntent");

        assertThat(reply.speech()).startsWith("Picking up the morning mobility routine at the glute bridge");
    }

    @Test
    void thePaceIsRememberedForTheNextRoutine() {
        Person first = at(Duration.ZERO);
        first.say("StartRoutineIntent", "routine", "desk break");
        first.say("SlowerIntent");
        first.say("AMAZON.StopIntent");

        Reply next = at(Duration.ofDays(1)).say("StartRoutineIntent", "routine", "desk break");

        assertThat(store.get(USER_ID).orElseThrow().pace()).isEqualTo(Pace.SLOW);
        assertThat(next.speech()).contains("Gently lean back, only as far as feels comfortable. [pause 4.5s]");
    }

    @Test
    void slowerWithNoRoutineGoingSetsThePaceForNextTime() {
        Reply reply = at(Duration.ZERO).say("SlowerIntent");

        assertThat(reply.speech()).startsWith("Okay, I'll leave more time between cues from now on.");
        assertThat(store.get(USER_ID).orElseThrow().pace()).isEqualTo(Pace.SLOW);
    }

    @Test
    void theRecordIsReadOnceASessionAndWrittenOnlyWhenThePlaceOrHistoryChanges() {
        Person person = at(Duration.ZERO);
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("HowManyLeftIntent");
        person.say("AMAZON.RepeatIntent");
        person.say("EasierIntent");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.PreviousIntent");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");

        assertThat(store.loads.get()).isEqualTo(1);
        // start (step 0), step 1, back to 0, 1 again, 2, then the finish
        assertThat(store.saves.get()).isEqualTo(6);
        assertThat(store.get(USER_ID).orElseThrow().history().days()).containsExactly(LocalDate.of(2026, 11, 21));
    }

    @Test
    void anEmergencyElsewhereMeansThePlaceIsNeverOffered() {
        store.put(USER_ID, new Progress(2, LocalDate.of(2026, 11, 20)).reached("morning-mobility", 4, NOW).afterEmergency());

        assertThat(at(Duration.ofHours(1)).open().speech()).isEqualTo(
                "Welcome back. Would you like advice on heat or ice, a stretch explained, or a routine to follow?");
    }
}
