package com.backrelief.coach.domain.safety;

/**
 * A way of saying a red flag is absent ("no fever"), so it never raises an alarm.
 *
 * @param phrase  the words, as a person says them
 * @param symptom the id of the red flag it rules out
 */
public record Denial(String phrase, String symptom) {
}
