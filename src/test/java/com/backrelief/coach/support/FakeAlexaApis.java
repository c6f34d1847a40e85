package com.backrelief.coach.support;

import com.backrelief.coach.domain.alexa.AlexaApis;

/** The three Alexa API ports in memory, for a {@link TestSkill} that never makes an HTTP call. */
public final class FakeAlexaApis {

    public final FakeTimers timers = new FakeTimers();
    public final FakeReminders reminders = new FakeReminders();
    public final FakeDeviceSettings settings = new FakeDeviceSettings();

    public AlexaApis apis() {
        return new AlexaApis(timers, reminders, settings);
    }
}
