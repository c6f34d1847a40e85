package com.backrelief.coach.domain.progress;

/**
 * Days in a row with a finished routine.
 *
 * @param current the run that ends today or yesterday, or zero
 * @param longest the longest run ever
 */
public record Streaks(int current, int longest) {
}
