package com.backrelief.coach.domain.alexa;

/** The Alexa APIs the coach calls, as ports: what the skill is given, over HTTP in Lambda and in memory in tests. */
public record AlexaApis(Timers timers, Reminders reminders, DeviceSettings settings) {
}
