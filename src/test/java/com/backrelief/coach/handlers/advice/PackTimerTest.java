package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.ZoneOffset;

import static com.backrelief.coach.support.TestSkill.HEAT_ICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The pack timer, end to end: from the advice to the request that reaches a stub Alexa API. */
class PackTimerTest {

    private static final String INTENT = "HeatOrIceIntent";

    private final StubAlexaApi alexa = new StubAlexaApi();
    private final Person person = new Person(
            new TestSkill(new InMemoryProgressStore(), Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), alexa));

    @AfterEach
    void stop() {
        alexa.close();
    }

    /** The advice, then "no" to its safety tips: the timer offer. */
    private Reply coldAdviceForAFreshStrain() {
        person.say(INTENT, "injury", "pulled my back lifting a box", "onsetWords", "yesterday");
        return person.no();
    }

    @Test
    void yesToTheOfferCreatesATimerThatAnnouncesWhenToTakeTheColdPackOff() throws Exception {
        person.inLocale("en-GB").withTimerPermission();
        coldAdviceForAFreshStrain();

        Reply reply = person.yes();

        assertThat(reply.speech()).contains("20-minute timer").endsWith("?");
        assertThat(alexa.received()).hasSize(1);
        StubAlexaApi.Received request = alexa.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/alerts/timers");
        assertThat(request.header("Authorization")).isEqualTo("Bearer example-api-access-token");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("duration").asText()).isEqualTo("PT20M");
        assertThat(body.path("timerLabel").asText()).isEqualTo("Cold pack");
        assertThat(body.at("/creationBehavior/displayExperience/visibility").asText()).isEqualTo("VISIBLE");
        assertThat(body.at("/triggeringBehavior/operation/type").asText()).isEqualTo("ANNOUNCE");
        assertThat(body.at("/triggeringBehavior/operation/textToAnnounce/0/locale").asText()).isEqualTo("en-GB");
        assertThat(body.at("/triggeringBehavior/operation/textToAnnounce/0/text").asText())
                .isEqualTo("Time to take the cold pack off. After a fresh strain, wait two to three hours before the next round.");
        assertThat(body.at("/triggeringBehavior/notificationConfig/playAudible").asBoolean()).isTrue();
    }

    @Test
    void theHeatTimerSaysToWaitHalfAnHourBeforeTheNextRound() throws Exception {
        person.withTimerPermission();
        person.say(INTENT, "onsetWords", "yesterday", "injury", "no", "leg", "neither");
        person.no();

        person.yes();

        JsonNode body = new ObjectMapper().readTree(alexa.received().get(0).body());
        assertThat(body.path("timerLabel").asText()).isEqualTo("Heat pack");
        assertThat(body.at("/triggeringBehavior/operation/textToAnnounce/0/text").asText())
                .isEqualTo("Time to take the heat pack off. Wait at least half an hour before the next round.");
    }

    @Test
    void withoutPermissionTheSkillAsksByVoiceAndSetsTheTimerOnceAllowed() {
        coldAdviceForAFreshStrain();

        Reply asking = person.yes();
        assertThat(asking.asksForPermission()).isTrue();
        assertThat(alexa.received()).isEmpty();

        Reply allowed = person.permissionAnswer("ACCEPTED");

        assertThat(allowed.speech()).contains("20-minute timer");
        assertThat(alexa.received()).hasSize(1);
        assertThat(alexa.received().get(0).body()).contains("two to three hours");
    }

    @ParameterizedTest
    @CsvSource({"DENIED", "NOT_ANSWERED"})
    void whenPermissionIsNotGivenTheSkillSaysHowToGrantItAndWhatToDoMeanwhile(String status) {
        coldAdviceForAFreshStrain();
        person.yes();

        Reply reply = person.permissionAnswer(status);

        // Not answered ("stop", or silence) is leaving: the same words and card, then goodbye; denied keeps talking.
        assertThat(reply.speech()).contains("in the Alexa app", "check the clock and take the pack off after 20 minutes")
                .endsWith(status.equals("DENIED") ? "?" : "Goodbye.");
        assertThat(reply.endsSession()).isEqualTo(!status.equals("DENIED"));
        assertThat(reply.json().at("/response/card/type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(reply.json().at("/response/card/permissions/0").asText()).isEqualTo("alexa::alerts:timers:skill:readwrite");
        assertThat(alexa.received()).isEmpty();
    }

    @Test
    void aRevokedPermissionIsAskedForOnceAndNotInALoop() {
        alexa.respondWith(401);
        person.withTimerPermission();
        coldAdviceForAFreshStrain();

        assertThat(person.yes().asksForPermission()).isTrue();
        alexa.respondWith(403);
        Reply reply = person.permissionAnswer("ACCEPTED");

        assertThat(reply.asksForPermission()).isFalse();
        assertThat(reply.speech()).contains("in the Alexa app");
    }

    @Test
    void whenTheAlexaApiFailsTheSkillSaysToWatchTheClock() {
        alexa.respondWith(503);
        person.withTimerPermission();
        coldAdviceForAFreshStrain();

        Reply reply = person.yes();

        assertThat(reply.speech()).contains("couldn't set the timer", "take the pack off after 20 minutes").endsWith("?");
    }

    @Test
    void noToTheOfferAsksWhatNextAndALaterYesIsNotATimer() {
        person.withTimerPermission();
        coldAdviceForAFreshStrain();

        assertThat(person.no().speech()).startsWith("Okay, no timer.").endsWith("?");
        person.yes();

        assertThat(alexa.received()).isEmpty();
    }

    @Test
    void setATimerForMyIcePackOnItsOwn() throws Exception {
        person.withTimerPermission();

        Reply reply = person.say("SetTimerIntent", "pack", "ice pack");

        assertThat(reply.speech()).contains("20-minute timer");
        JsonNode body = new ObjectMapper().readTree(alexa.received().get(0).body());
        assertThat(body.path("timerLabel").asText()).isEqualTo("Cold pack");
    }

    @Test
    void aTimerLongerThanTwentyMinutesIsKeptToTwenty() throws Exception {
        person.withTimerPermission();

        Reply reply = person.say("SetTimerIntent", "pack", "heating pad", "length", "thirty minutes");

        assertThat(reply.speech()).startsWith(HEAT_ICE.timer("capped", 0));
        assertThat(new ObjectMapper().readTree(alexa.received().get(0).body()).path("duration").asText()).isEqualTo("PT20M");
    }

    @Test
    void aShorterTimerIsSetAsAsked() throws Exception {
        person.withTimerPermission();

        person.say("SetTimerIntent", "length", "fifteen minutes");

        assertThat(new ObjectMapper().readTree(alexa.received().get(0).body()).path("duration").asText()).isEqualTo("PT15M");
    }

    @Test
    void aTimerRightAfterColdAdviceKeepsTheFreshStrainAnnouncement() {
        person.withTimerPermission();
        coldAdviceForAFreshStrain();

        person.say("SetTimerIntent", "pack", "ice pack");

        assertThat(alexa.received().get(0).body()).contains("two to three hours");
    }
}
