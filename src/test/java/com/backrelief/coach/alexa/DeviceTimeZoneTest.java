package com.backrelief.coach.alexa;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.backrelief.coach.support.StubAlexaApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The device's time zone read through the Alexa settings API, with UTC whenever it cannot be read. */
class DeviceTimeZoneTest {

    private static final String DEVICE = "amzn1.ask.device.AEXAMPLEDEVICE";
    private static final String TOKEN = "example-api-access-token";

    private final StubAlexaApi alexa = new StubAlexaApi();
    private final ApiClient api = new ApiClient(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(), Duration.ofMillis(300));
    private final DeviceTimeZone zones = new DeviceTimeZone(api);

    @AfterEach
    void stop() {
        alexa.close();
    }

    private RequestEnvelope request(String endpoint, String deviceId) {
        return RequestEnvelope.builder().withContext(Context.builder().withSystem(SystemState.builder()
                .withApiEndpoint(endpoint)
                .withApiAccessToken(TOKEN)
                .withDevice(deviceId == null ? null : Device.builder().withDeviceId(deviceId).build())
                .build()).build()).build();
    }

    @Test
    void asksForTheDevicesZoneWithTheRequestsTokenAndReadsTheJsonString() {
        alexa.respondWith(200, "\"Europe/London\"");

        ZoneId zone = zones.of(request(alexa.endpoint(), DEVICE));

        assertThat(zone).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(alexa.received()).hasSize(1);
        StubAlexaApi.Received call = alexa.received().get(0);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/v2/devices/" + DEVICE + "/settings/System.timeZone");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 500, 503})
    void aRefusalOrAServerErrorMeansUtc(int status) {
        alexa.respondWith(status, "{\"message\":\"no\"}");

        assertThat(zones.of(request(alexa.endpoint(), DEVICE))).isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Mars/Olympus_Mons\"", "", "{\"zone\":\"Europe/London\"}", "\"\""})
    void anAnswerThatIsNotAZoneMeansUtc(String body) {
        alexa.respondWith(200, body);

        assertThat(zones.of(request(alexa.endpoint(), DEVICE))).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void anAnswerTooSlowToWaitForMeansUtc() {
        alexa.respondWith(200, "\"Asia/Tokyo\"").delayBy(1500);

        long started = System.nanoTime();
        ZoneId zone = zones.of(request(alexa.endpoint(), DEVICE));

        assertThat(zone).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));
    }

    @Test
    void withoutADeviceOrAnEndpointNothingIsAskedAndTheZoneIsUtc() {
        assertThat(zones.of(request(alexa.endpoint(), null))).isEqualTo(ZoneOffset.UTC);
        assertThat(zones.of(request(null, DEVICE))).isEqualTo(ZoneOffset.UTC);
        assertThat(zones.of(RequestEnvelope.builder().build())).isEqualTo(ZoneOffset.UTC);
        assertThat(alexa.received()).isEmpty();
    }

    @Test
    void theClientReportsStatusAndBodyAndNeverThrows() {
        alexa.respondWith(201, "created");

        assertThat(api.get(alexa.endpoint() + "/", "/anything", TOKEN)).isEqualTo(new ApiClient.Response(201, "created"));
        assertThat(api.get("http://127.0.0.1:1", "/nothing-listens-here", TOKEN)).isEqualTo(ApiClient.Response.FAILED);
        assertThat(api.get("not a url", "/x", TOKEN)).isEqualTo(ApiClient.Response.FAILED);
        assertThat(api.get(alexa.endpoint(), "/x", null)).isEqualTo(ApiClient.Response.FAILED);
    }
}
