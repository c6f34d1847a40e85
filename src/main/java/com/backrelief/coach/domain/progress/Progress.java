package com.backrelief.coach.domain.progress;

import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.stretching.Pace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the coach remembers about one person between sessions: coaching progress and preferences
 * only. Never symptoms, injuries or anything else about their health.
 *
 * @param visits    how many times the person has opened the skill
 * @param lastVisit the day of the latest visit, or null before the first
 * @param place     where they stopped in a routine, or null
 * @param pace      the coaching pace they chose
 * @param history   the routines they finished
 * @param reminder  the daily stretch reminder the coach set for them (its token and schedule), or null
 * @param reminderOffered whether the coach has offered them a daily reminder (it offers once)
 * @param soundsOff whether they asked for routines without sounds (a preference, like the pace)
 */
public record Progress(int visits, LocalDate lastVisit, SavedPlace place, Pace pace, SessionHistory history,
                       DailyReminder reminder, boolean reminderOffered, boolean soundsOff) {

    /** A person the coach has never met. */
    public static final Progress NEW = new Progress(0, null);

    public Progress {
        visits = Math.max(0, visits);
        pace = pace == null ? Pace.NORMAL : pace;
        history = history == null ? SessionHistory.NONE : history;
    }

    public Progress(int visits, LocalDate lastVisit, SavedPlace place, Pace pace, SessionHistory history,
                    DailyReminder reminder, boolean reminderOffered) {
        this(visits, lastVisit, place, pace, history, reminder, reminderOffered, false);
    }

    public Progress(int visits, LocalDate lastVisit, SavedPlace place, Pace pace, SessionHistory history) {
        this(visits, lastVisit, place, pace, history, null, false);
    }

    public Progress(int visits, LocalDate lastVisit) {
        this(visits, lastVisit, null, Pace.NORMAL, SessionHistory.NONE);
    }

    public boolean isReturning() {
        return visits > 0;
    }

    /** The person opened the skill on {@code today}. */
    public Progress visited(LocalDate today) {
        return new Progress(visits + 1, today, place, pace, history, reminder, reminderOffered, soundsOff);
    }

    public Optional<SavedPlace> savedPlace() {
        return Optional.ofNullable(place);
    }

    /** The person reached a step of a routine; unchanged if that is already the saved place. */
    public Progress reached(String routineId, int step, Instant at) {
        if (place != null && place.sameAs(routineId, step)) {
            return this;
        }
        return new Progress(visits, lastVisit, new SavedPlace(routineId, step, at), pace, history, reminder,
                reminderOffered, soundsOff);
    }

    public Progress withoutPlace() {
        return place == null ? this
                : new Progress(visits, lastVisit, null, pace, history, reminder, reminderOffered, soundsOff);
    }

    /**
     * What is kept after the person reported an emergency symptom: the saved place in a routine is
     * dropped, so the coach does not offer to resume it next time without a check. Pace and history
     * stay (they say nothing about health), and nothing about the symptom is recorded.
     */
    public Progress afterEmergency() {
        return withoutPlace();
    }

    /** The person turned the routines' sounds off ({@code off}) or back on. */
    public Progress withSoundsOff(boolean off) {
        return off == soundsOff ? this : new Progress(visits, lastVisit, place, pace, history, reminder, reminderOffered, off);
    }

    public Progress withPace(Pace newPace) {
        return new Progress(visits, lastVisit, place, newPace, history, reminder, reminderOffered, soundsOff);
    }

    /** A routine was finished on {@code day}, in the person's time zone: recorded, and the place cleared. */
    public Progress finished(LocalDate day) {
        return new Progress(visits, lastVisit, null, pace, history.finishedOn(day), reminder, reminderOffered, soundsOff);
    }

    public Optional<DailyReminder> stretchReminder() {
        return Optional.ofNullable(reminder);
    }

    /** The coach set (or moved) the person's daily reminder; a reminder set counts as offered. */
    public Progress withReminder(DailyReminder set) {
        return new Progress(visits, lastVisit, place, pace, history, set, true, soundsOff);
    }

    /** The reminder is gone (stopped, deleted in the Alexa app, or finished): its token is forgotten. */
    public Progress withoutReminder() {
        return reminder == null ? this
                : new Progress(visits, lastVisit, place, pace, history, null, reminderOffered, soundsOff);
    }

    /** The coach offered a daily reminder, so it does not offer again. */
    public Progress reminderWasOffered() {
        return reminderOffered ? this : new Progress(visits, lastVisit, place, pace, history, reminder, true, soundsOff);
    }

    public Streaks streaks(LocalDate today) {
        return history.streaks(today);
    }

    /**
     * Three-way merge, for two devices (or a late write) changing the same person's progress:
     * {@code base} is what this session started from, {@code mine} what it wants to keep, and
     * {@code theirs} what is stored now. Visits and finished routines add up; the place, the pace,
     * the reminder, the sounds and the day of the last visit are mine where I changed them and theirs otherwise
     * (the later day when both changed it); an offer of a reminder made on either device was made.
     */
    public static Progress merge(Progress base, Progress mine, Progress theirs) {
        int visits = theirs.visits + Math.max(0, mine.visits - base.visits);
        LocalDate lastVisit = Objects.equals(mine.lastVisit, base.lastVisit) ? theirs.lastVisit
                : Objects.equals(theirs.lastVisit, base.lastVisit) ? mine.lastVisit : later(mine.lastVisit, theirs.lastVisit);
        SavedPlace place = Objects.equals(mine.place, base.place) ? theirs.place : mine.place;
        Pace pace = mine.pace == base.pace ? theirs.pace : mine.pace;
        DailyReminder reminder = Objects.equals(mine.reminder, base.reminder) ? theirs.reminder : mine.reminder;
        boolean soundsOff = mine.soundsOff == base.soundsOff ? theirs.soundsOff : mine.soundsOff;
        return new Progress(visits, lastVisit, place, pace, SessionHistory.merge(base.history, mine.history, theirs.history),
                reminder, mine.reminderOffered || theirs.reminderOffered, soundsOff);
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one == null || (other != null && other.isAfter(one)) ? other : one;
    }
}
