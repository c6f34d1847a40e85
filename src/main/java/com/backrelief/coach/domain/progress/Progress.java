package com.backrelief.coach.domain.progress;

import java.time.LocalDate;

/**
 * What the coach remembers about one person between sessions: coaching progress and preferences
 * only. Never symptoms, injuries or anything else about their health.
 *
 * @param visits    how many times the person has opened the skill
 * @param lastVisit the day of the latest visit, or null before the first
 */
public record Progress(int visits, LocalDate lastVisit) {

    /** A person the coach has never met. */
    public static final Progress NEW = new Progress(0, null);

    public Progress {
        visits = Math.max(0, visits);
    }

    public boolean isReturning() {
        return visits > 0;
    }

    /** The person opened the skill on {@code today}. */
    public Progress visited(LocalDate today) {
        return new Progress(visits + 1, today);
    }

    /**
     * What is kept after the person reported an emergency symptom. This is where a saved place in
     * a routine is dropped, so the coach does not offer to resume it next time without a check.
     * Nothing else is touched, and nothing about the symptom is recorded.
     */
    public Progress afterEmergency() {
        return this;
    }
}
