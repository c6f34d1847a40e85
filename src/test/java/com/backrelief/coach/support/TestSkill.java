package com.backrelief.coach.support;

import com.backrelief.coach.CoachSkill;
import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.alexa.AlexaAdapters;
import com.backrelief.coach.alexa.ApiClient;
import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.alexa.AlexaApis;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The real skill behind the real Lambda entry, wired to a chosen store, a fixed clock and a local
 * stand-in for the Alexa API, so a test sends the same bytes Lambda would and reads the bytes it
 * returns. Events are sent with {@code context.System.apiEndpoint} pointing at the stand-in, so
 * no test ever calls the real Alexa API; or, with {@link FakeAlexaApis}, the Alexa API ports are
 * in memory and no HTTP call is made at all.
 */
public final class TestSkill {

    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    public static final String USER_ID =
            "amzn1.ask.account.AEXAMPLEUSER0000000000000000000000000000000000000000000000000000000000";
    public static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    /** Read once for the whole test run, as Lambda reads it once per container. */
    public static final Content CONTENT = Content.load();
    public static final StretchCatalogue CATALOGUE = CONTENT.catalogue();
    public static final HeatIceGuide HEAT_ICE = CONTENT.heatIce();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CoachStreamHandler handler;
    private final Supplier<String> alexaApi;

    public TestSkill(ProgressStore store, Clock clock, StubAlexaApi alexaApi) {
        this(store, clock, (Supplier<String>) () -> alexaApi.endpoint());
    }

    /** With the Alexa API ports in memory: events keep their endpoint, which nothing calls. */
    public static TestSkill withFakes(ProgressStore store, Clock clock, FakeAlexaApis alexa) {
        return new TestSkill(store, clock, () -> null, alexa.apis());
    }

    /** With any local stand-in for the Alexa API, at {@code endpoint}. */
    public static TestSkill withAlexaApiAt(ProgressStore store, Clock clock, String endpoint) {
        return new TestSkill(store, clock, (Supplier<String>) () -> endpoint);
    }

    private TestSkill(ProgressStore store, Clock clock, Supplier<String> alexaApi) {
        this(store, clock, alexaApi, AlexaAdapters.over(ApiClient.create()));
    }

    private TestSkill(ProgressStore store, Clock clock, Supplier<String> alexaApi, AlexaApis ports) {
        Config config = Config.from(Map.of(Config.TABLE_NAME, "unused", Config.SKILL_ID, SKILL_ID));
        this.alexaApi = alexaApi;
        this.handler = new CoachStreamHandler(CoachSkill.build(new CoachSkill.Dependencies(store, CONTENT, clock, ports)), config);
    }

    public TestSkill(ProgressStore store, Clock clock) {
        this(store, clock, StubAlexaApi.shared());
    }

    public TestSkill(StubAlexaApi alexaApi) {
        this(new InMemoryProgressStore(), Clock.fixed(NOW, ZoneOffset.UTC), alexaApi);
    }

    public TestSkill(ProgressStore store) {
        this(store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public TestSkill() {
        this(new InMemoryProgressStore());
    }

    /** The Lambda entry itself, for tools that drive it like Lambda does. */
    public CoachStreamHandler handler() {
        return handler;
    }

    public Reply send(String eventName) {
        return send(Events.json(eventName));
    }

    public Reply send(JsonNode envelope) {
        JsonNode sent = envelope.deepCopy();
        if (sent.path("context").path("System").path("apiEndpoint").isTextual() && alexaApi.get() != null) {
            ((ObjectNode) sent.path("context").path("System")).put("apiEndpoint", alexaApi.get());
        }
        try {
            return send(JSON.writeValueAsBytes(sent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply send(byte[] envelope) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(envelope), out, null);
            byte[] body = out.toByteArray();
            return new Reply(body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
