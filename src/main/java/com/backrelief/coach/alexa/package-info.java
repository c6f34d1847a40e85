/**
 * Calls to the Alexa REST APIs a skill may use during a session (timers, reminders, the device's time zone),
 * and the adapters that implement the ports of {@code domain.alexa} over them.
 * May import the JDK, Jackson, the ASK model types, {@code logging} and {@code domain.alexa}.
 */
package com.backrelief.coach.alexa;
