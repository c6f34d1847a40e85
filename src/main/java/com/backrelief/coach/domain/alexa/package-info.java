/**
 * The Alexa REST APIs the coach uses, as ports in plain Java: {@link com.backrelief.coach.domain.alexa.Timers},
 * {@link com.backrelief.coach.domain.alexa.Reminders} and {@link com.backrelief.coach.domain.alexa.DeviceSettings},
 * with the values they take and give. Each call carries the request's {@link com.backrelief.coach.domain.alexa.ApiAccess}.
 * The adapters over the HTTP client live in {@code com.backrelief.coach.alexa}; tests use in-memory fakes.
 */
package com.backrelief.coach.domain.alexa;
