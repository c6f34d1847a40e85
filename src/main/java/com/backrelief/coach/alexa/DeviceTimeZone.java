package com.backrelief.coach.alexa;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.DeviceSettings;
import com.backrelief.coach.logging.RequestLog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The device settings port over the Alexa settings API: the time zone the person's device is set to,
 * {@code GET /v2/devices/{deviceId}/settings/System.timeZone}, answered with a JSON string such as
 * {@code "Europe/London"}. Any failure (no device, refused, timed out, an unknown zone) is no zone.
 */
public final class DeviceTimeZone implements DeviceSettings {

    /** The zone used whenever the device's own cannot be read. */
    public static final ZoneId FALLBACK = DeviceSettings.FALLBACK;

    private final ApiClient api;

    public DeviceTimeZone(ApiClient api) {
        this.api = api;
    }

    /** The zone of the request's device, or {@link #FALLBACK}; never throws. */
    public ZoneId of(RequestEnvelope envelope) {
        SystemState system = envelope.getContext() == null ? null : envelope.getContext().getSystem();
        if (system == null || system.getDevice() == null) {
            return FALLBACK;
        }
        return timeZone(new ApiAccess(system.getApiEndpoint(), system.getApiAccessToken()),
                system.getDevice().getDeviceId()).orElse(FALLBACK);
    }

    @Override
    public Optional<ZoneId> timeZone(ApiAccess access, String deviceId) {
        if (deviceId == null) {
            return Optional.empty();
        }
        String path = "/v2/devices/" + URLEncoder.encode(deviceId, StandardCharsets.UTF_8) + "/settings/System.timeZone";
        ApiClient.Response response = api.get(access.endpoint(), path, access.token());
        if (!response.ok()) {
            RequestLog.current().timeZone(response.status() == 0 ? "fallback: no answer" : "fallback: " + response.status());
            return Optional.empty();
        }
        Optional<ZoneId> zone = parse(response.body());
        RequestLog.current().timeZone(zone.isPresent() ? "device" : "fallback: unreadable");
        return zone;
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
