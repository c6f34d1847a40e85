package com.backrelief.coach.domain.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * The routines a person has finished: a count, the recent days (bounded), and enough to know the
 * streaks even when a run is longer than the days kept.
 *
 * @param total     routines finished, ever
 * @param days      the distinct days with a finished routine in the last {@link #DAYS_KEPT} days, oldest first
 * @param runStart  first day of the run of days in a row that ends on the latest day, or null before any
 * @param longest   the longest run of days in a row, ever
 */
public record SessionHistory(int total, List<LocalDate> days, LocalDate runStart, int longest) {

    /** How many days of history are kept. */
    public static final int DAYS_KEPT = 60;

    public static final SessionHistory NONE = new SessionHistory(0, List.of(), null, 0);

    public SessionHistory {
        total = Math.max(0, total);
        days = List.copyOf(new TreeSet<>(days));
        longest = Math.max(0, longest);
        if (runStart == null && !days.isEmpty()) {
            runStart = days.get(days.size() - 1);
        }
    }

    /** A routine was finished on {@code day} (in the person's time zone). */
    public SessionHistory finishedOn(LocalDate day) {
        LocalDate latest = latest();
        // The same day, the next day, or an earlier one (the time zone changed) leave the run standing.
        LocalDate start = latest == null || day.isAfter(latest.plusDays(1)) ? day : runStart;
        TreeSet<LocalDate> kept = new TreeSet<>(days);
        kept.add(day);
        LocalDate newest = kept.last();
        kept.removeIf(d -> d.isBefore(newest.minusDays(DAYS_KEPT - 1L)));
        int run = (int) ChronoUnit.DAYS.between(start, newest) + 1;
        return new SessionHistory(total + 1, List.copyOf(kept), start, Math.max(longest, run));
    }

    /** The streaks as they stand on {@code today}: a run counts while it ends today or yesterday. */
    public Streaks streaks(LocalDate today) {
        LocalDate latest = latest();
        if (latest == null || latest.isBefore(today.minusDays(1))) {
            return new Streaks(0, longest);
        }
        int current = (int) ChronoUnit.DAYS.between(runStart, latest) + 1;
        return new Streaks(current, Math.max(longest, current));
    }

    private LocalDate latest() {
        return days.isEmpty() ? null : days.get(days.size() - 1);
    }
}
