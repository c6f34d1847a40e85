package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.alexa.DeviceSettings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The clock on the person's device: now, in the time zone the device is set to. The zone is asked
 * of Alexa at most once per session and kept in the session attribute {@value #TIME_ZONE_KEY}.
 */
public final class DeviceClock {

    /** Session attribute caching the device's time zone, so the settings API is asked once per session. */
    public static final String TIME_ZONE_KEY = "timeZone";

    private final Clock clock;
    private final DeviceSettings settings;

    public DeviceClock(Clock clock, DeviceSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public Instant instant() {
        return clock.instant();
    }

    /** The device's zone, or {@link DeviceSettings#FALLBACK} when it could not be read. */
    public ZoneId zone(HandlerInput input) {
        Map<String, Object> attributes = input.getRequestEnvelope().getSession() == null
                ? new HashMap<>() : input.getAttributesManager().getSessionAttributes();
        if (attributes.get(TIME_ZONE_KEY) instanceof String cached) {
            try {
                return ZoneId.of(cached);
            } catch (DateTimeException e) {
                attributes.remove(TIME_ZONE_KEY);
            }
        }
        ZoneId zone = AlexaAccess.deviceId(input.getRequestEnvelope())
                .flatMap(device -> settings.timeZone(AlexaAccess.of(input), device))
                .orElse(DeviceSettings.FALLBACK);
        attributes.put(TIME_ZONE_KEY, zone.getId());
        return zone;
    }

    /** Whether the device's own zone is known (not the fallback). */
    public boolean zoneKnown(HandlerInput input) {
        return !DeviceSettings.FALLBACK.equals(zone(input));
    }

    public LocalDateTime now(HandlerInput input) {
        return LocalDateTime.now(clock.withZone(zone(input)));
    }

    public LocalDate today(HandlerInput input) {
        return LocalDate.now(clock.withZone(zone(input)));
    }
}
