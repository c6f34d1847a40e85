package com.backrelief.coach.support;

import com.backrelief.coach.CoachSkill;
import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.alexa.DeviceTimeZone;
import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The real skill behind the real Lambda entry, wired to a chosen store and a fixed clock, so a
 * test sends the same bytes Lambda would and reads the bytes it returns.
 */
public final class TestSkill {

    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    public static final String USER_ID =
            "amzn1.ask.account.AEXAMPLEUSER0000000000000000000000000000000000000000000000000000000000";
    public static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    public static final StretchCatalogue CATALOGUE = ContentLoader.stretchCatalogue();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CoachStreamHandler handler;

    public TestSkill(ProgressStore store, Clock clock) {
        this(new CoachSkill.Dependencies(store, CATALOGUE, clock));
    }

    /** With the device time zone read through {@code timeZone} (by default every device is on UTC). */
    public TestSkill(ProgressStore store, Clock clock, DeviceTimeZone timeZone) {
        this(new CoachSkill.Dependencies(store, CATALOGUE, clock, timeZone));
    }

    private TestSkill(CoachSkill.Dependencies dependencies) {
        Config config = Config.from(Map.of(Config.TABLE_NAME, "unused", Config.SKILL_ID, SKILL_ID));
        this.handler = new CoachStreamHandler(CoachSkill.build(dependencies), config);
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
        return send(Events.bytes(eventName));
    }

    public Reply send(JsonNode envelope) {
        try {
            return send(JSON.writeValueAsBytes(envelope));
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
