package com.backrelief.coach.alexa;

import com.backrelief.coach.domain.alexa.AlexaApis;

/** The Alexa API ports over one {@link ApiClient}, built once per container. */
public final class AlexaAdapters {

    private AlexaAdapters() {
    }

    /** Timers, reminders and the device's settings, each calling through {@code api}; no connection is opened here. */
    public static AlexaApis over(ApiClient api) {
        return new AlexaApis(new AlexaTimers(api), new AlexaReminders(api), new DeviceTimeZone(api));
    }
}
