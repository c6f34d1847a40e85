package com.backrelief.coach.domain.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The routines a person has finished: a count, the recent days (bounded), and enough to know the
 * streaks even when a run is longer than the days kept. Whatever it is built from (a record read
 * back, a merge), it holds together: at most {@link #DAYS_KEPT} days, a run start that the days
 * allow, a total no smaller than the days and a longest run no shorter than the current one.
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
        NavigableSet<LocalDate> kept = recent(days);
        days = List.copyOf(kept);
        runStart = kept.isEmpty() ? null : runStart(kept, kept.last(), runStart);
        total = Math.max(Math.max(0, total), days.size());
        longest = Math.max(Math.max(0, longest), runLength(runStart, days));
    }

    /** A routine was finished on {@code day} (in the person's time zone). */
    public SessionHistory finishedOn(LocalDate day) {
        TreeSet<LocalDate> more = new TreeSet<>(days);
        more.add(day);
        return new SessionHistory(total + 1, List.copyOf(more), startAfter(recent(more), this), longest);
    }

    /**
     * Three-way merge: the routines {@code mine} finished on top of {@code base} are added to
     * {@code theirs} (the record as stored now): their days joined, the total raised by as many,
     * and the runs worked out again from the joined days.
     */
    public static SessionHistory merge(SessionHistory base, SessionHistory mine, SessionHistory theirs) {
        int added = mine.total - base.total;
        if (added <= 0) {
            return theirs;
        }
        TreeSet<LocalDate> joined = new TreeSet<>(theirs.days);
        mine.days.stream().filter(day -> !base.days.contains(day)).forEach(joined::add);
        NavigableSet<LocalDate> kept = recent(joined);
        return new SessionHistory(theirs.total + added, List.copyOf(kept), startAfter(kept, theirs, mine),
                Math.max(theirs.longest, mine.longest));
    }

    /** The streaks as they stand on {@code today}: a run counts while it ends today or yesterday. */
    public Streaks streaks(LocalDate today) {
        LocalDate latest = latest();
        if (latest == null || latest.isBefore(today.minusDays(1))) {
            return new Streaks(0, longest);
        }
        int current = runLength(runStart, days);
        return new Streaks(current, Math.max(longest, current));
    }

    private LocalDate latest() {
        return days.isEmpty() ? null : days.get(days.size() - 1);
    }

    /** The days within {@link #DAYS_KEPT} of the newest. */
    private static NavigableSet<LocalDate> recent(List<LocalDate> days) {
        return recent(new TreeSet<>(days));
    }

    private static NavigableSet<LocalDate> recent(TreeSet<LocalDate> days) {
        return days.isEmpty() ? days : days.tailSet(days.last().minusDays(DAYS_KEPT - 1L), true);
    }

    /** Where the run ending on the newest day starts, given what earlier histories knew about their runs. */
    private static LocalDate startAfter(NavigableSet<LocalDate> days, SessionHistory... earlier) {
        LocalDate inRun = walkBack(days);
        LocalDate known = null;
        for (SessionHistory history : earlier) {
            LocalDate latest = history.latest();
            if (latest != null && !latest.isBefore(inRun) && (known == null || history.runStart.isBefore(known))) {
                known = history.runStart;
            }
        }
        return runStart(days, days.last(), known);
    }

    /**
     * The run ending on {@code newest}: back through the days in a row that are kept; only when
     * that reaches the oldest day kept can the run go further back, to {@code known} (a run start
     * remembered from before those days were let go).
     */
    private static LocalDate runStart(NavigableSet<LocalDate> days, LocalDate newest, LocalDate known) {
        LocalDate start = walkBack(days);
        boolean reachesOldestKept = start.equals(days.first());
        return reachesOldestKept && known != null && known.isBefore(start) && !known.isAfter(newest) ? known : start;
    }

    private static LocalDate walkBack(NavigableSet<LocalDate> days) {
        LocalDate start = days.last();
        while (days.contains(start.minusDays(1))) {
            start = start.minusDays(1);
        }
        return start;
    }

    private static int runLength(LocalDate runStart, List<LocalDate> days) {
        return runStart == null ? 0 : (int) ChronoUnit.DAYS.between(runStart, days.get(days.size() - 1)) + 1;
    }
}
