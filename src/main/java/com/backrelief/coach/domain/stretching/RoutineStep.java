package com.backrelief.coach.domain.stretching;

/**
 * One exercise within a routine.
 *
 * @param exercise     the {@link Stretch} id
 * @param reps         repetitions per side
 * @param holdSeconds  length of each hold, or null for the exercise's own
 * @param minutes      for timed movements such as walking, or null
 * @param note         anything said about this step in this routine, or null
 */
public record RoutineStep(String exercise, int reps, Integer holdSeconds, Double minutes, String note) {
}
