/**
 * Calls to the Alexa REST APIs a skill may use during a session (timers, reminders, the device's time zone).
 * May import the JDK, Jackson, the ASK model types and {@code logging}.
 */
package com.backrelief.coach.alexa;
