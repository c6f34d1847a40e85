package com.backrelief.coach.domain.alexa;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** The settings of the person's device (the Device Settings API): the time zone, which decides what "today" is. */
public interface DeviceSettings {

    /** The zone used whenever the device's own cannot be read. */
    ZoneId FALLBACK = ZoneOffset.UTC;

    /** The time zone device {@code deviceId} is set to; empty when it cannot be read (refused, failed, unknown). Never throws. */
    Optional<ZoneId> timeZone(ApiAccess access, String deviceId);
}
