/**
 * Calls to Alexa's own service APIs (device settings). May import the JDK, the ASK model types and
 * {@code logging}; nothing from the handlers or the domain.
 */
package com.backrelief.coach.alexa;
