/** Calls to the Alexa REST APIs a skill may use during a session. May import the JDK, Jackson and {@code logging}. */
package com.backrelief.coach.alexa;
