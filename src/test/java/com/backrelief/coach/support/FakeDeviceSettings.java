package com.backrelief.coach.support;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.DeviceSettings;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link DeviceSettings}: every device is set to one time zone ({@link #setTo}), and every
 * read is kept; told to {@link #refuse()} or {@link #fail()}, no zone can be read.
 */
public final class FakeDeviceSettings implements DeviceSettings {

    /** One read: the request's access and the device asked about. */
    public record Read(ApiAccess access, String deviceId) {
    }

    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private volatile ZoneId zone;
    private volatile boolean unreadable;

    public FakeDeviceSettings setTo(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        this.unreadable = false;
        return this;
    }

    /** The person has not allowed the settings to be read, or the API refused (401, 403). */
    public FakeDeviceSettings refuse() {
        unreadable = true;
        return this;
    }

    /** The API failed or did not answer in time. */
    public FakeDeviceSettings fail() {
        unreadable = true;
        return this;
    }

    @Override
    public Optional<ZoneId> timeZone(ApiAccess access, String deviceId) {
        reads.add(new Read(access, deviceId));
        if (unreadable || access.token() == null || access.token().isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(zone);
    }

    public List<Read> reads() {
        return List.copyOf(reads);
    }
}
