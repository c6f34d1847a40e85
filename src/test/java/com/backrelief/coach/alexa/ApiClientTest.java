package com.backrelief.coach.alexa;

import com.backrelief.coach.alexa.ApiClient.Outcome;
import com.backrelief.coach.domain.alexa.Timer;
import com.backrelief.coach.support.StubAlexaApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpClient;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The timer call, against a local server standing in for the Alexa API. */
class ApiClientTest {

    private static final Timer COLD_PACK = new Timer(Duration.ofMinutes(20), "Cold pack",
            "Time to take the cold pack off.", "en-GB");

    private final StubAlexaApi api = new StubAlexaApi();
    private final ApiClient client = ApiClient.create();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void postsTheTimerToTheTimersPathWithTheTokenAndAJsonBody() throws Exception {
        Outcome outcome = client.createTimer(api.endpoint(), "token-123", COLD_PACK);

        assertThat(outcome).isEqualTo(Outcome.CREATED);
        StubAlexaApi.Received request = api.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/alerts/timers");
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-123");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("duration").asText()).isEqualTo("PT20M");
        assertThat(body.path("timerLabel").asText()).isEqualTo("Cold pack");
        assertThat(body.at("/creationBehavior/displayExperience/visibility").asText()).isEqualTo("VISIBLE");
        assertThat(body.at("/triggeringBehavior/operation/type").asText()).isEqualTo("ANNOUNCE");
        assertThat(body.at("/triggeringBehavior/operation/textToAnnounce/0/locale").asText()).isEqualTo("en-GB");
        assertThat(body.at("/triggeringBehavior/operation/textToAnnounce/0/text").asText()).isEqualTo("Time to take the cold pack off.");
        assertThat(body.at("/triggeringBehavior/notificationConfig/playAudible").asBoolean()).isTrue();
    }

    @Test
    void anEndpointWithATrailingSlashStillReachesTheTimersPath() {
        client.createTimer(api.endpoint() + "/", "token", COLD_PACK);

        assertThat(api.received().get(0).path()).isEqualTo("/v1/alerts/timers");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"200, CREATED", "201, CREATED", "401, NOT_PERMITTED", "403, NOT_PERMITTED", "400, FAILED",
            "500, FAILED", "503, FAILED"})
    void theStatusTellsWhetherTheTimerWasCreatedRefusedOrFailed(int status, Outcome expected) {
        api.respondWith(status);

        assertThat(client.createTimer(api.endpoint(), "token", COLD_PACK)).isEqualTo(expected);
    }

    @Test
    void withoutATokenNothingIsSentAndPermissionIsMissing() {
        assertThat(client.createTimer(api.endpoint(), null, COLD_PACK)).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(client.createTimer(api.endpoint(), " ", COLD_PACK)).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(api.received()).isEmpty();
    }

    @Test
    void anAnswerWhoseBodyTricklesInIsCutAtTheDeadlineOfTheWholeExchange() {
        api.streamBodyOver(10_000);

        long start = System.nanoTime();
        ApiClient.Response response = client.get(api.endpoint(), "/v1/alerts/reminders", "token");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response).isEqualTo(ApiClient.Response.FAILED);
        assertThat(millis).as("the whole exchange, body included, ends at its 2 s deadline").isBetween(1_900L, 2_900L);
    }

    @Test
    void aTimerWhoseAnswerTricklesInIsAFailureWithinItsDeadline() {
        api.streamBodyOver(10_000);

        long start = System.nanoTime();
        Outcome outcome = client.createTimer(api.endpoint(), "token", COLD_PACK);

        assertThat(outcome).isEqualTo(Outcome.FAILED);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_900L);
    }

    @Test
    void noCallRunsPastTheTurnsBudget() {
        api.streamBodyOver(10_000);
        long start = System.nanoTime();
        ApiClient inATurn = new ApiClient(HttpClient.newHttpClient(), Duration.ofSeconds(2),
                () -> Duration.ofNanos(System.nanoTime() - start));

        for (int call = 0; call < 4; call++) {
            assertThat(inATurn.get(api.endpoint(), "/v1/alerts/reminders", "token")).isEqualTo(ApiClient.Response.FAILED);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("four slow calls in one turn").isLessThan(ApiClient.TURN_BUDGET.toMillis() + 500);
    }

    @Test
    void aSlowApiIsAFailureNotAHang() {
        api.delayBy(1500);
        ApiClient impatient = new ApiClient(HttpClient.newHttpClient(), Duration.ofMillis(200));

        assertThat(impatient.createTimer(api.endpoint(), "token", COLD_PACK)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void anUnreachableOrMalformedEndpointIsAFailure() {
        String closed = api.endpoint();
        api.close();

        assertThat(client.createTimer(closed, "token", COLD_PACK)).isEqualTo(Outcome.FAILED);
        assertThat(client.createTimer("not a url", "token", COLD_PACK)).isEqualTo(Outcome.FAILED);
        assertThat(client.createTimer(null, "token", COLD_PACK)).isEqualTo(Outcome.FAILED);
    }
}
