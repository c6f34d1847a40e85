package com.backrelief.coach.alexa;

import com.amazon.ask.model.RequestEnvelope;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** The time zone the person's device is set to, which decides what "today" is for their streaks. */
@FunctionalInterface
public interface DeviceTimeZone {

    /** The zone used whenever the device's own cannot be read. */
    ZoneId FALLBACK = ZoneOffset.UTC;

    /** The device's zone, or {@link #FALLBACK}; never throws. */
    ZoneId of(RequestEnvelope envelope);

    /** Reads the zone from the Alexa settings API. */
    static DeviceTimeZone fromSettingsApi(ApiClient api) {
        return new SettingsApiTimeZone(api);
    }

    /** Always the same zone: for the local tools and tests, which have no Alexa API to ask. */
    static DeviceTimeZone fixed(ZoneId zone) {
        return envelope -> zone;
    }
}
