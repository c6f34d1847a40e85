package com.backrelief.coach.alexa;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.backrelief.coach.logging.RequestLog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The time zone the person's device is set to, which decides what "today" is for their streaks:
 * {@code GET /v2/devices/{deviceId}/settings/System.timeZone}, answered with a JSON string such as
 * {@code "Europe/London"}. Any failure (no device, refused, timed out, an unknown zone) means UTC.
 */
public final class DeviceTimeZone {

    /** The zone used whenever the device's own cannot be read. */
    public static final ZoneId FALLBACK = ZoneOffset.UTC;

    private final ApiClient api;

    public DeviceTimeZone(ApiClient api) {
        this.api = api;
    }

    /** The device's zone, or {@link #FALLBACK}; never throws. */
    public ZoneId of(RequestEnvelope envelope) {
        SystemState system = envelope.getContext() == null ? null : envelope.getContext().getSystem();
        if (system == null || system.getDevice() == null || system.getDevice().getDeviceId() == null) {
            return FALLBACK;
        }
        String path = "/v2/devices/" + URLEncoder.encode(system.getDevice().getDeviceId(), StandardCharsets.UTF_8)
                + "/settings/System.timeZone";
        ApiClient.Response response = api.get(system.getApiEndpoint(), path, system.getApiAccessToken());
        if (!response.ok()) {
            RequestLog.current().timeZone(response.status() == 0 ? "fallback: no answer" : "fallback: " + response.status());
            return FALLBACK;
        }
        Optional<ZoneId> zone = parse(response.body());
        RequestLog.current().timeZone(zone.isPresent() ? "device" : "fallback: unreadable");
        return zone.orElse(FALLBACK);
    }

    static Optional<ZoneId> parse(String body) {
        String zone = body == null ? "" : body.strip();
        if (zone.length() >= 2 && zone.startsWith("\"") && zone.endsWith("\"")) {
            zone = zone.substring(1, zone.length() - 1);
        }
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
